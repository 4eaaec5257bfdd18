"""Sections that list what their workspace holds while their editors are still to come."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import QLabel, QListView
from sqlalchemy import Connection

from okrdesk.store import summary
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.formatting import format_date
from okrdesk.ui.sections.base import Section

Lines = Callable[[Connection], list[str]]


class PreviewSection(Section):
    """A heading, a list of what is in the workspace, and a note on what this area will do."""

    def __init__(
        self,
        controller: WorkspaceController,
        texts: tuple[str, str, str, str],
        lines: Lines,
        tables: frozenset[str],
    ) -> None:
        title, subtitle, empty_text, coming_text = texts
        super().__init__(controller, title, subtitle)
        self.tables = tables
        self._lines = lines
        self.model = QStringListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setObjectName("previewList")
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setMinimumHeight(200)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyLabel")
        self.coming_label = QLabel(coming_text)
        self.coming_label.setObjectName("comingLabel")
        self.coming_label.setWordWrap(True)
        self.body.addWidget(self.list_view, 1)
        self.body.addWidget(self.empty_label)
        self.footer.addWidget(self.coming_label)

    def reload(self) -> None:
        lines: list[str] = []
        workspace = self.controller.workspace
        if workspace is not None:
            with workspace.engine.connect() as connection:
                lines = self._lines(connection)
        self.model.setStringList(lines)
        self.list_view.setVisible(bool(lines))
        self.empty_label.setVisible(not lines)


def review_lines(connection: Connection) -> list[str]:
    return [
        QCoreApplication.translate("PreviewSection", "Weekly review, week of {date}").format(
            date=format_date(week)
        )
        for week in summary.review_weeks(connection)
    ]


def review_section(controller: WorkspaceController) -> PreviewSection:
    texts = (
        QCoreApplication.translate("PreviewSection", "Weekly review"),
        QCoreApplication.translate(
            "PreviewSection",
            "What moved and why, what the experiment showed, what changes next week.",
        ),
        QCoreApplication.translate("PreviewSection", "No weekly reviews yet."),
        QCoreApplication.translate(
            "PreviewSection",
            "Coming next here: the review meeting screen, the written brief, presentation "
            "mode and the PDF.",
        ),
    )
    return PreviewSection(controller, texts, review_lines, frozenset({"weekly_reviews"}))
