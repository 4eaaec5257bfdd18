"""Writing a checked sheet into a cycle, all in the caller's one transaction.

Objectives are matched by title within the cycle (case ignored) or created; teams and people
by name, or created. A key result whose title its objective already has is updated (a change
of start, target, kind or unit after its first check-in is kept in its history, as the
editor keeps it); any other is added. A current value becomes a check-in dated `today` when it
differs from the key result's latest value, or from the start of a new increase or decrease
key result; a new stay-above, stay-below or yes/no key result takes any current value as its
first reading (those kinds judge the latest value itself, not a move from the start). The caller
commits only when import_sheet returns: a refusal leaves nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

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
from okrdesk.store.people import PersonValues, create_person, create_team, list_people, list_teams
from okrdesk.store.words import OkrSheet


@dataclass
class ImportSummary:
    """What an import did, for the line the command prints."""

    objectives_created: int = 0
    objectives_matched: int = 0
    key_results_created: int = 0
    key_results_updated: int = 0
    people_created: list[str] = field(default_factory=list)
    teams_created: list[str] = field(default_factory=list)
    checkins: int = 0


class _Names:
    """Teams or people by name (case ignored), creating the missing ones."""

    def __init__(self, known: dict[str, int]) -> None:
        self.ids = {name.casefold(): id_ for name, id_ in known.items()}

    def get(self, name: str) -> int | None:
        return self.ids.get(name.casefold())


def import_sheet(
    session: Session, cycle: CycleInfo, sheet: ParsedSheet, today: dt.date
) -> ImportSummary:
    """Write the sheet's key results into `cycle`; ImportProblem (row and column) on the first
    row the store refuses. Never commits."""
    if cycle.closed:
        message = OkrSheet.tr('the cycle "{cycle}" is closed; choose another')
        raise ImportProblem(sheet.path, message.format(cycle=cut(cycle.name)))
    summary = ImportSummary()
    teams = _Names({row.name: row.id for row in list_teams(session)})
    people = _Names({row.name: row.id for row in list_people(session)})
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
                objectives[key] = objective_id
                existing[objective_id] = {}
                summary.objectives_created += 1
            elif objective_id in pre_existing and objective_id not in matched:
                summary.objectives_matched += 1
            matched.add(objective_id)
            _key_result(session, sheet.path, item, objective_id, owner_id, existing, today, summary)
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
        teams, item.team, lambda: create_team(session, item.team), "team", summary.teams_created
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
        summary.people_created,
    )


def _found_or_created(
    names: _Names, name: str, create: Callable[[], int], column: str, created: list[str]
) -> int:
    """The id `names` knows for `name`, else the one `create` makes (noted in `created`); a
    refusal names the sheet's column."""
    found = names.get(name)
    if found is not None:
        return found
    try:
        new_id = create()
    except InvalidValuesError as error:
        raise _as_field(error, column) from error
    names.ids[name.casefold()] = new_id
    created.append(name)
    return new_id


def _key_result(
    session: Session,
    path: Path,
    item: SheetKeyResult,
    objective_id: int,
    owner_id: int | None,
    existing: dict[int, dict[str, KeyResultRow]],
    today: dt.date,
    summary: ImportSummary,
) -> None:
    values = replace(item.values, owner_id=owner_id)
    found = existing[objective_id].get(values.title.strip().casefold())
    if found is None:
        kr_id = create_key_result(session, objective_id, values)
        latest, confidence = values.start_value, None
        summary.key_results_created += 1
    else:
        # What the sheet does not say (cost) stays as it is.
        values = replace(values, cost=found.cost)
        edit_key_result(session, found.id, values)
        kr_id = found.id
        latest = found.current if found.current is not None else values.start_value
        confidence = found.confidence
        summary.key_results_updated += 1
    if item.current is None or (item.current == latest and (found or follows_pace(values.kind))):
        return
    checkin = CheckInValues(
        key_result_id=kr_id,
        checked_on=today,
        value=item.current,
        confidence=DEFAULT_CONFIDENCE if confidence is None else confidence,
        comment="",
    )
    try:
        record_checkin(session, checkin, today)
    except InvalidValuesError as error:
        raise _as_field(error, "current") from error
    summary.checkins += 1


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
