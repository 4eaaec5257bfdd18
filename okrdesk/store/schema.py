"""The workspace schema: every entity of DESIGN.md as a SQLAlchemy 2 declarative model.

Portable SQL only (the same schema must run on PostgreSQL later); constraints carry the
domain's ranges so that a bad row cannot reach the file whatever code writes it.

No `from __future__ import annotations` here nor in okrdesk.store.row_versions: SQLAlchemy
would evaluate each of the some 250 `Mapped[...]` annotations from its text when the classes
are mapped, in every process that opens a workspace (some 8 ms). A class named before it is
defined is written in quotes.
"""

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from okrdesk.domain import experiment_rules
from okrdesk.store.row_versions import Signed, Versioned

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KR_KINDS = ("increase", "decrease", "stay_above", "stay_below", "binary")
KR_UNITS = ("number", "percent", "currency")
# What a change to a key result after its first check-in is kept for (key_result_changes).
KR_TRACKED_FIELDS = ("kind", "unit", "unit_label", "decimals", "start_value", "target_value")
UNIT_LABEL_MAX_LENGTH = 20
MAX_DECIMALS = 4
OBJECTIVE_LEVELS = ("company", "team", "individual")
OBJECTIVE_STATUSES = ("active", "done", "cancelled")
EXPERIMENT_STATUSES = experiment_rules.STATUSES
EXPERIMENT_DECISIONS = experiment_rules.DECISIONS
IMPORT_KINDS = ("weekly_counts", "raw_events")
# What a key result bound to a funnel takes its weekly value from.
FUNNEL_METRICS = (
    "step_rate",  # to_stage / from_stage
    "overall_rate",  # to_stage / the first stage
    "stage_count",  # the weekly count of to_stage
    "cost_per_lead",
    "cac",
    "roi",
    "revenue",
    "spend",
)
PAPER_SIZES = ("A4", "Letter")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model here maps one Table; SQLAlchemy types __table__ as any FromClause.
        __table__: ClassVar[Table]


class WorkspaceSettings(Versioned, Base):
    """The single settings row of a workspace (id is always 1)."""

    __tablename__ = "workspace_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("week_start BETWEEN 0 AND 6", name="week_start_weekday"),
        CheckConstraint("at_risk_gap > 0 AND at_risk_gap <= 1", name="at_risk_gap_range"),
        CheckConstraint("off_track_gap > 0 AND off_track_gap <= 1", name="off_track_gap_range"),
        CheckConstraint("at_risk_confidence BETWEEN 0 AND 10", name="at_risk_confidence_range"),
        CheckConstraint("off_track_confidence BETWEEN 0 AND 10", name="off_track_conf_range"),
        CheckConstraint("stale_days > 0", name="stale_days_positive"),
        CheckConstraint("conversion_window_days > 0", name="conversion_window_positive"),
        CheckConstraint("next_experiment_number > 0", name="next_experiment_positive"),
        CheckConstraint(_in("paper_size", PAPER_SIZES), name="paper_size_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    week_start: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday
    at_risk_gap: Mapped[float] = mapped_column(Float, default=0.2)
    off_track_gap: Mapped[float] = mapped_column(Float, default=0.4)
    at_risk_confidence: Mapped[int] = mapped_column(Integer, default=4)
    off_track_confidence: Mapped[int] = mapped_column(Integer, default=2)
    stale_days: Mapped[int] = mapped_column(Integer, default=14)
    conversion_window_days: Mapped[int] = mapped_column(Integer, default=28)
    # Experiment codes are never reused, so the counter lives apart from the experiments.
    next_experiment_number: Mapped[int] = mapped_column(Integer, default=1)
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    # The logo on the report's cover, PNG bytes; none by default.
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Cycle(Versioned, Base):
    __tablename__ = "cycles"
    __table_args__ = (CheckConstraint("end_date > start_date", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    what_helped: Mapped[str] = mapped_column(Text, default="")
    root_causes: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")

    objectives: Mapped[list["Objective"]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan", passive_deletes=True
    )


class Team(Versioned, Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))


class Objective(Signed, Base):
    __tablename__ = "objectives"
    __table_args__ = (
        CheckConstraint(_in("level", OBJECTIVE_LEVELS), name="level_known"),
        CheckConstraint(_in("status", OBJECTIVE_STATUSES), name="status_known"),
        # trim() strips spaces only, so a title of tabs or line breaks passes here (the UI
        # refuses it). Naming those characters portably needs them raw inside the literal, and
        # SQLAlchemy 2.0's SQLite CHECK reflection, which batch migrations rebuild tables
        # from, silently drops a constraint with a line break in it.
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint("grade IS NULL OR grade BETWEEN 0 AND 1", name="grade_range"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint("position >= 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL"), index=True
    )
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL")
    )
    level: Mapped[str] = mapped_column(String(20), default="team")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="active")
    grade: Mapped[float | None] = mapped_column(Float)
    retrospective: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    cycle: Mapped["Cycle"] = relationship(back_populates="objectives")
    key_results: Mapped[list["KeyResult"]] = relationship(
        back_populates="objective",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="KeyResult.position",
    )


class KeyResult(Signed, Base):
    __tablename__ = "key_results"
    __table_args__ = (
        CheckConstraint(_in("kind", KR_KINDS), name="kind_known"),
        CheckConstraint(_in("unit", KR_UNITS), name="unit_known"),
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint("weight > 0", name="weight_positive"),
        # An increase or decrease that is already met at the start has no progress to make.
        CheckConstraint(
            "kind <> 'increase' OR target_value > start_value", name="increase_target_above_start"
        ),
        CheckConstraint(
            "kind <> 'decrease' OR target_value < start_value", name="decrease_target_below_start"
        ),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_positive"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_positive"),
        CheckConstraint("grade IS NULL OR grade BETWEEN 0 AND 1", name="grade_range"),
        CheckConstraint("position >= 0", name="position_positive"),
        CheckConstraint(
            f"decimals IS NULL OR decimals BETWEEN 0 AND {MAX_DECIMALS}", name="decimals_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objectives.id", ondelete="CASCADE"), index=True
    )
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_results.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="increase")
    unit: Mapped[str] = mapped_column(String(20), default="number")
    # Shown after values ("h", "days", "NPS"); empty for none.
    unit_label: Mapped[str] = mapped_column(String(UNIT_LABEL_MAX_LENGTH), default="")
    # Digits after the decimal point; None: as the unit shows them by default.
    decimals: Mapped[int | None] = mapped_column(Integer)
    start_value: Mapped[float] = mapped_column(Float, default=0.0)
    target_value: Mapped[float] = mapped_column(Float, default=1.0)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    budget: Mapped[float | None] = mapped_column(Float)
    cost: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[float | None] = mapped_column(Float)
    grade_note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    objective: Mapped["Objective"] = relationship(back_populates="key_results")
    checkins: Mapped[list["CheckIn"]] = relationship(
        back_populates="key_result",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CheckIn.checked_on",
    )


