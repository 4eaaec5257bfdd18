"""The background-task helper: results, errors and Cancel reach the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from okrdesk.ui.common.tasks import BackgroundTask


def visible_message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def run(qtbot, task: BackgroundTask) -> None:
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()


def test_result_is_delivered_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(progress, cancelled):
        seen["worker"] = threading.current_thread()
        for step in range(5):
            progress(step + 1, 5)
        return sum(range(10))

    def success(result):
        seen["result"] = result
        seen["handler"] = threading.current_thread()

    run(qtbot, BackgroundTask(parent, work, title="Adding").on_success(success))
    assert seen["result"] == 45
    assert seen["worker"] is not threading.main_thread()
    assert seen["handler"] is threading.main_thread()


def test_an_error_in_the_worker_is_shown_in_a_message_box(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def work(progress, cancelled):
        raise ValueError("week 2026-W99 does not exist")

    task = BackgroundTask(parent, work, title="Import")
    run(qtbot, task)
    boxes = visible_message_boxes()
    assert [box.text() for box in boxes] == ["week 2026-W99 does not exist"]
    assert isinstance(task.error, ValueError)
    boxes[0].close()


def test_cancel_stops_the_work_and_skips_the_success_handler(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome = []

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "finished anyway"

    task = BackgroundTask(parent, work, title="Long work")
    task.on_success(outcome.append).on_cancel(lambda: outcome.append("cancelled"))
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()
        started.wait(5)
        cancel_button = task.dialog.findChild(QPushButton)
        assert cancel_button.text() == "Cancel"
        cancel_button.click()
    assert outcome == ["cancelled"]


def test_a_task_without_a_dialog_shows_none_however_long_it_runs(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    outcome = []

    task = BackgroundTask(parent, lambda _p, _c: release.wait(5), title="Loading", dialog=False)
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.on_success(outcome.append).start()
        qtbot.wait(600)  # a dialog would show after 300 ms
        assert task.dialog is None
        assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not parent]
        release.set()
    assert outcome == [True]


def test_garbage_cycles_are_collected_on_the_gui_thread(qtbot):
    assert not gc.isenabled()  # a worker thread must never be the one to collect

    class Holder:
        pass

    holder = Holder()
    holder.me = holder
    holder.qt_object = QObject()
    collected = weakref.ref(holder)
    del holder
    allocations = [[] for _ in range(gc.get_threshold()[0] * 2)]
    qtbot.waitUntil(lambda: collected() is None, timeout=5_000)
    del allocations
