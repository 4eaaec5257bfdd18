"""`okrdesk self-test`: the whole application exercised once, offscreen, in a temporary folder.

It builds the demo workspace (which runs every Alembic migration), checks it, opens it in the
main window and renders every screen, checks the icon, and writes the weekly report when this
build has one. Run on the frozen executable it shows that the bundle carries everything
okrdesk needs at run time: Qt plugins, resources, migrations and lazily imported modules.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from okrdesk import __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

DEMO_FILE = "self-test.okrdesk"
REPORT_FORMATS = ("md", "html", "pdf")


class SelfTestError(Exception):
    """A step found something wrong; the message says what."""


@dataclass(frozen=True)
class StepResult:
    name: str
    outcome: str  # "ok" or "FAIL"
    detail: str
    seconds: float

    def line(self) -> str:
        """E.g. `screens: ok, 6 screens: … (3.2 s)`."""
        return f"{self.name}: {self.outcome}, {self.detail} ({self.seconds:.1f} s)"


@dataclass
class _Run:
    folder: Path

    @property
    def workspace(self) -> Path:
        return self.folder / DEMO_FILE


def _bundle(run: _Run) -> str:
    """Resources and migrations come from the frozen bundle itself, never from a source tree."""
    from okrdesk.paths import resource_dir
    from okrdesk.store.workspace.migrate import MIGRATIONS_DIR, known_revisions

    resources, revisions = resource_dir(), known_revisions()
    if not revisions:
        raise SelfTestError(f"no migrations in {MIGRATIONS_DIR}")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        for found in (resources, MIGRATIONS_DIR):
            if not found.resolve().is_relative_to(Path(bundle).resolve()):
                raise SelfTestError(f"{found} is outside the bundle {bundle}")
    return f"resources in {resources}, migrations {revisions[0]}-{revisions[-1]}"


def _demo(run: _Run) -> str:
    from okrdesk.store.demo.builder import build_demo
    from okrdesk.ui.common import clock

    build_demo(run.workspace, clock.today())
    return f"built with every migration in {run.workspace.name}"


def _postgresql_driver(run: _Run) -> str:
    """The driver of team workspaces loads, with its own libpq (no server is needed), and the
    keyring that keeps their passwords."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://okrdesk@localhost/okrdesk")
    try:
        dialect = f"{engine.dialect.name}+{engine.dialect.driver}"
    finally:
        engine.dispose()
    libpq = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}."
        f"{libpq % 10000}, {dialect}, {_keyring()}"
    )


