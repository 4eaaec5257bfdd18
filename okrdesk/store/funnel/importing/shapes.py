"""From a file's table to checked, typed frames: weekly counts (long or wide) or raw events.

Every check names the file's row and column of the first bad value. Counts of rows whose dates
fall in the same week are added up; the same date, stage, source and variant twice is an error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from okrdesk.domain.funnel_events import week_of
from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import limits, values
from okrdesk.store.funnel.importing.headers import (
    FIELDS,
    STAGE_PREFIX,
    match_stages,
    normalise,
)
from okrdesk.store.funnel.importing.model import SHAPES
from okrdesk.store.funnel.importing.reading import FileInfo
from okrdesk.store.words import Importing

REQUIRED = {"counts": ("week", "stage", "count"), "events": ("lead_id", "timestamp", "stage")}
MAX_NAME = 100  # the length of the segment and variant columns
KEYS = ("week", "segment", "variant")
DATE_KEYS = ["date", "segment", "variant"]


@dataclass(frozen=True)
class Skipped:
    """The rows left out because their stage was to be skipped, and those stages' names."""

    rows: int = 0
    stages: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountsData:
    """counts: week, stage, segment, variant, count; spend: week, segment, variant and the
    columns of `money` (spend, revenue) the file carries, or None when it carries neither."""

    counts: pd.DataFrame
    spend: pd.DataFrame | None
    money: tuple[str, ...]
    rows: int
    offsets_dropped: bool = False  # dates with a UTC offset were read as the time written
    skipped: Skipped = dataclasses.field(default_factory=lambda: Skipped())


def check_given(file: Path, given: Mapping[str, str], columns: Sequence[str]) -> None:
    """Refuse a mapping that names a column the file does not have (--map nosuch=week)."""
    for column in given:
        if column not in columns:
            listed = cut(", ".join(columns), 120)
            message = Importing.tr("the file has no such column (its columns: {columns})")
            raise ImportProblem(file, message.format(columns=listed), row=1, column=column)


def check_mapping(file: Path, mapping: Mapping[str, str], columns: Sequence[str]) -> None:
    seen: dict[str, str] = {}
    for column, field in mapping.items():
        if column not in columns:
            message = Importing.tr("the file has no such column")
            raise ImportProblem(file, message, row=1, column=column)
        if list(columns).count(column) > 1:
            message = Importing.tr("two columns have this name")
            raise ImportProblem(file, message, row=1, column=column)
        if field not in FIELDS and not field.startswith(STAGE_PREFIX):
            known = ", ".join(FIELDS)
            message = Importing.tr('"{field}" is not a field ({fields}, stage:NAME)').format(
                field=cut(field), fields=known
            )
            raise ImportProblem(file, message, row=1, column=column)
        if field in seen:
            message = Importing.tr('both this column and "{other}" are mapped to {field}').format(
                other=cut(seen[field]), field=field
            )
            raise ImportProblem(file, message, row=1, column=column)
        seen[field] = column


def missing_fields(mapping: Mapping[str, str], shape: str | None) -> tuple[str, ...]:
    fields = set(mapping.values())
    if shape is None:
        return ()
    required: tuple[str, ...] = REQUIRED[shape]
    if shape == "counts" and any(f.startswith(STAGE_PREFIX) for f in fields):
        required = ("week",)
    return tuple(f for f in required if f not in fields)


def columns_of(mapping: Mapping[str, str]) -> dict[str, str]:
    """field → file column."""
    return {field: column for column, field in mapping.items() if field}


# -- shared checks ---------------------------------------------------------------------------


def _names(frame: pd.DataFrame, file: Path, column: str | None) -> pd.Series:
    """A source or variant column as text ("" where empty), or "" when there is no column."""
    if column is None:
        return pd.Series("", index=frame.index, dtype=object)
    series = frame[column]
    if isinstance(series.dtype, pd.CategoricalDtype):
        series = _stripped(series)
        series = series.cat.add_categories([""]) if "" not in series.cat.categories else series
        long = [c for c in series.cat.categories if len(c) > MAX_NAME]
        series = series.fillna("")
    else:
        series = series.astype(object).where(series.notna(), "").map(str).str.strip()
        long = series[series.str.len() > MAX_NAME].tolist()
    if long:
        row = int(series.index[series == long[0]][0])
        message = Importing.tr("is longer than %n character(s)", None, MAX_NAME)
        raise ImportProblem(file, message, row=row, column=column)
    return series


