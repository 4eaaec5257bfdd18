"""The main window's sections, each built the first time it is needed.

Building a section imports its screen (and the dialogs behind it); deferring that keeps the
start-up path to what the first screen shows.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from okrdesk.ui.common.section import Section
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


def _build(key: str, controller: WorkspaceController) -> Section:
    module, name = SECTIONS[key]
    section: Section = getattr(importlib.import_module(module), name)(controller)
    return section


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
        self._placeholders = {key: QWidget() for key in FACTORIES}
        self._built: dict[str, Section] = {}
        for placeholder in self._placeholders.values():
            stack.addWidget(placeholder)

    def __getitem__(self, key: str) -> Section:
        if key not in self._built:
            placeholder = self._placeholders[key]
            section = FACTORIES[key](self._controller)
            index = self._stack.indexOf(placeholder)
            self._stack.insertWidget(index, section)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[key] = section
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(FACTORIES)

    def __len__(self) -> int:
        return len(FACTORIES)

    def built(self, key: str) -> Section | None:
        """The section of `key` if it has been built, without building it."""
        return self._built.get(key)
