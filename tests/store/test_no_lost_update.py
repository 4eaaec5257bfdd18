"""Two client processes update the same key result and check it in, interleaved: every save
either lands or is reported as a conflict, and none is lost (counted on the server)."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.okr import commands
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import rows
from tests.store.lost_update_client import run_client

ROUNDS = 500  # per client: 1,000 saves of the key result and 1,000 check-ins in all
DAY = dt.date(2026, 11, 23)


def _key_result(address: object) -> int:
    workspace = open_workspace(address)
    try:
        with workspace.session() as session, session.begin():
            cycle = create_cycle(session, "Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31))
            objective = commands.create_objective(
                session, cycle, ObjectiveValues("Grow", "team", None, None, None)
            )
            values = KeyResultValues("Grow MRR", "increase", "number", 0, 1000, cost=0.0)
            return commands.create_key_result(session, objective, values)
    finally:
        workspace.close()


@pytest.mark.once
def test_two_clients_lose_no_update_on_postgresql(pg_server) -> None:
    address = workspace_address(pg_server.new_database())
    try:
        key_result = _key_result(address)
        context = multiprocessing.get_context("spawn")
        barrier, results = context.Barrier(2), context.Queue()
        clients = [
            context.Process(
                target=run_client,
                args=(str(address), key_result, DAY, ROUNDS, barrier, results),
            )
            for _ in range(2)
        ]
        for client in clients:
            client.start()
        reports = [results.get(timeout=300) for _ in clients]
        for client in clients:
            client.join(timeout=60)

        assert [report["error"] for report in reports] == ["", ""]
        for kind in ("kr", "checkin"):
            landed = sum(report[kind][0] for report in reports)
            conflicts = sum(report[kind][1] for report in reports)
            assert landed + conflicts == 2 * ROUNDS  # every save landed or was told apart
            assert landed == ROUNDS  # one of the two each round: both read the same version
        # Counted on the server: every landed save is there, none overwrote another.
        assert rows(address, "SELECT cost, version FROM key_results WHERE id = ?", key_result) == [
            (float(ROUNDS), 1 + ROUNDS)
        ]
        assert rows(
            address,
            "SELECT value FROM checkins WHERE key_result_id = ? AND checked_on = ?",
            key_result,
            DAY.isoformat(),
        ) == [(float(ROUNDS),)]
    finally:
        pg_server.drop_database(str(address))
