"""One client of the no-lost-update test (test_no_lost_update.py), run in a process of its own.

Each round it reads the key result and its check-in of the day as a screen would, waits until
the other client has read too, then saves the key result's cost + 1 and the check-in's value
+ 1, each with the version it read, and waits until the other has saved. Both read the same
state, so in every round exactly one save of each kind lands and the other is a conflict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.okr import commands
from okrdesk.store.okr.checkins import CheckInValues, SeenDay, stored_checkin, write_checkin
from okrdesk.store.schema import KeyResult
from okrdesk.store.versions import ConflictError
from okrdesk.store.workspace.files import open_workspace

WAIT = 60.0  # seconds a client waits for the other before giving up (it died)


def run_client(
    address: str, key_result_id: int, day: dt.date, rounds: int, barrier: Any, results: Any
) -> None:
    """Play `rounds` rounds; put {"kr": (landed, conflicts), "checkin": (…), "error": …}."""
    counts = {"kr": [0, 0], "checkin": [0, 0]}
    error = ""
    workspace = open_workspace(address)
    try:
        for _ in range(rounds):
            with workspace.session() as session:
                row = (
                    session.execute(
                        select(KeyResult.__table__).where(KeyResult.id == key_result_id)
                    )
                    .mappings()
                    .one()
                )
                stored = stored_checkin(session, key_result_id, day)
            values = KeyResultValues(**{f: row[f] for f in KeyResultValues.__dataclass_fields__})
            cost = (row["cost"] or 0.0) + 1
            value = (stored.values.value if stored else 0.0) + 1
            barrier.wait(WAIT)
            try:
                with workspace.session() as session, session.begin():
                    commands.edit_key_result(
                        session,
                        key_result_id,
                        dataclasses.replace(values, cost=cost),
                        seen_version=row["version"],
                    )
                counts["kr"][0] += 1
            except ConflictError:
                counts["kr"][1] += 1
            try:
                with workspace.session() as session, session.begin():
                    checkin = CheckInValues(key_result_id, day, value)
                    write_checkin(session, checkin, seen=SeenDay.of(stored))
                counts["checkin"][0] += 1
            except ConflictError:
                counts["checkin"][1] += 1
            barrier.wait(WAIT)
    except BaseException as failure:  # reported to the test, which fails on it
        error = f"{type(failure).__name__}: {failure}"
        barrier.abort()
    finally:
        workspace.close()
        results.put(
            {"kr": tuple(counts["kr"]), "checkin": tuple(counts["checkin"]), "error": error}
        )
