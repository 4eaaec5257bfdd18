"""Writing a checked sheet into a cycle, all in the caller's one transaction.

Objectives are matched by title within the cycle (case ignored) or created; teams and people
by name, or created. A key result whose title its objective already has is updated (a change
of start, target, kind or unit after its first check-in is kept in its history, as the
editor keeps it); any other is added. A current value becomes a check-in dated `today` when it
differs from the key result's latest value, or from the start of a new increase or decrease
key result; a new stay-above, stay-below or yes/no key result takes any current value as its
first reading (those kinds judge the latest value itself, not a move from the start). The caller
commits only when import_sheet returns: a refusal leaves nothing written.

The summary says what happened to each row (for a preview, which runs the import and rolls it
back) and keeps an ImportLog of the writes, with which an undo takes them back exactly.
`author_id` is recorded on the check-ins and the kept key result changes the import writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from okrdesk.domain.checkin_rules import DEFAULT_CONFIDENCE
from okrdesk.domain.okr import follows_pace
from okrdesk.domain.okr_rules import ObjectiveValues
from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem, InvalidValuesError, problem_said
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.okr.commands import create_key_result, create_objective, edit_key_result
from okrdesk.store.okr.queries import CycleInfo, KeyResultRow, cycle_objectives
from okrdesk.store.okr_sheet.parsing import ParsedSheet, SheetKeyResult
from okrdesk.store.okr_sheet.undoing import ImportLog
from okrdesk.store.people import PersonValues, create_person, create_team, list_people, list_teams
from okrdesk.store.words import OkrSheet


@dataclass(frozen=True)
class RowOutcome:
    """What the import did with one row of the sheet."""

    item: SheetKeyResult
    objective_created: bool
    key_result_created: bool
    checked_in: bool


@dataclass
class ImportSummary:
    """What an import did, for the line the command prints and the dialog's preview."""

    objectives_created: int = 0
    objectives_matched: int = 0
    key_results_created: int = 0
    key_results_updated: int = 0
    people_created: list[str] = field(default_factory=list)
    teams_created: list[str] = field(default_factory=list)
    people_matched: list[str] = field(default_factory=list)
    teams_matched: list[str] = field(default_factory=list)
    checkins: int = 0
    rows: list[RowOutcome] = field(default_factory=list)
    log: ImportLog = field(default_factory=ImportLog)


class _Names:
    """Teams or people by name (case ignored), creating the missing ones."""

    def __init__(self, known: dict[str, int], kind: str) -> None:
        self.ids = {name.casefold(): id_ for name, id_ in known.items()}
        self.names = {name.casefold(): name for name in known}
        self.kind = kind  # "team" or "person", as the ImportLog names it

    def get(self, name: str) -> int | None:
        return self.ids.get(name.casefold())


def import_sheet(
    session: Session,
    cycle: CycleInfo,
    sheet: ParsedSheet,
    today: dt.date,
    author_id: int | None = None,
) -> ImportSummary:
    """Write the sheet's key results into `cycle`; ImportProblem (row and column) on the first
    row the store refuses. Never commits."""
    if cycle.closed:
        message = OkrSheet.tr('the cycle "{cycle}" is closed; choose another')
        raise ImportProblem(sheet.path, message.format(cycle=cut(cycle.name)))
    summary = ImportSummary()
    teams = _Names({row.name: row.id for row in list_teams(session)}, "team")
    people = _Names({row.name: row.id for row in list_people(session)}, "person")
    # Kept changes of one import share their time, so that a redo writes them back as they were.
    changed_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    objectives: dict[str, int] = {}
    existing: dict[int, dict[str, KeyResultRow]] = {}
    for row in cycle_objectives(session.connection(), cycle.id):
        objectives.setdefault(row.title.strip().casefold(), row.id)
        existing[row.id] = {kr.title.strip().casefold(): kr for kr in row.key_results}
    pre_existing = set(objectives.values())
    matched: set[int] = set()
    for item in sheet.key_results:
        try:
            team_id = _team(session, item, teams, summary)
            owner_id = _person(session, item, people, team_id, summary)
            key = item.objective.casefold()
            objective_id = objectives.get(key)
            if objective_id is None:
                level = "team" if team_id is not None else "company"
                values = ObjectiveValues(item.objective, level, None, team_id, None)
                objective_id = create_objective(session, cycle.id, values)
                summary.log.created("objective", objective_id)
                objectives[key] = objective_id
                existing[objective_id] = {}
                summary.objectives_created += 1
            elif objective_id in pre_existing and objective_id not in matched:
                summary.objectives_matched += 1
            matched.add(objective_id)
            objective_created = objective_id not in pre_existing  # on this row or one above
            at = _Where(objective_id, owner_id, today, author_id, changed_at)
            created, checked_in = _key_result(session, item, at, existing, summary)
            summary.rows.append(RowOutcome(item, objective_created, created, checked_in))
        except InvalidValuesError as error:
            raise _refusal(sheet, item, error) from error
    session.flush()
    return summary


