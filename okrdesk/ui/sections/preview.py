"""Sections that show what their workspace holds while their editors are still to come."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel
from PySide6.QtWidgets import QLabel, QListView
from sqlalchemy import Connection

from okrdesk.store import summary
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.sections.base import Section, format_date, format_int

Lines = Callable[[Connection], list[str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewSection", text)


class PreviewSection(Section):
    """A heading, a list of what is in the workspace, and a note on what this area will do."""

    def __init__(
        self,
        controller: WorkspaceController,
        title: str,
        subtitle: str,
        empty_text: str,
        coming_text: str,
        lines: Lines,
        tables: frozenset[str],
    ) -> None:
        super().__init__(controller, title, subtitle)
        self.tables = tables
        self._lines = lines
        self._empty_text = empty_text
        self.model = QStringListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setObjectName("previewList")
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.coming_label = QLabel(coming_text)
        self.coming_label.setObjectName("comingLabel")
        self.coming_label.setWordWrap(True)
        self.body.addWidget(self.list_view, 1)
        self.body.addWidget(self.empty_label)
        self.body.addStretch(0)
        self.body.addWidget(self.coming_label)

    def reload(self) -> None:
        lines: list[str] = []
        workspace = self.controller.workspace
        if workspace is not None:
            with workspace.engine.connect() as connection:
                lines = self.load(connection)
        self.model.setStringList(lines)
        self.list_view.setVisible(bool(lines))
        self.empty_label.setVisible(not lines)

    def load(self, connection: Connection) -> list[str]:
        return self._lines(connection)


def okr_lines(connection: Connection) -> list[str]:
    cycle = summary.current_cycle(connection, dt.date.today())
    if cycle is None:
        return []
    levels = {
        "company": _tr("Company"),
        "team": _tr("Team"),
        "individual": _tr("Individual"),
    }
    return [
        "      " * depth
        + ("↳ " if depth else "")
        + _tr("{level} · {title} — {count} key results").format(
            level=levels.get(line.level, line.level),
            title=line.title,
            count=format_int(line.key_results),
        )
        for depth, line in summary.objective_lines(connection, cycle.id)
    ]


EXPERIMENT_STATUS_NAMES = {
    "idea": QT_TRANSLATE_NOOP("PreviewSection", "Idea"),
    "planned": QT_TRANSLATE_NOOP("PreviewSection", "Planned"),
    "running": QT_TRANSLATE_NOOP("PreviewSection", "Running"),
    "analysing": QT_TRANSLATE_NOOP("PreviewSection", "Analysing"),
    "decided": QT_TRANSLATE_NOOP("PreviewSection", "Decided"),
}


def experiment_lines(connection: Connection) -> list[str]:
    return [
        _tr("{code} · {title} — {status}").format(
            code=code, title=title, status=_tr(EXPERIMENT_STATUS_NAMES.get(status, status))
        )
        for code, title, status in summary.experiment_lines(connection)
    ]


def funnel_lines(stages: list[str], totals: dict[dt.date, list[int]]) -> list[str]:
    lines = []
    for week in sorted(totals, reverse=True):
        counts = " → ".join(
            f"{name} {format_int(count)}" for name, count in zip(stages, totals[week], strict=True)
        )
        lines.append(_tr("Week of {date}: {counts}").format(date=format_date(week), counts=counts))
    return lines


def review_lines(connection: Connection) -> list[str]:
    return [
        _tr("Weekly review, week of {date}").format(date=format_date(week))
        for week in summary.review_weeks(connection)
    ]


def preview_sections(controller: WorkspaceController) -> dict[str, PreviewSection]:
    from okrdesk.ui.sections.funnel import FunnelSection

    return {
        "okrs": PreviewSection(
            controller,
            _tr("OKRs"),
            _tr("Objectives and key results of the current cycle."),
            _tr("No objectives in this cycle yet."),
            _tr(
                "Coming next here: the objective tree with progress against pace, editors, "
                "the weekly check-in and closing the cycle."
            ),
            okr_lines,
            frozenset({"cycles", "objectives", "key_results"}),
        ),
        "experiments": PreviewSection(
            controller,
            _tr("Experiments"),
            _tr("One change a week, verified by data."),
            _tr("No experiments yet."),
            _tr(
                "Coming next here: the backlog with ICE scores, the 7-day planner, and the "
                "statistics that say whether a result is more than noise."
            ),
            experiment_lines,
            frozenset({"experiments"}),
        ),
        "funnel": FunnelSection(
            controller,
            _tr("Funnel"),
            _tr("Weekly counts of every stage, all sources together, newest week first."),
            _tr("No funnel data yet."),
            _tr(
                "Coming next here: importing CRM and analytics exports, conversion charts by "
                "week and source, and alerts when a step drops."
            ),
            lambda _connection: [],  # FunnelSection.load reads the weeks itself
            frozenset({"funnel_counts", "funnel_stages"}),
        ),
        "review": PreviewSection(
            controller,
            _tr("Weekly review"),
            _tr("What moved and why, what the experiment showed, what changes next week."),
            _tr("No weekly reviews yet."),
            _tr(
                "Coming next here: the review meeting screen, the written brief, presentation "
                "mode and the PDF."
            ),
            review_lines,
            frozenset({"weekly_reviews"}),
        ),
    }
