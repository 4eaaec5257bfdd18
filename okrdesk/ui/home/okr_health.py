"""The dashboard's OKR panels: progress against the pace, objectives by status, stale KRs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import okr
from okrdesk.ui.common.formatting import format_int, format_percent
from okrdesk.ui.okr.nodes import KeyResultNode, Node, ObjectiveNode
from okrdesk.ui.okr.status_text import STATUS_COLOURS, status_name

STATUS_ORDER = (
    okr.Status.ON_TRACK,
    okr.Status.AT_RISK,
    okr.Status.OFF_TRACK,
    okr.Status.NEEDS_UPDATE,
    okr.Status.DONE,
)


def _walk(node: Node) -> list[Node]:
    found: list[Node] = []
    for child in node.children:
        found += [child, *_walk(child)]
    return found


def cycle_progress(root: Node) -> tuple[float | None, float]:
    """Weighted progress of every key result of the cycle, and the progress expected today."""
    key_results = [n for n in _walk(root) if isinstance(n, KeyResultNode)]
    progress = okr.objective_progress((n.progress, n.row_data.weight) for n in key_results)
    expected = key_results[0].expected if key_results else 0.0
    return progress, expected


class OkrHealthPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("okrProgressBar")
        self.progress_bar.setRange(0, 1000)
        self.status_labels: dict[okr.Status, QLabel] = {}
        status_box = QFrame()
        status_box.setObjectName("panel")
        grid = QGridLayout(status_box)
        grid.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.tr("Objectives by status"))
        heading.setObjectName("panelTitle")
        grid.addWidget(heading, 0, 0, 1, 2)
        for row, status in enumerate(STATUS_ORDER, start=1):
            background, foreground = STATUS_COLOURS[status]
            name = QLabel(status_name(status))
            name.setStyleSheet(
                f"background: {background}; color: {foreground}; border-radius: 8px;"
                " padding: 1px 8px;"
            )
            count = QLabel("0")
            count.setObjectName("statusCount")
            self.status_labels[status] = count
            grid.addWidget(name, row, 0)
            grid.addWidget(count, row, 1)
        grid.setColumnStretch(2, 1)

        self.stale_model = QStringListModel(self)
        self.stale_view = QListView()
        self.stale_view.setObjectName("previewList")
        self.stale_view.setModel(self.stale_model)
        self.stale_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.stale_empty = QLabel()
        self.stale_empty.setObjectName("sectionSubtitle")
        stale_box = QFrame()
        stale_box.setObjectName("panel")
        stale_layout = QVBoxLayout(stale_box)
        stale_layout.setContentsMargins(16, 12, 16, 12)
        stale_heading = QLabel(self.tr("Key results that need an update"))
        stale_heading.setObjectName("panelTitle")
        stale_layout.addWidget(stale_heading)
        stale_layout.addWidget(self.stale_view, 1)
        stale_layout.addWidget(self.stale_empty)

        panels = QHBoxLayout()
        panels.setSpacing(12)
        panels.addWidget(status_box, 1)
        panels.addWidget(stale_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.progress_bar)
        layout.addLayout(panels)
        self.setMaximumHeight(260)

    def set_tree(self, root: Node) -> None:
        progress, expected = cycle_progress(root)
        self.progress_bar.setVisible(progress is not None)
        if progress is not None:
            self.progress_bar.setValue(round(progress * 1000))
            self.progress_bar.setFormat(
                self.tr(
                    "Key results at {progress} of their targets · {expected} expected by today"
                ).format(progress=format_percent(progress, 0), expected=format_percent(expected, 0))
            )
        nodes = _walk(root)
        counts = Counter(n.status for n in nodes if isinstance(n, ObjectiveNode))
        for status, label in self.status_labels.items():
            label.setText(format_int(counts.get(status, 0)))
        self._show_stale([n for n in nodes if isinstance(n, KeyResultNode)])

    def _show_stale(self, key_results: Sequence[KeyResultNode]) -> None:
        stale = [n for n in key_results if n.status.status == okr.Status.NEEDS_UPDATE]
        lines = [
            self.tr("{title} — no check-in yet").format(title=n.row_data.title)
            if n.days_silent is None
            else self.tr("{title} — last check-in %Ln day(s) ago", "", n.days_silent).format(
                title=n.row_data.title
            )
            for n in stale
        ]
        self.stale_model.setStringList(lines)
        self.stale_view.setVisible(bool(lines))
        self.stale_empty.setVisible(not lines)
        # "Every key result…" would praise a cycle that has none.
        self.stale_empty.setText(
            self.tr("Every key result was checked in recently.")
            if key_results
            else self.tr("No key results in this cycle yet: add them in OKRs.")
        )
