"""The funnel screen: choose a funnel, filter by source, variant and weeks, read the charts,
and type or paste the weekly counts.

Charts, pandas and the import wizard are imported the first time they are needed, never at
start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from okrdesk.store.funnel import definitions
from okrdesk.store.funnel.definitions import FunnelRow, StageRow
from okrdesk.store.schema import Experiment
from okrdesk.store.workspace.settings import read_settings
from okrdesk.ui.common.section import Section
from okrdesk.ui.common.tasks import show_error, to_excepthook
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.funnel.filters import FunnelFilters
from okrdesk.ui.funnel.grid_panel import FunnelGridPanel
from okrdesk.ui.funnel.reading import FunnelData, FunnelReading

SHOWN_TABLES = definitions.DEFINITION_TABLES | {Experiment.__tablename__}


class FunnelSection(Section):
    scrollable = False
    tables = SHOWN_TABLES

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(
            controller,
            self.tr("Funnel"),
            self.tr("Each stage week by week, by source and experiment arm."),
        )
        self.funnels: list[FunnelRow] = []
        self.stages: list[StageRow] = []
        self.charts: dict[str, Any] = {}
        self.definitions_dialog: QWidget | None = None
        # The funnel's frames, read once per reload and filtered for each chart.
        self._counts: Any = None
        self._spend: Any = None
        self._experiments: list[tuple] = []
        self._currency = "EUR"
        # What the charts are drawn from, and the charts drawn from it so far.
        self._chart_data: Any = None
        self._charts_shown: set[str] = set()
        self.reading = FunnelReading(self)
        self.reading.started.connect(self._reading_started)
        self._shown_funnel: int | None = None  # whose data the charts and the grid show
        self.filters = FunnelFilters(self)
        self.filters.funnel_chosen.connect(self.reload)
        self.filters.filters_changed.connect(self._show_filtered)
        self.filters.edit_funnels_button.clicked.connect(self.edit_funnels)
        self.filters.import_button.clicked.connect(self.import_file)
        self.empty_label = self.filters.empty_label
        self.grid_panel = FunnelGridPanel(controller)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("funnelTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.save_chart_button = self.filters.save_chart_button
        self.save_chart_button.clicked.connect(self.save_chart)
        self.tabs.setCornerWidget(self.save_chart_button)
        self.body.addWidget(self.filters)
        self.body.addWidget(self.tabs, 1)

    # -- building ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self.charts:
            self._build_charts()
        super().showEvent(event)

    def _build_charts(self) -> None:
        from okrdesk.ui.funnel.charts_host import build_charts

        self.charts = build_charts()
        for key, (title, widget) in self.charts.items():
            widget.setObjectName(widget.objectName() or f"{key}Chart")
            self.tabs.addTab(widget, title)
        self.tabs.addTab(self.grid_panel, self.tr("Data"))

    # -- reading -----------------------------------------------------------------------------

    def forget_workspace_state(self) -> None:
        """Another file: its first funnel, every source, variant and week."""
        self.reading.forget()
        self._shown_funnel = None
        self.filters.clear_choices()
        self.grid_panel.funnel_id = None  # rows added but not typed in belong to the last file
        self._chart_data = None  # the first tab is chosen below: not to be drawn from the last file
        self._charts_shown.clear()
        if self.charts:
            self.tabs.setCurrentIndex(0)

    def funnel_id(self) -> int | None:
        return self.filters.funnel_id()

    def show_funnel(self, funnel_id: int) -> None:
        """Switch to a funnel (after an import into it, say)."""
        self.filters.set_funnel(funnel_id)
        self.reload()

    def reload(self) -> None:
        workspace = self.controller.workspace
        self.reading.forget()
        self.funnels = []
        if workspace is None:
            self.filters.set_funnels([], None)
            self._show_data(FunnelData())
            return
        for button in (self.filters.import_button, self.filters.edit_funnels_button):
            button.setEnabled(not workspace.read_only)
        with workspace.engine.connect() as connection:
            self.funnels = definitions.list_funnels(connection)
            self.filters.set_funnels(self.funnels, self.filters.funnel_id())
            self._currency = read_settings(connection).currency
        funnel_id = self.funnel_id()
        if funnel_id is None:
            self._show_data(FunnelData())
            return
        self.reading.read(
            workspace,
            funnel_id,
            lambda data: self._show_data(data, funnel_id),
            self._read_failed,
            # The funnel shown, read again after a change: at once, as the Data tab's edits
            # act on its rows and the user types on.
            may_wait=funnel_id != self._shown_funnel,
        )

    @property
    def is_loading(self) -> bool:
        return self.reading.is_reading

    def _reading_started(self, counts: int) -> None:
        """A funnel of years is read in the background: the section says so, with no chart
        or grid of another funnel to act on meanwhile."""
        self._hide_data(self.tr("Reading %Ln weekly count(s)…", "", counts))

    def _read_failed(self, error: BaseException) -> None:
        """Said as an error in a slot is (a lost server by the window's banner); the funnel is
        read again when the section next shows or its data changes."""
        self._hide_data(self.tr("The funnel could not be read."))
        self._stale = True
        to_excepthook(error)

    def _hide_data(self, saying: str) -> None:
        self._shown_funnel = None
        self.stages, self._counts, self._spend, self._experiments = [], None, None, []
        self._chart_data = None
        self._charts_shown.clear()
        self.tabs.setVisible(False)
        self.filters.wait_for_choices()
        self.filters.show_saying(saying)

    def _show_data(self, data: FunnelData, funnel_id: int | None = None) -> None:
        self._shown_funnel = funnel_id
        self.stages, self._counts, self._spend = data.stages, data.counts, data.spend
        self._experiments = data.experiments
        weeks = []
        if self._counts is not None and not self._counts.empty:
            weeks = sorted(week.date() for week in self._counts["week"].unique())
        self.filters.set_choices(data.segments, data.variants, weeks)
        self._show_filtered()

    def _show_filtered(self) -> None:
        funnel_id = self.funnel_id()
        if funnel_id != self._shown_funnel:
            return  # its data is on its way (or its read failed): nothing of another to show
        segment, variant = self.filters.segment(), self.filters.variant()
        self.grid_panel.show_grid(funnel_id, segment, variant)
        has_data = funnel_id is not None and self._counts is not None and not self._counts.empty
        self.filters.show_empty(funnel_id is not None, has_data)
        self.tabs.setVisible(funnel_id is not None)
        self._chart_data = None
        self._charts_shown.clear()
        if not self.charts or funnel_id is None or self._counts is None:
            return
        from okrdesk.ui.funnel.charts_host import ChartData

        self._chart_data = ChartData(
            self._counts,
            self._spend,
            [stage.name for stage in self.stages],
            segment,
            variant,
            self.filters.week_range(),
            self._experiments,
            self._currency,
        )
        self._show_current_chart()
        if not has_data:
            self.tabs.setCurrentWidget(self.grid_panel)

    def _show_current_chart(self) -> None:
        """Draw the chart on show, unless it is drawn with these data and filters already.

        Only the chart in view is drawn, the others when their tab is chosen: over years of
        weeks each chart takes a noticeable part of a second to draw.
        """
        shown = self.tabs.currentWidget()
        key = next((key for key, (_t, widget) in self.charts.items() if widget is shown), None)
        if key is None or self._chart_data is None or key in self._charts_shown:
            return
        from okrdesk.ui.funnel.charts_host import show_chart

        show_chart(key, shown, self._chart_data)
        self._charts_shown.add(key)

    def _tab_changed(self) -> None:
        self.save_chart_button.setVisible(self.tabs.currentWidget() is not self.grid_panel)
        self._show_current_chart()

    # -- actions -----------------------------------------------------------------------------

    def edit_funnels(self) -> QWidget | None:
        from okrdesk.ui.funnel.definitions_dialog import FunnelDefinitionsDialog

        if self.controller.workspace is None:
            return None
        if self.definitions_dialog is None:
            self.definitions_dialog = FunnelDefinitionsDialog(
                self.window(), self.controller, self.funnel_id()
            )
        if self.definitions_dialog.isVisible():  # behind the main window, maybe
            self.definitions_dialog.raise_()
            self.definitions_dialog.activateWindow()
        else:
            self.definitions_dialog.reload(self.funnel_id())
            self.definitions_dialog.show()
        return self.definitions_dialog

    def import_file(self) -> QWidget | None:
        window = self.window()
        if hasattr(window, "import_file"):
            return window.import_file()
        return None

    def save_chart(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is None or widget is self.grid_panel:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"{self.tabs.tabText(self.tabs.currentIndex())}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if name:
            self.save_chart_to(name)

    def save_chart_to(self, path: str) -> None:
        from okrdesk.ui.funnel.charts.common import export_chart

        try:
            export_chart(self.tabs.currentWidget(), path)
        except (OSError, ValueError) as error:
            show_error(self, self.tr("Save chart"), error)
