"""Of reads off the GUI thread, only the latest asked for is shown; one runs at a time, and of
those asked for while it runs only the latest runs after it; a result that cannot be shown is
said as a read that failed."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from okrdesk.ui.common.latest_read import LatestRead
from okrdesk.ui.common.tasks import BackgroundTask


@dataclass
class GatedReads:
    """Reads named "first" wait for `first_may_end`; `ran` and `shown` say what happened."""

    parent: QWidget
    reads: LatestRead
    first_may_end: threading.Event = field(default_factory=threading.Event)
    ran: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)

    def start(self, name: str) -> None:
        self.reads.start(lambda: self._read(name), self.shown.append, self.shown.append)

    def _read(self, name: str) -> str:
        self.ran.append(name)
        if name == "first":
            assert self.first_may_end.wait(5)
        return name

    def wait_for_every_read(self, qtbot) -> None:
        tasks = self.parent.findChildren(BackgroundTask)
        qtbot.waitUntil(lambda: not any(task.is_running() for task in tasks), timeout=10_000)


@pytest.fixture
def gated(qtbot) -> GatedReads:
    parent = QWidget()
    qtbot.addWidget(parent)
    return GatedReads(parent, LatestRead(parent))


def test_reads_asked_for_while_one_runs_wait_and_only_the_latest_runs(qtbot, gated):
    for name in ("first", "second", "third"):  # funnel after funnel, say
        gated.start(name)
    qtbot.wait(100)
    assert gated.ran == ["first"] and gated.shown == [] and gated.reads.is_reading

    gated.first_may_end.set()
    qtbot.waitUntil(lambda: gated.shown == ["third"])
    gated.wait_for_every_read(qtbot)
    assert gated.ran == ["first", "third"]  # the second was overtaken before it ran
    assert gated.shown == ["third"] and not gated.reads.is_reading


def test_a_read_forgotten_is_not_shown_nor_is_one_waiting_for_it(qtbot, gated):
    gated.start("first")
    gated.start("second")
    gated.reads.forget()  # another file opened, say
    assert not gated.reads.is_reading
    gated.first_may_end.set()
    gated.wait_for_every_read(qtbot)
    qtbot.wait(50)

    assert gated.ran == ["first"] and gated.shown == []


def test_a_result_that_cannot_be_shown_is_a_read_that_failed(qtbot, gated):
    failed: list[BaseException] = []

    def show(_result: str) -> None:
        raise OSError("the server went away")

    gated.reads.start(lambda: "read", show, failed.append)
    qtbot.waitUntil(lambda: bool(failed))

    assert [str(error) for error in failed] == ["the server went away"]
    assert not gated.reads.is_reading
