"""People and teams: a small manager beside the main window, every change one undo step.

The dialog keeps no state of its own: it reads the workspace, pushes a command for each
change and reloads when the controller says people or teams changed (also after Edit → Undo
in the main window, which stays usable while the dialog is open).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store import people
from okrdesk.store import schema as db
from okrdesk.store.people import PersonRow, PersonValues, TeamRow
from okrdesk.ui.common.keys import redo_keys
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.common.table_model import ReadOnlyTableModel
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.people import commands
from okrdesk.ui.people.editors import PersonEditor, TeamEditor
from okrdesk.ui.store_commands import table_names

CONTEXT = "PeopleDialog"
COLUMN_GAP = 16


# Counted rows per table, for "Claire Dubois owns 3 objectives and 5 key results".
def _counted_rows(table: str, count: int) -> str:
    if table == "objectives":
        return PeopleDialog.tr("%Ln objective(s)", "", count)
    if table == "key_results":
        return PeopleDialog.tr("%Ln key result(s)", "", count)
    if table == "initiatives":
        return PeopleDialog.tr("%Ln initiative(s)", "", count)
    if table == "experiments":
        return PeopleDialog.tr("%Ln experiment(s)", "", count)
    if table == "experiment_tasks":
        return PeopleDialog.tr("%Ln experiment task(s)", "", count)
    if table == "people":
        return PeopleDialog.tr("%Ln team member(s)", "", count)
    if table == "kpis":
        return PeopleDialog.tr("%Ln KPI(s)", "", count)
    return PeopleDialog.tr("%Ln row(s) of {table}", "", count).format(table=table)


def counted(counts: dict[str, int]) -> str:
    """{"objectives": 3, "key_results": 5} as "3 objectives and 5 key results"."""
    parts = [_counted_rows(table, count) for table, count in counts.items()]
    if len(parts) < 2:
        return "".join(parts)
    items = QCoreApplication.translate("PeopleDialog", ", ").join(parts[:-1])
    return QCoreApplication.translate("PeopleDialog", "{items} and {last}").format(
        items=items, last=parts[-1]
    )


# -- the manager -----------------------------------------------------------------------------


class TeamsModel(ReadOnlyTableModel):
    """Rows are TeamRow: the team's name and how many people belong to it."""

    numeric_columns = frozenset({1})

    def headers(self) -> Sequence[str]:
        return [self.tr("Team"), self.tr("People")]

    def display(self, row: TeamRow, column: int) -> str:
        return row.name if column == 0 else QLocale().toString(row.people)


