"""The planner note in the experiment editor: can this step show the planned effect in time?

From the step's baseline rate and weekly traffic (the last four full weeks of the funnel),
`stats.sample_size` gives the visitors each arm needs and `stats.days_needed` the days at the
current traffic. More days than planned is a warning with DESIGN.md's suggestions: a bigger
change, a higher-traffic step, or a 14-day run.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from okrdesk.domain import stats
from okrdesk.store.experiments.planning import PLANNING_WEEKS, StepTraffic
from okrdesk.ui.common.formatting import format_int, format_percent

LONG_RUN_DAYS = 14
STYLE = """
QFrame#plannerBox { border-radius: 6px; background: #eff6ff; border: 1px solid #bfdbfe; }
QFrame#plannerBox[warning="true"] { background: #fef3c7; border: 1px solid #f59e0b; }
QLabel#plannerText { color: #1e293b; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExperimentPlanner", text)


def format_points(share: float) -> str:
    """An absolute change of a rate (0.012) in percentage points ("1.2 points")."""
    return _tr("{value} points").format(value=QLocale().toString(100.0 * share, "f", 1))


@dataclass(frozen=True)
class Plan:
    """What the planner shows; `warning` when the test cannot end within its duration."""

    text: str
    warning: bool = False


def make_plan(
    traffic: StepTraffic | None,
    step: str,
    planned_mde: float | None,
    duration_days: int,
    control_share: float,
) -> Plan:
    """The planner's words for a step ("Visit → Form submitted") and the planned test."""
    if traffic is None:
        return Plan(_tr("Choose the funnel step the change should move to see how long it needs."))
    rate = traffic.baseline_rate
    if traffic.weeks == 0 or rate is None:
        return Plan(
            _tr(
                "No funnel counts for {step} in the last {weeks} full weeks: the sample this "
                "test needs cannot be estimated yet."
            ).format(step=step, weeks=format_int(PLANNING_WEEKS)),
            warning=True,
        )
    weekly = traffic.weekly_traffic
    basis = _tr("{step}: {rate} of about {weekly} a week (last {weeks} full weeks).").format(
        step=step,
        rate=format_percent(rate),
        weekly=format_int(round(weekly)),
        weeks=format_int(traffic.weeks),
    )
    if not 0 < rate < 1:
        return Plan(
            basis + " " + _tr("A rate of 0 % or 100 % cannot be tested for a change."),
            warning=True,
        )
    split = (control_share, 1 - control_share)
    in_duration = weekly * duration_days / 7 * min(split)
    detectable = stats.mde(rate, in_duration) if in_duration >= 1 else None
    reach = (
        _tr("In {days} days this step can show a change of {mde} or more.").format(
            days=format_int(duration_days), mde=format_points(detectable)
        )
        if detectable is not None
        else _tr("In {days} days this step cannot show any change.").format(
            days=format_int(duration_days)
        )
    )
    if planned_mde is None:
        return Plan(
            " ".join((basis, reach, _tr("Set the planned effect to see the sample it needs.")))
        )
    if not 0 < rate + planned_mde < 1:
        return Plan(
            basis
            + " "
            + _tr("A change of {mde} would take the rate past 100 %.").format(
                mde=format_points(planned_mde)
            ),
            warning=True,
        )
    per_arm = stats.sample_size(rate, planned_mde)
    days = stats.days_needed(rate, planned_mde, weekly, split=split)
    need = _tr("To show {mde}, each arm needs {n} visitors: {days} days at this traffic.").format(
        mde=format_points(planned_mde), n=format_int(per_arm), days=format_int(days)
    )
    if days <= duration_days:
        fits = _tr("That fits in the {days} days planned.").format(days=format_int(duration_days))
        return Plan(" ".join((basis, need, fits)))
    warning = _tr("Warning: {days} days is more than the {planned} planned.").format(
        days=format_int(days), planned=format_int(duration_days)
    )
    suggestions = [
        _tr("Plan a bigger change (it needs fewer visitors)."),
        _tr("Test a step with more traffic."),
    ]
    if duration_days < LONG_RUN_DAYS:
        if days <= LONG_RUN_DAYS:
            suggestions.append(_tr("Run it for 14 days instead of 7."))
        else:
            suggestions.append(_tr("Even a 14-day run is too short for this effect."))
    return Plan(" ".join((warning, basis, need, reach, *suggestions)), warning=True)


class PlannerBox(QFrame):
    """A framed note under the editor's metric; amber when the plan does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerBox")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel()
        self.label.setObjectName("plannerText")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.plan = Plan("")

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.label.setText(plan.text)
        self.setProperty("warning", plan.warning)
        self.style().unpolish(self)
        self.style().polish(self)

    def text(self) -> str:
        return self.label.text()
