"""Beside the OKRs: the team's KPIs, each with its latest value, its colour by the green and
red thresholds, and a sparkline of its values; add, edit, delete a KPI, record a value.

Every action is one command on the workspace's undo stack.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from okrdesk.domain.kpi import KpiStatus, KpiValues
from okrdesk.store.okr import kpis as store
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.okr.kpis import KpiRow
from okrdesk.store.review import summary
from okrdesk.store.schema import Kpi, Team, WorkspaceSettings
from okrdesk.ui import row_edits, store_commands
from okrdesk.ui.charts.sparkline import Sparkline, paint_sparkline
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.common.table_keys import TableKeys
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.kpi_editors import (
    STATUS_NAMES,
    UNIT_NAMES,
    KpiEditor,
    KpiValueDialog,
    format_kpi_value,
    kpi_tr,
    threshold_text,
)

NAME, LATEST, TREND = range(3)
VALUES_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {
    KpiStatus.GREEN: QColor("#16a34a"),
    KpiStatus.AMBER: QColor("#f59e0b"),
    KpiStatus.RED: QColor("#dc2626"),
}


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class KpiModel(ReadOnlyTableModel):
    """Rows are KpiRows: the name (and team), the latest value with its status dot, the trend.

    VALUES_ROLE on the trend column gives the values, oldest first; STATUS_ROLE the latest
    value's KpiStatus value (or None).
    """

    numeric_columns = frozenset({LATEST})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"
        self._dots = {status: _dot(colour) for status, colour in COLOURS.items()}

    def headers(self) -> Sequence[str]:
        return (self.tr("KPI"), self.tr("Latest"), self.tr("Trend"))

    def display(self, row: KpiRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == LATEST:
            latest = row.latest
            return "—" if latest is None else format_kpi_value(latest[1], row.unit, self.currency)
        return ""

    def tooltip(self, row: KpiRow, column: int) -> str | None:
        lines = [row.name]
        if row.team_name:
            lines.append(self.tr("Team: {team}").format(team=row.team_name))
        latest = row.latest
        if latest is None:
            lines.append(self.tr("No value recorded yet."))
        else:
            lines.append(
                self.tr("{value} on {date}: {status}").format(
                    value=format_kpi_value(latest[1], row.unit, self.currency),
                    date=format_date(latest[0]),
                    status=kpi_tr(STATUS_NAMES[row.status]),
                )
            )
        lines.append(threshold_text(row, self.currency))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: KpiRow = self.row(index.row())
        if role == VALUES_ROLE:
            return [value for _, value in row.points]
        if role == STATUS_ROLE:
            return row.status.value if row.status else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == LATEST:
            return self._dots.get(row.status)
        return super().data(index, role)


class SparklineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)  # background and selection
        status = index.data(STATUS_ROLE)
        colour = COLOURS.get(KpiStatus(status)) if status else None
        paint_sparkline(painter, QRectF(option.rect), index.data(VALUES_ROLE) or [], colour)


KPI_FIELDS = tuple(KpiValues.__dataclass_fields__)
VALUE_FIELDS = ("measured_on", "value")


def _shown(currency: str, unit: str) -> row_edits.Shown:
    """A KPI's unit in words and its values in its unit, for the conflict dialog."""

    def shown(name: str, value: Any) -> str | None:
        if name == "unit" and value in UNIT_NAMES:
            return kpi_tr(UNIT_NAMES[value])
        if name in ("green_threshold", "red_threshold", "value") and value is not None:
            return format_kpi_value(value, unit, currency)
        return None

    return shown


