"""The report's charts, painted with QPainter into QImages at print resolution.

Each chart is `width` CSS pixels wide (1/96 inch) on the page and painted at `dpi`, so that
it prints sharp: a 640 px chart at 300 dpi is a 2000-pixel-wide image. Sizes below are in
points (1/72 inch) and converted with the chart's dpi.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from okrdesk.domain.review import Review
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import verdict_word
from okrdesk.reports.text import Report

PRINT_DPI = 300
CSS_DPI = 96
CHART_WIDTH = 640  # CSS pixels: the text width of an A4 or Letter page with 2 cm margins

STATUS_COLOURS = {
    "done": QColor("#2e7d32"),
    "on_track": QColor("#43a047"),
    "at_risk": QColor("#f9a825"),
    "off_track": QColor("#e53935"),
    "needs_update": QColor("#9e9e9e"),
}
TEXT = QColor("#212121")
MUTED = QColor("#757575")
TRACK = QColor("#eeeeee")
BEFORE = QColor("#b0bec5")
NOW = QColor("#1e88e5")
UP = QColor("#2e7d32")
DOWN = QColor("#c62828")


@dataclass(frozen=True)
class Chart:
    """A painted chart: its image and the size it takes on the page, in CSS pixels."""

    name: str
    image: QImage
    width: int
    height: int
    caption: str


class _Canvas:
    """A white QImage of width × height CSS pixels at dpi, with point-based helpers."""

    def __init__(self, width: int, height: float, dpi: int) -> None:
        self.scale = dpi / CSS_DPI
        self.width = width
        self.height = round(height)
        self.image = QImage(
            round(width * self.scale), round(self.height * self.scale), QImage.Format.Format_RGB32
        )
        self.image.setDotsPerMeterX(round(dpi / 0.0254))
        self.image.setDotsPerMeterY(round(dpi / 0.0254))
        self.image.fill(QColor("white"))
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.painter.scale(self.scale, self.scale)  # draw in CSS pixels from here on

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(points * CSS_DPI / 72 * self.scale)))
        font.setBold(bold)
        return font

    def text(
        self,
        rect: QRectF,
        text: str,
        points: float = 8,
        colour: QColor = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        bold: bool = False,
        wrap: bool = False,
    ) -> None:
        """Text in rect (CSS pixels), vertically centred; elided on the right, or wrapped at
        spaces when `wrap` (size the rect with `wrapped_height`)."""
        painter = self.painter
        painter.save()
        painter.scale(1 / self.scale, 1 / self.scale)  # fonts in device pixels: crisp metrics
        font = self.font(points, bold)
        painter.setFont(font)
        painter.setPen(colour)
        device = QRectF(
            rect.x() * self.scale,
            rect.y() * self.scale,
            rect.width() * self.scale,
            rect.height() * self.scale,
        )
        flags = align | Qt.AlignmentFlag.AlignVCenter
        if wrap:
            painter.drawText(device, int(flags | Qt.TextFlag.TextWordWrap), text)
        else:
            metrics = QFontMetricsF(font)
            painter.drawText(
                device,
                int(flags),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, device.width()),
            )
        painter.restore()

    def wrapped_height(self, width: float, text: str, points: float = 8) -> float:
        """The height in CSS pixels that `text` takes wrapped into `width` CSS pixels."""
        metrics = QFontMetricsF(self.font(points))
        box = metrics.boundingRect(
            QRectF(0, 0, width * self.scale, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return box.height() / self.scale

    def bar(self, rect: QRectF, colour: QColor) -> None:
        self.painter.fillRect(rect, colour)

    def finish(self) -> QImage:
        self.painter.end()
        return self.image


def cycle_chart(review: Review, fmt: LocaleFormat, dpi: int = PRINT_DPI) -> Chart | None:
    """Each objective's progress as a bar coloured by status, with the expected pace line."""
    cycle = review.cycle
    if cycle is None or not cycle.objectives:
        return None
    row, top, label_width, value_width = 22.0, 26.0, 250.0, 52.0
    # A long title wraps onto more lines, never cut: its row grows to hold it.
    measure = _Canvas(1, 1, dpi)
    rows = [max(row, measure.wrapped_height(label_width, o.title, 8) + 6) for o in cycle.objectives]
    measure.finish()
    height = top + sum(rows) + 10
    canvas = _Canvas(CHART_WIDTH, height, dpi)
    track_left = label_width + 8
    track_width = CHART_WIDTH - track_left - value_width - 8
    expected_x = track_left + track_width * cycle.expected
    canvas.text(
        QRectF(expected_x - 120, 2, 240, 18),
        Report.tr("expected {share}").format(share=fmt.percent(cycle.expected, 0)),
        7,
        MUTED,
        Qt.AlignmentFlag.AlignHCenter,
    )
    y = top
    for objective, height_of_row in zip(cycle.objectives, rows, strict=True):
        canvas.text(QRectF(0, y, label_width, height_of_row), objective.title, 8, wrap=True)
        bar_y = y + (height_of_row - row) / 2 + 5
        canvas.bar(QRectF(track_left, bar_y, track_width, row - 10), TRACK)
        progress = objective.progress or 0.0
        colour = STATUS_COLOURS.get(objective.status, NOW)
        canvas.bar(QRectF(track_left, bar_y, track_width * min(progress, 1.0), row - 10), colour)
        canvas.text(
            QRectF(track_left + track_width + 8, y, value_width, height_of_row),
            fmt.percent(objective.progress, 0),
            8,
            align=Qt.AlignmentFlag.AlignRight,
        )
        y += height_of_row
    pen = QPen(TEXT, 1.2, Qt.PenStyle.DashLine)
    canvas.painter.setPen(pen)
    canvas.painter.drawLine(QPointF(expected_x, top - 4), QPointF(expected_x, height - 6))
    return Chart(
        "cycle",
        canvas.finish(),
        CHART_WIDTH,
        round(height),
        Report.tr(
            "Objectives: progress, coloured by status; the dashed line is the expected pace."
        ),
    )


