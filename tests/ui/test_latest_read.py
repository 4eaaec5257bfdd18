"""Of reads off the GUI thread, only the latest asked for is shown; one runs at a time, and of
those asked for while it runs only the latest runs after it; a result that cannot be shown is
said as a read that failed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from okrdesk.ui.common.latest_read import LatestRead
from okrdesk.ui.common.tasks import BackgroundTask


def _reads_ended(qtbot, parent: QWidget) -> None:
    tasks = parent.findChildren(BackgroundTask)
    qtbot.waitUntil(lambda: not any(task.is_running() for task in tasks), timeout=10_000)


def test_reads_asked_for_while_one_runs_wait_and_only_the_latest_runs(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = LatestRead(parent)
    first_may_end = threading.Event()
    ran: list[str] = []
    shown: list[str] = []

    def read(name: str) -> str:
        ran.append(name)
        if name == "first":
            assert first_may_end.wait(5)
        return name

    for name in ("first", "second", "third"):  # funnel after funnel, say
        reads.start(lambda name=name: read(name), shown.append, shown.append)
    qtbot.wait(100)
    assert ran == ["first"] and shown == [] and reads.is_reading

    first_may_end.set()
    qtbot.waitUntil(lambda: shown == ["third"])
    _reads_ended(qtbot, parent)
    assert ran == ["first", "third"]  # the second was overtaken before it ran
    assert shown == ["third"] and not reads.is_reading


def test_a_read_forgotten_is_not_shown_nor_is_one_waiting_for_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = LatestRead(parent)
    first_may_end = threading.Event()
    ran: list[str] = []
    shown: list[str] = []

    def read(name: str) -> str:
        ran.append(name)
        assert first_may_end.wait(5)
        return name

    reads.start(lambda: read("first"), shown.append, shown.append)
    reads.start(lambda: read("second"), shown.append, shown.append)
    reads.forget()  # another file opened, say
    assert not reads.is_reading
    first_may_end.set()
    _reads_ended(qtbot, parent)
    qtbot.wait(50)

    assert ran == ["first"] and shown == []


def test_a_result_that_cannot_be_shown_is_a_read_that_failed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = LatestRead(parent)
    failed: list[BaseException] = []

    def show(_result: str) -> None:
        raise OSError("the server went away")

    reads.start(lambda: "read", show, failed.append)
    qtbot.waitUntil(lambda: bool(failed))

    assert [str(error) for error in failed] == ["the server went away"]
    assert not reads.is_reading