def choose_date_format(series: pd.Series, date_format: str | None, file: Path, column: str) -> str:
    """The given format, or the only one the values fit; ImportProblem when they fit several."""
    given = values.normalise_format(date_format)
    if given is not None:
        limits.check_date_format(given, file, column)
        return given
    candidates = values.date_candidates(series, file, column)
    if len(candidates) > 1:
        raise ImportProblem(
            file,
            values.ambiguity_message(candidates),
            row=values.first_ambiguous_row(series),
            column=column,
            date_formats=candidates,
        )
    return candidates[0] if candidates else values.ISO


def _stripped(series: pd.Series) -> pd.Series:
    """A column as a categorical without spaces around its values."""
    if not isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype("category")
    names = [str(c).strip() for c in series.cat.categories]
    if len(set(names)) == len(names):
        return series.cat.rename_categories(names)
    return series.astype(object).str.strip().astype("category")  # " Lead" and "Lead" both


def _stages(
    series: pd.Series,
    stages: Sequence[str],
    stage_map: Mapping[str, str],
    file: Path,
    column: str,
    funnel: str,
    skip_unknown: bool = False,
) -> tuple[pd.Series, Skipped]:
    """Each row's funnel stage, as a categorical whose categories are the funnel's stages in
    order, missing on the rows left out (a name mapped to SKIP, or any unknown name when
    `skip_unknown`), and what was left out; ImportProblem at the first row of an empty or
    unknown stage."""
    series = _stripped(series).cat.remove_unused_categories()
    empty = series.isna()
    if empty.any():
        message = Importing.tr("the stage is empty")
        raise ImportProblem(file, message, row=int(empty.idxmax()), column=column)
    matched, unknown = match_stages(series.cat.categories, stages, stage_map)
    mapped = {normalise(name): target for name, target in stage_map.items()}
    wrong = [name for name in unknown if mapped.get(normalise(name))]
    if wrong or (unknown and not skip_unknown):
        first = int(series.index[series.isin(wrong or unknown)][0])
        name = str(series.loc[first])
        listed = cut(", ".join(stages), 150)
        if wrong:
            message = Importing.tr(
                '"{name}" is mapped to "{target}", which is not a stage of the funnel "{funnel}" '
                "({stages})"
            ).format(target=cut(mapped[normalise(name)]))
        else:
            message = Importing.tr(
                '"{name}" is not a stage of the funnel "{funnel}" ({stages}); map it to one'
            )
        message = message.format(name=cut(name), funnel=cut(funnel), stages=listed)
        raise ImportProblem(file, message, row=first, column=column)
    position = {stage: i for i, stage in enumerate(stages)}
    # Several names of the file may be one stage ("Lead", "Leady"): recode, do not rename.
    # A name left out gets code -1, which a categorical reads as missing.
    categories = list(series.cat.categories)
    recode = np.array([position.get(matched.get(c, ""), -1) for c in categories], dtype=np.int64)
    codes = recode[series.cat.codes.to_numpy()]
    result = pd.Categorical.from_codes(codes, categories=list(stages))
    names = tuple(c for c, code in zip(categories, recode, strict=True) if code < 0)
    return pd.Series(result, index=series.index), Skipped(int((codes < 0).sum()), names)


def _duplicates(frame: pd.DataFrame, keys: Sequence[str], file: Path, column: str) -> None:
    repeated = frame.duplicated(list(keys), keep=False)
    if repeated.any():
        rows = frame.index[repeated]
        first_key = frame.loc[rows[0], list(keys)]
        twin = frame.index[(frame[list(keys)] == first_key).all(axis=1)]
        raise ImportProblem(
            file,
            Importing.tr(
                "the same week, stage, source and variant as row {row} (a duplicate)"
            ).format(row=twin[0]),
            row=int(twin[1]),
            column=column,
        )


def _numbers(
    frame: pd.DataFrame, column: str, file: Path, decimal: str, *, whole: bool
) -> pd.Series:
    parsed = values.parse_numbers(frame[column], file, column, default_decimal=decimal)
    values.check_numbers(frame[column], parsed, file, column, whole=whole)
    limits.check_bounds(frame[column], parsed, file, column, whole=whole)
    return parsed


