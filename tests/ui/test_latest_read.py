"""Of reads off the GUI thread, only the latest asked for is shown, whatever order they end
in; a result that cannot be shown is said as a read that failed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from okrdesk.ui.common.latest_read import LatestRead


def test_an_earlier_read_ending_last_is_not_shown(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = LatestRead(parent)
    first_may_end = threading.Event()
    shown: list[str] = []

    def slow_first() -> str:
        assert first_may_end.wait(5)
        return "first"

    first = reads.start(slow_first, shown.append, lambda error: shown.append(repr(error)))
    reads.start(lambda: "second", shown.append, lambda error: shown.append(repr(error)))
    qtbot.waitUntil(lambda: shown == ["second"])
    assert not reads.is_reading
    first_may_end.set()
    qtbot.waitUntil(lambda: not first.is_running())

    assert shown == ["second"]


def test_a_read_forgotten_is_not_shown(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reads = LatestRead(parent)
    shown: list[str] = []
    task = reads.start(lambda: "read", shown.append, lambda error: shown.append(repr(error)))
    assert reads.is_reading

    reads.forget()  # another file opened, say
    qtbot.waitUntil(lambda: not task.is_running())

    assert shown == [] and not reads.is_reading


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
