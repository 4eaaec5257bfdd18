"""The data grid: type, paste or clear weekly counts of one source; every change one undo step.

Ctrl+V pastes a block copied from a spreadsheet from the selected cell (or into the stages its
header names), Ctrl+C copies the selection as tab-separated text, Delete clears it. A cell that
is not a count refuses the whole paste, naming its row and column.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.weeks import week_start_of
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.funnel.grid import Cell
from okrdesk.store.workspace.settings import read_settings
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.funnel.commands import set_counts
from okrdesk.ui.funnel.grid_conflicts import show_conflict
from okrdesk.ui.funnel.grid_model import FunnelGridModel
from okrdesk.ui.funnel.paste import PasteError, parse_block


class FunnelGridPanel(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.funnel_id: int | None = None
        self.segment: str | None = None
        self.variant: str | None = None
        self.model = FunnelGridModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.view.setObjectName("funnelGrid")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.note_label = QLabel()
        self.note_label.setObjectName("hintLabel")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.add_week_button = QPushButton(self.tr("Add &week"))
        self.add_week_button.setAutoDefault(False)
        self.add_week_button.clicked.connect(self.add_week)

        self.copy_action = self._action(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy)
        self.paste_action = self._action(
            self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.paste
        )
        self.clear_action = self._action(
            self.tr("C&lear"), QKeySequence.StandardKey.Delete, self.clear_selection
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        buttons.addWidget(self.note_label, 1)
        buttons.addWidget(self.add_week_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        self.model.edit_requested.connect(self._store)
        self.model.refused.connect(self.show_error)

    def _action(self, text: str, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # -- reading -----------------------------------------------------------------------------

    def show_grid(self, funnel_id: int | None, segment: str | None, variant: str | None) -> None:
        """Read the counts of a funnel for a segment (None: all sources) and variant."""
        workspace = self.controller.workspace
        same_place = (funnel_id, segment, variant) == (self.funnel_id, self.segment, self.variant)
        self.funnel_id, self.segment, self.variant = funnel_id, segment, variant
        if workspace is None or funnel_id is None:
            self.model.set_grid(funnel_grid.GridData([], []), False, keep_added=False)
            return
        with workspace.engine.connect() as connection:
            grid = funnel_grid.read_grid(connection, funnel_id, segment, variant)
            editable = segment is not None and (
                variant is not None
                or set(funnel_grid.variants_in_segment(connection, funnel_id, segment)) <= {""}
            )
        at_end = not same_place or self._scrolled_to_end()
        editable = editable and not self.controller.read_only
        self.model.set_grid(grid, editable, keep_added=same_place)
        if at_end:
            self.view.scrollToBottom()
        self.add_week_button.setEnabled(editable and bool(grid.stages))
        for action in (self.paste_action, self.clear_action):
            action.setEnabled(editable)
        if segment is None:
            self.note_label.setText(
                self.tr("All sources together, read only: choose one source to type or paste.")
            )
        elif not editable:
            self.note_label.setText(
                self.tr("This source has experiment arms: choose a variant to edit its counts.")
            )
        else:
            self.note_label.setText(
                self.tr("Type a count, or paste a block copied from a spreadsheet (Ctrl+V).")
            )

    def _scrolled_to_end(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum()

    # -- changes -----------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _store(self, cells: dict[Cell, int | None], text: str = "") -> None:
        if self.funnel_id is None or self.segment is None:
            return
        self.error_label.hide()
        if not text:
            (week, stage_id) = next(iter(cells))
            stage = next(s.name for s in self.model.grid.stages if s.id == stage_id)
            text = self.tr("Edit {stage}, week of {week}").format(
                stage=stage, week=format_date(week)
            )
        shown = self.model.grid.counts
        self._push(text, cells, {cell: shown.get(cell) for cell in cells})

    def _push(self, text: str, cells: dict[Cell, int | None], seen: dict[Cell, int | None]) -> None:
        assert self.funnel_id is not None and self.segment is not None
        command = set_counts(
            self.controller, text, self.funnel_id, self.segment, self.variant or "", cells, seen
        )
        stages = {stage.id: stage.name for stage in self.model.grid.stages}
        command.on_conflict = lambda error: show_conflict(
            self, error, seen, stages, lambda mine, now: self._push(text, mine, now)
        )
        self.controller.undo_stack.push(command)

    def add_week(self) -> int | None:
        """An empty row for the week after the last one (or this week); its row number."""
        workspace = self.controller.workspace
        if workspace is None or not self.model.editable:
            return None
        if self.model.weeks:
            week = self.model.weeks[-1] + dt.timedelta(weeks=1)
        else:
            with workspace.engine.connect() as connection:
                week_start = read_settings(connection).week_start
            week = week_start_of(clock.today(), week_start)
        row = self.model.add_week(week)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return row

    def _anchor(self) -> tuple[int, int]:
        selected = self.view.selectionModel().selectedIndexes()
        if selected:
            return min(i.row() for i in selected), min(i.column() for i in selected)
        current = self.view.currentIndex()
        return (current.row(), current.column()) if current.isValid() else (0, 0)

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Fill the grid from the selected cell with a pasted block, as one undo step."""
        if not self.model.editable or not text.strip():
            return False
        stages = self.model.grid.stages
        try:
            block = parse_block(text, [s.name for s in stages])
        except PasteError as error:
            self.show_error(
                self.tr(
                    "Row {line}, column {column} of the pasted block: {reason}. Nothing was pasted."
                ).format(line=error.line, column=error.column, reason=error.error.message())
            )
            return False
        top, left = self._anchor()
        height = len(block.rows)
        if top + height > len(self.model.weeks):
            self.show_error(
                " ".join(
                    (
                        self.tr("The block has %Ln row(s).", "", height),
                        self.tr(
                            "The table has only %Ln week(s) from the selected one on. "
                            "Add weeks first. Nothing was pasted.",
                            "",
                            len(self.model.weeks) - top,
                        ),
                    )
                )
            )
            return False
        cells: dict[Cell, int | None] = {}
        for offset, row in enumerate(block.rows):
            for column, count in enumerate(row):
                if block.stage_columns is not None:
                    stage = (
                        block.stage_columns[column] if column < len(block.stage_columns) else None
                    )
                else:
                    stage = left + column
                if count is None or stage is None:
                    continue
                if stage >= len(stages):
                    self.show_error(
                        self.tr(
                            "Row {line}, column {column} of the pasted block falls beyond the "
                            "last stage, {stage}. Nothing was pasted."
                        ).format(
                            line=offset + block.first_line,
                            column=column + 1,
                            stage=stages[-1].name,
                        )
                    )
                    return False
                cells[self.model.cell(top + offset, stage)] = count
        if not cells:
            return False
        text = self.tr("Paste %Ln count(s)", "", len(cells))
        self._store(cells, text)
        return True

    def _selected_cells(self) -> list[tuple[int, int]]:
        return sorted((i.row(), i.column()) for i in self.view.selectionModel().selectedIndexes())

    def copy(self) -> str:
        """The selected cells as tab-separated lines, on the clipboard; the text copied."""
        selected = self._selected_cells()
        if not selected:
            return ""
        rows = sorted({r for r, _c in selected})
        columns = sorted({c for _r, c in selected})
        lines = []
        for row in rows:
            values = [self.model.count(row, column) for column in columns]
            lines.append("\t".join("" if v is None else str(v) for v in values))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def clear_selection(self) -> None:
        if not self.model.editable:
            return
        cells = {
            self.model.cell(r, c): None
            for r, c in self._selected_cells()
            if self.model.count(r, c) is not None
        }
        if cells:
            text = self.tr("Clear %Ln count(s)", "", len(cells))
            self._store(cells, text)