class PeopleModel(ReadOnlyTableModel):
    """Rows are PersonRow: name, team ("—" without one) and e-mail."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("Team"), self.tr("E-mail")]

    def display(self, row: PersonRow, column: int) -> str:
        return (row.name, row.team_name or "—", row.email)[column]


class PeopleDialog(QDialog):
    def __init__(self, parent: QWidget | None, controller: WorkspaceController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("People and teams"))
        fit_to_screen(self, 960, 500, near=self.parentWidget())
        self.teams: list[TeamRow] = []
        self.people: list[PersonRow] = []
        self.teams_model = TeamsModel(self)
        self.people_model = PeopleModel(self)
        self.teams_view = self._view(self.teams_model)
        self.people_view = self._view(self.people_model)

        self.add_team_button = QPushButton(self.tr("&Add team…"))
        self.rename_team_button = QPushButton(self.tr("&Rename…"))
        self.delete_team_button = QPushButton(self.tr("&Delete"))
        self.add_person_button = QPushButton(self.tr("Add &person…"))
        self.edit_person_button = QPushButton(self.tr("Ed&it…"))
        self.delete_person_button = QPushButton(self.tr("De&lete"))
        for button, slot in (
            (self.add_team_button, self.add_team),
            (self.rename_team_button, self.rename_team),
            (self.delete_team_button, self.delete_team),
            (self.add_person_button, self.add_person),
            (self.edit_person_button, self.edit_person),
            (self.delete_person_button, self.delete_person),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self._keys(self.teams_view, self.tr("Rename…"), self.rename_team, self.delete_team)
        self._keys(self.people_view, self.tr("Edit…"), self.edit_person, self.delete_person)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        team_buttons = [self.add_team_button, self.rename_team_button, self.delete_team_button]
        person_buttons = [
            self.add_person_button,
            self.edit_person_button,
            self.delete_person_button,
        ]
        columns.addLayout(self._column(self.tr("&Teams"), self.teams_view, team_buttons), 1)
        columns.addLayout(self._column(self.tr("P&eople"), self.people_view, person_buttons), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        # The main window's Edit menu is out of reach while this window has the focus.
        undo = controller.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = controller.undo_stack.createRedoAction(self)
        redo.setShortcuts(redo_keys())
        self.addActions([undo, redo])

        for view in (self.teams_view, self.people_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.changed.connect(self._reload_if_changed)
        controller.opened.connect(self._workspace_replaced)
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    @staticmethod
    def _view(model: ReadOnlyTableModel) -> QTableView:
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab moves on, out of the table
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return view

    @staticmethod
    def _fit_columns(view: QTableView) -> None:
        """Columns as wide as their content, with room between them."""
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, header.sectionSize(column) + COLUMN_GAP)

    def _keys(
        self,
        view: QTableView,
        edit_text: str,
        edit: Callable[[], object],
        remove: Callable[[], object],
    ) -> None:
        """Enter, double-click and F2 edit the row; Delete deletes it (also in its menu)."""
        view.activated.connect(edit)
        for text, key, slot in (
            (edit_text, QKeySequence(Qt.Key.Key_F2), edit),
            (self.tr("Delete"), QKeySequence.StandardKey.Delete, remove),
        ):
            action = QAction(text, view)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)

    @staticmethod
    def _column(title: str, view: QTableView, buttons: list[QPushButton]) -> QVBoxLayout:
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        heading.setBuddy(view)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(view, 1)
        column.addLayout(row)
        return column

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read teams and people again, keeping the selected rows where they still exist."""
        workspace = self.controller.workspace
        if workspace is None:
            return
        team, person = self.selected_team(), self.selected_person()
        with workspace.engine.connect() as connection:
            self.teams = people.list_teams(connection)
            self.people = people.list_people(connection)
        self.teams_model.set_rows(self.teams)
        self.people_model.set_rows(self.people)
        for view in (self.teams_view, self.people_view):
            self._fit_columns(view)
        self.select(self.teams_view, self.teams, team.id if team else None)
        self.select(self.people_view, self.people, person.id if person else None)
        self._update_buttons()

    def _reload_if_changed(self, tables: frozenset[str]) -> None:
        if tables & table_names(db.Person, db.Team):
            self.reload()

    def _workspace_replaced(self) -> None:
        if self.controller.workspace is None:
            self.close()
        else:
            self.reload()

    @staticmethod
    def select(view: QTableView, rows: Sequence[Any], item_id: int | None) -> None:
        ids = [row.id for row in rows]
        if item_id in ids:
            view.selectRow(ids.index(item_id))
        else:
            view.clearSelection()

    @staticmethod
    def _selected(view: QTableView, rows: Sequence[Any]) -> Any:
        selected = view.selectionModel().selectedRows()
        return rows[selected[0].row()] if selected else None

    def selected_team(self) -> TeamRow | None:
        return self._selected(self.teams_view, self.teams)

    def selected_person(self) -> PersonRow | None:
        return self._selected(self.people_view, self.people)

    def _update_buttons(self) -> None:
        for button in (self.rename_team_button, self.delete_team_button):
            button.setEnabled(self.selected_team() is not None)
        for button in (self.edit_person_button, self.delete_person_button):
            button.setEnabled(self.selected_person() is not None)

    # -- changes -----------------------------------------------------------------------------

    def _open(self, editor: QDialog, accepted: Callable[[], None]) -> QDialog:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.accepted.connect(accepted)
        editor.open()
        return editor

    def add_team(self) -> QDialog:
        editor = TeamEditor(self, self.tr("New team"), "", [t.name for t in self.teams])

        def create() -> None:
            command = commands.new_team(self.controller, editor.name())
            self.controller.undo_stack.push(command)
            self.select(self.teams_view, self.teams, command.result)

        return self._open(editor, create)

    def rename_team(self) -> QDialog | None:
        team = self.selected_team()
        if team is None:
            return None
        taken = [t.name for t in self.teams if t.id != team.id]
        editor = TeamEditor(self, self.tr("Rename team"), team.name, taken)

        def rename() -> None:
            if editor.name() != team.name:
                command = commands.rename_team(self.controller, self, team, editor.name())
                self.controller.undo_stack.push(command)

        return self._open(editor, rename)

    def delete_team(self) -> None:
        team = self.selected_team()
        if team is None or self.controller.workspace is None:
            return
        with self.controller.workspace.engine.connect() as connection:
            counts = people.in_team(connection, team.id)
        question = self.tr("{name} has {things}; they will have no team. Delete?")
        if counts and not self._confirm(question.format(name=team.name, things=counted(counts))):
            return
        self.controller.undo_stack.push(commands.delete_team(self.controller, team.id, team.name))

    def add_person(self) -> QDialog:
        team = self.selected_team()
        values = PersonValues("", "", team.id if team else None)
        taken = [p.name for p in self.people]
        editor = PersonEditor(self, self.tr("New person"), values, self.teams, taken)

        def create() -> None:
            command = commands.new_person(self.controller, editor.values())
            self.controller.undo_stack.push(command)
            self.select(self.people_view, self.people, command.result)

        return self._open(editor, create)

    def edit_person(self) -> QDialog | None:
        person = self.selected_person()
        if person is None:
            return None
        old = PersonValues(person.name, person.email, person.team_id)
        taken = [p.name for p in self.people if p.id != person.id]
        editor = PersonEditor(self, self.tr("Edit person"), old, self.teams, taken)

        def update() -> None:
            if editor.values() != old:
                command = commands.edit_person(self.controller, self, person, editor.values())
                self.controller.undo_stack.push(command)

        return self._open(editor, update)

    def delete_person(self) -> None:
        person = self.selected_person()
        if person is None or self.controller.workspace is None:
            return
        with self.controller.workspace.engine.connect() as connection:
            counts = people.owned_by(connection, person.id)
        question = self.tr("{name} owns {things}; they will have no owner. Delete?")
        if counts and not self._confirm(question.format(name=person.name, things=counted(counts))):
            return
        command = commands.delete_person(self.controller, person.id, person.name)
        self.controller.undo_stack.push(command)

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("Edit → Undo puts everything back."))
        return box.exec() == QMessageBox.StandardButton.Yes
