"""The funnel charts: what they plot and label for frames computed by hand, and their export."""

import datetime as dt
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from okrdesk.ui.funnel.charts.common import export_chart
from okrdesk.ui.funnel.charts.conversion_trend import ConversionTrendChart
from okrdesk.ui.funnel.charts.funnel_bars import FunnelBarsChart
from okrdesk.ui.funnel.charts.period_comparison import PeriodComparisonChart
from okrdesk.ui.funnel.charts.source_breakdown import SourceBreakdown
from tests.helpers import bar_widths, counts_frame, spend_frame

STAGES = ["Visit", "Lead", "Deal"]
W1, W2, W3 = (pd.Timestamp("2026-11-02") + pd.Timedelta(weeks=n) for n in range(3))


def x_of(day) -> float:
    return dt.datetime.combine(pd.Timestamp(day).date(), dt.time()).timestamp()


def shaded(chart: ConversionTrendChart) -> list[tuple[float, float]]:
    """(left x, right x) of every experiment the trend shades, as drawn in its first plot."""
    shading = next(iter(chart.panels.values())).shading
    lefts = shading.opts["x0"]
    return [(float(x), float(x + w)) for x, w in zip(lefts, bar_widths(shading), strict=True)]


def labels(chart: ConversionTrendChart) -> list[str]:
    """The experiment codes written over the trend's first plot."""
    return next(iter(chart.panels.values())).labels.texts()


def compared(chart: PeriodComparisonChart) -> tuple[list[float], list[float]]:
    """(baseline, current) bar lengths in percent, one per step, top to bottom."""
    return bar_widths(chart.baseline_bars), bar_widths(chart.current_bars)


COUNTS = counts_frame(
    [
        (W1, "ads", "", "Visit", 1000),
        (W1, "ads", "", "Lead", 40),
        (W1, "ads", "", "Deal", 4),
        (W1, "organic", "", "Visit", 1000),
        (W1, "organic", "", "Lead", 60),
        (W1, "organic", "", "Deal", 6),
        (W2, "ads", "", "Visit", 500),
        (W2, "ads", "", "Lead", 0),
        (W3, "ads", "", "Visit", 0),  # nothing entered: no rate that week
    ]
)
SPEND = spend_frame(
    [
        (W1, "ads", "", 800.0, 1000.0),
        (W1, "organic", "", 0.0, 3000.0),
        (W2, "ads", "", 400.0, 0.0),
    ]
)


