"""Creating, editing, renaming, deleting and moving objectives and key results, undoably.

Ctrl+N new objective, Ctrl+Shift+T new objective from a template, Ctrl+Shift+N new key result
under the selection, Enter (or a double click) opens the editor, F2 renames in place, Delete
removes (asking first when check-ins would go with it). Every action is one command on the
workspace's undo stack.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.domain.okr_templates import templates
from okrdesk.store.okr import commands as okr_commands
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.review import summary
from okrdesk.ui import store_commands
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.edit_commands import key_result_edit, objective_edit
from okrdesk.ui.okr.editors import KeyResultEditor, ObjectiveEditor
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.template_dialog import (
    TemplateChoice,
    TemplateDialog,
    template_command,
)


def objective_values(row: okr_queries.ObjectiveRow, description: str = "") -> ObjectiveValues:
    return ObjectiveValues(
        title=row.title,
        level=row.level,
        owner_id=row.owner_id,
        team_id=row.team_id,
        parent_id=row.parent_id,
        description=description,
    )


def key_result_values(row: okr_queries.KeyResultRow) -> KeyResultValues:
    return KeyResultValues(
        title=row.title,
        kind=row.kind,
        unit=row.unit,
        start_value=row.start_value,
        target_value=row.target_value,
        weight=row.weight,
        owner_id=row.owner_id,
        budget=row.budget,
        cost=row.cost,
        unit_label=row.unit_label,
        decimals=row.decimals,
    )


OBJECTIVE, KEY_RESULT = "objective", "key_result"


def objective_label(title: str) -> QLabel:
    """The line over a new key result's form naming the objective it goes under."""
    text = QCoreApplication.translate("OkrEditing", "Objective: {title}").format(title=title)
    label = QLabel(text)
    label.setObjectName("objectiveLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OkrEditing(QObject):
    """The OKR screen's editing actions; `section` provides the selection and the cycle."""

    def __init__(self, section: QWidget, controller: WorkspaceController) -> None:
        super().__init__(section)
        self._section = section
        self._controller = controller
        self.new_objective_action = self._action(
            self.tr("New &objective…"), self.new_objective, QKeySequence("Ctrl+N")
        )
        # Not Ctrl+Alt+N: on Windows Ctrl+Alt is AltGr, and AltGr+N types the Polish ń.
        self.new_from_template_action = self._action(
            self.tr("New objective from &template…"),
            self.new_objective_from_template,
            QKeySequence("Ctrl+Shift+T"),
        )
        self.new_key_result_action = self._action(
            self.tr("New &key result…"), self.new_key_result, QKeySequence("Ctrl+Shift+N")
        )
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, None)
        self.rename_action = self._action(
            self.tr("&Rename"), self.rename_selected, QKeySequence("F2")
        )
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )

    def _action(self, text: str, slot, shortcut: QKeySequence | None) -> QAction:
        action = QAction(text, self._section)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._section.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.new_objective_action,
            self.new_from_template_action,
            self.new_key_result_action,
            self.edit_action,
            self.rename_action,
            self.delete_action,
        ]

    def update_actions(self) -> None:
        cycle = self._section.selected_cycle()
        writable = cycle is not None and not cycle.closed and not self._controller.read_only
        writable = writable and not self._section.awaiting_rows  # nothing to align under yet
        node = self._section.current_node()
        self.new_objective_action.setEnabled(writable)
        self.new_from_template_action.setEnabled(writable)
        self.new_key_result_action.setEnabled(writable and self._objective_of(node) is not None)
        for action in (self.edit_action, self.rename_action, self.delete_action):
            action.setEnabled(writable and isinstance(node, ObjectiveNode | KeyResultNode))

    # -- helpers -----------------------------------------------------------------------------

    def _lists(self) -> tuple[list, list, str]:
        with self._controller.workspace.engine.connect() as connection:
            people = okr_queries.people(connection)
            teams = okr_queries.teams(connection)
            currency = summary.display_settings(connection).currency
        return people, teams, currency

    @staticmethod
    def _objective_of(node: object) -> ObjectiveNode | None:
        if isinstance(node, ObjectiveNode):
            return node
        if isinstance(node, KeyResultNode) and isinstance(node.parent, ObjectiveNode):
            return node.parent
        return None

    def _parents(self, excluding: ObjectiveNode | None) -> list[tuple[int, str]]:
        """Objectives one may align under: not itself, nor anything aligned under it."""
        banned: set[int] = set()
        if excluding is not None:
            stack = [excluding]
            while stack:
                node = stack.pop()
                banned.add(node.row_data.id)
                stack += node.aligned_nodes()
        return [
            (node.row_data.id, node.row_data.title)
            for node in self._section.objective_nodes()
            if node.row_data.id not in banned
        ]

    def _open(self, dialog, on_accept) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.open()

    def _push(self, command) -> None:
        self._controller.undo_stack.push(command)

    def _push_selecting(
        self, command: store_commands.StoreCommand, kind: str, back_to: int | None
    ) -> None:
        """Push a create: what it made becomes the selection, now and after a redo; after
        its undo, the objective `back_to` (where the user was) is."""
        section = self._section

        def select(redone: bool, item_id: int | None) -> None:
            if redone and item_id is not None:
                section.select_item(kind, item_id)
            elif not redone and back_to is not None:
                section.select_item(OBJECTIVE, back_to)

        command.after_step = select
        self._push(command)

    # -- actions -----------------------------------------------------------------------------

    def new_objective(self) -> ObjectiveEditor | None:
        cycle = self._section.selected_cycle()
        if cycle is None or cycle.closed:
            return None
        people, teams, _currency = self._lists()
        selected = self._objective_of(self._section.current_node())
        start = ObjectiveValues(
            title="",
            level="team",
            owner_id=None,
            team_id=selected.row_data.team_id if selected else None,
            parent_id=None,
        )
        dialog = ObjectiveEditor(
            self._section, self.tr("New objective"), people, teams, self._parents(None), start
        )

        def create(values: ObjectiveValues) -> None:
            command = store_commands.create(
                self._controller,
                self.tr("New objective {title}").format(title=values.title),
                functools.partial(okr_commands.create_objective, cycle_id=cycle.id, values=values),
                okr_commands.delete_objective,
                okr_commands.restore_objective,
                tables=store_commands.OKR,
            )
            self._push_selecting(command, OBJECTIVE, selected.row_data.id if selected else None)

        self._open(dialog, create)
        return dialog

    def new_objective_from_template(self) -> TemplateDialog | None:
        """The objective and its three key results are created as one undo step."""
        cycle = self._section.selected_cycle()
        if cycle is None or cycle.closed:
            return None
        people, teams, currency = self._lists()
        dialog = TemplateDialog(self._section, templates(), people, teams, currency, cycle.name)

        selected = self._objective_of(self._section.current_node())

        def create(choice: TemplateChoice) -> None:
            command = template_command(self._controller, cycle.id, choice)
            self._push_selecting(command, OBJECTIVE, selected.row_data.id if selected else None)

        self._open(dialog, create)
        return dialog

    def new_key_result(self) -> KeyResultEditor | None:
        objective = self._objective_of(self._section.current_node())
        cycle = self._section.selected_cycle()
        if objective is None or cycle is None or cycle.closed:
            return None
        people, _teams, currency = self._lists()
        start = KeyResultValues(
            title="",
            kind="increase",
            unit="number",
            start_value=0.0,
            target_value=100.0,
            owner_id=objective.row_data.owner_id,
        )
        title = self.tr("New key result of “{objective}”").format(
            objective=objective.row_data.title
        )
        dialog = KeyResultEditor(self._section, title, people, currency, start)
        dialog.layout().insertWidget(0, objective_label(objective.row_data.title))
        objective_id = objective.row_data.id

        def create(values: KeyResultValues) -> None:
            command = store_commands.create(
                self._controller,
                self.tr("New key result {title}").format(title=values.title),
                functools.partial(
                    okr_commands.create_key_result, objective_id=objective_id, values=values
                ),
                okr_commands.delete_key_result,
                okr_commands.restore_key_result,
                tables=store_commands.OKR,
            )
            self._push_selecting(command, KEY_RESULT, objective_id)

        self._open(dialog, create)
        return dialog

    def edit_selected(self) -> QWidget | None:
        found = self.editor_for(self._section.current_node(), self._section)
        if found is None:
            return None
        dialog, apply = found
        self._open(dialog, apply)
        return dialog

    def editor_for(
        self, node: object, parent: QWidget
    ) -> tuple[FormDialog, Callable[[Any], None]] | None:
        """An editor filled from a node of a writable cycle, and what saves its values."""
        cycle = self._section.selected_cycle()
        if cycle is None or cycle.closed or self._controller.read_only:
            return None
        if isinstance(node, ObjectiveNode):
            people, teams, _ = self._lists()
            row = node.row_data
            dialog = ObjectiveEditor(
                parent,
                self.tr("Edit objective"),
                people,
                teams,
                self._parents(node),
                objective_values(row, row.description),
            )
            return dialog, lambda values: self._update_objective(row, values, (people, teams))
        if isinstance(node, KeyResultNode):
            people, _, currency = self._lists()
            row = node.row_data
            dialog = KeyResultEditor(
                parent, self.tr("Edit key result"), people, currency, key_result_values(row)
            )
            return dialog, lambda values: self._update_key_result(row, values, people)
        return None

    def _names(self, people: list | None = None, teams: list | None = None) -> dict:
        """Names of the ids a conflict shows: owners, teams, objectives aligned under."""
        if people is None or teams is None:
            people, teams, _ = self._lists()
        objectives = {n.row_data.id: n.row_data.title for n in self._section.objective_nodes()}
        return {
            "owner_id": dict(people),
            "team_id": dict(teams),
            "parent_id": objectives,
        }

    def _update_objective(
        self, row: okr_queries.ObjectiveRow, values: ObjectiveValues, lists: tuple | None = None
    ) -> None:
        """A changed alignment is a move as well; both go in one undo step."""
        text = self.tr("Edit objective {title}").format(title=values.title)
        stack = self._controller.undo_stack
        moved = values.parent_id != row.parent_id
        if moved:
            stack.beginMacro(text)
            self._push(
                store_commands.move(
                    self._controller,
                    text,
                    okr_commands.move_objective,
                    row.id,
                    (values.parent_id, len(self._section.children_of(values.parent_id))),
                    tables=store_commands.OKR,
                )
            )
        seen = objective_values(row, row.description)
        if moved:
            seen = replace(seen, parent_id=values.parent_id)
        names = self._names(*(lists or (None, None)))
        self._push(
            objective_edit(
                self._controller, self._section, row.id, seen, row.version, values, names, text
            )
        )
        if moved:
            stack.endMacro()

    def _update_key_result(
        self, row: okr_queries.KeyResultRow, values: KeyResultValues, people: list | None = None
    ) -> None:
        text = self.tr("Edit key result {title}").format(title=values.title)
        names = {"owner_id": dict(people if people is not None else self._lists()[0])}
        self._push(
            key_result_edit(
                self._controller,
                self._section,
                row.id,
                key_result_values(row),
                row.version,
                values,
                names,
                text,
            )
        )

    def rename_selected(self) -> None:
        index = self._section.tree.currentIndex()
        if index.isValid() and self.rename_action.isEnabled():
            self._section.tree.edit(index.siblingAtColumn(0))

    def rename(self, node: object, title: str) -> None:
        """Called by the tree model when a title was edited in place."""
        title = title.strip()
        if not title or title == node.row_data.title:
            return
        if isinstance(node, ObjectiveNode):
            row = node.row_data
            seen = objective_values(row, row.description)
            text = self.tr("Rename objective")
            command = objective_edit(
                self._controller,
                self._section,
                row.id,
                seen,
                row.version,
                replace(seen, title=title),
                self._names(),
                text,
            )
            self._push(command)
        elif isinstance(node, KeyResultNode):
            row = node.row_data
            seen = key_result_values(row)
            command = key_result_edit(
                self._controller,
                self._section,
                row.id,
                seen,
                row.version,
                replace(seen, title=title),
                self._names(),
                self.tr("Rename key result"),
            )
            self._push(command)

    def delete_selected(self) -> bool:
        node = self._section.current_node()
        if (
            not isinstance(node, ObjectiveNode | KeyResultNode)
            or not self.delete_action.isEnabled()
        ):
            return False
        objective = isinstance(node, ObjectiveNode)
        with self._controller.workspace.session() as session:
            if objective:
                count = okr_commands.checkin_count(session, objective_id=node.row_data.id)
            else:
                count = okr_commands.checkin_count(session, key_result_id=node.row_data.id)
        if count and not self._confirm_delete(node.row_data.title, count):
            return False
        delete, restore = (
            (okr_commands.delete_objective, okr_commands.restore_objective)
            if objective
            else (okr_commands.delete_key_result, okr_commands.restore_key_result)
        )
        text = self.tr("Delete {title}").format(title=node.row_data.title)
        self._push(
            store_commands.delete(
                self._controller, text, delete, restore, node.row_data.id, tables=store_commands.OKR
            )
        )
        return True

    def _confirm_delete(self, title: str, count: int) -> bool:
        answer = QMessageBox.question(
            self._section,
            self.tr("Delete"),
            self.tr(
                "“{title}” has %Ln check-in(s). Delete it together with its check-ins?\n"
                "Edit → Undo brings everything back.",
                "",
                count,
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