def _keyring() -> str:
    """The password keyring loads (its backends are found by entry points, easily lost in a
    frozen build); no backend on this machine is fine: the window then asks each time."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return "keyring: no backend here, passwords are asked each time"
    return f"keyring: {type(backend).__module__}.{type(backend).__name__}"


def _health(run: _Run) -> str:
    from okrdesk.store.workspace.health import check_workspace

    report = check_workspace(run.workspace)
    if not report.healthy:
        raise SelfTestError(f"integrity check says {report.integrity!r}")
    if not report.is_current:
        raise SelfTestError(f"schema {report.revision} is not the newest")
    counts = report.counts
    if min(counts.objectives, counts.key_results, counts.checkins, counts.funnel_weeks) == 0:
        raise SelfTestError(f"the demo is missing data: {counts}")
    return (
        f"schema {report.revision}, integrity ok, {counts.objectives} objectives, "
        f"{counts.key_results} key results, {counts.checkins} check-ins"
    )


def _screens(run: _Run) -> str:
    from PySide6.QtGui import QImage

    from okrdesk.ui.screenshot import SIZE, write_screenshots

    written = write_screenshots(run.workspace, run.folder / "screens")
    for path in written:
        image = QImage(str(path))
        if image.isNull() or (image.width(), image.height()) != SIZE:
            raise SelfTestError(f"{path.name}: not a {SIZE[0]}×{SIZE[1]} image")
        if _is_blank(image):
            raise SelfTestError(f"{path.name}: the screen rendered as one flat colour")
    return f"{len(written)} screens: " + ", ".join(path.stem for path in written)


def _is_blank(image: QImage) -> bool:
    """True when a grid of sample points across the image all have the same colour."""
    width, height = image.width(), image.height()
    samples = {
        image.pixel(x * width // 16, y * height // 16) for x in range(1, 16) for y in range(1, 16)
    }
    return len(samples) == 1


def _icon(run: _Run) -> str:
    from PySide6.QtWidgets import QApplication

    from okrdesk.ui.app import ICON_SIZES, create_app

    if QApplication.instance() is None:
        create_app()
    sizes = {size.width() for size in QApplication.windowIcon().availableSizes()}
    missing = sorted(set(ICON_SIZES) - sizes)
    if missing:
        raise SelfTestError(f"the window icon lacks the sizes {missing}")
    return "window icon at " + ", ".join(f"{size}" for size in sorted(sizes)) + " px"


def _translations(run: _Run) -> str:
    """okrdesk's own translations, and Qt's, load for every language okrdesk speaks."""
    from PySide6.QtCore import QLocale, QTranslator

    from okrdesk.reports.language import HOME_LOCALES, LANGUAGES, translator_files

    found = []
    for code in LANGUAGES:
        for folder, name in translator_files(QLocale(HOME_LOCALES[code])):
            if QTranslator().load(name, folder):
                found.append(name)
            elif name.startswith("okrdesk_"):
                raise SelfTestError(f"{name}.qm does not load from {folder}")
    return ", ".join(found)


def _report(run: _Run) -> str:
    """Write the review as `okrdesk report` does, through the same functions (not through the
    command itself: the command line starts the self-test, so the self-test stays below it)."""
    from okrdesk.reports import export
    from okrdesk.ui.common import clock

    written = []
    data = export.load_report_input(run.workspace, None, None, clock.today())
    export.ensure_gui_application()
    for suffix in REPORT_FORMATS:
        target = run.folder / f"review.{suffix}"
        export.write_report(target, data)
        if not target.is_file() or target.stat().st_size == 0:
            raise SelfTestError(f"{target.name} was not written")
        if suffix == "pdf" and not target.read_bytes().startswith(b"%PDF"):
            raise SelfTestError(f"{target.name} is not a PDF")
        written.append(f"{target.name} ({target.stat().st_size // 1024} KiB)")
    return ", ".join(written)


STEPS: Sequence[tuple[str, Callable[[_Run], str]]] = (
    ("bundle", _bundle),
    ("demo workspace", _demo),
    ("workspace check", _health),
    ("screens", _screens),
    ("icon", _icon),
    ("translations", _translations),
    ("report", _report),
    ("postgresql driver", _postgresql_driver),
)


def _isolate_settings(folder: Path) -> None:
    """Keep the user's recent files and window state out of the run, and the run out of them."""
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder / "settings"))


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _run_step(name: str, step: Callable[[_Run], str], run: _Run) -> StepResult:
    """Run one step; an exception raised in it, or in a Qt slot while it ran, fails it."""
    uncaught: list[BaseException] = []
    previous_hook = sys.excepthook

    def record(kind, error, traceback) -> None:
        previous_hook(kind, error, traceback)
        uncaught.append(error)

    sys.excepthook = record
    started = time.perf_counter()
    try:
        detail, outcome = step(run), "ok"
    except Exception as error:  # every failure is reported, then the next step runs
        detail, outcome = _describe(error), "FAIL"
    finally:
        sys.excepthook = previous_hook
    if uncaught and outcome != "FAIL":
        detail, outcome = "error in the window: " + _describe(uncaught[0]), "FAIL"
    return StepResult(name, outcome, detail, time.perf_counter() - started)


def run_self_test(out: TextIO | None = None) -> list[StepResult]:
    """Run every step in a fresh temporary folder, printing one line per step to `out`."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    build = "frozen build" if getattr(sys, "frozen", False) else "from source"
    print(f"okrdesk {__version__} self-test ({build}, {sys.platform})", file=out)
    results = []
    with tempfile.TemporaryDirectory(prefix="okrdesk-self-test-") as folder:
        run = _Run(Path(folder))
        _isolate_settings(run.folder)
        for name, step in STEPS:
            result = _run_step(name, step, run)
            results.append(result)
            print(result.line(), file=out, flush=True)
    return results


def main(out: TextIO | None = None) -> int:
    """Exit code 0 when no step failed, 1 otherwise."""
    out = out or sys.stdout
    started = time.perf_counter()
    results = run_self_test(out)
    failed = [result.name for result in results if result.outcome == "FAIL"]
    seconds = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED ({', '.join(failed)}) in {seconds:.1f} s", file=out)
        return 1
    print(f"self-test passed in {seconds:.1f} s", file=out)
    return 0
