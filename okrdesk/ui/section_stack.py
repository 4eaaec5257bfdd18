"""The main window's sections, each built the first time it is needed.

Building a section imports its screen (and the dialogs behind it); deferring that keeps the
start-up path to what the first screen shows. A section chosen in a shown window whose modules
are not imported yet says so while a worker imports them (pandas and the chart library take a
good part of a second: on the GUI thread the window froze at the user's first click), and is
built once they are in.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget

from okrdesk.ui.common.section import Section
from okrdesk.ui.common.tasks import BackgroundTask, to_excepthook
from okrdesk.ui.controller import WorkspaceController

# Each section's module and class, in navigation order: the module is what opening a
# workspace on that section loads (imported ahead while the window waits, see MainWindow).
SECTIONS: dict[str, tuple[str, str]] = {
    "dashboard": ("okrdesk.ui.home.dashboard", "DashboardSection"),
    "okrs": ("okrdesk.ui.okr.section", "OkrSection"),
    "experiments": ("okrdesk.ui.experiments.section", "ExperimentsSection"),
    "funnel": ("okrdesk.ui.funnel.section", "FunnelSection"),
    "review": ("okrdesk.ui.review.section", "ReviewSection"),
}
MODULES = {key: module for key, (module, _class) in SECTIONS.items()}
# What a section's first showing imports beyond its own module: loaded with it, in the worker.
LIBRARIES: dict[str, tuple[str, ...]] = {
    "experiments": ("okrdesk.ui.experiments.results_chart",),
    "funnel": ("okrdesk.store.funnel.data", "okrdesk.ui.funnel.charts_host"),
}


def modules_of(key: str) -> tuple[str, ...]:
    """Every module the section of `key` imports to be built and shown."""
    return (MODULES[key], *LIBRARIES.get(key, ()))


def _build(key: str, controller: WorkspaceController) -> Section:
    module, name = SECTIONS[key]
    section: Section = getattr(importlib.import_module(module), name)(controller)
    return section


def _imported(name: str) -> bool:
    """True when the module is imported in full: one a worker is importing is in sys.modules
    already, and an import of it on the GUI thread would wait for that worker."""
    module = sys.modules.get(name)
    # importlib's own mark of a module being imported (its _find_and_load reads it too)
    return module is not None and not getattr(module.__spec__, "_initializing", False)


FACTORIES: dict[str, Callable[[WorkspaceController], Section]] = {
    key: functools.partial(_build, key) for key in SECTIONS
}


class SectionStack(Mapping[str, Section]):
    """Key → section; a section is built, and swapped in for its placeholder, on first access.

    Iterating gives the keys in navigation order without building anything.
    """

    def __init__(self, stack: QStackedWidget, controller: WorkspaceController) -> None:
        self._stack = stack
        self._controller = controller
        self._placeholders = {key: self._new_placeholder() for key in FACTORIES}
        self._built: dict[str, Section] = {}
        self._loading: set[str] = set()  # sections whose modules a worker imports
        self._then: dict[str, Callable[[], None]] = {}  # the latest asker's, per section
        for placeholder in self._placeholders.values():
            stack.addWidget(placeholder)

    @staticmethod
    def _new_placeholder() -> QLabel:
        label = QLabel()
        label.setObjectName("sectionLoading")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def __getitem__(self, key: str) -> Section:
        section = self.build_behind(key)
        placeholder = self._placeholders.pop(key, None)
        if placeholder is not None:
            if self._stack.currentWidget() is placeholder:  # it said the section was loading
                self._stack.setCurrentWidget(section)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return section

    def build_behind(self, key: str) -> Section:
        """The section of `key`, built if it is not, its placeholder still in its place (and
        shown, if it was) until the section is asked for with `sections[key]`."""
        if key not in self._built:
            placeholder = self._placeholders[key]
            section = FACTORIES[key](self._controller)
            self._stack.insertWidget(self._stack.indexOf(placeholder), section)
            self._built[key] = section
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(FACTORIES)

    def __len__(self) -> int:
        return len(FACTORIES)

    def built(self, key: str) -> Section | None:
        """The section of `key` if it has been built, without building it."""
        return self._built.get(key)

    def is_ready(self, key: str) -> bool:
        """True when the section of `key` is built, or builds without importing anything."""
        return key in self._built or all(_imported(module) for module in modules_of(key))

    def can_build(self, key: str) -> bool:
        """False when the module of the section of `key` failed to import."""
        return key in self._built or _imported(MODULES[key])

    def is_loading(self, key: str | None = None) -> bool:
        """True while a worker imports the modules of a section (of `key`, or of any) chosen
        before they were in."""
        return key in self._loading if key is not None else bool(self._loading)

    def placeholder(self, key: str) -> QLabel:
        """What stands for the section of `key` in the stack until it is asked for built (a
        section not built has one)."""
        return self._placeholders[key]

    def load(self, key: str, then: Callable[[], None]) -> None:
        """Import the modules of the section of `key` in a worker; `then()` on the GUI thread
        once they are in, or once a failure to import one has been said as any error is
        (`can_build` then says whether the section's own module is in). A later call for the
        same section replaces `then`."""
        self._then[key] = then
        if key not in self._loading:

            def work(*_progress_and_cancelled: object) -> None:  # no steps to report
                for module in modules_of(key):
                    importlib.import_module(module)

            def given_up() -> None:  # the window closes
                self._loading.discard(key)
                self._then.pop(key, None)

            def over(*_result: object) -> None:
                self._loading.discard(key)
                then = self._then.pop(key, None)
                if then is not None:
                    then()

            def failed(error: BaseException) -> None:
                to_excepthook(error)  # said as any error is
                over()  # what could be imported shows

            task = BackgroundTask(self._stack, work, title="", dialog=False)
            self._loading.add(key)
            task.on_success(over).on_failure(failed).on_cancel(given_up).start()