@pytest.fixture(autouse=True)
def german_numbers():
    """Numbers on the charts go through QLocale: German shows it (1.000, 4,0%)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def show(qtbot):
    def show(widget, width=900, height=420):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


# Chart labels are plain text, where Qt turns the no-break space before "%" into a space.


def test_funnel_bars_for_a_week(show):
    chart = show(FunnelBarsChart())
    chart.set_data(COUNTS, STAGES, W1.date(), W1.date())
    assert bar_widths(chart.bars) == [2000, 100, 10]
    assert chart.labels.texts() == [
        "2.000",
        "100  ·  5,0 % of Visit",
        "10  ·  10 % of Lead  ·  0,50 % of Visit",
    ]
    assert chart.plotItem.titleLabel.text.endswith("week of 2. Nov. 2026")
    ticks = chart.getAxis("left")._tickLevels[0]
    assert [name for _pos, name in ticks] == STAGES


def test_funnel_bars_over_a_range_and_with_nothing_in_it(show):
    chart = show(FunnelBarsChart())
    chart.set_data(COUNTS, STAGES)
    assert bar_widths(chart.bars) == [2500, 100, 10]
    assert "2. Nov. 2026" in chart.plotItem.titleLabel.text
    assert "16. Nov. 2026" in chart.plotItem.titleLabel.text
    chart.set_data(COUNTS, STAGES, W3.date(), W3.date())
    assert bar_widths(chart.bars) == []
    assert chart.labels.texts() == []
    assert chart.empty.isVisible()


def test_bar_labels_fit_inside_the_plot(show, qtbot):
    chart = show(FunnelBarsChart(), width=420)
    chart.set_data(COUNTS, STAGES, W1.date(), W1.date())

    def inside() -> bool:
        view = chart.plotItem.vb.sceneBoundingRect()
        return all(view.contains(label.sceneBoundingRect()) for label in chart.labels.shown())

    # Labels take their place on screen when the plot is next painted.
    qtbot.waitUntil(inside)
    chart.resize(700, 420)
    qtbot.waitUntil(inside)


def test_trend_has_one_line_per_step_with_gaps_where_undefined(show):
    chart = show(ConversionTrendChart())
    chart.set_data(COUNTS, STAGES, [("EXP-0007", dt.date(2026, 11, 9), dt.date(2026, 11, 15))])
    assert sorted(chart.curves) == [("Lead", "Deal"), ("Visit", "Lead")]
    xs, ys = chart.curves[("Visit", "Lead")].getData()
    assert list(xs) == [x_of(W1), x_of(W2), x_of(W3)]
    assert ys[0] == pytest.approx(5.0) and ys[1] == 0.0
    assert ys[2] != ys[2]  # NaN: no visits in week 3
    _xs, deal_rates = chart.curves[("Lead", "Deal")].getData()
    assert deal_rates[0] == pytest.approx(10.0)
    assert all(v != v for v in deal_rates[1:])  # 0 leads: undefined, never 0
    assert shaded(chart) == [(x_of(dt.date(2026, 11, 9)), x_of(dt.date(2026, 11, 16)))]
    for panel in chart.panels.values():  # shaded in every step's plot, named in the top row
        assert panel.labels.texts() == ["EXP-0007"]
        left, width = panel.shading.opts["x0"], panel.shading.opts["width"]
        assert list(left) == [x_of(dt.date(2026, 11, 9))] and list(width) == [7 * 86400]
        assert panel.shading.opts["height"] == pytest.approx(panel.plot.vb.viewRange()[1][1])
    assert [panel.title for panel in chart.panels.values()] == ["Visit → Lead", "Lead → Deal"]
    # Set on the PlotItem, so every curve has them, however late it was added.
    for curve in chart.curves.values():
        assert curve.opts["clipToView"] and curve.opts["autoDownsample"]


def test_trend_puts_each_step_on_an_axis_of_its_own(show):
    chart = show(ConversionTrendChart())
    chart.set_data(COUNTS, STAGES, [])
    visit_lead, lead_deal = chart.panels[("Visit", "Lead")], chart.panels[("Lead", "Deal")]
    # Each from 0 to a little above its own highest week (5 % and 10 %), not to 100 %.
    assert visit_lead.plot.vb.viewRange()[1] == pytest.approx([0.0, 5.0 * 1.4])
    assert lead_deal.plot.vb.viewRange()[1] == pytest.approx([0.0, 10.0 * 1.4])
    # The weeks are shared: the plots' x axes move together.
    assert visit_lead.plot.vb.viewRange()[0] == pytest.approx(lead_deal.plot.vb.viewRange()[0])
    ticks = [text for _value, text in visit_lead.plot.getAxis("left")._tickLevels[0]]
    assert ticks == ["0%", "2%", "4%"]  # ticked up to the highest rate, not beyond


def test_trend_shows_the_experiment_running_after_the_data_not_later_ones(show):
    chart = show(ConversionTrendChart())
    after = W3.date() + dt.timedelta(days=7)
    chart.set_data(
        COUNTS,
        STAGES,
        [
            ("EXP-0001", dt.date(2026, 10, 1), dt.date(2026, 10, 7)),  # before the data
            ("EXP-0002", after, after + dt.timedelta(days=6)),  # running now
            ("EXP-0003", after + dt.timedelta(days=7), after + dt.timedelta(days=13)),
        ],
    )
    assert shaded(chart) == [(x_of(after), x_of(after + dt.timedelta(days=7)))]
    assert labels(chart) == ["EXP-0002"]
    left, right = chart.panels[("Visit", "Lead")].plot.vb.viewRange()[0]
    assert left < x_of(W1) and right >= x_of(after + dt.timedelta(days=7))


def test_trend_of_weeks_without_any_rate_draws_no_line(show):
    chart = show(ConversionTrendChart())
    chart.set_data(counts_frame([(W1, "", "", "Lead", 0), (W2, "", "", "Lead", 0)]), STAGES, [])
    for curve in chart.curves.values():
        assert len(curve.getData()[0] if curve.getData()[0] is not None else []) == 0


def test_trend_reuses_its_items_and_drops_old_experiments(show):
    chart = show(ConversionTrendChart())
    chart.set_data(COUNTS, STAGES, [("EXP-0001", W1.date(), W1.date() + dt.timedelta(days=6))])
    curve = chart.curves[("Visit", "Lead")]
    chart.set_data(COUNTS[COUNTS["week"] == W1], STAGES, [])
    assert chart.curves[("Visit", "Lead")] is curve
    assert list(curve.getData()[0]) == [x_of(W1)]
    assert shaded(chart) == [] and labels(chart) == []
    chart.set_data(COUNTS, ["Visit", "Lead"], [])
    assert list(chart.curves) == [("Visit", "Lead")]


def test_trend_hover_tells_week_rate_and_counts(show):
    chart = show(ConversionTrendChart())
    chart.set_data(COUNTS, STAGES, [])
    lead_deal = chart.panels[("Lead", "Deal")]
    scene_pos = lead_deal.plot.vb.mapViewToScene(QPointF(x_of(W1) + 3600, 9.5))
    chart.scene().sigMouseMoved.emit(scene_pos)
    assert chart.hover_text.splitlines() == [
        "Week of 2. Nov. 2026",
        "Lead → Deal: 10\u00a0%",
        "10 of 100",
    ]
    assert lead_deal.plot.vb.toolTip() == chart.hover_text
    marker_x, marker_y = lead_deal.marker.getData()
    assert list(marker_x) == [x_of(W1)] and list(marker_y) == [pytest.approx(10.0)]
    near_five = chart.panels[("Visit", "Lead")].plot.vb.mapViewToScene(QPointF(x_of(W1), 4.0))
    chart.scene().sigMouseMoved.emit(near_five)
    assert "Visit → Lead: 5,0\u00a0%" in chart.hover_text
    assert "100 of 2.000" in chart.hover_text
    chart.scene().sigMouseMoved.emit(QPointF(-500, -500))
    assert chart.hover_text == ""


def test_breakdown_table_and_bars(show):
    view = show(SourceBreakdown(), width=1100)
    view.set_data(COUNTS, SPEND, STAGES, "Lead", "Deal", "EUR")
    model = view.model
    table = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Source", "Visit", "Leads", "Deal", "Visit → Deal"]
    euros = QLocale().toCurrencyString
    assert table[0] == [
        "ads",
        "1.500",
        "40",
        "4",
        "0,27\u00a0%",  # 4 / 1500
        euros(1200.0, "€", 0),
        euros(30.0, "€", 2),  # 1200 / 40: cents under 100
        euros(300.0, "€", 0),  # 1200 / 4
        "-17\u00a0%",  # (1000 - 1200) / 1200
    ]
    assert table[1][0] == "organic"
    assert table[1][6:] == [euros(0.0, "€", 0), euros(0.0, "€", 0), "—"]  # no spend: no ROI
    assert table[2][:4] == ["All sources", "2.500", "100", "10"]
    assert table[2][6] == euros(12.0, "€", 2)  # 1200 / 100
    assert [t.rstrip() for t in view.bars.labels.texts()] == ["0,27 %", "0,60 %"]
    assert view.bars.heights() == [pytest.approx(100 * 4 / 1500), pytest.approx(0.6)]

    view.measure.setCurrentIndex(view.measure.findData("roi"))
    assert view.bars.heights()[0] == pytest.approx(-100 / 6)
    assert view.bars.heights()[1] == 0.0  # undefined: no bar
    assert view.bars.labels.texts()[1] == "—"
    view.measure.setCurrentIndex(view.measure.findData("cac"))
    assert view.bars.heights() == [pytest.approx(300.0), 0.0]


def test_comparison_marks_significant_changes(show):
    before = [(W1, "", "", "Visit", 400), (W1, "", "", "Lead", 203), (W1, "", "", "Deal", 5)]
    now = [(W2, "", "", "Visit", 300), (W2, "", "", "Lead", 179), (W2, "", "", "Deal", 6)]
    chart = show(PeriodComparisonChart())
    chart.set_data(counts_frame(before + now), STAGES)
    baseline, current = compared(chart)
    assert baseline == [pytest.approx(50.75), pytest.approx(100 * 5 / 203)]
    assert current == [pytest.approx(100 * 179 / 300), pytest.approx(100 * 6 / 179)]
    first, second = chart.current_labels.texts()
    # R's prop.test(c(179, 203), c(300, 400), correct = FALSE): p-value 0.01904.
    assert first == "▲ 60 %  +8,9 pts  (p = 0,019, significant)"
    assert second.startswith("3,4 %  +0,9 pts  (p = ") and second.endswith(", noise)")
    assert [label.textItem.font().bold() for label in chart.current_labels.shown()] == [True, False]
    assert chart.baseline_labels.texts() == [
        "51 %",
        "2,5 %",
    ]  # 50.75 is 50.7499… as a float
    assert "Week of 9. Nov. 2026" in chart.plotItem.titleLabel.text
    assert "the week before" in chart.plotItem.titleLabel.text
    assert chart.current_labels.shown()[0].toolTip() == "179 of 300 now; 203 of 400 before"


def test_comparison_against_the_trailing_mean(show):
    rows = [(w, "", "", s, n) for w in (W1, W2) for s, n in (("Visit", 100), ("Lead", 50))]
    rows += [(W3, "", "", "Visit", 100), (W3, "", "", "Lead", 20)]
    chart = show(PeriodComparisonChart())
    chart.set_data(counts_frame(rows), STAGES, baseline="trailing_mean", weeks=2)
    baseline, current = compared(chart)
    assert baseline[0] == pytest.approx(50.0) and current[0] == pytest.approx(20.0)
    assert chart.current_labels.texts()[0].startswith("▼ 20 %  -30 pts  (p < 0,001")
    assert "the mean of the 2 weeks before" in chart.plotItem.titleLabel.text
    # No deals in any week: 0 % both times, the same rate.
    assert chart.current_labels.texts()[1] == "0 %  0,0 pts  (p = 1,000, noise)"
    chart.set_data(counts_frame(rows), STAGES, week=W1.date())
    # Nothing before the first week: no comparison, and no bar pretending to be 0.
    assert compared(chart)[0] == [0.0, 0.0]
    assert chart.current_labels.texts()[0] == "50 %  (nothing to compare)"


def test_comparison_with_nothing_to_compare(show):
    chart = show(PeriodComparisonChart())
    chart.set_data(counts_frame([]), STAGES)
    assert compared(chart) == ([], [])
    assert chart.empty.isVisible()


@pytest.mark.parametrize(
    "make",
    [
        lambda: (FunnelBarsChart(), (COUNTS, STAGES)),
        lambda: (ConversionTrendChart(), (COUNTS, STAGES, [("EXP-0001", W1.date(), W1.date())])),
        lambda: (SourceBreakdown(), (COUNTS, SPEND, STAGES, "Lead", "Deal", "EUR")),
        lambda: (PeriodComparisonChart(), (COUNTS, STAGES)),
    ],
    ids=["bars", "trend", "breakdown", "comparison"],
)
def test_every_chart_exports_png_and_svg(show, tmp_path, make):
    chart, arguments = make()
    show(chart, width=800, height=400)
    chart.set_data(*arguments)
    png = export_chart(chart, tmp_path / "chart.png")
    image = QImage(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not image.isNull() and image.width() >= 800 and image.height() >= 400
    svg = export_chart(chart, tmp_path / "chart.SVG")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert QSvgRenderer(str(svg)).isValid()
    assert "Visit" in svg.read_text(encoding="utf-8")  # text stays text, not pixels


def test_export_refuses_other_formats_and_reports_unwritable_paths(show, tmp_path):
    chart = show(FunnelBarsChart())
    with pytest.raises(ValueError, match=r"\.pdf"):
        export_chart(chart, tmp_path / "chart.pdf")
    with pytest.raises(OSError):
        export_chart(chart, tmp_path / "no such folder" / "chart.png")
    assert not (tmp_path / "chart.pdf").exists()
