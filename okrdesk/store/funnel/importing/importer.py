"""The import's two public steps: `preview` a file, then `import_file` it in one transaction.

The wizard, a file dropped on the window and `okrdesk import` all go through these.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from okrdesk.domain import funnel_leads
from okrdesk.domain.text import Text
from okrdesk.store.cleaning import MAX_MESSAGE, cut
from okrdesk.store.errors import ImportCancelled, ImportProblem
from okrdesk.store.funnel.definitions import (
    DEFAULT_STAGES,
    create_funnel,
    rename_funnel,
    untouched_default_funnel,
)
from okrdesk.store.funnel.importing import (
    buckets,
    event_rows,
    event_writes,
    leads,
    plausibility,
    shapes,
    values,
)
from okrdesk.store.funnel.importing.headers import (
    SKIP,
    STAGE_PREFIX,
    guess_mapping,
    guess_shape,
    match_stages,
    stage_in,
)
from okrdesk.store.funnel.importing.model import (
    Cancelled,
    ImportOptions,
    ImportPreview,
    ImportResult,
    ImportWarning,
    Progress,
)
from okrdesk.store.funnel.importing.reading import (
    FileInfo,
    read_chunks,
    read_table,
    rows_guessed,
    sniff,
)
from okrdesk.store.funnel.importing.writing import (
    KIND_OF_SHAPE,
    Writes,
    find_funnel,
    stage_ids,
    write,
)
from okrdesk.store.words import Importing
from okrdesk.store.workspace.settings import read_settings

STEPS = 6
PREVIEW_STEPS = 3

# What runs in the import's transaction after the counts are written: the check-ins it made.
AfterWrite = Callable[[Session, int, int], int]


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No library warning (openpyxl's about styles, pandas' about dtypes) reaches stderr:
    whatever is wrong with a file is said once, in ImportProblem's one line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _engine(target: object) -> Engine:
    engine = getattr(target, "engine", target)
    if not isinstance(engine, Engine):
        raise TypeError("import_file needs a Workspace or an Engine")
    return engine


def effective_mapping(
    columns: Sequence[str],
    given: Mapping[str, str],
    stages: Sequence[str],
    stage_map: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The guessed mapping, overridden by the given one ("" ignores a column)."""
    guessed = guess_mapping(columns, stages)
    for column, target in (stage_map or {}).items():  # a wide column named as the file names it
        stage = stage_in(target, stages)
        if column in columns and column not in given and stage is not None:
            guessed[column] = f"{STAGE_PREFIX}{stage}"
        elif column in columns and column not in given and target == SKIP:
            guessed.pop(column, None)
    given_fields = {field for field in given.values() if field}
    mapping = {c: f for c, f in guessed.items() if c not in given and f not in given_fields}
    mapping.update({c: f for c, f in given.items() if f})
    return {c: mapping[c] for c in columns if c in mapping}  # in the file's order


def _funnel_stages(target: object | None, funnel: str) -> tuple[int | None, tuple[str, ...]]:
    if target is None:
        return None, DEFAULT_STAGES
    if isinstance(target, Connection | Session):
        funnel_id, stages = find_funnel(target, funnel)
    else:
        with _engine(target).connect() as connection:
            funnel_id, stages = find_funnel(connection, funnel)
    return funnel_id, (stages if funnel_id is not None else DEFAULT_STAGES)