class CheckIn(Versioned, Base):
    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("key_result_id", "checked_on"),
        CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 10", name="confidence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    # Indexed for the latest check-ins of the whole workspace (the dashboard's list).
    checked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    blockers: Mapped[str] = mapped_column(Text, default="")
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    # The import that produced an automatic check-in; kept when the import is undone.
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # Who wrote it: a person of the workspace (shared by every computer that opens it).
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    key_result: Mapped["KeyResult"] = relationship(back_populates="checkins")


class KeyResultChange(Base):
    """A change to a key result's start, target, kind, unit or decimals made after its first
    check-in: the earlier check-ins were read against the old value.

    Values are kept as text: numbers as Python writes a float exactly (repr), None as NULL.
    """

    __tablename__ = "key_result_changes"
    __table_args__ = (CheckConstraint(_in("field", KR_TRACKED_FIELDS), name="field_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Initiative(Versioned, Base):
    __tablename__ = "initiatives"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_required"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Kpi(Versioned, Base):
    """A health metric kept beside the OKRs, with green and red thresholds."""

    __tablename__ = "kpis"
    __table_args__ = (CheckConstraint(_in("unit", KR_UNITS), name="unit_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(20), default="number")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    green_threshold: Mapped[float] = mapped_column(Float)
    red_threshold: Mapped[float] = mapped_column(Float)


class KpiValue(Versioned, Base):
    __tablename__ = "kpi_values"
    __table_args__ = (UniqueConstraint("kpi_id", "measured_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpis.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class Funnel(Versioned, Base):
    __tablename__ = "funnels"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    stages: Mapped[list["FunnelStage"]] = relationship(
        back_populates="funnel",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FunnelStage.position",
    )


class FunnelStage(Versioned, Base):
    __tablename__ = "funnel_stages"
    __table_args__ = (
        UniqueConstraint("funnel_id", "name"),
        CheckConstraint("position >= 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)

    funnel: Mapped["Funnel"] = relationship(back_populates="stages")


class ImportBatch(Base):
    """One import of a file: what came in, so that it can be listed and undone."""

    __tablename__ = "import_batches"
    __table_args__ = (
        CheckConstraint(_in("kind", IMPORT_KINDS), name="kind_known"),
        CheckConstraint("row_count >= 0", name="rows_positive"),
        CheckConstraint("last_week >= first_week", name="week_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), default="weekly_counts")
    row_count: Mapped[int] = mapped_column(Integer)
    first_week: Mapped[dt.date] = mapped_column(Date)
    last_week: Mapped[dt.date] = mapped_column(Date)
    # The weeks whose counts it wrote: a file of raw events also recounts the other weeks of
    # the leads it carries (their source, variant, entry week or cohort changed); None = the
    # file's own weeks.
    touched_first: Mapped[dt.date | None] = mapped_column(Date)
    touched_last: Mapped[dt.date | None] = mapped_column(Date)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # The rows this import replaced, as JSON, so that undoing it puts them back.
    replaced: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class FunnelCount(Versioned, Base):
    """How many reached a stage in a week, per segment (source) and variant (experiment arm)."""

    __tablename__ = "funnel_counts"
    __table_args__ = (
        UniqueConstraint("stage_id", "week_start", "segment", "variant"),
        CheckConstraint("count >= 0", name="count_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("funnel_stages.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date, index=True)
    segment: Mapped[str] = mapped_column(String(100), default="")
    variant: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(Integer)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class FunnelCohortCount(Base):
    """Leads that entered in a week and reached a stage within the conversion window."""

    __tablename__ = "funnel_cohort_counts"
    __table_args__ = (
        UniqueConstraint("stage_id", "cohort_week", "segment", "variant"),
        CheckConstraint("count >= 0", name="count_positive"),
        CheckConstraint("window_days > 0", name="window_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("funnel_stages.id", ondelete="CASCADE"))
    cohort_week: Mapped[dt.date] = mapped_column(Date, index=True)
    segment: Mapped[str] = mapped_column(String(100), default="")
    variant: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(Integer)
    window_days: Mapped[int] = mapped_column(Integer, default=28)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class FunnelLeadSpeed(Base):
    """Speed-to-lead of a week: median hours from Lead to the next stage, from raw events."""

    __tablename__ = "funnel_lead_speed"
    __table_args__ = (
        UniqueConstraint("funnel_id", "week_start", "segment", "variant"),
        CheckConstraint("median_hours >= 0", name="median_positive"),
        CheckConstraint("leads >= 0", name="leads_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date)
    segment: Mapped[str] = mapped_column(String(100), default="")
    variant: Mapped[str] = mapped_column(String(100), default="")
    median_hours: Mapped[float] = mapped_column(Float)
    leads: Mapped[int] = mapped_column(Integer)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class FunnelLeadWeek(Base):
    """What a funnel remembers of one lead in one week of raw events, so that weekly files add
    up to the funnel one file of all their events gives (domain.funnel_leads).

    stage_times: "stage_id:ms,…", the first moment the lead reached each stage that week, in
    milliseconds after the week's first midnight (wall-clock time as written in the file);
    source and variant: the first non-empty ones that week, at source_ms and variant_ms
    (None when the week had none); revenue: the week's revenue of the lead (None = none).
    One row per lead and week, never per event.
    """

    __tablename__ = "funnel_lead_weeks"
    __table_args__ = (
        UniqueConstraint("funnel_id", "lead_key", "week_start"),
        CheckConstraint("source_ms IS NULL OR source_ms >= 0", name="source_ms_positive"),
        CheckConstraint("variant_ms IS NULL OR variant_ms >= 0", name="variant_ms_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    lead_key: Mapped[str] = mapped_column(String(255))
    week_start: Mapped[dt.date] = mapped_column(Date)
    stage_times: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(100), default="")
    source_ms: Mapped[int | None] = mapped_column(Integer)
    variant: Mapped[str] = mapped_column(String(100), default="")
    variant_ms: Mapped[int | None] = mapped_column(Integer)
    revenue: Mapped[float | None] = mapped_column(Float)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class KeyResultBinding(Versioned, Base):
    """A key result that takes its weekly value from a funnel metric."""

    __tablename__ = "key_result_bindings"
    __table_args__ = (CheckConstraint(_in("metric", FUNNEL_METRICS), name="metric_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), unique=True
    )
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(30))
    from_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("funnel_stages.id", ondelete="CASCADE")
    )
    to_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("funnel_stages.id", ondelete="CASCADE")
    )
    # Empty means every segment together.
    segment: Mapped[str] = mapped_column(String(100), default="")


class FunnelSpend(Base):
    """Spend and revenue of a funnel's segment and variant in a week."""

    __tablename__ = "funnel_spend"
    __table_args__ = (
        UniqueConstraint("funnel_id", "week_start", "segment", "variant"),
        CheckConstraint("spend >= 0", name="spend_positive"),
        CheckConstraint("revenue >= 0", name="revenue_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    funnel_id: Mapped[int] = mapped_column(ForeignKey("funnels.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date)
    segment: Mapped[str] = mapped_column(String(100), default="")
    variant: Mapped[str] = mapped_column(String(100), default="")
    spend: Mapped[float] = mapped_column(Float, default=0.0)
    revenue: Mapped[float] = mapped_column(Float, default=0.0)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class Experiment(Signed, Base):
    __tablename__ = "experiments"
    __table_args__ = (
        CheckConstraint(_in("status", EXPERIMENT_STATUSES), name="status_known"),
        CheckConstraint(
            "decision IS NULL OR " + _in("decision", EXPERIMENT_DECISIONS), name="decision_known"
        ),
        CheckConstraint(
            "decision IS NULL OR status = 'decided'", name="decision_only_when_decided"
        ),
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint("impact BETWEEN 1 AND 10", name="impact_range"),
        CheckConstraint("confidence BETWEEN 1 AND 10", name="confidence_range"),
        CheckConstraint("ease BETWEEN 1 AND 10", name="ease_range"),
        CheckConstraint("control_share > 0 AND control_share < 1", name="split_range"),
        CheckConstraint("planned_mde IS NULL OR planned_mde > 0", name="planned_mde_positive"),
        CheckConstraint("duration_days BETWEEN 1 AND 28", name="duration_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    hypothesis: Mapped[str] = mapped_column(Text, default="")
    variable: Mapped[str] = mapped_column(String(300), default="")
    key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_results.id", ondelete="SET NULL")
    )
    funnel_id: Mapped[int | None] = mapped_column(ForeignKey("funnels.id", ondelete="SET NULL"))
    from_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("funnel_stages.id", ondelete="SET NULL")
    )
    to_stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("funnel_stages.id", ondelete="SET NULL")
    )
    control_share: Mapped[float] = mapped_column(Float, default=0.5)
    # Indexed for a week's experiments (the board, the review, the team dashboard).
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    impact: Mapped[int] = mapped_column(Integer, default=5)
    confidence: Mapped[int] = mapped_column(Integer, default=5)
    ease: Mapped[int] = mapped_column(Integer, default=5)
    # Indexed for the backlog's ideas among years of decided experiments.
    status: Mapped[str] = mapped_column(String(20), default="idea", index=True)
    decision: Mapped[str | None] = mapped_column(String(20))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # The smallest absolute change in the primary rate the test was planned to detect.
    planned_mde: Mapped[float | None] = mapped_column(Float)
    duration_days: Mapped[int] = mapped_column(Integer, default=7)
    learnings: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    tasks: Mapped[list["ExperimentTask"]] = relationship(
        back_populates="experiment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(ExperimentTask.day, ExperimentTask.position)",
    )
    arms: Mapped[list["ExperimentArm"]] = relationship(
        back_populates="experiment", cascade="all, delete-orphan", passive_deletes=True
    )


class ExperimentTask(Versioned, Base):
    __tablename__ = "experiment_tasks"
    __table_args__ = (
        CheckConstraint("day BETWEEN 1 AND 7", name="day_range"),
        CheckConstraint("length(trim(title)) > 0", name="title_required"),
        CheckConstraint("position >= 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(
        ForeignKey("experiments.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    experiment: Mapped["Experiment"] = relationship(back_populates="tasks")


class ExperimentArm(Versioned, Base):
    """Results of one arm (control or a variant): visitors, conversions, lead quality."""

    __tablename__ = "experiment_arms"
    __table_args__ = (
        UniqueConstraint("experiment_id", "name"),
        CheckConstraint("visitors >= 0", name="visitors_positive"),
        CheckConstraint("conversions >= 0 AND conversions <= visitors", name="conversions_range"),
        CheckConstraint("sql_count IS NULL OR sql_count >= 0", name="sql_count_positive"),
        CheckConstraint(
            "avg_deal_value IS NULL OR avg_deal_value >= 0", name="avg_deal_value_positive"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiments.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    is_control: Mapped[bool] = mapped_column(Boolean, default=False)
    visitors: Mapped[int] = mapped_column(Integer, default=0)
    conversions: Mapped[int] = mapped_column(Integer, default=0)
    sql_count: Mapped[int | None] = mapped_column(Integer)
    avg_deal_value: Mapped[float | None] = mapped_column(Float)

    experiment: Mapped["Experiment"] = relationship(back_populates="arms")


class WeeklyReview(Versioned, Base):
    __tablename__ = "weekly_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    brief: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_experiment_id: Mapped[int | None] = mapped_column(
        ForeignKey("experiments.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
