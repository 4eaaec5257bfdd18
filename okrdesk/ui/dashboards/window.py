"""The two dashboards as windows beside the main one (View → Management / Team dashboard)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from okrdesk.store.review import dashboard as dashboard_data
from okrdesk.ui.common import clock
from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.dashboards import management, team
from okrdesk.ui.dashboards.common import style_sheet

KINDS = ("management", "team")


class DashboardView(ReloadsWhenShown, QWidget):
    """A heading and the dashboard's blocks, one under the other; reloads when the tables it
    shows change. `kind` is "management" or "team"."""

    tables = dashboard_data.DASHBOARD_TABLES

    def __init__(
        self,
        controller: WorkspaceController,
        kind: str,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self._today = today
        self.setObjectName(f"{kind}Dashboard")
        self.setStyleSheet(style_sheet(1.0))
        self.title_label = QLabel("")
        self.title_label.setObjectName("dashboardHeading")
        self.subtitle_label = QLabel("")
        self.subtitle_label.setObjectName("dashboardNote")
        if kind == "management":
            self.blocks: dict[str, Any] = {
                key: block() for key, block in management.MANAGEMENT_BLOCKS
            }
        else:
            self.blocks = {
                "steps": team.StepsBlock(),
                "sources": team.SourcesBlock(),
                "tasks": team.TasksBlock(controller),
            }
        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        for block in self.blocks.values():
            layout.addWidget(block)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.watch(controller)

    def reload(self) -> None:
        workspace = self.controller.workspace
        if workspace is None:
            self.close()  # the workspace it showed is closed
            return
        with workspace.engine.connect() as connection:
            data = load(self.kind, connection, self._today())
        self.show_data(data)

    def show_data(self, data: Any) -> None:
        title, subtitle = heading_text(self.kind, data)
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.setWindowTitle(title)
        for block in self.blocks.values():
            block.set_data(data)


def load(kind: str, connection: Any, today: dt.date) -> Any:
    """ManagementData or TeamData as of today."""
    if kind == "management":
        return dashboard_data.management_data(connection, today)
    return dashboard_data.team_data(connection, today)


def heading_text(kind: str, data: Any) -> tuple[str, str]:
    if kind == "management":
        return management.heading_text(data)
    return team.heading_text(data)


def open_dashboard(
    parent: QWidget, controller: WorkspaceController, kind: str, shown: dict[str, DashboardView]
) -> DashboardView:
    """Show the dashboard of `kind` in its own window (one of each), raising it if open."""
    view = shown.get(kind)
    if view is None:
        view = DashboardView(controller, kind, parent)
        view.setWindowFlag(Qt.WindowType.Window)
        fit_to_screen(view, 1100, 760, near=parent.window())
        shown[kind] = view
    if view.isVisible():  # behind the main window, maybe
        view.raise_()
        view.activateWindow()
    else:
        view.show()
    return view