class _Steps:
    """Progress by steps; with `scale`, in hundredths of a step while a file is read."""

    def __init__(
        self,
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int = STEPS,
        scale: int = 1,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._total = total
        self._scale = scale
        self._last = 0.0

    def done(self, step: float) -> None:
        """Progress up to `step` (a fraction between two steps with a `scale`)."""
        self._last = step
        if self._progress is not None:
            self._progress(round(step * self._scale), self._total * self._scale)
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled

    def again(self) -> None:
        """The progress as it is, and a chance to cancel."""
        self.done(self._last)

    def reading(self, share: float) -> None:
        """A share of the file read and checked: steps 1 to 3 are reading it."""
        self.done(1 + 2 * share)

    def writing(self, share: float) -> None:
        """A share of the rows written: step 5 is writing them."""
        self.done(4 + share)


# -- preview ---------------------------------------------------------------------------------


def preview(
    path: Path | str,
    options: ImportOptions,
    workspace: object | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview | None:
    """How the file would be read; ImportProblem when it cannot be read at all, None when
    cancelled.

    `workspace` (a Workspace, Engine, Connection or Session) gives the funnel's stages; without
    it the default stages are assumed. Reading the stage and date columns of a large file
    takes a moment: `progress(done, total)` and `cancelled()` are called between the steps.
    """
    steps = _Steps(progress, cancelled, total=PREVIEW_STEPS)
    try:
        with _quiet():
            return _preview(Path(path), options, workspace, steps)
    except ImportCancelled:
        return None
    except (ImportProblem, OSError):
        raise
    except Exception as error:  # as in _read: a file never ends in a traceback
        raise _unforeseen(Path(path), error) from error


def _preview(
    path: Path, options: ImportOptions, workspace: object | None, steps: _Steps
) -> ImportPreview:
    info = sniff(path, encoding=options.encoding, separator=options.separator, sheet=options.sheet)
    steps.done(1)
    funnel_id, stages = _funnel_stages(workspace, options.funnel)
    shapes.check_given(info.path, options.mapping, info.columns)
    mapping = effective_mapping(info.columns, options.mapping, stages, options.stage_map)
    shapes.check_mapping(info.path, mapping, info.columns)
    shape = options.shape or guess_shape(mapping)
    by_field = shapes.columns_of(mapping)
    unknown: list[str] = []
    date_format = values.normalise_format(options.date_format)
    ambiguous: tuple[str, ...] = ()
    problem: Text | None = None
    wanted = [by_field[f] for f in ("stage", "week", "timestamp") if f in by_field]
    if wanted:
        frame: pd.DataFrame | None = None  # the first part: dates are judged on it, as on import
        names: dict[str, None] = {}
        for part in read_chunks(info, wanted, categories=[by_field.get("stage", "")]):
            frame = part if frame is None else frame
            if "stage" in by_field:
                found = part[by_field["stage"]].dropna().astype(str).str.strip().unique()
                names.update(dict.fromkeys(found))
        assert frame is not None
        steps.done(2)
        if "stage" in by_field:
            _matched, unknown = match_stages(list(names), stages, options.stage_map)
        date_field = "timestamp" if shape == "events" else "week"
        if date_field in by_field and date_format is None:
            column = by_field[date_field]
            try:
                candidates = values.date_candidates(frame[column], info.path, column)
            except ImportProblem as error:  # the preview still shows the file, and says why
                candidates, problem = (), error.text
            if len(candidates) == 1:
                date_format = candidates[0]
            ambiguous = candidates if len(candidates) > 1 else ()
    if shape == "counts" and "stage" not in by_field:
        unknown = _unmapped_number_columns(info, mapping)
    steps.done(PREVIEW_STEPS)
    return ImportPreview(
        file_name=info.path.name,
        sha256=info.sha256,
        kind=info.kind,
        encoding=info.encoding,
        separator=info.separator,
        sheet=info.sheet,
        sheets=info.sheets,
        shape=shape,
        columns=info.columns,
        mapping=mapping,
        rows=info.rows,
        funnel_exists=funnel_id is not None,
        stages=stages,
        missing=shapes.missing_fields(mapping, shape),
        unknown_stages=tuple(unknown),
        date_format=date_format,
        ambiguous_dates=ambiguous,
        problem=problem,
    )


def _unmapped_number_columns(info: FileInfo, mapping: Mapping[str, str]) -> list[str]:
    """Columns of a wide file that hold numbers but match no stage: stages to map by hand."""
    found = []
    for i, column in enumerate(info.columns):
        cells = [row[i] for row in info.rows if i < len(row) and row[i].strip()]
        numeric = all(any(ch.isdigit() for ch in c) and not c[:1].isalpha() for c in cells)
        if column not in mapping and cells and numeric:
            found.append(column)
    return found


# -- importing -------------------------------------------------------------------------------


def _dates(series: pd.Series) -> list[dt.date]:
    return sorted({ts.date() for ts in pd.to_datetime(series.drop_duplicates())})


def _counts_writes(data: shapes.CountsData, stage_of: Mapping[str, int]) -> Writes:
    counts = data.counts.rename(columns={"week": "week_start"})
    counts["stage_id"] = counts.pop("stage").map(stage_of)
    tables = {"funnel_counts": counts}
    weeks = set(_dates(data.counts["week"]))
    if data.spend is not None:
        spend = data.spend.rename(columns={"week": "week_start"})
        tables["funnel_spend"] = spend
        weeks |= set(_dates(data.spend["week"]))
    # Weeks a file of counts replaces are no longer the raw events' weeks: forget those too.
    tables[leads.TABLE] = pd.DataFrame({c: [] for c in leads.COLUMNS})
    return Writes(weeks=tuple(sorted(weeks)), tables=tables, money=data.money)


def _ensure_funnel(session: Session, name: str) -> tuple[int, bool]:
    """The funnel called `name` and whether it was created for the import.

    A new workspace's default funnel, while untouched, is taken over (renamed to `name`)
    rather than left empty beside a second funnel with the same stages; it was not created.
    """
    funnel_id, _stages = find_funnel(session, name)
    if funnel_id is not None:
        return funnel_id, False
    default_id = untouched_default_funnel(session)
    if default_id is not None:
        rename_funnel(session, default_id, name)
        return default_id, False
    return create_funnel(session, name, DEFAULT_STAGES), True


def import_file(
    target: object,
    path: Path | str,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
    after_write: AfterWrite | None = None,
) -> ImportResult | None:
    """Import a file into a funnel, all or nothing; None when cancelled (nothing written).

    `target` is a Workspace or an Engine. ImportProblem names the file, row and column of the
    first problem; nothing is written then either. `today` (default: the date today) is what
    weeks far in the future are warned about against. `after_write(session, funnel_id,
    batch_id)` runs inside the import's transaction once the counts are written and returns
    how many check-ins it recorded; okrdesk.store.bindings.import_file passes the one that
    checks in the key results bound to the funnel.
    """
    engine = _engine(target)
    steps = _Steps(progress, cancelled, scale=100)
    try:
        with _quiet():
            return _import(
                engine, Path(path), options, steps, today or dt.date.today(), after_write
            )
    except ImportCancelled:
        return None


def _read(
    path: Path,
    options: ImportOptions,
    stages: Sequence[str],
    week_start: int,
    steps: _Steps,
    scratch: Path,
) -> tuple[FileInfo, str, shapes.CountsData | event_rows.EventsData | buckets.Spilled]:
    """The file read and checked against the funnel's stages: (its info, shape, data).

    Whatever a file holds, reading it ends in data or in ImportProblem: an error no check
    foresaw is reported as the file's too, on one line, rather than as a traceback.
    """
    try:
        return _read_checked(path, options, stages, week_start, steps, scratch)
    except (ImportProblem, ImportCancelled):
        raise
    except Exception as error:  # the last line of defence, see above
        raise _unforeseen(path, error) from error


def _unforeseen(path: Path, error: Exception) -> ImportProblem:
    first = (str(error).strip().splitlines() or [""])[0]
    detail = f"{type(error).__name__}: {first}" if first else type(error).__name__
    return ImportProblem(
        path, Importing.tr("cannot be imported ({detail})").format(detail=cut(detail, MAX_MESSAGE))
    )


def _read_checked(
    path: Path,
    options: ImportOptions,
    stages: Sequence[str],
    week_start: int,
    steps: _Steps,
    scratch: Path,
) -> tuple[FileInfo, str, shapes.CountsData | event_rows.EventsData | buckets.Spilled]:
    info = sniff(path, encoding=options.encoding, separator=options.separator, sheet=options.sheet)
    shapes.check_given(path, options.mapping, info.columns)
    mapping = effective_mapping(info.columns, options.mapping, stages, options.stage_map)
    shapes.check_mapping(path, mapping, info.columns)
    shape = shapes.resolve_shape(options.shape, guess_shape(mapping), path, mapping)
    missing = shapes.missing_fields(mapping, shape)
    if missing:
        message = Importing.tr("no column is mapped to {field}; map one").format(field=missing[0])
        raise ImportProblem(path, message, row=1)
    steps.done(1)
    common: dict[str, Any] = {
        "stages": stages,
        "stage_map": options.stage_map,
        "date_format": options.date_format,
        "skip_unknown": options.skip_unknown_stages,
        "funnel": options.funnel,
    }
    data: shapes.CountsData | event_rows.EventsData | buckets.Spilled
    if shape == "events":  # read and checked part by part: the file may be large
        frames = read_chunks(info, list(mapping), shapes.category_columns(mapping), steps.reading)
        data = buckets.read_events(
            event_rows.events_parts(info, frames, mapping, **common),
            "revenue" in shapes.columns_of(mapping),
            rows_guessed(info.path),
            scratch,
            week_start,
            lambda held: event_rows.combined(info, held, mapping),
            steps.again,
        )
    else:
        frame = read_table(
            info, list(mapping), shapes.category_columns(mapping), shapes.number_columns(mapping)
        )
        if frame.empty:
            raise ImportProblem(path, Importing.tr("the file has no data rows"), row=2)
        steps.done(2)
        data = shapes.counts_data(info, frame, mapping, **common, week_start=week_start)
    steps.done(3)
    return info, shape, data


def _warnings(
    data: shapes.CountsData | event_rows.EventsData | buckets.Spilled,
    stage_of: Mapping[str, int],
    weeks: Sequence[dt.date],
    today: dt.date,
) -> tuple[ImportWarning, ...]:
    found = plausibility.future_warnings(weeks, today)
    if isinstance(data, shapes.CountsData):
        found = plausibility.stage_warnings(data.counts, list(stage_of)) + found
    return tuple(found)


def _import(
    engine: Engine,
    path: Path,
    options: ImportOptions,
    steps: _Steps,
    today: dt.date,
    after_write: AfterWrite | None,
) -> ImportResult:
    with engine.connect() as connection:
        settings = read_settings(connection)
        funnel_id, stages = find_funnel(connection, options.funnel)
    stages = stages if funnel_id is not None else DEFAULT_STAGES
    # A scratch file held open by another program (a virus scanner) must not fail an
    # import that is committed already.
    with tempfile.TemporaryDirectory(
        prefix="okrdesk-import-", ignore_cleanup_errors=True
    ) as scratch:
        return _import_from(
            engine, path, options, steps, today, after_write, settings, stages, Path(scratch)
        )


def _import_from(
    engine: Engine,
    path: Path,
    options: ImportOptions,
    steps: _Steps,
    today: dt.date,
    after_write: AfterWrite | None,
    settings: Any,
    stages: Sequence[str],
    scratch: Path,
) -> ImportResult:
    info, shape, data = _read(path, options, stages, settings.week_start, steps, scratch)
    summary = None
    if isinstance(data, event_rows.EventsData):
        # Summarised before the transaction, and the events let go: they are the largest
        # thing an import holds, and nothing after the summary needs them.
        summary = funnel_leads.summarise(data.events, settings.week_start)
        data = data.without_events()
        steps.done(3.5)

    with Session(engine, expire_on_commit=False) as session, session.begin():
        funnel_id, created = _ensure_funnel(session, options.funnel)
        stage_of = stage_ids(session, funnel_id)
        batch = {
            "file_name": path.name,
            "sha256": info.sha256,
            "kind": KIND_OF_SHAPE[shape],
            "row_count": data.rows,
        }
        if isinstance(data, buckets.Spilled):
            try:
                writes, batch_id, replaced = event_writes.spilled_writes(
                    session, funnel_id, data, stages, stage_of, settings, batch, steps.done
                )
            except OSError as error:  # the scratch folder's disk full, say: said, not raised
                raise _unforeseen(path, error) from error
        elif isinstance(data, shapes.CountsData):
            writes = _counts_writes(data, stage_of)
            steps.done(4)
        else:
            assert summary is not None
            writes = event_writes.events_writes(
                session,
                funnel_id,
                data,
                summary,
                stages,
                stage_of,
                settings.week_start,
                settings.conversion_window_days,
                steps.done,
            )
        if not writes.weeks:
            raise ImportProblem(path, Importing.tr("the file has no counts to import"), row=2)
        if not isinstance(data, buckets.Spilled):
            batch_id, replaced = write(session, funnel_id, batch, writes, steps.writing)
        steps.done(5)
        checkins = 0 if after_write is None else after_write(session, funnel_id, batch_id)
        steps.done(6)  # the last chance to cancel: the transaction is not committed yet
    return ImportResult(
        batch_id=batch_id,
        funnel_id=funnel_id,
        funnel_created=created,
        shape=shape,
        file_name=path.name,
        rows=data.rows,
        first_week=min(writes.weeks),
        last_week=max(writes.weeks),
        weeks=len(writes.weeks),
        replaced=replaced,
        checkins=checkins,
        utc_offsets_dropped=data.offsets_dropped,
        recounted=len(set(writes.touched) - set(writes.weeks)),
        warnings=_warnings(data, stage_of, writes.weeks, today),
        skipped_rows=data.skipped.rows,
        skipped_stages=data.skipped.stages,
    )
