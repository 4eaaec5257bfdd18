"""Regression test: Qt methods that return nothing must not drop references to None.

PySide6-Essentials 6.12.0 on Python 3.11 releases one reference to None on every call of a
Qt method returning void (setVisible, setUpdatesEnabled, processEvents, ...). After a few
thousand calls None's count reaches zero and the interpreter aborts with "Fatal Python
error: none_dealloc". pyproject.toml pins PySide6 below 6.12 for Python < 3.12; this test
catches the pin being lost or a later release bringing the bug back.

The calls run in a child interpreter, since the failure is an abort of the whole process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

DONE_MARKER = "VOID-CALLS-DONE"
REFCOUNT_FELL = 3  # the child's exit code when None's reference count fell

CHILD = textwrap.dedent(
    f"""
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    TOTAL_CALLS = 200_000
    PROBE_CALLS = 300  # of each method: far below the few thousand that abort a broken build
    MARGIN = 50  # None's count moves a little with unrelated work; the bug moves it by one a call
    # From Python 3.12 on None is immortal: its count is not meaningful and cannot reach zero.
    CHECK_REFCOUNT = sys.version_info < (3, 12)

    app = QApplication(sys.argv[:1])
    parent = QWidget()  # never shown, so that toggling its child stays cheap
    child = QWidget(parent)


    def check(stage, before, calls):
        fell = before - sys.getrefcount(None)
        if CHECK_REFCOUNT and fell > MARGIN:
            print(
                f"None's reference count fell by {{fell}} over {{calls}} void Qt calls ({{stage}})",
                file=sys.stderr,
            )
            sys.exit({REFCOUNT_FELL})


    for name, call in (
        ("QWidget.setVisible", lambda: child.setVisible(False)),
        ("QWidget.setUpdatesEnabled", lambda: child.setUpdatesEnabled(True)),
        ("QCoreApplication.processEvents", QCoreApplication.processEvents),
    ):
        before = sys.getrefcount(None)
        for _ in range(PROBE_CALLS):
            call()
        check(name, before, PROBE_CALLS)

    before = sys.getrefcount(None)
    for i in range(TOTAL_CALLS // 4):
        child.setVisible(i % 2 == 0)
        child.setUpdatesEnabled(False)
        child.setUpdatesEnabled(True)
        QCoreApplication.processEvents()
    check("mixed", before, TOTAL_CALLS)
    print("{DONE_MARKER}", flush=True)
    """
)


def test_void_qt_calls_keep_none_alive(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    details = f"exit code {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, details
    assert DONE_MARKER in result.stdout.splitlines(), details
