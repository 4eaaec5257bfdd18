"""The pages of presentation mode: the review's three blocks, the dashboards' blocks, the charts.

Everything a page shows is read once, when the presentation opens (`load_deck`); a page's
widget is built from that when it is first shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from okrdesk.domain.review import Review
from okrdesk.domain.review_experiments import verdict_words
from okrdesk.reports import charts
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.text import Context
from okrdesk.store.funnel import data as funnel_data
from okrdesk.store.review import dashboard as dashboard_data
from okrdesk.store.review.data import default_week, load_review
from okrdesk.ui.common.formatting import format_date, format_int, format_percent
from okrdesk.ui.dashboards import management, team
from okrdesk.ui.dashboards.common import BASE_SIZES, status_name

# Type sizes of presentation mode, as a multiple of the window's own.
SCALE = 1.8
# Table rows a page shows at that size on a 1280×800 or 1366×768 screen.
ROWS_A_PAGE = 8
CONTEXT = "Presentation"

CHART_PAGES = {
    "chart_trend": QT_TRANSLATE_NOOP("Presentation", "Funnel: conversion trend"),
    "chart_cycle": QT_TRANSLATE_NOOP("Presentation", "Objectives against the pace"),
    "chart_funnel": QT_TRANSLATE_NOOP("Presentation", "Funnel steps, week against week"),
    "chart_experiments": QT_TRANSLATE_NOOP("Presentation", "Experiments: control and variant"),
}


class Presentation(Context):
    """Sentences of this module, in the `Presentation` translation context."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chart_page_names() -> list[tuple[str, str]]:
    """(page key, translated name) of each page that shows one chart, for View → Present."""
    return [(key, _tr(name)) for key, name in CHART_PAGES.items()]


@dataclass(frozen=True)
class Deck:
    """What the presentation shows, read in one go."""

    review: Review
    management: dashboard_data.ManagementData
    team: dashboard_data.TeamData
    next_experiment: Any  # store.experiments.ExperimentRow of the next step, or None
    funnel: str
    stages: list[str]
    counts: Any  # the first funnel's weekly counts (pandas), empty without a funnel
    experiments: list[tuple[str, dt.date, dt.date]]


@dataclass(frozen=True)
class Page:
    """One page: its key (for "present this"), title, widget, and type scale (a long table
    gets a smaller one, so that every row shows)."""

    key: str
    title: str
    build: Callable[[], QWidget]
    scale: float = SCALE


def load_deck(connection: Any, today: dt.date) -> Deck:
    from okrdesk.domain.funnel import empty_counts

    review = load_review(connection, default_week(connection, today), today)
    funnels = funnel_data.funnel_names(connection)
    funnel, stages, counts, spans = "", [], empty_counts(), []
    if funnels:
        funnel_id, funnel = funnels[0]
        stages = funnel_data.stage_names(connection, funnel_id)
        counts = funnel_data.load_counts(connection, funnel_id)
        spans = funnel_data.experiment_spans(connection, funnel_id)
    code = review.next_step.experiment_code
    return Deck(
        review=review,
        next_experiment=dashboard_data.experiment_by_code(connection, code) if code else None,
        management=dashboard_data.management_data(connection, today),
        team=dashboard_data.team_data(connection, today),
        funnel=funnel,
        stages=stages,
        counts=counts,
        experiments=spans,
    )


class ImageView(QWidget):
    """A chart image scaled to fit the widget, its aspect kept, centred."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        # Small: the image takes what the page leaves, and never pushes the page to scroll.
        return QSize(320, 160)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        # Never blow a small chart up beyond twice its printed size: it only gets blurred.
        ratio = self.devicePixelRatioF()
        limit = self.image.size() / ratio
        if size.width() > limit.width() * 2:
            size = limit * 2
        x = (self.width() - size.width()) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, 0, size.width(), size.height()), self.image)
        painter.end()


def _lines_page(lines: list[str], image: QImage | None = None) -> QWidget:
    """Large sentences, one a line, and a chart under them when there is one."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(18)
    for line in lines:
        label = QLabel(line)
        label.setObjectName("presentLine")
        label.setWordWrap(True)
        layout.addWidget(label)
    if image is not None:
        layout.addWidget(ImageView(image), 1)
    else:
        layout.addStretch(1)
    return page


def _chart_image(
    make: Callable[..., charts.Chart | None], review: Review, fmt: LocaleFormat, dpi: int
) -> QImage | None:
    chart = make(review, fmt, dpi)
    return None if chart is None else chart.image


def _funnel_on_one_scale(review: Review, fmt: LocaleFormat, dpi: int) -> charts.Chart | None:
    """The funnel steps' bars on one scale: a slide has no caption to say each has its own."""
    return charts.funnel_chart(review, fmt, dpi, one_scale=True)


