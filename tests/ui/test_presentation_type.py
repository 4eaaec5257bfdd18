"""Presentation slides read from the back of the room: large type, one scale for bars."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableView

from okrdesk.reports.charts import NOW
from okrdesk.store.review.data import default_week, load_review
from okrdesk.ui.dashboards.common import BASE_SIZES
from okrdesk.ui.present.pages import SCALE, ImageView
from tests.helpers import DEMO_DAY, current_key_results, query
from tests.ui.test_presentation import page_shown, present

TODAY = DEMO_DAY
MOST_ROWS = 8  # the table rows a slide holds in large type on a 1366×768 screen


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
    assert page_shown(shown) == "review_variance"
    image = shown.stack.currentWidget().widget().findChild(ImageView).image
    bars = blue_bar_lengths(image)[1:]  # the first blue is the legend's swatch
    week = query(demo_copy, default_week, TODAY)
    rates = [s.rate for s in query(demo_copy, load_review, week, TODAY).funnel_steps]
    assert len(bars) == len(rates)
    for length, rate in zip(bars, rates, strict=True):
        assert abs(length / max(bars) - rate / max(rates)) < 0.02, (bars, rates)


def test_the_dashboard_slides_are_in_large_type_and_every_row_is_on_a_page(
    qtbot, window, demo_copy
):
    shown = present(qtbot, window, demo_copy)
    large = round(BASE_SIZES["body"] * SCALE)
    forecast_rows: list[str] = []
    keys = [k for k in shown.page_keys() if k.startswith(("management_", "team_"))]
    assert len(keys) >= 5
    for key in keys:
        shown.show_key(key)
        page = shown.stack.currentWidget().widget()
        for table in page.findChildren(QTableView):
            table.ensurePolished()
            assert table.font().pixelSize() >= large, key
            assert table.model().rowCount() <= MOST_ROWS, key
            if key.startswith("management_forecast"):
                model = table.model()
                forecast_rows += [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sorted(forecast_rows) == sorted(
        kr.title for kr in current_key_results(demo_copy).values()
    )
