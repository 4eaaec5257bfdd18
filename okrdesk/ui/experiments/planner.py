"""The planner note in the experiment editor: can this step show the planned effect in time?

`domain.experiment_plan` decides; this puts its plan into words and shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from okrdesk.domain import stats
from okrdesk.domain.experiment_plan import ExperimentPlan, StepTraffic, plan_experiment
from okrdesk.reports.text import Context
from okrdesk.store.experiments.planning import PLANNING_WEEKS
from okrdesk.ui.common import formatting
from okrdesk.ui.common.formatting import format_int, format_percent

STYLE = """
QFrame#plannerBox { border-radius: 6px; background: #eff6ff; border: 1px solid #bfdbfe; }
QFrame#plannerBox[warning="true"] { background: #fef3c7; border: 1px solid #f59e0b; }
QLabel#plannerText { color: #1e293b; }
"""


class ExperimentPlanner(Context):
    """Sentences of this module, in the `ExperimentPlanner` translation context."""


def format_points(share: float) -> str:
    """An absolute change of a rate (0.012) in percentage points ("1.2 pts")."""
    return formatting.format_points(share, signed=False)


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
    plan = plan_experiment(traffic, planned_mde, duration_days, control_share)
    return Plan(plan_text(plan, step), plan.warning)


def plan_text(plan: ExperimentPlan, step: str) -> str:
    """The plan in words: the step's traffic, the sample it needs, and what to do when it
    does not fit."""
    traffic = plan.traffic
    if plan.case == "no_step" or traffic is None:
        return ExperimentPlanner.tr(
            "Choose the funnel step the change should move to see how long it needs."
        )
    if plan.case == "no_counts":
        return ExperimentPlanner.tr(
            "No funnel counts for {step} in the last %Ln full week(s): the sample this "
            "test needs cannot be estimated yet.",
            None,
            PLANNING_WEEKS,
        ).format(step=step)
    basis = ExperimentPlanner.tr(
        "{step}: {rate} of about {weekly} a week (last %Ln full week(s)).", None, traffic.weeks
    ).format(
        step=step,
        rate=format_percent(traffic.baseline_rate),
        weekly=format_int(round(traffic.weekly_traffic)),
    )
    if plan.case == "untestable_rate":
        return (
            basis
            + " "
            + ExperimentPlanner.tr("A rate of 0 % or 100 % cannot be tested for a change.")
        )
    days = plan.duration_days
    reach = (
        ExperimentPlanner.tr(
            "In %Ln day(s) this step can show a change of {mde} or more.", None, days
        ).format(mde=format_points(plan.detectable))
        if plan.detectable is not None
        else ExperimentPlanner.tr("In %Ln day(s) this step cannot show any change.", None, days)
    )
    if plan.case == "no_effect" or plan.planned_mde is None:
        return " ".join(
            (
                basis,
                reach,
                ExperimentPlanner.tr("Set the planned effect to see the sample it needs."),
            )
        )
    mde = format_points(plan.planned_mde)
    if plan.case == "past_bounds":
        return (
            basis
            + " "
            + ExperimentPlanner.tr("A change of {mde} would take the rate past 100 %.").format(
                mde=mde
            )
        )
    need = " ".join(
        (
            ExperimentPlanner.tr(
                "To show {mde}, each arm needs %Ln visitor(s).", None, plan.per_arm or 0
            ).format(mde=mde),
            ExperimentPlanner.tr("That takes %Ln day(s) at this traffic.", None, plan.days or 0),
        )
    )
    if plan.case == "fits":
        return " ".join(
            (
                basis,
                need,
                ExperimentPlanner.tr("That fits in the %Ln day(s) planned.", None, days),
            )
        )
    warning = ExperimentPlanner.tr(
        "Warning: %Ln day(s) is more than the {planned} planned.", None, plan.days or 0
    ).format(planned=format_int(days))
    suggestions = [
        ExperimentPlanner.tr("Plan a bigger change (it needs fewer visitors)."),
        ExperimentPlanner.tr("Test a step with more traffic."),
    ]
    long_days = format_int(stats.LONG_RUN_DAYS)
    if plan.long_run == "fits_long_run":
        suggestions.append(
            ExperimentPlanner.tr("Run it for {long} days instead of {planned}.").format(
                long=long_days, planned=days
            )
        )
    elif plan.long_run == "long_run_too_short":
        suggestions.append(
            ExperimentPlanner.tr("Even a {long}-day run is too short for this effect.").format(
                long=long_days
            )
        )
    return " ".join((warning, basis, need, reach, *suggestions))


class PlannerBox(QFrame):
    """A framed note under the editor's metric; amber when the plan does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerBox")
        self.setStyleSheet(STYLE)
        # At least as high as its wrapped lines need at its width: a long plan must not scroll.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
