"""A raw-event import on a server (written with COPY) gives exactly the funnel tables the same
import gives in a file; an import refused at its last step leaves the server's tables as they
were; the other clients hear the import."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from okrdesk.store.funnel.importing import ImportOptions, import_file
from okrdesk.store.funnel.importing.writing import TABLES
from okrdesk.store.schema import FunnelStage, ImportBatch
from okrdesk.store.workspace import live, notify
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import Workspace, open_workspace
from tests.bench.event_files import write_events

# More lead-weeks than one chunk of writing.INSERT_CHUNK, so that COPY runs more than once.
EVENTS = 120_000
OPTIONS = ImportOptions(funnel="Inbound", shape="events")


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("events") / "events.csv"
    write_events(path, EVENTS)
    return path


@pytest.fixture(scope="module")
def few_events(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("events") / "few.csv"
    write_events(path, 5_000)
    return path


@pytest.fixture
def server_url(pg_server) -> Iterator[str]:
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def server_ws(server_url) -> Iterator[Workspace]:
    workspace = open_workspace(workspace_address(server_url))
    yield workspace
    workspace.close()


@pytest.fixture
def file_ws(tmp_path, new_workspace_file) -> Iterator[Workspace]:
    workspace = open_workspace(new_workspace_file(tmp_path / "team.okrdesk", "Team"))
    yield workspace
    workspace.close()


def funnel_tables(workspace: Workspace) -> dict[str, list[tuple]]:
    """Every row of the funnel tables (stages by name, no ids), sorted; and the stages."""
    found: dict[str, list[tuple]] = {}
    with workspace.session() as session:
        stages = session.execute(
            select(FunnelStage.funnel_id, FunnelStage.id, FunnelStage.name).order_by(FunnelStage.id)
        )
        found["stages"] = [tuple(row) for row in stages]
        for table, (model, _date) in TABLES.items():
            columns = [c for c in model.__table__.columns if c.name != "id"]
            rows = session.execute(select(*columns))
            found[table] = sorted((tuple(row) for row in rows), key=repr)
    return found


@pytest.mark.once
def test_a_big_import_on_the_server_writes_what_it_writes_in_a_file(
    events, server_ws, file_ws
) -> None:
    on_file = import_file(file_ws, events, OPTIONS)
    on_server = import_file(server_ws, events, OPTIONS)
    assert on_file is not None and on_server is not None
    assert on_server.rows == on_file.rows > 100_000
    in_file = funnel_tables(file_ws)
    assert len(in_file["funnel_lead_weeks"]) > 50_000
    assert all(in_file[table] for table in TABLES)
    assert funnel_tables(server_ws) == in_file


def test_an_import_refused_at_its_last_step_leaves_the_server_as_it_was(
    few_events, server_url, server_ws, monkeypatch
) -> None:
    listener = live.Listener(workspace_address(server_url))
    listener.connect()
    try:
        # The first import of a new workspace deletes nothing: the tables it names, it wrote
        # with COPY alone.
        monkeypatch.setattr(notify, "CLIENT", "another-client")  # heard as another client's
        assert import_file(server_ws, few_events, OPTIONS) is not None
        monkeypatch.undo()
        notice = _heard(listener)
        assert {"funnel_lead_weeks", "funnel_counts", "import_batches"} <= notice.tables
        assert notice.changes[0].kind == notify.IMPORT
        before = funnel_tables(server_ws)
        written: list[int] = []

        def after_write(_session, _funnel_id, batch_id) -> int:
            written.append(batch_id)
            return 0

        refused = import_file(
            server_ws, few_events, OPTIONS, cancelled=lambda: bool(written), after_write=after_write
        )
        assert refused is None and written  # cancelled once everything was written
        assert funnel_tables(server_ws) == before
        with server_ws.session() as session:
            assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
        assert listener.wait(0.3) == []  # a rolled-back import is not heard
    finally:
        listener.close()


def _heard(listener: live.Listener, deadline: float = 10.0) -> live.Notice:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        found = listener.wait(0.2)
        if found:
            return found[0]
    raise AssertionError("no notice heard")
