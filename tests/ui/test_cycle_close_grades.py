"""The close dialog's grades: a score of 0.6–0.7 is called a success for a stretch goal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okrdesk.store.okr.cycle_close import GradingRow
from okrdesk.ui.okr.close.grades_model import SCORE, GradesModel


@pytest.mark.parametrize(
    ("grade", "success"), [(0.5, False), (0.6, True), (0.7, True), (0.8, False)]
)
def test_the_score_tooltip_names_a_stretch_success(qapp, grade, success):
    row = GradingRow(1, "Objective", "Key result", 0.62, 0.6, grade, "")
    model = GradesModel([row])  # kept: an index outlives its model only as a crash
    tip = model.index(0, SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Proposed from the progress: 0.6")
    stretch = f"{grade:.1f} is a success for a stretch goal."
    assert (stretch in tip) is success
