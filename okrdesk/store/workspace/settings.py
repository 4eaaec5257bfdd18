"""The workspace's own settings: its name and currency, the week's first day, the thresholds
that turn a key result's pace and confidence into a status, and the funnel's conversion window.

update_settings runs inside the caller's transaction and returns the previous values;
restore_settings puts those back, which undoes it. Values are checked first (the ranges of the
schema's checks, and the order of the at-risk and off-track thresholds): a refused value raises
InvalidSettingsError naming the problems, and nothing is written. restore_settings does not
check again what was stored before, so that undo works even on a file whose settings were
written by something else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import Problem
from okrdesk.store import versions
from okrdesk.store.errors import InvalidSettingsError
from okrdesk.store.schema import WorkspaceSettings

CURRENCIES = ("EUR", "USD", "GBP", "PLN", "HUF", "RUB", "CHF", "CZK", "SEK")
NAME_MAX_LENGTH = 200  # the column's length


@dataclass(frozen=True)
class SettingsValues:
    """What the settings dialog edits. week_start: 0 = Monday … 6 = Sunday; gaps are shares
    of the way from start to target (0.2 = 20 %); confidences are on the 0–10 scale."""

    name: str
    currency: str = "EUR"
    week_start: int = 0
    at_risk_gap: float = 0.2
    off_track_gap: float = 0.4
    at_risk_confidence: int = 4
    off_track_confidence: int = 2
    stale_days: int = 14
    conversion_window_days: int = 28


_COLUMNS = tuple(getattr(WorkspaceSettings, f.name) for f in fields(SettingsValues))


def read_settings(connection: Connection | Session) -> SettingsValues:
    """The workspace's settings; LookupError if the file has no settings row."""
    row = connection.execute(select(*_COLUMNS).where(WorkspaceSettings.id == 1)).first()
    if row is None:
        raise LookupError("the workspace has no settings")
    return SettingsValues(*row)


def _share(value: float) -> bool:
    return not math.isnan(value) and 0 < value <= 1


def validate_settings(
    values: SettingsValues, currencies: tuple[str, ...] = CURRENCIES
) -> list[Problem]:
    """What is wrong with the values, field by field; empty when they can be saved."""
    problems = []

    def check(ok: bool, field: str, code: str, message: str) -> None:
        if not ok:
            problems.append(Problem(field, code, message))

    v = values
    check(bool(v.name.strip()), "name", "name_required", "a name is required")
    check(len(v.name) <= NAME_MAX_LENGTH, "name", "name_too_long", "longer than 200 characters")
    check(v.currency in currencies, "currency", "currency_unknown", f"{v.currency!r} unknown")
    check(0 <= v.week_start <= 6, "week_start", "week_start_range", "not 0 (Monday) to 6")
    check(_share(v.at_risk_gap), "at_risk_gap", "gap_range", "not above 0 and at most 1")
    check(_share(v.off_track_gap), "off_track_gap", "gap_range", "not above 0 and at most 1")
    if _share(v.at_risk_gap) and _share(v.off_track_gap):
        check(
            v.off_track_gap > v.at_risk_gap,
            "off_track_gap",
            "gap_order",
            "must be more than the at-risk gap",
        )
    for field in ("at_risk_confidence", "off_track_confidence"):
        check(0 <= getattr(v, field) <= 10, field, "confidence_range", "not 0 to 10")
    if 0 <= v.at_risk_confidence <= 10 and 0 <= v.off_track_confidence <= 10:
        check(
            v.off_track_confidence < v.at_risk_confidence,
            "off_track_confidence",
            "confidence_order",
            "must be less than the at-risk confidence",
        )
    check(v.stale_days > 0, "stale_days", "days_positive", "must be at least 1")
    check(v.conversion_window_days > 0, "conversion_window_days", "days_positive", "at least 1")
    return problems


def settings_version(connection: Connection | Session) -> int:
    """The version of the settings row, which every save moves on."""
    return int(connection.scalar(select(WorkspaceSettings.version)) or 0)


def update_settings(
    session: Session, values: SettingsValues, seen_version: int | None = None
) -> SettingsValues:
    """Save the settings; returns the previous ones. The workspace's current currency stays
    allowed even when it is not one of CURRENCIES. With `seen_version` (what the dialog read),
    settings someone else saved since are a versions.ConflictError and nothing is written."""
    previous = read_settings(session)
    problems = validate_settings(values, (*CURRENCIES, previous.currency))
    if problems:
        raise InvalidSettingsError(problems)
    _write(session, values, seen_version)
    return previous


def restore_settings(
    session: Session, values: SettingsValues, seen_version: int | None = None
) -> SettingsValues:
    """Put back settings that update_settings returned; returns the ones they replace."""
    previous = read_settings(session)
    _write(session, values, seen_version)
    return previous


def _write(session: Session, values: SettingsValues, seen_version: int | None) -> None:
    changes = {f.name: getattr(values, f.name) for f in fields(SettingsValues)}
    versions.write(session, WorkspaceSettings, 1, changes, seen_version)