def edit_command(
    controller: WorkspaceController,
    parent: QWidget | None,
    row: KpiRow,
    values: KpiValues,
    currency: str,
) -> store_commands.StoreCommand:
    """`values` over the KPI as read (`row`, with its version): someone else's change since is
    shown beside mine, never overwritten (okrdesk.ui.row_edits)."""
    return row_edits.guarded_update(
        controller,
        parent,
        QCoreApplication.translate("KpiPanel", "Edit KPI {name}").format(name=values.name),
        store.update_kpi,
        row.id,
        values,
        row.version,
        model=Kpi,
        seen=asdict(row.values),
        fields=KPI_FIELDS,
        make=lambda fields: KpiValues(**fields),
        tables=store_commands.KPIS,
        shown=_shown(currency, values.unit),
    )


def record_value_command(
    controller: WorkspaceController,
    row: KpiRow,
    day: dt.date,
    value: float,
    parent: QWidget | None = None,
    currency: str = "EUR",
    seen: tuple[int, float | None] | None = None,
) -> store_commands.StoreCommand:
    """A KPI's value on a day, over the day's value as `row` read it (or `seen`: its version,
    0 for none, and value); undo puts back the value it replaced, or removes it."""
    version, read = (
        seen if seen is not None else (row.value_version(day), dict(row.points).get(day))
    )

    def put_back(session: Session, replaced: float | None, expected: int) -> int:
        if replaced is None:
            store.remove_kpi_value(session, row.id, day, expected)
            return 0  # no value that day
        store.record_kpi_value(session, row.id, day, replaced, expected)
        return expected + 1

    def again(now: row_edits.Fields, their_version: int, both: row_edits.Fields) -> Any:
        theirs = (their_version, now["value"])
        return record_value_command(controller, row, day, both["value"], parent, currency, theirs)

    return row_edits.guarded(
        controller,
        parent,
        QCoreApplication.translate("KpiPanel", "Value of {name}").format(name=row.name),
        lambda session, expected: store.record_kpi_value(session, row.id, day, value, expected),
        put_back,
        version,
        seen={"measured_on": day, "value": read},
        fields=VALUE_FIELDS,
        again=again,
        tables=store_commands.KPIS,
        shown=_shown(currency, row.unit),
        row=("kpi_values", (row.id, day)),
    )