def funnel_chart(
    review: Review, fmt: LocaleFormat, dpi: int = PRINT_DPI, one_scale: bool = False
) -> Chart | None:
    """Each funnel step's rate the week before (grey) and in the reviewed week (blue).

    In the report every step has its own scale (a 3 % step beside a 50 % one would not show
    otherwise), and the caption says so; `one_scale` draws every bar on the scale of the
    highest rate, for a slide that has no caption to say it. Significant changes are marked
    with their size and p-value.
    """
    steps = review.funnel_steps
    if not steps:
        return None
    highest = max(
        (r for s in steps for r in (s.previous_rate, s.rate) if r is not None), default=0.0
    )
    several = len({s.funnel for s in steps}) > 1
    row, bar, top, label_width, note_width = 40.0, 12.0, 22.0, 170.0, 150.0
    height = top + row * len(steps) + 6
    canvas = _Canvas(CHART_WIDTH, height, dpi)
    track_left = label_width + 8
    track_width = CHART_WIDTH - track_left - note_width - 8
    legend = QRectF(track_left, 0, track_width, 18)
    canvas.bar(QRectF(legend.x(), 6, 10, 8), BEFORE)
    canvas.text(QRectF(legend.x() + 14, 0, 120, 18), Report.tr("week before"), 7, MUTED)
    canvas.bar(QRectF(legend.x() + 100, 6, 10, 8), NOW)
    canvas.text(QRectF(legend.x() + 114, 0, 120, 18), Report.tr("reviewed week"), 7, MUTED)
    for i, step in enumerate(steps):
        y = top + i * row
        name = f"{step.from_stage} → {step.to_stage}"
        if several:
            name = f"{step.funnel}: {name}"
        canvas.text(QRectF(0, y, label_width, row - 4), name, 8)
        rates = [r for r in (step.previous_rate, step.rate) if r is not None]
        if one_scale:
            rates = [highest]
        scale = max(rates) * 1.15 if rates and max(rates) > 0 else 1.0
        value_room = 46.0
        for j, (rate, colour) in enumerate(((step.previous_rate, BEFORE), (step.rate, NOW))):
            bar_y = y + 5 + j * (bar + 3)
            length = (track_width - value_room) * (rate or 0.0) / scale
            canvas.bar(QRectF(track_left, bar_y, length, bar), colour)
            canvas.text(
                QRectF(track_left + length + 4, bar_y - 2, value_room, bar + 4),
                fmt.percent(rate),
                7,
            )
        note_rect = QRectF(CHART_WIDTH - note_width, y, note_width, row - 4)
        if step.significant and step.change is not None:
            colour = UP if step.change > 0 else DOWN
            canvas.text(
                note_rect,
                f"{fmt.points(step.change)} · {fmt.p_value(step.p_value)}",
                8,
                colour,
                Qt.AlignmentFlag.AlignRight,
                bold=True,
            )
        else:
            canvas.text(note_rect, Report.tr("noise"), 7, MUTED, Qt.AlignmentFlag.AlignRight)
    return Chart(
        "funnel",
        canvas.finish(),
        CHART_WIDTH,
        round(height),
        Report.tr(
            "Step conversion, the week before against the reviewed week; every step on one "
            "scale. Marked: significant at p < 0.05."
        )
        if one_scale
        else Report.tr(
            "Step conversion, the week before against the reviewed week; each step on its own "
            "scale. Marked: significant at p < 0.05."
        ),
    )


