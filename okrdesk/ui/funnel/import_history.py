"""File → Import history…: every import of the workspace, and undoing one of them.

Undoing an import is one command on the undo stack (Ctrl+Z puts the import back). The
automatic check-ins an import wrote stay in the key results' history (see schema.CheckIn).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from okrdesk.domain.weeks import iso_week_label
from okrdesk.reports.text import Context
from okrdesk.store import schema as db
from okrdesk.store.bindings import checkins_of_import
from okrdesk.store.funnel.importing.model import ImportRecord
from okrdesk.store.funnel.importing.writing import (
    UndoneImport,
    import_history,
    redo_import,
    undo_import,
)
from okrdesk.ui.common import formatting
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.common.table_model import ReadOnlyTableModel
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import IMPORTS, StoreCommand, table_names

FUNNEL, FILE, SHA, ROWS, WEEKS, IMPORTED, UNDONE = range(7)
SHORT_SHA = 12  # hex digits shown; the tooltip has all 64
UNDONE_COLOUR = "#8a94a6"
COLUMN_GAP = 24  # px


class ImportHistory(Context):
    """Sentences of this module, in the `ImportHistory` translation context."""


def format_time(moment: dt.datetime) -> str:
    """A stored UTC time as local time, in the user's locale."""
    stamp = QDateTime(moment.date(), moment.time(), QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    # The date as everywhere else in okrdesk (format_date); the time in the locale's way.
    day = locale.toString(stamp.date(), formatting.date_display_format())
    return f"{day} {locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)}"


class ImportHistoryModel(ReadOnlyTableModel):
    """Rows are ImportRecords, newest first: funnel, file, SHA-256 (short), rows, weeks,
    time of the import, and when it was undone (empty while it counts)."""

    numeric_columns = frozenset({ROWS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Funnel"),
            self.tr("File"),
            self.tr("SHA-256"),
            self.tr("Rows"),
            self.tr("Weeks"),
            self.tr("Imported"),
            self.tr("Undone"),
        )

    def display(self, row: ImportRecord, column: int) -> str:
        if column == FUNNEL:
            return row.funnel
        if column == FILE:
            return row.file_name
        if column == SHA:
            return row.sha256[:SHORT_SHA]
        if column == ROWS:
            return format_int(row.rows)
        if column == WEEKS:
            if row.first_week == row.last_week:
                return format_date(row.first_week)
            return self.tr("{first} – {last}").format(
                first=format_date(row.first_week), last=format_date(row.last_week)
            )
        if column == IMPORTED:
            return format_time(row.imported_at)
        return format_time(row.undone_at) if row.undone_at is not None else ""

    def tooltip(self, row: ImportRecord, column: int) -> str | None:
        if column == SHA:
            return row.sha256
        if column == WEEKS:
            return self.tr("Weeks {first} to {last} (each week starts on the date shown)").format(
                first=iso_week_label(row.first_week), last=iso_week_label(row.last_week)
            )
        if column == FILE:
            return row.file_name
        return None

    def foreground(self, row: ImportRecord, column: int) -> QColor | None:
        return QColor(UNDONE_COLOUR) if row.undone else None


def undo_import_command(controller: WorkspaceController, record: ImportRecord) -> StoreCommand:
    """Undo an import chosen in the history; Ctrl+Z puts it back. The store refuses when a
    later import covers the same weeks, or when it is undone already."""
    text = ImportHistory.tr("Undo import of {file}").format(file=record.file_name)
    undone: UndoneImport | None = None

    def take_back(session: Session) -> None:
        nonlocal undone
        undone = undo_import(session, record.id)

    def put_back(session: Session) -> None:
        assert undone is not None
        redo_import(session, undone)

    return StoreCommand(controller, text, IMPORTS, take_back, put_back)


class ImportHistoryDialog(ReloadsWhenShown, QDialog):
    tables = table_names(db.ImportBatch, db.Funnel)

    def __init__(self, parent: QWidget | None, controller: WorkspaceController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import history"))
        fit_to_screen(self, 980, 420, near=self.parentWidget())
        self.model = ImportHistoryModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nothing imported yet: File → Import… brings a file in."))
        self.empty_label.setObjectName("emptyLabel")
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.setToolTip(
            self.tr("Take the chosen import's rows out and put back the weeks it replaced")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.watch(controller)
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        workspace = self.controller.workspace
        records: list[ImportRecord] = []
        if workspace is not None:
            with workspace.engine.connect() as connection:
                records = import_history(connection)
        self.model.set_rows(records)
        self._fit_columns()
        self.table.setVisible(bool(records))
        self.empty_label.setVisible(not records)
        ids = [r.id for r in records]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._update_button()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents and a gap: contents alone run together."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != FILE:
                width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                self.table.setColumnWidth(column, width + COLUMN_GAP)

    def selected(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and not record.undone)

    def undo_selected(self) -> bool:
        """Ask, then undo the chosen import as one undoable command; False when nothing ran."""
        record = self.selected()
        if record is None or record.undone or not self._confirm(record):
            return False
        command = undo_import_command(self.controller, record)
        self.controller.undo_stack.push(command, self)
        if command.error is not None:  # said over this dialog by the push
            self.reload()
            return False
        return True

    def _automatic_checkins(self, batch_id: int) -> int:
        assert self.controller.workspace is not None
        with self.controller.workspace.engine.connect() as connection:
            return checkins_of_import(connection, batch_id)

    def _confirm(self, record: ImportRecord) -> bool:
        text = self.tr(
            "Undo the import of {file} into {funnel}?\n\n"
            "The undo takes out its %Ln row(s) for {weeks} and brings back the weeks it replaced.",
            "",
            record.rows,
        ).format(
            file=record.file_name,
            funnel=record.funnel,
            weeks=self.model.display(record, WEEKS),
        )
        checkins = self._automatic_checkins(record.id)
        if checkins:
            text += "\n" + self.tr(
                "The key results' history keeps the %Ln automatic check-in(s) it wrote.",
                "",
                checkins,
            )
        text += "\n" + self.tr("Edit → Undo puts the import back.")
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def open_import_history(parent: QWidget, controller: WorkspaceController) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(parent, controller)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