class KpiPanel(ReloadsWhenShown, QWidget):
    """Every KPI of the workspace; the chosen one's thresholds and a larger sparkline below."""

    tables = store_commands.table_names(store_commands.KPIS, {Team, WorkspaceSettings})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiPanel")
        self._controller = controller
        self.currency = "EUR"
        self.model = KpiModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(TREND, SparklineDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LATEST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TREND, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TREND, 110)
        self.table.doubleClicked.connect(self.record_value)
        TableKeys(self.table, self.delete_selected, self.record_value)
        self.new_button = QPushButton(self.tr("New KP&I…"))
        self.new_button.clicked.connect(self.new_kpi)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.record_button = QPushButton(self.tr("Record val&ue…"))
        self.record_button.setToolTip(self.tr("Record the chosen KPI's value for a day"))
        self.record_button.clicked.connect(self.record_value)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("panelTitle")
        self.detail_title.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("sectionSubtitle")
        self.detail_label.setWordWrap(True)
        self.sparkline = Sparkline()
        self.sparkline.setFixedHeight(72)
        self.empty_label = QLabel(
            self.tr("No KPIs yet: add the health metrics the team watches beside its OKRs.")
        )
        self.empty_label.setObjectName("sectionSubtitle")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.sparkline)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.watch(controller)

    def forget_workspace_state(self) -> None:
        """Another file: its first KPI is chosen, not the row of the same id."""
        self.table.clearSelection()

    def reload(self) -> None:
        workspace = self._controller.workspace
        chosen = self.selected()
        rows: list[KpiRow] = []
        if workspace is not None:
            with workspace.engine.connect() as connection:
                rows = store.list_kpis(connection)
                self.currency = summary.display_settings(connection).currency
        self.model.currency = self.currency
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        chosen_id = chosen.id if chosen is not None else None
        for number, row in enumerate(rows):
            if row.id == chosen_id or (chosen_id is None and number == 0):
                self.table.selectRow(number)
                break
        self._show_selected()

    def rows(self) -> list[KpiRow]:
        return [self.model.row(n) for n in range(self.model.rowCount())]

    def selected(self) -> KpiRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, kpi_id: int) -> None:
        for number, row in enumerate(self.rows()):
            if row.id == kpi_id:
                self.table.selectRow(number)

    def _show_selected(self) -> None:
        row = self.selected()
        writable = self._controller.workspace is not None and not self._controller.read_only
        self.new_button.setEnabled(writable)
        for button in (self.edit_button, self.delete_button, self.record_button):
            button.setEnabled(writable and row is not None)
        for widget in (self.detail_title, self.detail_label, self.sparkline):
            widget.setVisible(row is not None)
        if row is None:
            self.sparkline.set_data([])
            return
        self.detail_title.setText(row.name)
        if row.latest is None:
            latest = self.tr("No value yet.")
        else:
            latest = self.tr(
                "Latest {value} on {date}; %Ln value(s) since {first}.", "", len(row.points)
            ).format(
                value=format_kpi_value(row.latest[1], row.unit, self.currency),
                date=format_date(row.latest[0]),
                first=format_date(row.points[0][0]),
            )
        self.detail_label.setText(latest + "\n" + threshold_text(row, self.currency))
        self.sparkline.set_data(
            [value for _, value in row.points], COLOURS.get(row.status) if row.status else None
        )

    # -- actions -----------------------------------------------------------------------------

    def _teams(self) -> list[tuple[int, str]]:
        with self._controller.workspace.engine.connect() as connection:
            return okr_queries.teams(connection)

    def _open(self, dialog: QDialog, on_accept) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.open()

    def _selected_to_change(self) -> KpiRow | None:
        """The chosen KPI, unless the workspace is read-only (then keys and clicks do nothing)."""
        return None if self._controller.read_only else self.selected()

    def new_kpi(self) -> KpiEditor | None:
        if self._controller.workspace is None or self._controller.read_only:
            return None
        start = KpiValues("", "number", None, True, 0.0, 0.0)
        taken = {row.name for row in self.rows()}
        dialog = KpiEditor(self, self.tr("New KPI"), self._teams(), taken, self.currency, start)

        def create(values: KpiValues) -> None:
            command = store_commands.create(
                self._controller,
                self.tr("New KPI {name}").format(name=values.name),
                functools.partial(store.create_kpi, values=values),
                store.delete_kpi,
                store.restore_kpi,
                tables=store_commands.KPIS,
            )
            self._controller.undo_stack.push(command)
            if command.result is not None:
                self.select(command.result)

        self._open(dialog, create)
        return dialog

    def edit_selected(self) -> KpiEditor | None:
        row = self._selected_to_change()
        if row is None:
            return None
        taken = {r.name for r in self.rows() if r.id != row.id}
        dialog = KpiEditor(
            self, self.tr("Edit KPI"), self._teams(), taken, self.currency, row.values
        )

        def update(values: KpiValues) -> None:
            if values != row.values:
                command = edit_command(self._controller, self, row, values, self.currency)
                self._controller.undo_stack.push(command, self)

        self._open(dialog, update)
        return dialog

    def delete_selected(self) -> bool:
        row = self._selected_to_change()
        if row is None:
            return False
        self._controller.undo_stack.push(
            store_commands.delete(
                self._controller,
                self.tr("Delete KPI {name}").format(name=row.name),
                store.delete_kpi,
                store.restore_kpi,
                row.id,
                tables=store_commands.KPIS,
            )
        )
        return True

    def record_value(self) -> KpiValueDialog | None:
        row = self._selected_to_change()
        if row is None:
            return None
        dialog = KpiValueDialog(self, row, self.currency)

        def record(values: tuple[dt.date, float]) -> None:
            day, value = values
            command = record_value_command(self._controller, row, day, value, self, self.currency)
            self._controller.undo_stack.push(command, self)

        self._open(dialog, record)
        return dialog
