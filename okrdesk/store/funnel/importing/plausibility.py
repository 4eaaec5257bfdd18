"""Numbers that may be meant but look wrong: imported, with a warning in the summary.

- more people at a stage than at the stage before it, in one week, source and variant of a
  weekly counts file (500 deals from 100 visits): activity from raw events may rightly show
  that (a deal this week from a visit last week), so events are not checked;
- weeks more than FUTURE_WEEKS weeks after today (a typo in the year, or a plan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from okrdesk.store.funnel.importing.model import ImportWarning

FUTURE_WEEKS = 8


def stage_warnings(counts: pd.DataFrame, stages: Sequence[str]) -> list[ImportWarning]:
    """The first week, source and variant where a stage has more people than the stage before
    it that the file gives, and how many such cases there are.

    `counts` has the columns week, stage (a name of `stages`), segment, variant and count.
    """
    if counts.empty:
        return []
    position = {stage: i for i, stage in enumerate(stages)}
    frame = counts.assign(position=counts["stage"].map(position)).dropna(subset=["position"])
    frame = frame.sort_values(["week", "segment", "variant", "position"], kind="stable")
    keys = ["week", "segment", "variant"]
    previous = frame.groupby(keys, observed=True, sort=False)[["stage", "count"]].shift(1)
    larger = previous["count"].notna() & (frame["count"] > previous["count"])
    if not larger.any():
        return []
    first = larger.idxmax()
    row = frame.loc[first]
    return [
        ImportWarning(
            kind="later_stage_larger",
            week=pd.Timestamp(row["week"]).date(),
            cases=int(larger.sum()),
            stage=str(row["stage"]),
            count=int(row["count"]),
            previous_stage=str(previous.loc[first, "stage"]),
            previous_count=int(previous.loc[first, "count"]),
            segment=str(row["segment"]),
            variant=str(row["variant"]),
        )
    ]


def future_warnings(weeks: Sequence[dt.date], today: dt.date) -> list[ImportWarning]:
    """The weeks that start more than FUTURE_WEEKS weeks after `today`."""
    horizon = today + dt.timedelta(weeks=FUTURE_WEEKS)
    future = sorted(week for week in weeks if week > horizon)
    if not future:
        return []
    return [ImportWarning(kind="future_weeks", week=future[0], cases=len(future), today=today)]
