"""What every section has: a heading, a subtitle, and a reload when its tables change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from okrdesk.ui.controller import WorkspaceController


def format_int(value: int) -> str:
    return QLocale().toString(value)


def format_date(day: dt.date) -> str:
    # Day and abbreviated month read the same in every locale; ShortFormat can be all digits.
    return QLocale().toString(QDate(day), "d MMM yyyy")


class Section(QWidget):
    """A page of the main window; subclasses fill `body` and implement `reload`."""

    #: Tables whose change makes this section reload.
    tables: frozenset[str] = frozenset()

    def __init__(self, controller: WorkspaceController, title: str, subtitle: str) -> None:
        super().__init__()
        self.controller = controller
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("sectionSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(10)
        layout.addLayout(self.body, 1)
        controller.opened.connect(self.reload)
        controller.changed.connect(self._reload_if_shown_tables_changed)

    def _reload_if_shown_tables_changed(self, tables: frozenset[str]) -> None:
        if tables & self.tables:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