def experiment_chart(review: Review, fmt: LocaleFormat, dpi: int = PRINT_DPI) -> Chart | None:
    """Control and variant rates of each variant of each experiment with results, with the
    difference's 95 % interval drawn around the variant's rate."""
    shown = [(e, v) for e in review.experiments if e.control_rate is not None for v in e.variants]
    if not shown:
        return None
    row, bar, top, label_width, note_width = 46.0, 14.0, 4.0, 170.0, 130.0
    height = top + row * len(shown) + 4
    canvas = _Canvas(CHART_WIDTH, height, dpi)
    track_left = label_width + 8
    track_width = CHART_WIDTH - track_left - note_width - 8 - 46
    for i, (e, v) in enumerate(shown):
        y = top + i * row
        name = e.code if len(e.variants) == 1 else f"{e.code} · {v.name}"
        canvas.text(QRectF(0, y, label_width, 20), name, 8, bold=True)
        canvas.text(QRectF(0, y + 18, label_width, 20), e.metric, 7, MUTED)
        highs = [e.control_rate or 0.0, v.rate or 0.0]
        if v.ci is not None and e.control_rate is not None:
            highs.append(e.control_rate + v.ci[1])
        scale = max(highs) * 1.1 if max(highs) > 0 else 1.0
        high = track_left
        if v.ci is not None and e.control_rate is not None:
            high = track_left + track_width * (e.control_rate + v.ci[1]) / scale
        for j, (rate, colour) in enumerate(((e.control_rate, BEFORE), (v.rate, NOW))):
            bar_y = y + 6 + j * (bar + 4)
            length = track_width * (rate or 0.0) / scale
            canvas.bar(QRectF(track_left, bar_y, length, bar), colour)
            label_x = track_left + length + 4 if j == 0 else max(track_left + length, high) + 6
            canvas.text(QRectF(label_x, bar_y - 2, 46, bar + 4), fmt.percent(rate), 7)
        if v.ci is not None and e.control_rate is not None:
            low = track_left + track_width * max(e.control_rate + v.ci[0], 0.0) / scale
            middle = y + 6 + bar + 4 + bar / 2
            canvas.painter.setPen(QPen(TEXT, 1.2))
            canvas.painter.drawLine(QPointF(low, middle), QPointF(high, middle))
            for x in (low, high):
                canvas.painter.drawLine(QPointF(x, middle - 4), QPointF(x, middle + 4))
        verdict = verdict_word(v.verdict)
        colour = {"variant_wins": UP, "variant_loses": DOWN}.get(v.verdict, MUTED)
        canvas.text(
            QRectF(CHART_WIDTH - note_width, y, note_width, row - 6),
            verdict,
            8,
            colour,
            Qt.AlignmentFlag.AlignRight,
            bold=colour is not MUTED,
        )
    return Chart(
        "experiments",
        canvas.finish(),
        CHART_WIDTH,
        round(height),
        Report.tr(
            "Control (grey) and variant (blue) conversion; the whisker is the 95 % interval of "
            "the difference, placed at the control's rate."
        ),
    )


def report_charts(review: Review, fmt: LocaleFormat, dpi: int = PRINT_DPI) -> Sequence[Chart]:
    """Every chart the review has data for, in the order the report shows them."""
    charts = (cycle_chart(review, fmt, dpi), funnel_chart(review, fmt, dpi))
    return tuple(c for c in (*charts, experiment_chart(review, fmt, dpi)) if c is not None)
