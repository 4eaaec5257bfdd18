"""Shared test set-up: Qt offscreen and settings/data folders of our own, before Qt starts;
the demo workspace as of DEMO_DAY (tests/helpers.py) and new empty workspaces, each built once
and copied for every test that uses one; a test fails when Qt says a
shortcut was ambiguous (the key then does nothing for the user).

OKRDESK_TEST_PLATFORM=xcb (with DISPLAY set) runs the tests in real X11 windows, with the key
bindings of Linux desktops instead of the offscreen platform's Windows-like ones."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# Must happen before any QApplication exists and before platformdirs/QSettings read them.
os.environ["QT_QPA_PLATFORM"] = os.environ.get("OKRDESK_TEST_PLATFORM", "offscreen")
_sandbox = tempfile.mkdtemp(prefix="okrdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_sandbox, "cache")


import pytest  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402

from tests.helpers import DEMO_DAY  # noqa: E402

AMBIGUOUS = "Ambiguous shortcut"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail the test during which Qt reported an ambiguous shortcut, whatever the log level
    pytest-qt is told to fail on; other messages go on to the handler that was there."""
    heard: list[str] = []
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if AMBIGUOUS in message:
            heard.append(message)
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        result = yield
    finally:
        qInstallMessageHandler(previous)
    if heard:
        pytest.fail("Qt: " + "; ".join(heard), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Delete the widgets a test left to deleteLater (pytest-qt's closed ones among them) once
    it is over: with no event loop running they would stay alive to the end of the session,
    and every later style sheet, font or locale change would reach them all, ever slower."""
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def sandbox_env() -> dict[str, str]:
    """The environment for child processes: offscreen, with the tests' own folders."""
    return dict(os.environ)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo workspace as of DEMO_DAY, built once; tests work on copies of it."""
    from okrdesk.store.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.okrdesk"
    build_demo(path, DEMO_DAY)
    return path


@pytest.fixture(scope="session")
def new_workspace_file(tmp_path_factory) -> Callable[..., Path]:
    """new_workspace_file(path, name) -> path: a copy at `path` of the workspace that
    create_workspace(…, name) makes (settings and the default funnel). Each name is created
    once a session, because the migrations take a while; every test gets a file of its own."""
    from okrdesk.store.workspace.files import create_workspace

    made: dict[str, Path] = {}

    def new(path: Path, name: str) -> Path:
        if name not in made:
            made[name] = tmp_path_factory.mktemp("new") / "new.okrdesk"
            create_workspace(made[name], name).close()
            # Closing checkpointed the WAL into the file: the file alone is the workspace.
            assert not Path(f"{made[name]}-wal").exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made[name], path)
        return path

    return new