def _team(
    session: Session, item: SheetKeyResult, teams: _Names, summary: ImportSummary
) -> int | None:
    if not item.team:
        return None
    return _found_or_created(
        teams,
        item.team,
        lambda: create_team(session, item.team),
        "team",
        (summary.teams_created, summary.teams_matched, summary.log),
    )


def _person(
    session: Session,
    item: SheetKeyResult,
    people: _Names,
    team_id: int | None,
    summary: ImportSummary,
) -> int | None:
    if not item.owner:
        return None
    return _found_or_created(
        people,
        item.owner,
        lambda: create_person(session, PersonValues(item.owner, team_id=team_id)),
        "owner",
        (summary.people_created, summary.people_matched, summary.log),
    )


def _found_or_created(
    names: _Names,
    name: str,
    create: Callable[[], int],
    column: str,
    notes: tuple[list[str], list[str], ImportLog],
) -> int:
    """The id `names` knows for `name`, else the one `create` makes; noted as matched or
    created (and in the log) once per name. A refusal names the sheet's column."""
    created, matched, log = notes
    found = names.get(name)
    if found is not None:
        known = names.names.get(name.casefold())
        if known is not None and known not in matched:
            matched.append(known)
        return found
    try:
        new_id = create()
    except InvalidValuesError as error:
        raise _as_field(error, column) from error
    names.ids[name.casefold()] = new_id
    created.append(name)
    log.created(names.kind, new_id)
    return new_id


@dataclass(frozen=True)
class _Where:
    """Where a row's key result goes, and who writes it when."""

    objective_id: int
    owner_id: int | None
    today: dt.date
    author_id: int | None
    changed_at: dt.datetime


def _key_result(
    session: Session,
    item: SheetKeyResult,
    at: _Where,
    existing: dict[int, dict[str, KeyResultRow]],
    summary: ImportSummary,
) -> tuple[bool, bool]:
    """Create or update the row's key result and check its current value in; (created,
    checked in)."""
    values = replace(item.values, owner_id=at.owner_id)
    found = existing[at.objective_id].get(values.title.strip().casefold())
    if found is None:
        kr_id = create_key_result(session, at.objective_id, values)
        summary.log.created("key_result", kr_id)
        latest, confidence = values.start_value, None
        summary.key_results_created += 1
    else:
        # What the sheet does not say (cost) stays as it is.
        values = replace(values, cost=found.cost)
        edit = edit_key_result(session, found.id, values, at.author_id, at.changed_at)
        summary.log.edited(found.id, values, at.author_id, at.changed_at, edit)
        kr_id = found.id
        latest = found.current if found.current is not None else values.start_value
        confidence = found.confidence
        summary.key_results_updated += 1
    if item.current is None or (item.current == latest and (found or follows_pace(values.kind))):
        return found is None, False
    checkin = CheckInValues(
        key_result_id=kr_id,
        checked_on=at.today,
        value=item.current,
        confidence=DEFAULT_CONFIDENCE if confidence is None else confidence,
        comment="",
        author_id=at.author_id,
    )
    try:
        replaced = record_checkin(session, checkin, at.today)
    except InvalidValuesError as error:
        raise _as_field(error, "current") from error
    summary.log.checked_in(kr_id, at.today, replaced)
    summary.checkins += 1
    return found is None, True


def _as_field(error: InvalidValuesError, name: str) -> InvalidValuesError:
    return InvalidValuesError([replace(problem, field=name) for problem in error.problems])


_COLUMN_OF = {
    "title": "key_result",
    "start_value": "start",
    "target_value": "target",
    "current": "current",
    "value": "current",
}


def _refusal(sheet: ParsedSheet, item: SheetKeyResult, error: InvalidValuesError) -> ImportProblem:
    problem = error.problems[0]
    field_name = _COLUMN_OF.get(problem.field, problem.field)
    column = sheet.columns.get(field_name, field_name)
    return ImportProblem(sheet.path, problem_said(problem), row=item.row, column=column)
