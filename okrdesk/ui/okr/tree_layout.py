"""How the OKR tree and the side panel beside it share the width, saved per screen size.

The title column takes the free width; the other columns fit their content, captions
included. The user may drag the title wider (the tree then scrolls sideways) and drag the
splitter, down to hiding the side panel. Where the window cannot show every title whole next
to the side panel, the panel starts hidden and "Side panel" brings it back. Where the tree is
too narrow for a readable title (the side panel open on a laptop, longer column captions in
Polish or Russian), the last check-in, confidence and owner columns step aside in that order,
and come back as the room does: the side panel shows them for the chosen key result.

The content columns are measured once after the cycle's rows change (`measure`), not by the
header's ResizeToContents mode: that one measures every cell of every column again at each look
at a width, many times while the screen first shows. They fit every row of the cycle, shown or
not, so that typing a filter or folding an objective moves no column, and a text shared by many
cells (an owner, a status, a date) is measured once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QTimer,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from okrdesk.ui import settings
from okrdesk.ui.common.screen_fit import screen_key
from okrdesk.ui.okr.tree_model import CONFIDENCE, LAST_CHECKIN, OWNER, OkrTreeModel

TITLE_MIN = 160  # below this no title reads
TITLE_ROOM = 300  # below this the columns SPARE_COLUMNS make room for the title
SPARE_COLUMNS = (LAST_CHECKIN, CONFIDENCE, OWNER)
SIDE_DEFAULT = 420  # or the panel's own minimum, when wider
INDENTATION = 16
# The rows sizeHintForColumn looks at (those in view, then the next ones): the titles' width
# that decides where the side panel starts; 1,000 by default, half a second on a large cycle.
TITLE_ROWS_MEASURED = 100


# What changes a cell's width without a change of the model.
MEASURED_BY = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)


def _set_resize_modes(header: QHeaderView) -> None:
    """The title is the user's to drag; the content columns only `measure` sets."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)


