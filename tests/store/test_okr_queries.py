"""Reading a cycle's OKRs back from a real demo workspace."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from okrdesk.store.okr.queries import cycle_objectives, key_result_rows, list_cycles
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.helpers import rows


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory) -> Path:
    """A copy of the demo for this module's reads."""
    path = tmp_path_factory.mktemp("okr") / "demo.okrdesk"
    shutil.copyfile(demo_file, path)
    return path


def test_cycles_newest_first_with_their_state(demo):
    workspace = open_workspace(demo)
    with workspace.engine.connect() as connection:
        cycles = list_cycles(connection)
    workspace.close()
    assert [c.name for c in cycles] == ["2026 Q4", "2026 Q3"]
    assert [c.closed for c in cycles] == [False, True]
    assert cycles[0].start_date == dt.date(2026, 10, 1)


def test_objectives_carry_their_key_results_and_latest_check_ins(demo):
    workspace = open_workspace(demo)
    with workspace.engine.connect() as connection:
        current = list_cycles(connection)[0]
        objectives = cycle_objectives(connection, current.id)
    workspace.close()

    expected = rows(
        demo, "SELECT id FROM objectives WHERE cycle_id = ? ORDER BY position, id", current.id
    )
    assert [o.id for o in objectives] == [row[0] for row in expected]
    key_results = [kr for o in objectives for kr in o.key_results]
    assert (
        len(key_results)
        == rows(
            demo,
            "SELECT COUNT(*) FROM key_results k JOIN objectives o ON k.objective_id = o.id "
            "WHERE o.cycle_id = ?",
            current.id,
        )[0][0]
    )
    for kr in key_results:
        latest = rows(
            demo,
            "SELECT value, confidence, checked_on FROM checkins WHERE key_result_id = ? "
            "ORDER BY checked_on DESC LIMIT 1",
            kr.id,
        )
        if latest:
            value, confidence, day = latest[0]
            assert (kr.current, kr.confidence, kr.last_checkin) == (
                value,
                confidence,
                dt.date.fromisoformat(day),
            )
        else:
            assert (kr.current, kr.confidence, kr.last_checkin) == (None, None, None)
    for objective in objectives:
        positions = [kr.position for kr in objective.key_results]
        assert positions == sorted(positions)
    aligned = [o for o in objectives if o.parent_id is not None]
    assert aligned and all(o.team_name for o in aligned)
    assert all(kr.owner_name for kr in key_results)


def test_a_few_key_results_read_as_their_cycle_reads_them(demo):
    workspace = open_workspace(demo)
    with workspace.engine.connect() as connection:
        cycles = list_cycles(connection)
        in_cycles = [
            kr for c in cycles for o in cycle_objectives(connection, c.id) for kr in o.key_results
        ]
        chosen = [in_cycles[0], in_cycles[3], in_cycles[-1]]  # of both cycles
        read = key_result_rows(connection, [kr.id for kr in chosen] + [kr.id for kr in chosen])
    workspace.close()
    assert any(kr.current is not None for kr in chosen)
    assert sorted(read, key=lambda kr: kr.id) == sorted(chosen, key=lambda kr: kr.id)


def test_an_empty_cycle_has_no_objectives(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    with workspace.engine.connect() as connection:
        assert list_cycles(connection) == []
        assert cycle_objectives(connection, 1) == []
    workspace.close()
