"""A cycle's key results as sheet rows, and the rows written to a CSV or XLSX file."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Connection

from okrdesk.domain import okr
from okrdesk.domain.checkin_rules import value_decimals
from okrdesk.store.cleaning import cut
from okrdesk.store.funnel.export import neutralise
from okrdesk.store.okr.queries import (
    CycleInfo,
    current_cycle_info,
    cycle_objectives,
    list_cycles,
    status_thresholds,
)
from okrdesk.store.okr_sheet.columns import FIELDS, HEADERS
from okrdesk.store.words import OkrSheet

Cell = str | float | int | None
SHEET_TITLE = "OKRs"


class UnknownCycleError(LookupError):
    """No cycle of that name (or no cycle at all) in the workspace."""


def find_cycle(connection: Connection, name: str | None, today: dt.date) -> CycleInfo:
    """The cycle named `name`, or the current one (containing today, else the newest)."""
    if name is None:
        cycle = current_cycle_info(connection, today)
        if cycle is None:
            raise UnknownCycleError(OkrSheet.tr("the workspace has no cycle"))
        return cycle
    cycles = list_cycles(connection)
    found = next((c for c in cycles if c.name == name.strip()), None)
    if found is None:
        known = ", ".join(cut(c.name) for c in cycles)
        if not known:
            raise UnknownCycleError(
                OkrSheet.tr('no cycle "{name}" (there are no cycles)').format(name=cut(name))
            )
        message = OkrSheet.tr('no cycle "{name}" (cycles: {cycles})')
        raise UnknownCycleError(message.format(name=cut(name), cycles=known))
    return found


def sheet_rows(connection: Connection, cycle: CycleInfo, today: dt.date) -> list[dict[str, Cell]]:
    """One row per key result of the cycle, objectives and key results in their order.

    Progress is 0..1, the score its tenths, the status the code every screen shows on `today`
    (okr.key_result_status); current is the latest check-in's value (to the decimals a
    check-in takes), empty before the first.
    """
    thresholds = status_thresholds(connection)
    rows: list[dict[str, Cell]] = []
    for objective in cycle_objectives(connection, cycle.id):
        for kr in objective.key_results:
            progress = okr.progress(kr.kind, kr.start_value, kr.target_value, kr.current)
            judged = okr.key_result_status(
                kr.kind,
                kr.start_value,
                kr.target_value,
                kr.current,
                kr.confidence,
                kr.last_checkin,
                (cycle.start_date, cycle.end_date),
                today,
                thresholds,
            )
            rows.append(
                {
                    "objective": objective.title,
                    "team": objective.team_name,
                    "key_result": kr.title,
                    "owner": kr.owner_name,
                    "kind": kr.kind,
                    "unit": kr.unit,
                    "unit_label": kr.unit_label,
                    "decimals": kr.decimals,
                    "start": kr.start_value,
                    "target": kr.target_value,
                    "current": _as_typed(kr.current, kr.unit, kr.decimals),
                    "weight": kr.weight,
                    "budget": kr.budget,
                    "progress": round(progress, 4),
                    "status": judged.status.value,
                    "score": okr.score(progress),
                }
            )
    return rows


def _as_typed(value: float | None, unit: str, decimals: int | None) -> float | None:
    """A value to the decimals a check-in takes (an automatic one may carry more), so that
    the file imports as it was written."""
    return None if value is None else round(value, value_decimals(unit, decimals))


def _plain(value: Cell) -> Cell:
    """Whole floats as ints (240.0 → 240), so the file reads as its owner wrote it."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _csv_cell(cell: Cell) -> Cell:
    """Text a spreadsheet would run as a formula gets a leading ' (the import takes it off)."""
    if cell is None:
        return ""
    return neutralise(cell) if isinstance(cell, str) else cell


def write_sheet(
    path: Path, rows: Sequence[dict[str, Cell]], language: str = "en", title: str = SHEET_TITLE
) -> None:
    """Write rows to `path`: XLSX for .xlsx / .xlsm, else CSV (UTF-8 with a BOM, commas).

    Text beginning with = + - @ is never run as a formula: a string cell in XLSX, a leading '
    in CSV (as the funnel export writes it)."""
    headers = [HEADERS[language][field] for field in FIELDS]
    table = [[_plain(row.get(field)) for field in FIELDS] for row in rows]
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = title
        sheet.append(headers)
        for number, line in enumerate(table, 2):
            sheet.append(line)
            for cell in sheet[number]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula ("=1+1" stays as written)
        sheet.freeze_panes = "A2"
        workbook.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for line in table:
            writer.writerow([_csv_cell(cell) for cell in line])