class OkrTreeLayout(QObject):
    """Column widths of `tree` (its first column is the title), the `splitter` holding the tree
    and `side`, and the `toggle` button that shows or hides `side`."""

    def __init__(
        self, tree: QTreeView, splitter: QSplitter, side: QWidget, toggle: QPushButton
    ) -> None:
        super().__init__(tree)
        self.tree, self.splitter, self.side, self.toggle = tree, splitter, side, toggle
        self.user_title_width = 0  # 0: the title follows the free width
        self._fitting = False
        self._restored_for = ""
        self._chosen = False  # the user moved the splitter (now or in a saved layout)
        self._side_width = SIDE_DEFAULT  # what "Side panel" gives back
        self._spare_widths: dict[int, int] = {}  # a stepped-aside column's width
        self._widths: dict[int, int] = {}  # each content column's, as measured or grown since
        self._measured = False  # the content columns' widths are those of the cycle's rows
        self._title_width: int | None = None  # the titles' widest, until the rows change
        header = tree.header()
        header.setStretchLastSection(False)
        _set_resize_modes(header)
        header.setMinimumSectionSize(48)
        header.setResizeContentsPrecision(TITLE_ROWS_MEASURED)
        tree.setIndentation(INDENTATION)
        splitter.setChildrenCollapsible(True)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        toggle.setCheckable(True)
        toggle.toggled.connect(self.show_side)
        header.sectionResized.connect(self._section_resized)
        splitter.splitterMoved.connect(self._splitter_moved)
        tree.viewport().installEventFilter(self)
        splitter.installEventFilter(self)
        tree.installEventFilter(self)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.fit_title)
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.timeout.connect(self.measure)
        self._watch(self._rows())

    def _watch(self, model: QAbstractItemModel) -> None:
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.headerDataChanged,
        ):
            signal.connect(self.contents_changed)
        model.dataChanged.connect(self._data_changed)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """A few rows' texts changed in place (a check-in): a content column grows when one
        of them is wider, and keeps its width otherwise, rather than measuring every row again
        (it fits the rows exactly again after the next reading of the cycle)."""
        if not self._measured:
            return  # a measure of every row is on its way
        header = self.tree.header()
        model, option = top_left.model(), self._option()
        for column in range(max(top_left.column(), 1), bottom_right.column() + 1):
            delegate = self.tree.itemDelegateForColumn(column) or self.tree.itemDelegate()
            cells = (
                model.index(row, column, top_left.parent())
                for row in range(top_left.row(), bottom_right.row() + 1)
            )
            widest = max(delegate.sizeHint(option, cell).width() for cell in cells)
            width = min(widest, header.maximumSectionSize())
            if width > self._widths.get(column, 0):
                self._widths[column] = width
                header.resizeSection(column, width)

    # -- the content columns -----------------------------------------------------------------

    def expand_all(self) -> None:
        """Every row with rows under it unfolded.

        Not Qt's expandAll: it keeps a persistent index of every row, key results too (2,500
        of a large cycle's 3,000 rows), and each filtering and each change of the rows then
        updates them all."""
        self.tree.scheduleDelayedItemsLayout()  # expand() only notes each row; one layout after
        model = self._rows()
        proxies = self._proxies()
        parents = [model.node(QModelIndex())]
        while parents:
            for node in parents.pop().children:
                if not node.children:
                    continue
                index = model.index_of(node)
                for proxy in proxies:
                    index = proxy.mapFromSource(index)
                if index.isValid():  # shown under the filter, and so may be what is under it
                    self.tree.expand(index)
                    parents.append(node)

    def contents_changed(self) -> None:
        """The rows shown or their texts changed: the content columns are measured again once
        the changes of this turn are done, or sooner when a width is needed."""
        self._measured = False
        self._title_width = None
        self._remeasure.start(0)

    def measure(self) -> None:
        """Each content column as wide as its widest cell among the cycle's rows, or its caption
        (hidden ones too: the width they come back with)."""
        self._measured = True
        self._remeasure.stop()
        header = self.tree.header()
        least, most = header.minimumSectionSize(), header.maximumSectionSize()
        widest = self._widest_cells()
        for column in range(1, header.count()):
            caption = header.sectionSizeFromContents(column).width()
            width = min(max(widest.get(column, 0), caption, least), most)
            self._widths[column] = width
            if header.isSectionHidden(column) or header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _rows(self) -> OkrTreeModel:
        """The model of every row of the cycle: the one under the filter and the title's marks
        (which change no content column)."""
        model = self.tree.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        assert isinstance(model, OkrTreeModel)
        return model

    def _proxies(self) -> list[QAbstractProxyModel]:
        """The proxies between the tree model and the view, the tree model's first."""
        proxies = []
        model = self.tree.model()
        while isinstance(model, QAbstractProxyModel):
            proxies.append(model)
            model = model.sourceModel()
        return proxies[::-1]

    def _widest_cells(self) -> dict[int, int]:
        """Per content column, the widest size hint of its cells, one cell per distinct text."""
        model = self._rows()
        option = self._option()
        widest = {}
        for column, cells in model.text_samples(range(1, model.columnCount())).items():
            delegate = self.tree.itemDelegateForColumn(column) or self.tree.itemDelegate()
            widths = (delegate.sizeHint(option, cell).width() for cell in cells)
            widest[column] = max(widths, default=0)
        return widest

    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.tree.initViewItemOption(option)
        return option

    def _ensure_measured(self) -> None:
        if not self._measured:
            self.measure()

    # -- the title column --------------------------------------------------------------------

    def free_width(self) -> int:
        self._ensure_measured()
        header = self.tree.header()
        others = sum(
            header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c)
        )
        return self.tree.viewport().width() - others

    def make_room(self) -> None:
        """Spare columns step aside while the title has less than TITLE_ROOM, and come back
        (the last one to go first) when the title keeps that much with them."""
        header = self.tree.header()
        for column in SPARE_COLUMNS:
            if not header.isSectionHidden(column) and self.free_width() < TITLE_ROOM:
                self._spare_widths[column] = header.sectionSize(column)
                header.setSectionHidden(column, True)
        for column in reversed(SPARE_COLUMNS):
            if not header.isSectionHidden(column):
                continue
            if self.free_width() - self._spare_widths.get(column, 0) < TITLE_ROOM:
                break
            header.setSectionHidden(column, False)

    def fit_title(self) -> None:
        """The title column: the free width, or the user's wider choice."""
        self.make_room()
        width = max(self.free_width(), self.user_title_width, TITLE_MIN)
        header = self.tree.header()
        if header.sectionSize(0) != width:
            self._fitting = True
            try:
                header.resizeSection(0, width)
            finally:
                self._fitting = False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column != 0:
            self._refit.start(0)  # a content column grew or shrank
        elif not self._fitting:
            self.user_title_width = 0 if new <= self.free_width() else new
            self._save()

    def needed_tree_width(self) -> int:
        """The width that shows every title whole beside the other columns."""
        self._ensure_measured()
        header = self.tree.header()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        scroll = self.tree.verticalScrollBar().sizeHint().width()
        frame = 2 * self.tree.frameWidth()
        if self._title_width is None:
            self._title_width = self.tree.sizeHintForColumn(0)
        return self._title_width + others + scroll + frame

    # -- the side panel ----------------------------------------------------------------------

    def show_side(self, shown: bool) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or (sizes[1] > 0) == shown:
            return
        total = sum(sizes)
        least = self._side_min()
        side = min(max(self._side_width, least), max(total - TITLE_MIN, least))
        self.splitter.setSizes([total - side, side] if shown else [total, 0])
        self._chosen = True
        self._save()

    def _side_min(self) -> int:
        """The panel's narrowest: its tabs' buttons and tables whole."""
        return max(self.side.minimumSizeHint().width(), self.side.minimumWidth())

    def _splitter_moved(self) -> None:
        self._chosen = True
        side = self.splitter.sizes()[1]
        if side > 0:
            self._side_width = side
        self._sync_toggle()
        self._save()

    def _sync_toggle(self) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(self.splitter.sizes()[1] > 0)
        self.toggle.blockSignals(False)

    # -- saved per screen --------------------------------------------------------------------

    def _settings(self) -> tuple[settings.Setting, settings.Setting, settings.Setting]:
        key = screen_key(self.tree)
        return (
            settings.layout_setting("okr/splitter", key),
            settings.layout_setting("okr/header", key),
            settings.layout_setting("okr/titleWidth", key, int),
        )

    def _save(self) -> None:
        if not self._restored_for:
            return  # nothing shown yet: nothing the user chose
        splitter, header, title = self._settings()
        splitter.set(self.splitter.saveState())
        header.set(self.tree.header().saveState())
        title.set(self.user_title_width)

    def restore(self) -> None:
        """The layout saved for this screen size, or one that shows every title whole."""
        key = screen_key(self.tree)
        if self._restored_for == key or not self.splitter.isVisible() or self.tree.isHidden():
            return  # a hidden tree (rows read in the background, not yet shown) has no width
        if self.tree.model() is None or self.tree.model().rowCount() == 0:
            return  # the default needs the titles
        self._restored_for = key
        splitter, header, title = self._settings()
        saved = splitter.get()
        if not saved.isEmpty() and self.splitter.restoreState(saved):
            self.tree.header().restoreState(header.get())
            _set_resize_modes(self.tree.header())
            self._measured = False  # the saved widths were measured on other rows
            self.user_title_width = title.get()
            self._chosen = True
        else:
            self._default_sizes()
        side = self.splitter.sizes()[1]
        if side > 0:
            self._side_width = side
        self._sync_toggle()
        self.fit_title()

    def _default_sizes(self) -> None:
        # The splitter's own width: during its resize event its sizes are still the old ones.
        total = self.splitter.width() - self.splitter.handleWidth()
        side = total - self.needed_tree_width()
        if side >= self._side_min():
            side = min(side, max(SIDE_DEFAULT, self._side_min()))
            self.splitter.setSizes([total - side, side])
        else:
            self.splitter.setSizes([total, 0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree:
            if event.type() in MEASURED_BY:
                self.contents_changed()
            return False
        if event.type() == QEvent.Type.Show and watched is self.splitter:
            self.restore()  # rows that arrived while the section was hidden: no resize follows
            return False
        if event.type() == QEvent.Type.Resize:
            if watched is self.splitter:
                if self._restored_for and not self._chosen:
                    self._default_sizes()  # the window grew or shrank: the default follows
                self.restore()
                self._sync_toggle()
            else:
                self._refit.start(0)
        return False
