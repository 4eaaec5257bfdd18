"""Beside the OKR tree: the chosen key result's initiatives, added, edited, ticked and deleted.

Every action is one command on the workspace's undo stack; a closed cycle's initiatives are
shown read-only.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.store.okr import initiatives as store
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.okr.initiatives import InitiativeRow, InitiativeValues
from okrdesk.store.schema import Initiative
from okrdesk.ui import row_edits, store_commands
from okrdesk.ui.common import clock, formatting
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.person_picker import chosen_id, people_combo
from okrdesk.ui.common.table_keys import TableKeys
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel
from okrdesk.ui.controller import WorkspaceController

DONE, TITLE, OWNER, DUE = range(4)
OVERDUE = QColor("#dc2626")
FINISHED = QColor("#64748b")
INITIATIVE_FIELDS = tuple(InitiativeValues.__dataclass_fields__)


class InitiativesModel(ReadOnlyTableModel):
    """Rows are InitiativeRows: a done checkbox, the title, the owner, the due date.

    Open initiatives past their due date read in red with "overdue"; ticking the checkbox does
    not change the row, it asks for a command through `done_toggled(row, done)`.
    """

    done_toggled = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()
        self.editable = True

    def headers(self) -> Sequence[str]:
        return (self.tr("Done"), self.tr("Initiative"), self.tr("Owner"), self.tr("Due"))

    def display(self, row: InitiativeRow, column: int) -> str:
        if column == TITLE:
            return row.title
        if column == OWNER:
            return row.owner_name or "—"
        if column == DUE:
            if row.due_date is None:
                return "—"
            due = format_date(row.due_date)
            if row.overdue(self.today):
                return self.tr("{date}\noverdue").format(date=due)
            return due
        return ""

    def tooltip(self, row: InitiativeRow, column: int) -> str | None:
        if row.overdue(self.today):
            days = (self.today - row.due_date).days
            return self.tr("Overdue by %Ln day(s) and not done yet.", "", days)
        return row.title if column == TITLE else None

    def foreground(self, row: InitiativeRow, column: int) -> QColor | None:
        if row.done:
            return FINISHED
        return OVERDUE if row.overdue(self.today) and column in (TITLE, DUE) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = self.row(index.row()).done
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DONE and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == DONE and self.editable):
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self.row(index.row())
        if done != row.done:
            self.done_toggled.emit(row, done)
        return True


class InitiativeEditor(FormDialog):
    """Title (required), owner, an optional due date, done."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        people: Sequence[tuple[int, str]],
        values: InitiativeValues,
    ) -> None:
        super().__init__(parent, title, min_width=460)
        self.title_edit = QLineEdit(values.title)
        self.title_edit.setMaxLength(store.TITLE_MAX_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("What will be done"))
        self.owner_combo = people_combo(people, values.owner_id)
        self.due_check = QCheckBox(self.tr("Due on"))
        self.due_check.setChecked(values.due_date is not None)
        self.due_edit = QDateEdit(QDate(values.due_date or clock.today()))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(formatting.date_display_format())
        self.due_edit.setEnabled(values.due_date is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.done_check = QCheckBox(self.tr("Done"))
        self.done_check.setChecked(values.done)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit, 1)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Owner:"), self.owner_combo)
        self.form.addRow(self.tr("Due date:"), due)
        self.form.addRow("", self.done_check)
        self.title_edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def problems(self) -> list[Problem]:
        # The empty title is plain to see; OK just stays off until there is one.
        return [] if self.title_edit.text().strip() else [Problem("title", "missing", "")]

    def values(self) -> InitiativeValues:
        return InitiativeValues(
            title=self.title_edit.text().strip(),
            owner_id=chosen_id(self.owner_combo),
            due_date=self.due_edit.date().toPython() if self.due_check.isChecked() else None,
            done=self.done_check.isChecked(),
        )