def _no_chart() -> QWidget:
    return _lines_page([Presentation.tr("Nothing to chart for this week.")])


def review_pages(deck: Deck, dpi: int) -> list[Page]:
    review = deck.review
    fmt = LocaleFormat(QLocale(), review.currency)
    week = Presentation.tr("week of {start}").format(start=format_date(review.week))

    def variance() -> QWidget:
        return _lines_page(
            _variance_lines(review, fmt), _chart_image(_funnel_on_one_scale, review, fmt, dpi)
        )

    def experiments() -> QWidget:
        return _lines_page(
            _experiment_lines(review, fmt),
            _chart_image(charts.experiment_chart, review, fmt, dpi),
        )

    def next_step() -> QWidget:
        return _lines_page(_next_lines(review, deck.next_experiment))

    return [
        Page("review_variance", Presentation.tr("What moved, {week}").format(week=week), variance),
        Page(
            "review_experiments",
            Presentation.tr("Experiments, {week}").format(week=week),
            experiments,
        ),
        Page(
            "review_next",
            Presentation.tr("Next step, after the {week}").format(week=week),
            next_step,
        ),
    ]


def _variance_lines(review: Review, fmt: LocaleFormat) -> list[str]:
    lines = []
    cycle = review.cycle
    if cycle is not None:
        lines.append(
            Presentation.tr("{cycle}: {progress} done, {expected} expected by now.").format(
                cycle=cycle.name,
                progress=format_percent(cycle.progress, 0),
                expected=format_percent(cycle.expected, 0),
            )
        )
    steps = review.significant_steps
    if steps:
        for step in steps[:3]:
            lines.append(
                Presentation.tr("{start} → {end}: {before} → {now} ({change}, {p})").format(
                    start=step.from_stage,
                    end=step.to_stage,
                    before=fmt.percent(step.previous_rate),
                    now=fmt.percent(step.rate),
                    change=fmt.points(step.change),
                    p=fmt.p_value(step.p_value),
                )
            )
    elif review.funnel_steps:
        lines.append(Presentation.tr("No funnel step moved beyond noise (p < 0.05)."))
    behind = review.behind
    if behind:
        names = ", ".join(
            Presentation.tr("{title} ({status})").format(
                title=k.title, status=status_name(k.status)
            )
            for k in behind[:3]
        )
        lines.append(Presentation.tr("Behind: {names}").format(names=names))
    return lines


def _experiment_lines(review: Review, fmt: LocaleFormat) -> list[str]:
    lines = []
    for e in review.experiments:
        head = (
            Presentation.tr("{code} {title} (ended)")
            if e.phase == "ended"
            else Presentation.tr("{code} {title} (running)")
        ).format(code=e.code, title=e.title)
        if not e.variants:
            lines.append(Presentation.tr("{head}: no results yet.").format(head=head))
            continue
        for v in e.variants:
            named = (
                head
                if len(e.variants) == 1
                else Presentation.tr("{head}, {variant}").format(head=head, variant=v.name)
            )
            lines.append(
                Presentation.tr("{head}: {verdict}, {control} → {variant}").format(
                    head=named,
                    verdict=verdict_words(v, e.planned_mde, fmt),
                    control=fmt.percent(e.control_rate),
                    variant=fmt.percent(v.rate),
                )
            )
    return lines or [Presentation.tr("No experiment ended or ran this week.")]


def _next_lines(review: Review, experiment: Any) -> list[str]:
    """The next experiment: what changes, why, what is measured, who and when; then the
    meeting's decisions and notes."""
    step = review.next_step
    if step.experiment_code is None:
        lines = [Presentation.tr("No experiment is planned yet: pick one from the backlog.")]
    else:
        text = (
            Presentation.tr("Proposed: {code} {title}")
            if step.proposed
            else Presentation.tr("Next: {code} {title}")
        )
        lines = [text.format(code=step.experiment_code, title=step.experiment_title)]
        if experiment is not None:
            lines += _experiment_details(experiment)
        if step.experiment_start is not None:
            lines.append(
                Presentation.tr("Day 1: {day}").format(day=format_date(step.experiment_start))
            )
    if step.decisions.strip():
        lines.append(Presentation.tr("Decisions: {text}").format(text=step.decisions.strip()))
    if step.notes.strip():
        lines.append(Presentation.tr("Notes: {text}").format(text=step.notes.strip()))
    return lines


