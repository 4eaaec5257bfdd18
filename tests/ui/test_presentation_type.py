"""Presentation slides read from the back of the room: one scale for the funnel's bars."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage

from okrdesk.reports.charts import NOW
from okrdesk.store.review.data import default_week, load_review
from okrdesk.ui.present.pages import ImageView
from tests.helpers import query
from tests.ui.test_presentation import present

TODAY = dt.date.today()


def blue_bar_lengths(image: QImage) -> list[int]:
    """The length in pixels of each band of the reviewed week's blue, top to bottom."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    blue = QColor(NOW).rgb()
    lengths: list[int] = []
    inside = False
    for y in range(image.height()):
        run = sum(1 for x in range(image.width()) if image.pixel(x, y) == blue)
        if run > 1 and not inside:
            lengths.append(run)
        inside = run > 1
    return lengths


def test_slide_1_draws_every_steps_bars_on_one_scale(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    assert shown.current_key() == "review_variance"
    image = shown.stack.currentWidget().widget().findChild(ImageView).image
    bars = blue_bar_lengths(image)[1:]  # the first blue is the legend's swatch
    week = query(demo_copy, default_week, TODAY)
    rates = [s.rate for s in query(demo_copy, load_review, week, TODAY).funnel_steps]
    assert len(bars) == len(rates)
    for length, rate in zip(bars, rates, strict=True):
        assert abs(length / max(bars) - rate / max(rates)) < 0.02, (bars, rates)
