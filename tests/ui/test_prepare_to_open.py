"""While the window waits on its welcome page, what opening a workspace needs is imported in
the background: the first opening, from a recent file or File → Open, does not freeze the
window for the imports (a few hundred milliseconds on a 2-core laptop)."""

from __future__ import annotations

import subprocess
import sys

from okrdesk.ui.section_stack import MODULES

WAIT_ON_WELCOME = """
import os, sys
from PySide6.QtCore import QEventLoop, QTimer
from okrdesk.ui import settings
from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow
app = create_app([])
settings.LAST_SECTION.set(1)
window = MainWindow()
window.show()
loop = QEventLoop()
QTimer.singleShot(3000, loop.quit)
loop.exec()
from okrdesk.store import schema
print(
    "okrdesk.ui.okr.section" in sys.modules,
    schema.Cycle.__mapper__.configured,
    "okrdesk.store.warm" in sys.modules,  # the newest revision's schema read: no error on the way
)
os._exit(0)
"""


def test_the_window_on_its_welcome_page_imports_what_opening_needs(sandbox_env, tmp_path):
    env = dict(sandbox_env, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", WAIT_ON_WELCOME], env=env, capture_output=True, text=True
    )
    assert out.stdout.split() == ["True", "True", "True"], out.stderr


OPEN_AT_START = """
import os, sys
from PySide6.QtCore import QEventLoop, QTimer
from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow
app = create_app([])
window = MainWindow()
assert window.files.open_path(sys.argv[1]) is None
window.show()
loop = QEventLoop()
QTimer.singleShot(2000, loop.quit)
loop.exec()
print("okrdesk.store.warm" in sys.modules)
os._exit(0)
"""


def test_a_window_opening_a_workspace_at_start_up_imports_nothing_ahead(
    sandbox_env, tmp_path, demo_copy
):
    """okrdesk FILE opens the file before the window shows: nothing waits for it."""
    env = dict(sandbox_env, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", OPEN_AT_START, str(demo_copy)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.split() == ["False"], out.stderr


def test_each_section_is_built_from_the_module_named_for_it(window, demo_copy):
    window.files.open_path(demo_copy)
    for key, module in MODULES.items():
        assert type(window.sections[key]).__module__ == module