def _experiment_details(experiment: Any) -> list[str]:
    lines = []
    values = experiment.values
    if values.variable.strip():
        lines.append(Presentation.tr("The one change: {text}").format(text=values.variable.strip()))
    if values.hypothesis.strip():
        lines.append(Presentation.tr("Hypothesis: {text}").format(text=values.hypothesis.strip()))
    if experiment.from_stage_name and experiment.to_stage_name:
        lines.append(
            Presentation.tr("Measured on {start} → {end}").format(
                start=experiment.from_stage_name, end=experiment.to_stage_name
            )
        )
    if experiment.owner_name:
        lines.append(Presentation.tr("Owner: {name}").format(name=experiment.owner_name))
    return lines


def _block(block_type: Callable[[], Any], data: Any) -> Callable[[], QWidget]:
    def build() -> QWidget:
        block = block_type()
        block.set_data(data)
        return block

    return build


def _parts(items: tuple[Any, ...], most: int) -> list[tuple[Any, ...]]:
    """`items` in as few even parts of at most `most` as there can be (never none)."""
    count = max(1, -(-len(items) // most))
    size = -(-len(items) // count) if items else 0
    return [items[i * size : (i + 1) * size] for i in range(count)]


def _numbered(key: str, title: str, index: int, count: int) -> tuple[str, str]:
    """A page's key and title, numbered when a block is spread over several pages."""
    if count == 1:
        return key, title
    return key if index == 0 else f"{key}_{index + 1}", Presentation.tr(
        "{title} ({page} of {count})"
    ).format(title=title, page=format_int(index + 1), count=format_int(count))


def dashboard_pages(deck: Deck) -> list[Page]:
    """The dashboards' blocks, every one in the presentation's large type: a long table (the
    forecast, the week's tasks) goes on as many pages as it takes instead of shrinking."""
    data = deck.management
    cycle = data.cycle.name if data.cycle else ""
    titles = {
        "revenue": Presentation.tr("{cycle}: revenue, CAC and the forecast").format(cycle=cycle),
        "objectives": Presentation.tr("{cycle}: objectives by status").format(cycle=cycle),
        "forecast": Presentation.tr("{cycle}: forecast to the cycle's end").format(cycle=cycle),
    }
    pages = []
    for key, block in management.MANAGEMENT_BLOCKS:
        if key != "forecast":
            pages.append(Page(f"management_{key}", titles[key], _block(block, data)))
            continue
        parts = _parts(data.key_results, ROWS_A_PAGE)
        for index, rows in enumerate(parts):
            page_key, title = _numbered("management_forecast", titles[key], index, len(parts))
            part = replace(data, key_results=rows)
            pages.append(Page(page_key, title, _block(block, part)))
    team_data = deck.team
    pages += [
        Page(
            "team_steps",
            Presentation.tr("The funnel step by step"),
            _block(team.StepsBlock, team_data),
        ),
        Page(
            "team_sources",
            Presentation.tr("Form conversion by source"),
            _block(team.SourcesBlock, team_data),
        ),
    ]
    parts = _parts(team_data.experiments, 1)  # one experiment's week a page
    for index, experiments in enumerate(parts):
        page_key, title = _numbered(
            "team_tasks", Presentation.tr("This week's experiment tasks"), index, len(parts)
        )
        part = replace(team_data, experiments=experiments)
        pages.append(Page(page_key, title, _block(team.TasksBlock, part)))
    return pages


def chart_pages(deck: Deck, dpi: int) -> list[Page]:
    review = deck.review
    fmt = LocaleFormat(QLocale(), review.currency)

    def trend() -> QWidget:
        from okrdesk.ui.funnel.charts.conversion_trend import ConversionTrendChart

        if not deck.stages or deck.counts.empty:
            return _no_chart()
        chart = ConversionTrendChart()
        chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart.set_text_pixels(round(BASE_SIZES["body"] * SCALE))
        chart.set_data(deck.counts, deck.stages, deck.experiments)
        return chart

    def report_chart(make: Callable[..., charts.Chart | None]) -> Callable[[], QWidget]:
        def build() -> QWidget:
            image = _chart_image(make, review, fmt, dpi)
            return _no_chart() if image is None else _lines_page([], image)

        return build

    builders = {
        "chart_trend": trend,
        "chart_cycle": report_chart(charts.cycle_chart),
        "chart_funnel": report_chart(_funnel_on_one_scale),
        "chart_experiments": report_chart(charts.experiment_chart),
    }
    return [Page(key, _tr(name), builders[key]) for key, name in CHART_PAGES.items()]


def all_pages(deck: Deck, dpi: int) -> list[Page]:
    """Review, management, team, then the single charts."""
    return [*review_pages(deck, dpi), *dashboard_pages(deck), *chart_pages(deck, dpi)]