# -- counts ----------------------------------------------------------------------------------


def counts_data(
    info: FileInfo,
    frame: pd.DataFrame,
    mapping: Mapping[str, str],
    *,
    stages: Sequence[str],
    stage_map: Mapping[str, str],
    date_format: str | None,
    week_start: int,
    funnel: str,
    skip_unknown: bool = False,
) -> CountsData:
    file = info.path
    by_field = columns_of(mapping)
    decimal = "," if info.separator == ";" else "."
    week_column = by_field["week"]
    date_format = choose_date_format(frame[week_column], date_format, file, week_column)
    dates = values.parse_dates(frame[week_column], date_format, file, week_column)
    empty = dates.isna()
    if empty.any():
        raise ImportProblem(
            file, Importing.tr("the week is empty"), row=int(empty.idxmax()), column=week_column
        )
    base = pd.DataFrame(
        {
            "date": dates,
            "segment": _names(frame, file, by_field.get("source")),
            "variant": _names(frame, file, by_field.get("variant")),
        },
        index=frame.index,
    )
    wide = {
        f.removeprefix(STAGE_PREFIX): c for f, c in by_field.items() if f.startswith(STAGE_PREFIX)
    }
    skipped = Skipped()
    if wide:
        counts = _wide_counts(frame, base, wide, file, decimal, stages)
    else:
        counts, skipped, left_out = _long_counts(
            frame, base, by_field, file, decimal, stages, stage_map, funnel, skip_unknown
        )
        if len(left_out):  # a row skipped is skipped whole, with any spend written on it
            frame, base = frame.drop(left_out), base.drop(left_out)
    counts["week"] = week_of(counts["date"], week_start)
    counts["stage"] = counts["stage"].astype(str)
    counts = (
        counts.groupby(["week", "stage", "segment", "variant"], observed=True, sort=True)["count"]
        .sum()
        .reset_index()
    )
    limits.check_count_sums(counts, file)
    counts["count"] = counts["count"].astype("int64")
    money = tuple(f for f in ("spend", "revenue") if f in by_field)
    spend = _spend(frame, base, by_field, money, file, decimal, week_start) if money else None
    offsets = date_format == values.ISO and values.has_utc_offsets(frame[week_column])
    return CountsData(
        counts=counts,
        spend=spend,
        money=money,
        rows=len(frame),
        offsets_dropped=offsets,
        skipped=skipped,
    )


def _long_counts(
    frame: pd.DataFrame,
    base: pd.DataFrame,
    by_field: Mapping[str, str],
    file: Path,
    decimal: str,
    stages: Sequence[str],
    stage_map: Mapping[str, str],
    funnel: str,
    skip_unknown: bool,
) -> tuple[pd.DataFrame, Skipped, pd.Index]:
    """The counts of a long file (one row per week, stage, source and variant) without the
    rows of the stages to skip, what was skipped and the skipped rows' index."""
    stage_column, count_column = by_field["stage"], by_field["count"]
    # A row with neither stage nor count may carry spend or revenue alone.
    has_count = frame[stage_column].notna() | frame[count_column].notna()
    names, skipped = _stages(
        frame.loc[has_count, stage_column], stages, stage_map, file, stage_column, funnel,
        skip_unknown,
    )  # fmt: skip
    kept = names.notna()
    part = frame[has_count][kept]
    counts = _numbers(part, count_column, file, decimal, whole=True)
    missing = counts.isna()
    if missing.any():
        raise ImportProblem(
            file, Importing.tr("the count is empty"), row=int(missing.idxmax()), column=count_column
        )
    result = base[has_count][kept].copy()
    result["stage"] = names[kept]
    result["count"] = counts
    _duplicates(result, ["date", "stage", "segment", "variant"], file, stage_column)
    return result, skipped, names.index[names.isna()]


