"""Funnels and their stages: a small manager beside the main window, every change one undo step.

Like the people manager it keeps no state of its own: it reads the workspace, pushes a command
for each change and reloads when the controller says funnels or stages changed (Ctrl+Z works
in it as in the main window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.store import schema as db
from okrdesk.store.funnel import definitions
from okrdesk.store.funnel.definitions import FunnelRow, StageRow
from okrdesk.store.people import name_problems
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.keys import redo_keys
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.funnel import commands
from okrdesk.ui.store_commands import table_names

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
STAGE_MIME = "application/x-okrdesk-stage-row"


class NameEditor(FormDialog):
    """A funnel's or a stage's name; `taken` are the names it may not have."""

    def __init__(
        self, parent: QWidget, title: str, name: str, taken: Sequence[str], taken_text: str
    ) -> None:
        super().__init__(parent, title, min_width=420)
        self._taken, self._taken_text = list(taken), taken_text
        self.name_edit = QLineEdit(name)
        self.name_edit.textChanged.connect(self.revalidate)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.revalidate()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def problems(self) -> list[Problem]:
        return name_problems(self.name(), self._taken)

    def problem_text(self, problem: Problem) -> str:
        if problem.code == "name_taken":
            return self._taken_text.format(name=self.name())
        if problem.code == "name_required":
            return self.tr("Give a name.")
        return self.tr("The name is longer than 100 characters.")


class StagesModel(QAbstractListModel):
    """Rows are StageRow in funnel order; dragging a row asks for a move through
    `move_requested(stage row, new position)` and changes nothing by itself."""

    move_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stages: list[StageRow] = []

    def set_stages(self, stages: Sequence[StageRow]) -> None:
        self.beginResetModel()
        self.stages = list(stages)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.stages[index.row()].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STAGE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        data.setData(STAGE_MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(STAGE_MIME):
            return False
        source = int(bytes(data.data(STAGE_MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.stages)
        target = row - 1 if row > source else row
        if 0 <= source < len(self.stages) and target != source:
            self.move_requested.emit(source, min(target, len(self.stages) - 1))
        return False  # the command moves it; the reload shows it


class FunnelDefinitionsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, controller: WorkspaceController, funnel_id: int | None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Funnels and stages"))
        fit_to_screen(self, 620, 460, near=self.parentWidget())
        self.funnels: list[FunnelRow] = []
        self.funnel_combo = QComboBox()
        self.funnel_combo.setMinimumContentsLength(20)
        self.funnel_combo.currentIndexChanged.connect(self._show_stages)
        self.stages_model = StagesModel(self)
        self.stages_model.move_requested.connect(self._move_row)
        self.stages_view = QListView()
        self.stages_view.setModel(self.stages_model)
        self.stages_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stages_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stages_view.activated.connect(self.rename_stage)
        self.stages_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, key, slot in (
            (self.tr("Rename…"), QKeySequence(Qt.Key.Key_F2), self.rename_stage),
            (self.tr("Remove"), QKeySequence(QKeySequence.StandardKey.Delete), self.remove_stage),
        ):
            action = QAction(text, self.stages_view)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.stages_view.addAction(action)

        self.new_funnel_button = self._button(self.tr("&New funnel…"), self.new_funnel)
        self.rename_funnel_button = self._button(self.tr("Rena&me…"), self.rename_funnel)
        self.delete_funnel_button = self._button(self.tr("&Delete funnel"), self.delete_funnel)
        self.add_stage_button = self._button(self.tr("&Add stage…"), self.add_stage)
        self.rename_stage_button = self._button(self.tr("&Rename…"), self.rename_stage)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_stage(-1))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_stage(1))
        self.remove_stage_button = self._button(self.tr("Remo&ve"), self.remove_stage)

        funnel_row = QHBoxLayout()
        funnel_label = QLabel(self.tr("&Funnel:"))
        funnel_label.setBuddy(self.funnel_combo)
        funnel_row.addWidget(funnel_label)
        funnel_row.addWidget(self.funnel_combo, 1)
        for button in (self.new_funnel_button, self.rename_funnel_button):
            funnel_row.addWidget(button)
        funnel_row.addWidget(self.delete_funnel_button)
        stage_buttons = QVBoxLayout()
        for button in (
            self.add_stage_button,
            self.rename_stage_button,
            self.up_button,
            self.down_button,
            self.remove_stage_button,
        ):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        stages_label = QLabel(self.tr("&Stages, in funnel order (drag to reorder):"))
        stages_label.setObjectName("panelTitle")
        stages_label.setBuddy(self.stages_view)
        grid = QGridLayout()
        grid.addWidget(stages_label, 0, 0, 1, 2)
        grid.addWidget(self.stages_view, 1, 0)
        grid.addLayout(stage_buttons, 1, 1)
        grid.setRowStretch(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(funnel_row)
        layout.addSpacing(8)
        layout.addLayout(grid, 1)
        layout.addWidget(close)
        # The main window's Edit menu is out of reach while this window has the focus.
        undo = controller.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = controller.undo_stack.createRedoAction(self)
        redo.setShortcuts(redo_keys())
        self.addActions([undo, redo])

        self.stages_view.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.changed.connect(self._reload_if_changed)
        controller.opened.connect(self._workspace_replaced)
        self.reload(funnel_id)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- reading -----------------------------------------------------------------------------

    def reload(self, funnel_id: int | None = None) -> None:
        """Read funnels and stages again, keeping the chosen funnel and stage if still there."""
        workspace = self.controller.workspace
        if workspace is None:
            return
        if funnel_id is None:
            funnel_id = self.funnel_id()
        with workspace.engine.connect() as connection:
            self.funnels = definitions.list_funnels(connection)
        self.funnel_combo.blockSignals(True)
        self.funnel_combo.clear()
        for funnel in self.funnels:
            self.funnel_combo.addItem(funnel.name, funnel.id)
        self.funnel_combo.setCurrentIndex(max(self.funnel_combo.findData(funnel_id), 0))
        self.funnel_combo.blockSignals(False)
        self._show_stages()

    def _show_stages(self) -> None:
        stage = self.selected_stage()
        funnel_id = self.funnel_id()
        stages: list[StageRow] = []
        if funnel_id is not None and self.controller.workspace is not None:
            with self.controller.workspace.engine.connect() as connection:
                stages = definitions.list_stages(connection, funnel_id)
        self.stages_model.set_stages(stages)
        if stage is not None:
            self.select_stage(stage.id)
        self._update_buttons()

    def _reload_if_changed(self, tables: frozenset[str]) -> None:
        if tables & table_names(db.Funnel, db.FunnelStage):
            self.reload()

    def _workspace_replaced(self) -> None:
        if self.controller.workspace is None:
            self.close()
        else:
            self.funnel_combo.clear()  # a funnel id of the last file means nothing here
            self.reload()

    def funnel_id(self) -> int | None:
        return self.funnel_combo.currentData()

    def funnel(self) -> FunnelRow | None:
        return next((f for f in self.funnels if f.id == self.funnel_id()), None)

    def selected_stage(self) -> StageRow | None:
        rows = self.stages_view.selectionModel().selectedRows()
        return self.stages_model.stages[rows[0].row()] if rows else None

    def select_stage(self, stage_id: int | None) -> None:
        ids = [s.id for s in self.stages_model.stages]
        if stage_id in ids:
            self.stages_view.setCurrentIndex(self.stages_model.index(ids.index(stage_id)))
        else:
            self.stages_view.clearSelection()

    def _update_buttons(self) -> None:
        has_funnel = self.funnel_id() is not None
        stage = self.selected_stage()
        for button in (self.rename_funnel_button, self.delete_funnel_button, self.add_stage_button):
            button.setEnabled(has_funnel)
        for button in (self.rename_stage_button, self.remove_stage_button):
            button.setEnabled(stage is not None)
        count = len(self.stages_model.stages)
        self.up_button.setEnabled(stage is not None and stage.position > 0)
        self.down_button.setEnabled(stage is not None and stage.position < count - 1)

    # -- changes -----------------------------------------------------------------------------

    def _push(self, command: Any) -> Any:
        self.controller.undo_stack.push(command, self)  # a refusal is said over this dialog
        return command

    def _ask_name(
        self, title: str, name: str, taken: Sequence[str], taken_text: str, done: Callable
    ) -> NameEditor:
        editor = NameEditor(self, title, name, taken, taken_text)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.accepted.connect(lambda: done(editor.name()))
        editor.open()
        return editor

    def new_funnel(self) -> NameEditor:
        def create(name: str) -> None:
            command = self._push(commands.new_funnel(self.controller, name))
            self.reload(command.result)

        taken = [f.name for f in self.funnels]
        text = self.tr("There is already a funnel called “{name}”.")
        return self._ask_name(self.tr("New funnel"), "", taken, text, create)

    def rename_funnel(self) -> NameEditor | None:
        funnel = self.funnel()
        if funnel is None:
            return None

        def rename(name: str) -> None:
            if name != funnel.name:
                self._push(commands.rename_funnel(self.controller, self, funnel, name))

        taken = [f.name for f in self.funnels if f.id != funnel.id]
        text = self.tr("There is already a funnel called “{name}”.")
        return self._ask_name(self.tr("Rename funnel"), funnel.name, taken, text, rename)

    def delete_funnel(self) -> None:
        funnel = self.funnel()
        if funnel is None or self.controller.workspace is None:
            return
        with self.controller.workspace.engine.connect() as connection:
            weeks = definitions.funnel_weeks(connection, funnel.id)
        question = (
            self.tr(
                "Delete the funnel “{name}” with its stages and %Ln week(s) of data?", "", weeks
            )
            if weeks
            else self.tr("Delete the funnel “{name}” and its stages?")
        )
        if self._confirm(question.format(name=funnel.name)):
            self._push(commands.delete_funnel(self.controller, funnel.id, funnel.name))

    def add_stage(self) -> NameEditor | None:
        funnel_id = self.funnel_id()
        if funnel_id is None:
            return None
        stage = self.selected_stage()
        position = stage.position + 1 if stage is not None else None

        def add(name: str) -> None:
            command = self._push(commands.add_stage(self.controller, funnel_id, name, position))
            self.select_stage(command.result)

        taken = [s.name for s in self.stages_model.stages]
        text = self.tr("This funnel already has a stage called “{name}”.")
        return self._ask_name(self.tr("New stage"), "", taken, text, add)

    def rename_stage(self) -> NameEditor | None:
        stage = self.selected_stage()
        if stage is None:
            return None

        def rename(name: str) -> None:
            if name != stage.name:
                self._push(commands.rename_stage(self.controller, self, stage, name))

        taken = [s.name for s in self.stages_model.stages if s.id != stage.id]
        text = self.tr("This funnel already has a stage called “{name}”.")
        return self._ask_name(self.tr("Rename stage"), stage.name, taken, text, rename)

    def move_stage(self, step: int) -> None:
        stage = self.selected_stage()
        if stage is not None:
            self._move_row(stage.position, stage.position + step)

    def _move_row(self, row: int, position: int) -> None:
        stages = self.stages_model.stages
        if not (0 <= row < len(stages) and 0 <= position < len(stages)) or row == position:
            return
        stage = stages[row]
        self._push(commands.move_stage(self.controller, self, stage, position))
        self.select_stage(stage.id)

    def remove_stage(self) -> None:
        stage = self.selected_stage()
        if stage is None or self.controller.workspace is None:
            return
        with self.controller.workspace.engine.connect() as connection:
            weeks = definitions.stage_weeks(connection, stage.id)
        if weeks:
            question = self.tr(
                "“{name}” has counts in %Ln week(s); they will be deleted with it. Remove it?",
                "",
                weeks,
            ).format(name=stage.name)
            if not self._confirm(question):
                return
        self._push(commands.delete_stage(self.controller, stage.id, stage.name))

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
