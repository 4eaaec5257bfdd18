"""The OKR screen's quarter-end actions: Close cycle…, Reopen cycle, Carry over…."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from okrdesk.store.okr import cycle_close
from okrdesk.store.okr.cycles import quarter_of
from okrdesk.store.okr.stretch import stretch_facts
from okrdesk.store.review import summary
from okrdesk.ui.common import clock
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.close.carry_dialog import CarryOverDialog, NewCycle
from okrdesk.ui.okr.close.close_dialog import CloseCycleDialog
from okrdesk.ui.okr.close.commands import (
    carry_over_command,
    close_command,
    reopen_command,
)


class CycleCloseActions(QObject):
    """`section` provides selected_cycle() and the cycles list (OkrSection)."""

    def __init__(self, section: QWidget, controller: WorkspaceController) -> None:
        super().__init__(section)
        self._section, self._controller = section, controller
        self.close_action = self._action(self.tr("C&lose cycle…"), self.close_cycle)
        self.reopen_action = self._action(self.tr("Re&open cycle"), self.reopen_cycle)
        self.carry_action = self._action(self.tr("Carry &over…"), self.carry_over)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self._section)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._section.addAction(action)
        return action

    def update_actions(self) -> None:
        cycle = self._section.selected_cycle()
        writable = cycle is not None and not self._controller.read_only
        self.close_action.setEnabled(writable and not cycle.closed)
        self.reopen_action.setEnabled(writable and cycle.closed)
        self.carry_action.setEnabled(writable)

    def _open(self, dialog: QDialog, on_accept) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.open()

    def close_cycle(self) -> CloseCycleDialog | None:
        cycle = self._section.selected_cycle()
        if cycle is None or cycle.closed:
            return None
        with self._controller.workspace.session() as session:
            rows = cycle_close.grading_rows(session, cycle.id)
            retro = cycle_close.retrospective(session, cycle.id)
            version = cycle_close.cycle_version(session, cycle.id)
            stretch = stretch_facts(session.connection(), cycle.id)
        dialog = CloseCycleDialog(
            self._section,
            cycle.name,
            rows,
            retro,
            stretch,
            (cycle.start_date, cycle.end_date),
        )

        def close(choice) -> None:
            text = self.tr("Close {cycle}").format(cycle=cycle.name)
            when = clock.now()
            command = close_command(
                self._controller, text, cycle, choice, when, version, self._section, retro
            )
            self._controller.undo_stack.push(command, self._section)
            if choice.carry_over:
                self.carry_over(cycle.id)

        self._open(dialog, close)
        return dialog

    def reopen_cycle(self) -> None:
        cycle = self._section.selected_cycle()
        if cycle is None or not cycle.closed:
            return
        text = self.tr("Reopen {cycle}").format(cycle=cycle.name)
        with self._controller.workspace.session() as session:
            version = cycle_close.cycle_version(session, cycle.id)
        command = reopen_command(self._controller, text, cycle.id, version)
        self._controller.undo_stack.push(command, self._section)

    def carry_over(self, cycle_id: int | None = None) -> CarryOverDialog | None:
        """Offer the unfinished key results of the selected cycle (or `cycle_id`)."""
        cycles = self._section.cycles
        if not isinstance(cycle_id, int):
            chosen = self._section.selected_cycle()
            cycle_id = chosen.id if chosen is not None else None
        cycle = next((c for c in cycles if c.id == cycle_id), None)
        if cycle is None:
            return None
        targets = sorted(
            (c for c in cycles if c.start_date > cycle.start_date and not c.closed),
            key=lambda c: c.start_date,
        )
        name, start, end = quarter_of(cycle.end_date + dt.timedelta(days=1))
        taken = {c.name.casefold() for c in cycles}
        overlaps = any(c.start_date <= end and start <= c.end_date for c in cycles)
        new_cycle = None if name.casefold() in taken or overlaps else NewCycle(name, start, end)
        workspace = self._controller.workspace
        with workspace.engine.connect() as connection:
            currency = summary.display_settings(connection).currency

        def candidates(target_id: int | None) -> list[cycle_close.Candidate]:
            with workspace.session() as session:
                return cycle_close.carry_over_candidates(session, cycle.id, target_id)

        dialog = CarryOverDialog(
            self._section, cycle.name, targets, new_cycle, candidates, currency
        )
        if not targets and new_cycle is None:
            dialog.carry_button.setEnabled(False)

        def carry(choice) -> None:
            if not choice.key_result_ids or choice.target is None:
                return
            text = self.tr("Carry over from {cycle}").format(cycle=cycle.name)
            self._controller.undo_stack.push(
                carry_over_command(self._controller, text, cycle.id, choice)
            )

        self._open(dialog, carry)
        return dialog