class InitiativesPanel(QWidget):
    """The initiatives of one key result; `show_key_result` chooses it, `clear` shows none."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initiativesPanel")
        self._controller = controller
        self.key_result: okr_queries.KeyResultRow | None = None
        self.writable = False
        self.title_label = QLabel()
        self.title_label.setObjectName("panelTitle")
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sectionSubtitle")
        self.summary_label.setWordWrap(True)
        self.model = InitiativesModel(self)
        self.model.done_toggled.connect(self.set_done)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("initiativesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # long titles wrap rather than hide behind "…"
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        TableKeys(self.table, self.delete_selected, self.edit_selected)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.clear()

    # -- showing -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.key_result = None
        self.title_label.setText(self.tr("Choose a key result to see its initiatives."))
        self.summary_label.clear()
        self.model.set_rows([])
        self._update_buttons()

    def show_key_result(self, key_result: okr_queries.KeyResultRow, writable: bool) -> None:
        self.key_result = key_result
        self.writable = writable
        self.title_label.setText(key_result.title)
        self.reload()

    def reload(self) -> None:
        workspace = self._controller.workspace
        if self.key_result is None or workspace is None:
            self.clear()
            return
        chosen = self.selected()
        with workspace.engine.connect() as connection:
            rows = store.key_result_initiatives(connection, self.key_result.id)
        self.model.today = clock.today()
        self.model.editable = self.writable
        self.model.set_rows(rows)
        done = sum(r.done for r in rows)
        overdue = sum(r.overdue(self.model.today) for r in rows)
        if not rows:
            text = self.tr("No initiatives yet: add the work that will move this key result.")
        else:
            text = self.tr("{done} of {count} done").format(done=done, count=len(rows))
            if overdue:
                text += self.tr(" · {overdue} overdue").format(overdue=overdue)
        if not self.writable:
            text += self.tr(" · the cycle is closed")
        self.summary_label.setText(text)
        if chosen is not None:
            for number, row in enumerate(rows):
                if row.id == chosen.id:
                    self.table.selectRow(number)
        self._update_buttons()

    def selected(self) -> InitiativeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        writable = self.key_result is not None and self.writable
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self.selected() is not None)
        self.delete_button.setEnabled(writable and self.selected() is not None)

    # -- actions -----------------------------------------------------------------------------

    def _people(self) -> list[tuple[int, str]]:
        with self._controller.workspace.engine.connect() as connection:
            return okr_queries.people(connection)

    def _open(self, dialog: InitiativeEditor, on_accept) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.open()

    def add(self) -> InitiativeEditor | None:
        key_result = self.key_result
        if key_result is None or not self.writable:
            return None
        start = InitiativeValues("", owner_id=key_result.owner_id)
        dialog = InitiativeEditor(self, self.tr("New initiative"), self._people(), start)

        def create(values: InitiativeValues) -> None:
            self._controller.undo_stack.push(
                store_commands.create(
                    self._controller,
                    self.tr("New initiative {title}").format(title=values.title),
                    functools.partial(
                        store.create_initiative, key_result_id=key_result.id, values=values
                    ),
                    store.delete_initiative,
                    store.restore_initiative,
                    tables=store_commands.OKR,
                )
            )

        self._open(dialog, create)
        return dialog

    def edit_selected(self) -> InitiativeEditor | None:
        row = self.selected()
        if row is None or not self.writable:
            return None
        dialog = InitiativeEditor(self, self.tr("Edit initiative"), self._people(), row.values)
        self._open(dialog, lambda values: self._update(row, values))
        return dialog

    def _update(self, row: InitiativeRow, values: InitiativeValues) -> None:
        if values == row.values:
            return
        text = self.tr("Edit initiative {title}").format(title=values.title)
        self._save(row, values, text)

    def set_done(self, row: InitiativeRow, done: bool) -> None:
        if not self.writable:
            return
        values = InitiativeValues(row.title, row.owner_id, row.due_date, done)
        text = (self.tr("Tick {title} done") if done else self.tr("Reopen {title}")).format(
            title=row.title
        )
        self._save(row, values, text)

    def _save(self, row: InitiativeRow, values: InitiativeValues, text: str) -> None:
        """`values` over the initiative as read (`row`, with its version): someone else's
        change since is shown beside mine, never overwritten (okrdesk.ui.row_edits)."""
        command = row_edits.guarded_update(
            self._controller,
            self,
            text,
            store.update_initiative,
            row.id,
            values,
            row.version,
            model=Initiative,
            seen=asdict(row.values),
            fields=INITIATIVE_FIELDS,
            make=lambda fields: InitiativeValues(**fields),
            tables=store_commands.OKR,
        )
        self._controller.undo_stack.push(command, self)

    def delete_selected(self) -> bool:
        row = self.selected()
        if row is None or not self.writable:
            return False
        text = self.tr("Delete initiative {title}").format(title=row.title)
        self._controller.undo_stack.push(
            store_commands.delete(
                self._controller,
                text,
                store.delete_initiative,
                store.restore_initiative,
                row.id,
                tables=store_commands.OKR,
            )
        )
        return True
