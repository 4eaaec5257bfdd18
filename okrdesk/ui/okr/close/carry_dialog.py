"""Carry unfinished objectives and key results into a later cycle, or a new next quarter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.okr.cycle_close import Candidate
from okrdesk.store.okr.queries import CycleInfo
from okrdesk.ui.common.formatting import format_date, format_kr_measure, format_percent
from okrdesk.ui.common.screen_fit import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NewCycle:
    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class CarryChoice:
    """Into an existing cycle (its id) or a new one; the chosen objectives and key results."""

    target: int | NewCycle
    objective_ids: tuple[int, ...]
    key_result_ids: tuple[int, ...]


class CarryOverDialog(QDialog):
    """`candidates(target cycle id or None)` lists the unfinished key results to offer."""

    def __init__(
        self,
        parent: QWidget | None,
        cycle_name: str,
        targets: list[CycleInfo],
        new_cycle: NewCycle | None,
        candidates: Callable[[int | None], list[Candidate]],
        currency: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carry over from {cycle}").format(cycle=cycle_name))
        self._candidates, self._currency = candidates, currency
        self.target_combo = QComboBox()
        for cycle in targets:
            self.target_combo.addItem(cycle.name, cycle.id)
        if new_cycle is not None:
            self.target_combo.addItem(
                self.tr("New cycle {name} ({start} – {end})").format(
                    name=new_cycle.name,
                    start=format_date(new_cycle.start),
                    end=format_date(new_cycle.end),
                ),
                new_cycle,
            )
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Objective / key result"),
                self.tr("Progress"),
                self.tr("New baseline → target"),
            ]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("carryTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("Every key result reached its target: nothing to carry."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.carry_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.carry_button.setText(self.tr("Carry over"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Into:"), self.target_combo)
        hint = QLabel(
            self.tr(
                "Unfinished key results keep their owner, target and open initiatives; their "
                "last value becomes the new baseline, and each links back to this cycle."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 520, near=self.parentWidget())
        self.target_combo.currentIndexChanged.connect(self._fill)
        self.model.itemChanged.connect(self._update_button)
        self._fill()

    def _target(self) -> int | NewCycle | None:
        return self.target_combo.currentData()

    def _fill(self) -> None:
        target = self._target()
        offered = self._candidates(target if isinstance(target, int) else None)
        self.model.removeRows(0, self.model.rowCount())
        objectives: dict[int, QStandardItem] = {}
        for candidate in offered:
            parent = objectives.get(candidate.objective_id)
            if parent is None:
                parent = self._item(candidate.objective_title, candidate.objective_id)
                parent.setAutoTristate(True)
                objectives[candidate.objective_id] = parent
                self.model.appendRow([parent, QStandardItem(), QStandardItem()])
            baseline = self._value(candidate, candidate.new_start)
            target_text = self._value(candidate, candidate.target)
            parent.appendRow(
                [
                    self._item(candidate.title, candidate.key_result_id),
                    QStandardItem(format_percent(candidate.progress, 0)),
                    QStandardItem(f"{baseline} → {target_text}"),
                ]
            )
        self.tree.expandAll()
        self.tree.setVisible(bool(offered))
        self.empty_label.setVisible(not offered)
        self._update_button()

    def _value(self, candidate: Candidate, value: float) -> str:
        return format_kr_measure(
            value,
            candidate.kind,
            candidate.unit,
            self._currency,
            candidate.unit_label,
            candidate.decimals,
        )

    @staticmethod
    def _item(text: str, id_: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(id_, ID_ROLE)
        item.setToolTip(text)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked)
        return item

    def key_result_items(self) -> list[QStandardItem]:
        root = self.model.invisibleRootItem()
        return [
            root.child(row).child(kr)
            for row in range(root.rowCount())
            for kr in range(root.child(row).rowCount())
        ]

    def _update_button(self) -> None:
        self.carry_button.setEnabled(bool(self.values().key_result_ids))

    def values(self) -> CarryChoice:
        chosen = [
            item for item in self.key_result_items() if item.checkState() == Qt.CheckState.Checked
        ]
        objective_ids = dict.fromkeys(item.parent().data(ID_ROLE) for item in chosen)
        return CarryChoice(
            target=self._target(),
            objective_ids=tuple(objective_ids),
            key_result_ids=tuple(item.data(ID_ROLE) for item in chosen),
        )
