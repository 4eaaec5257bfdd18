"""The main window's sections, each built the first time it is needed.

Building a section imports its screen (and the dialogs behind it); deferring that keeps the
start-up path to what the first screen shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from okrdesk.ui.common.section import Section
from okrdesk.ui.controller import WorkspaceController


def _dashboard(controller: WorkspaceController) -> Section:
    from okrdesk.ui.home.dashboard import DashboardSection

    return DashboardSection(controller)


def _okrs(controller: WorkspaceController) -> Section:
    from okrdesk.ui.okr.section import OkrSection

    return OkrSection(controller)


def _experiments(controller: WorkspaceController) -> Section:
    from okrdesk.ui.experiments.section import ExperimentsSection

    return ExperimentsSection(controller)


def _funnel(controller: WorkspaceController) -> Section:
    from okrdesk.ui.funnel.section import FunnelSection

    return FunnelSection(controller)


def _review(controller: WorkspaceController) -> Section:
    from okrdesk.ui.review.section import ReviewSection

    return ReviewSection(controller)


FACTORIES: dict[str, Callable[[WorkspaceController], Section]] = {
    "dashboard": _dashboard,
    "okrs": _okrs,
    "experiments": _experiments,
    "funnel": _funnel,
    "review": _review,
}


# The module each factory imports: what opening a workspace on that section loads.
MODULES = {
    "dashboard": "okrdesk.ui.home.dashboard",
    "okrs": "okrdesk.ui.okr.section",
    "experiments": "okrdesk.ui.experiments.section",
    "funnel": "okrdesk.ui.funnel.section",
    "review": "okrdesk.ui.review.section",
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