def _wide_counts(
    frame: pd.DataFrame,
    base: pd.DataFrame,
    wide: Mapping[str, str],
    file: Path,
    decimal: str,
    stages: Sequence[str],
) -> pd.DataFrame:
    unknown = [stage for stage in wide if stage not in stages]
    if unknown:
        raise ImportProblem(
            file,
            Importing.tr('"{name}" is not a stage of the funnel').format(name=cut(unknown[0])),
            row=1,
            column=wide[unknown[0]],
        )
    first_column = next(iter(wide.values()))
    _duplicates(base, ["date", "segment", "variant"], file, first_column)
    parts = []
    for stage, column in wide.items():
        counts = _numbers(frame, column, file, decimal, whole=True)
        part = base[counts.notna()].copy()
        part["stage"] = stage
        part["count"] = counts[counts.notna()]
        parts.append(part)
    return pd.concat(parts)


def _spend(
    frame: pd.DataFrame,
    base: pd.DataFrame,
    by_field: Mapping[str, str],
    money: Sequence[str],
    file: Path,
    decimal: str,
    week_start: int,
) -> pd.DataFrame:
    """Spend and revenue per week × source × variant, one amount per date.

    A CRM export writes a date's amount on every row of its stages, or on one of them with 0
    or nothing on the others: both read as that amount. Two amounts other than 0 that differ
    are refused, naming both rows.
    """
    result = base.copy()
    for field in money:
        column = by_field[field]
        result[field] = _numbers(frame, column, file, decimal, whole=False)
        _one_amount(result, frame[column], field, file, column)
    fields = list(money)
    written = result.groupby(DATE_KEYS, observed=True)[fields].first()  # 0 where only 0 is
    nonzero = result.assign(**{f: result[f].where(result[f] != 0) for f in fields})
    per_date = nonzero.groupby(DATE_KEYS, observed=True)[fields].first().fillna(written)
    per_date = per_date.reset_index()
    per_date["week"] = week_of(per_date["date"], week_start)
    spend = per_date.groupby(list(KEYS), observed=True)[fields].sum(min_count=1)
    return spend.reset_index()


def _one_amount(
    result: pd.DataFrame, written: pd.Series, field: str, file: Path, column: str
) -> None:
    """ImportProblem at the first row whose amount other than 0 differs from the first such
    amount of its date, source and variant."""
    given = result[result[field].fillna(0) != 0]
    groups = given.groupby(DATE_KEYS, observed=True)
    differs = given[field] != groups[field].transform("first")
    if not differs.any():
        return
    other = differs.idxmax()  # the first row of the file that contradicts an earlier one
    group = groups.ngroup()
    first = group.index[group == group[other]][0]
    raise ImportProblem(
        file,
        Importing.tr(
            "{field} {value} here but {first_value} in row {first_row} for the same week, source "
            "and variant; write it on one row (0 or empty on the others) or the same on each"
        ).format(
            field=field,
            value=_as_written(written[other]),
            first_value=_as_written(written[first]),
            first_row=first,
        ),
        row=int(other),
        column=column,
    )


def _as_written(value: object) -> str:
    """A cell as the file shows it: "120,00" as it is, a number read as 7.0 as "7"."""
    if isinstance(value, float | np.floating) and np.isfinite(value):
        return cut(np.format_float_positional(float(value), trim="-"))
    return cut(str(value).strip())


def category_columns(mapping: Mapping[str, str]) -> list[str]:
    """Columns worth reading as categories: few distinct values over many rows.

    Not lead ids: pandas sorts a category's values, which for hundreds of thousands of
    distinct ids costs more than the rest of reading the file.
    """
    repeated = {"stage", "source", "variant", "week"}
    return [column for column, field in mapping.items() if field in repeated]


def number_columns(mapping: Mapping[str, str]) -> list[str]:
    numeric = {"count", "spend", "revenue"}
    return [c for c, f in mapping.items() if f in numeric or f.startswith(STAGE_PREFIX)]


def resolve_shape(
    shape: str | None, guessed: str | None, file: Path, mapping: Mapping[str, str] | None = None
) -> str:
    chosen = shape or guessed
    fields = set((mapping or {}).values())
    if chosen is None and {"week", "stage"} <= fields and not fields & {"lead_id", "timestamp"}:
        raise ImportProblem(
            file,
            Importing.tr(
                "no column holds the counts (how many reached each stage in the week); map one "
                "to count"
            ),
            row=1,
        )
    if chosen not in SHAPES:
        raise ImportProblem(
            file,
            Importing.tr(
                "cannot tell weekly counts (week, stage, count) from raw events (lead id, time, "
                "stage) by the column names; map the columns"
            ),
            row=1,
        )
    return chosen
