"""A long table's short columns and its word-wrapped rows fitted to their content, without
Qt measuring every cell.

QHeaderView's ResizeToContents mode measures every cell of a column, and on the vertical
header every row, at each look at a size, hidden or not: on a table of a thousand rows (years
of decided experiments) that took seconds when the screen opened. Here a short column is
measured once per change of the rows, by the cell of its widest text, and the rows' heights are
fitted for the rows in view only, as they come into view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

from okrdesk.ui.common.table_model import ReadOnlyTableModel

# What changes a cell's size without a change of the rows.
MEASURED_BY = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)


class TableFit(QObject):
    """Fits `columns` of `table` (whose rows are `model`'s, under any proxy) to their widest
    cell or caption, and each row in view to its cells' height."""

    def __init__(
        self, table: QTableView, model: ReadOnlyTableModel, columns: Sequence[int]
    ) -> None:
        super().__init__(table)
        self.table, self.model, self.columns = table, model, tuple(columns)
        header = table.horizontalHeader()
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._measure = self._timer(self.fit_columns)
        self._fit = self._timer(self.fit_rows_in_view)
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self.columns_changed)
        view_model = table.model()
        for signal in (
            view_model.modelReset,
            view_model.layoutChanged,
            view_model.rowsInserted,
            view_model.rowsRemoved,
            header.sectionResized,  # a wrapped text's height follows its column's width
            table.verticalScrollBar().valueChanged,
        ):
            signal.connect(self.rows_changed)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    # The signals' arguments are dropped: QTimer.start(int) would take one as its delay.
    def columns_changed(self, *_why: object) -> None:
        """The columns are measured again once the changes of this turn are done."""
        self._measure.start()

    def rows_changed(self, *_why: object) -> None:
        """The rows in view are fitted again once the changes of this turn are done."""
        self._fit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in MEASURED_BY:
            self.columns_changed()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.rows_changed()
        return False

    def fit_columns(self) -> None:
        """Each column as wide as its widest cell among all rows, or its caption: the cell of
        the widest text, by the font's advance, measured as the view measures a cell."""
        header = self.table.horizontalHeader()
        option = QStyleOptionViewItem()
        self.table.initViewItemOption(option)
        metrics = QFontMetrics(option.font)
        grid = 1 if self.table.showGrid() else 0  # a cell's line, as sizeHintForColumn counts it
        for column in self.columns:
            cells: dict[str, int] = {}
            for row in range(self.model.rowCount()):
                cells.setdefault(self.model.display(self.model.row(row), column), row)
            widest = 0
            if cells:
                row = cells[max(cells, key=metrics.horizontalAdvance)]
                delegate = self.table.itemDelegateForColumn(column) or self.table.itemDelegate()
                widest = delegate.sizeHint(option, self.model.index(row, column)).width() + grid
            caption = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(widest, caption, header.minimumSectionSize()))
        self.rows_changed()

    def fit_rows_in_view(self) -> None:
        """The rows in view as tall as their cells (a wrapped text's lines); the others keep
        their height until they come into view."""
        self._fit.stop()
        rows = self.table.model().rowCount()
        height = self.table.viewport().height()
        row = max(self.table.rowAt(0), 0)
        while row < rows and self.table.rowViewportPosition(row) < height:
            self.table.resizeRowToContents(row)
            row += 1
