"""Correcting and deleting one past check-in from the History panel, each one undoable step.

Edit… opens the check-in dialog filled with that check-in; Delete asks first. Both go through
the undo stack as store commands; the day rule (within the cycle, up to today) is the store's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.store.okr.queries import HistoryPoint, key_result_history
from okrdesk.store.review import summary
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date, format_kr_measure
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from okrdesk.ui.okr.checkin_saves import correction_save
from okrdesk.ui.okr.history_panel import HistoryPanel
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.undo import delete_checkin_command


class HistoryEditing(QObject):
    """`section` (the OKR screen) provides the shown cycle and its key results."""

    def __init__(
        self, section: QWidget, history: HistoryPanel, controller: WorkspaceController
    ) -> None:
        super().__init__(section)
        self._section = section
        self._controller = controller
        history.edit_requested.connect(self.edit)
        history.delete_requested.connect(self.delete)

    def _node(self, key_result_id: int) -> KeyResultNode | None:
        nodes = self._section.key_result_nodes()
        return next((n for n in nodes if n.row_data.id == key_result_id), None)

    def _writable(self) -> bool:
        cycle = self._section.selected_cycle()
        workspace = self._controller.workspace
        return not (cycle is None or cycle.closed or workspace is None or workspace.read_only)

    def stored_point(self, key_result_id: int, day: dt.date) -> HistoryPoint | None:
        """The key result's check-in of `day`, as History shows it, or None."""
        workspace = self._controller.workspace
        if workspace is None:
            return None
        with workspace.engine.connect() as connection:
            points = key_result_history(connection, key_result_id)
        return next((p for p in points if p.checked_on == day), None)

    def edit(self, key_result_id: int, point: HistoryPoint) -> CheckInDialog | None:
        """The check-in dialog, filled with `point`; Save corrects it in one undoable step."""
        node = self._node(key_result_id)
        cycle = self._section.selected_cycle()
        workspace = self._controller.workspace
        if node is None or cycle is None or workspace is None or not self._writable():
            return None
        with workspace.engine.connect() as connection:
            settings = summary.display_settings(connection)
        title = node.row_data.title

        def save(values: CheckInValues) -> None:
            command = correction_save(
                self._controller, self._section, point, values, title, clock.today()
            )
            self._controller.undo_stack.push(command, self._section)

        dialog = CheckInDialog(
            self._section,
            [node],
            settings,
            save,
            clock.today(),
            cycle=(cycle.start_date, cycle.end_date),
            editing=point,
            existing=self.stored_point,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def delete(self, key_result_id: int, point: HistoryPoint) -> None:
        """Delete the check-in after asking, in one undoable step."""
        node = self._node(key_result_id)
        workspace = self._controller.workspace
        if node is None or workspace is None or not self._writable():
            return
        with workspace.engine.connect() as connection:
            currency = summary.display_settings(connection).currency
        row = node.row_data
        question = self.tr("Delete the check-in of {date} (value {value})?").format(
            date=format_date(point.checked_on),
            value=format_kr_measure(
                point.value, row.kind, row.unit, currency, row.unit_label, row.decimals
            ),
        )
        answer = QMessageBox.question(
            self._section,
            self.tr("Delete check-in"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = delete_checkin_command(
            self._controller, key_result_id, point.checked_on, row.title, point.version
        )
        self._controller.undo_stack.push(command, self._section)
