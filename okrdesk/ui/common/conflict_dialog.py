"""The dialog a save meets when someone else changed the row first: theirs and yours side by
side, who changed it and when; keep theirs, or apply theirs and then my changes on top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt, QTimeZone
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.merging import changed_fields, theirs_then_mine
from okrdesk.reports.text import shown
from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.screen_fit import fit_to_screen


@dataclass(frozen=True)
class FieldLine:
    """One field as the dialog shows it: its label, theirs and yours as text, and whether the
    user changed it (their change then goes on top of theirs)."""

    label: str
    theirs: str
    yours: str
    mine: bool = False


class ConflictModel(QAbstractTableModel):
    """Rows: the fields; columns: the field's name, theirs, yours. A field the user changed
    (applying puts yours over theirs there) is bold; a field where only theirs differs from
    yours is in italics (applying keeps theirs there)."""

    def __init__(self, lines: Sequence[FieldLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = list(lines)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.label, line.theirs, line.yours)[index.column()]
        if role == Qt.ItemDataRole.FontRole and (line.mine or line.theirs != line.yours):
            font = QFont()
            font.setBold(line.mine)
            font.setItalic(not line.mine)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and line.mine:
            return ConflictDialog.tr("You changed this: applying puts yours over theirs.")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            ConflictDialog.tr("Field"),
            ConflictDialog.tr("Theirs (now saved)"),
            ConflictDialog.tr("Yours"),
        )[section]


def value_text(value: Any) -> str:
    """A stored value as the dialog shows it: numbers and days in the user's locale."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return ConflictDialog.tr("yes") if value else ConflictDialog.tr("no")
    if isinstance(value, int | float):
        return QLocale().toString(float(value), "g", 12)
    if isinstance(value, dt.date):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    return str(value)


def when_text(changed_at: dt.datetime | None) -> str:
    """A stored UTC time in the user's time zone and locale; "" when unknown."""
    if changed_at is None:
        return ""
    utc = QDateTime(changed_at.date(), changed_at.time(), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


class ConflictDialog(QDialog):
    """`choice` is KEEP_THEIRS or THEIRS_THEN_MINE once closed (KEEP_THEIRS when cancelled)."""

    KEEP_THEIRS, THEIRS_THEN_MINE = "keep_theirs", "theirs_then_mine"

    def __init__(
        self, parent: QWidget | None, error: ConflictError, lines: Sequence[FieldLine]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = self.KEEP_THEIRS
        conflict = error.conflict
        self.header = QLabel(self._header(error))
        self.header.setObjectName("conflictHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.table.setObjectName("conflictTable")
        self.table.setModel(ConflictModel(lines, self))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("&Keep theirs"))
        self.apply_button = QPushButton(self.tr("&Apply theirs, then mine"))
        self.apply_button.setEnabled(conflict.theirs is not None)
        self.apply_button.setToolTip(
            self.tr(
                "Their saved row, with the fields you changed (in bold) set to yours; "
                "their other changes (in italics) stay."
            )
        )
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(self.reject)
        self.apply_button.clicked.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Every field in view where the screen has room (a key result has about a dozen).
        self.table.resizeRowsToContents()
        rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        extra = self.header.sizeHint().height() + buttons.sizeHint().height() + 64
        fit_to_screen(self, 680, rows + 2 * self.table.frameWidth() + extra, parent)

    def _header(self, error: ConflictError) -> str:
        conflict = error.conflict
        theirs = conflict.theirs
        if theirs is None:
            return shown(error.text)
        when = when_text(theirs.changed_at)
        who = theirs.changed_by or self.tr("Someone else")
        if when:
            text = self.tr("{name} changed “{title}” on {when}, after you opened it.")
            return text.format(name=who, title=conflict.title, when=when)
        text = self.tr("{name} changed “{title}” after you opened it.")
        return text.format(name=who, title=conflict.title)

    def _apply(self) -> None:
        self.choice = self.THEIRS_THEN_MINE
        self.accept()


def field_lines(
    error: ConflictError,
    seen: Mapping[str, Any] | None,
    fields: Sequence[str],
    label: Callable[[str], str],
    text: Callable[[str, Any], str],
) -> list[FieldLine]:
    """One line per field: theirs now, yours, and whether you changed it from what you saw;
    `label(field)` names a field, `text(field, value)` shows a value."""
    theirs = error.conflict.theirs
    yours = {name: error.conflict.yours.get(name) for name in fields}
    mine = changed_fields(seen, yours)
    return [
        FieldLine(
            label(name),
            "—" if theirs is None else text(name, theirs.row.get(name)),
            text(name, yours[name]),
            name in mine,
        )
        for name in fields
    ]


def merged(error: ConflictError, seen: Mapping[str, Any] | None, fields: Sequence[str]) -> dict:
    """Theirs, then the fields you changed set to yours (domain.merging)."""
    theirs = error.conflict.theirs
    yours = {name: error.conflict.yours.get(name) for name in fields}
    return theirs_then_mine(None if theirs is None else theirs.row, seen, yours)


def resolve(
    parent: QWidget | None,
    error: ConflictError,
    lines: Sequence[FieldLine],
    apply: Callable[[], None],
) -> ConflictDialog:
    """Show the conflict; "Apply theirs, then mine" calls `apply`; keeping theirs writes
    nothing (the screens were told to show theirs when the save was refused)."""
    dialog = ConflictDialog(parent, error, lines)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(apply)
    dialog.open()
    return dialog
