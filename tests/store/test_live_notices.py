"""Another client hears a team workspace's committed changes (PostgreSQL LISTEN/NOTIFY): one
notice per transaction, sent with it, so that a rolled-back write is never heard; it names the
kind of change, its row and its author as the author columns record them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.schema import KeyResult, Person
from okrdesk.store.workspace import live, notify
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import DEMO_DAY


@pytest.fixture(scope="module")
def demo_url(pg_server) -> Iterator[str]:
    url = pg_server.new_database("okrdesk_demo")
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def listener(demo_url: str) -> Iterator[live.Listener]:
    listening = live.Listener(workspace_address(demo_url))
    listening.connect()
    yield listening
    listening.close()


def _heard(listener: live.Listener, deadline: float = 5.0) -> list[live.Notice]:
    """What the listener hears within the deadline, until it first hears something."""
    import time

    end = time.monotonic() + deadline
    while time.monotonic() < end:
        found = listener.wait(0.2)
        if found:
            return found
    return []


def _as_another_client(monkeypatch) -> None:
    """What this process sends from now on comes from another client than the listener's."""
    monkeypatch.setattr(notify, "CLIENT", "another-client")


def _kr_and_person(workspace) -> tuple[int, str, int, str]:
    with workspace.session() as session:
        kr = session.scalars(select(KeyResult).order_by(KeyResult.id)).first()
        person = session.scalars(select(Person).order_by(Person.id)).first()
        return kr.id, kr.title, person.id, person.name


def test_a_committed_check_in_is_heard_with_its_key_result_and_author(
    demo_url, listener, monkeypatch
) -> None:
    workspace = open_workspace(workspace_address(demo_url))
    try:
        kr_id, title, person_id, name = _kr_and_person(workspace)
        _as_another_client(monkeypatch)
        with workspace.session() as session, session.begin():
            values = CheckInValues(kr_id, DEMO_DAY, 42.0, 7, "from the other desk")
            record_checkin(session, values, author_id=person_id)
        monkeypatch.undo()

        (notice,) = _heard(listener)
        assert "checkins" in notice.tables
        assert notice.changes == (notify.Change(notify.CHECKIN, kr_id, person_id),)
        with workspace.engine.connect() as connection:
            described = live.describe(connection, notice)
        assert (described.kind, described.subjects, described.author) == (
            notify.CHECKIN,
            (title,),
            name,
        )
    finally:
        workspace.close()


def test_a_rolled_back_write_is_never_heard_and_own_notices_are_not_news(
    demo_url, listener, monkeypatch
) -> None:
    workspace = open_workspace(workspace_address(demo_url))
    try:
        kr_id, _title, _person, _name = _kr_and_person(workspace)
        _as_another_client(monkeypatch)
        with pytest.raises(RuntimeError), workspace.session() as session, session.begin():
            record_checkin(session, CheckInValues(kr_id, DEMO_DAY, 1.0, 5, "dropped"))
            raise RuntimeError("the user's action failed half-way")
        assert _heard(listener, deadline=1.0) == []

        monkeypatch.undo()  # this process's own check-in: the listener hears nothing
        with workspace.session() as session, session.begin():
            record_checkin(session, CheckInValues(kr_id, DEMO_DAY, 2.0, 5, "mine"))
        assert _heard(listener, deadline=1.0) == []
    finally:
        workspace.close()


def test_a_lost_connection_is_said_and_the_listener_connects_again(
    demo_url, listener, pg_server
) -> None:
    pid = listener._raw.driver_connection.info.backend_pid
    pg_server.execute(f"SELECT pg_terminate_backend({pid})")

    with pytest.raises(live.ConnectionLost, match=r"terminat|closed"):
        _heard(listener)
    assert not listener.connected

    listener.connect()
    assert listener.wait(0.1) == []


def test_an_interrupted_listener_stops_waiting_at_once(listener) -> None:
    """What quitting relies on: the listening thread's hour-long wait ends when interrupted,
    and so does every later one."""
    import threading

    waited: list[list[live.Notice]] = []
    waiting = threading.Thread(target=lambda: waited.append(listener.wait(3600)))
    waiting.start()
    waiting.join(0.2)  # most likely waiting by now; an interrupt before the wait counts too
    listener.interrupt()
    waiting.join(60)
    assert not waiting.is_alive()
    assert waited == [[]]
    assert listener.wait(3600) == []
    assert listener.connected


def test_many_check_ins_in_one_transaction_are_one_notice_counted() -> None:
    payload = notify._payload(
        {"checkins"},
        [notify.Change(notify.CHECKIN, row, 3) for row in range(1, 31)]
        + [notify.Change(notify.CHECKIN, 1, 3)],
    )
    notice = live.parse(payload.replace(notify.CLIENT, "someone-else"))

    assert notice is not None
    assert len(notice.changes) == notify.MAX_CHANGES
    assert notice.counts == {notify.CHECKIN: 30}
    assert live.parse(payload) is None  # this process's own


def test_a_file_workspace_announces_nothing(tmp_path, new_workspace_file) -> None:
    path = new_workspace_file(tmp_path / "team.okrdesk", "Team")
    workspace = open_workspace(path)
    try:
        with workspace.session() as session, session.begin():
            notify.announce(session, notify.CHECKIN, 1, None)
            assert notify._ANNOUNCED not in session.connection().info
    finally:
        workspace.close()


@pytest.fixture
def own_server(pg_server) -> Iterator[object]:
    """A second throwaway server, stopped and started again by its test (never the session's
    shared one); its `postgres` database is enough to LISTEN on."""
    from tests.pg import Server

    server = Server(pg_server.bindir).start()
    try:
        yield server
    finally:
        server.stop()


def _pg_ctl(server, *arguments: str) -> None:
    options = f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    log = str(server.folder / "server.log")
    if arguments[0] == "start":
        arguments = (*arguments, "-w", "-l", log, "-o", options)
    server._run(str(server.bindir / "pg_ctl"), *arguments, "-D", str(server.data))


def test_a_stopped_server_is_lost_then_found_again_on_its_return(own_server) -> None:
    listener = live.Listener(workspace_address(own_server.url()))
    listener.connect()
    try:
        _pg_ctl(own_server, "stop", "-m", "fast")
        with pytest.raises(live.ConnectionLost):
            _heard(listener)
        with pytest.raises(live.ConnectionLost, match=r"refused|No such file|failed"):
            listener.connect()  # the server is away: refused at once, not after a long wait

        _pg_ctl(own_server, "start")
        listener.connect()
        assert listener.connected
        assert listener.wait(0.1) == []
    finally:
        listener.close()


def test_a_read_cut_off_by_a_lost_server_raises_the_lost_connection(demo_url, pg_server) -> None:
    """What the window says a lost server by (okrdesk.ui.live): the driver's error, not one the
    notices' rollback listener would raise over it on the connection gone."""
    workspace = open_workspace(workspace_address(demo_url))
    try:
        with pytest.raises(OperationalError), workspace.engine.connect() as connection:
            connection.execute(select(KeyResult.id)).all()
            pid = connection.connection.driver_connection.info.backend_pid
            pg_server.execute(f"SELECT pg_terminate_backend({pid})")
            connection.execute(select(KeyResult.id)).all()
    finally:
        workspace.close()
