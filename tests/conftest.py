"""Shared test set-up: Qt offscreen and settings/data folders of our own, before Qt starts;
the demo workspace as of DEMO_DAY (tests/helpers.py) and new empty workspaces, each built once
and copied for every test that uses one; a test fails when Qt says a
shortcut was ambiguous (the key then does nothing for the user).

OKRDESK_TEST_PLATFORM=xcb (with DISPLAY set) runs the tests in real X11 windows, with the key
bindings of Linux desktops instead of the offscreen platform's Windows-like ones."""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Must happen before any QApplication exists and before platformdirs/QSettings read them.
os.environ["QT_QPA_PLATFORM"] = os.environ.get("OKRDESK_TEST_PLATFORM", "offscreen")
_sandbox = tempfile.mkdtemp(prefix="okrdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_sandbox, "cache")


import pytest  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)

from tests.helpers import DEMO_DAY  # noqa: E402

AMBIGUOUS = "Ambiguous shortcut"
# Set by .ci/run: "K/N" runs the K-th of N shares of the suite (one share per Python).
SHARE = "OKRDESK_TEST_SHARE"
# Their subject is the store, the imports and the statistics: code whose behaviour follows
# the interpreter and the libraries that differ with it (pandas, numpy, SQLAlchemy, sqlite3);
# and the two modules whose checks differ by Python (tomllib on 3.11+; PySide6's void calls
# below 3.12, where a Qt release aborted).
EVERY_SHARE = (
    "tests/store/",
    "tests/domain/",
    "tests/test_packaging.py",
    "tests/test_qt_void_calls.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under OKRDESK_TEST_SHARE=K/N keep the tests of every share (EVERY_SHARE, except those
    marked `once`) and the K-th share of the others, dealt out module by module in the order
    of their paths: the screens, the commands, the reports and the `once` tests run in one
    of the N shares, the same one at every run."""
    share = os.environ.get(SHARE)
    if not share:
        return
    number, count = (int(part) for part in share.split("/"))
    if not 1 <= number <= count:
        raise pytest.UsageError(f"{SHARE}={share}: K/N with 1 <= K <= N")

    def everywhere(item: pytest.Item) -> bool:
        return item.nodeid.startswith(EVERY_SHARE) and not item.get_closest_marker("once")

    modules = sorted({module(item) for item in items if not everywhere(item)})
    mine = {name for index, name in enumerate(modules) if index % count == number - 1}
    kept = [item for item in items if everywhere(item) or module(item) in mine]
    if len(kept) < len(items):
        kept_ids = {id(item) for item in kept}
        config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept_ids])
        items[:] = kept


def module(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


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


@pytest.fixture(autouse=True)
def same_language() -> Iterator[None]:
    """Every test ends in the language the environment chooses (QLocale's default and the
    translators), whatever it, or a command it ran in-process, chose."""
    yield
    if QCoreApplication.instance() is None:
        return  # nothing chose a language: no application, no translators
    from okrdesk.reports import language

    target = language.chosen_locale("")
    code = language.language_code(target)
    spoken = {name.rsplit("_", 1)[-1] for name in language.spoken()}
    if QLocale().name() != target.name() or spoken - {code}:
        language.speak(target)


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


@pytest.fixture(scope="session", autouse=True)
def section_modules_in() -> None:
    """Every section's modules imported, as in a window used for a while: a section a test
    chooses shows at once (tests/ui/test_section_loading.py chooses one whose modules are not)."""
    from okrdesk.ui.section_stack import SECTIONS, modules_of

    for key in SECTIONS:
        for name in modules_of(key):
            importlib.import_module(name)


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


# -- PostgreSQL (tests/pg.py): one throwaway server per session, a fresh database per test -----


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory) -> Iterator[object]:
    """The session's PostgreSQL server, with two templates: an empty okrdesk workspace
    ("okrdesk_template") and the demo as of DEMO_DAY ("okrdesk_demo"). Stopped at the end even
    when tests fail; skipped where PostgreSQL is not installed, except in CI."""
    from tests.pg import TEMPLATE, Server, find_bindir

    # .ci/run installs PostgreSQL while the environments are made: it names a file it writes
    # once the install is over (done or failed), and PostgreSQL is then required.
    installing = os.environ.get("OKRDESK_POSTGRESQL_READY")
    if installing:
        deadline = time.monotonic() + 900
        while not Path(installing).exists() and time.monotonic() < deadline:
            time.sleep(1)
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI") or installing:
            pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = Server(bindir).start()
    try:
        from okrdesk.store.demo.builder import build_demo
        from okrdesk.store.workspace.files import create_workspace

        server.execute(f'CREATE DATABASE "{TEMPLATE}"')
        create_workspace(server.url(TEMPLATE), "Team").close()
        server.execute('CREATE DATABASE "okrdesk_demo"')
        build_demo(server.url("okrdesk_demo"), DEMO_DAY)
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(pg_server) -> Iterator[str]:
    """The URL of a new, empty database on the session's server (no tables)."""
    url = pg_server.new_database("template0")
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def backend() -> str:
    """The engine a store test runs on: "sqlite" unless its module is marked BOTH_BACKENDS
    (tests/helpers.py), which runs it on a file and on a database of a real server.
    OKRDESK_TEST_BACKEND=postgresql runs every other test that takes `ws`, `empty_ws` or
    `new_address` on the server too (all of them: slower, and some read the file itself)."""
    return os.environ.get("OKRDESK_TEST_BACKEND", "sqlite")


@pytest.fixture
def new_address(request, backend: str, tmp_path: Path) -> Iterator[Path | str]:
    """Where a test creates its workspace: a new file, or an empty database on the server."""
    if backend == "sqlite":
        yield tmp_path / "team.okrdesk"
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database("template0")
    yield url
    server.drop_database(url)


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


@pytest.fixture
def new_workspace(new_address: Path | str, new_workspace_file) -> Callable[[str], object]:
    """new_workspace(name): an open new workspace at `new_address`: a copy of the file
    create_workspace makes (made once a session), or one created on the test server."""
    from okrdesk.store.workspace.files import create_workspace, open_workspace

    def new(name: str):
        if isinstance(new_address, Path):
            return open_workspace(new_workspace_file(new_address, name))
        return create_workspace(new_address, name)

    return new
