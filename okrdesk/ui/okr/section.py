"""The OKR screen: a cycle's objectives and key results, with pace, status and filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from okrdesk.domain.okr import Status
from okrdesk.store import bindings
from okrdesk.store import schema as db
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.store.okr.kr_changes import list_changes
from okrdesk.store.review import summary
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.section import Section
from okrdesk.ui.common.tasks import in_a_later_turn, to_excepthook
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.binding_actions import KrBindingActions
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from okrdesk.ui.okr.checkin_saves import checkin_save
from okrdesk.ui.okr.close.actions import CycleCloseActions
from okrdesk.ui.okr.delegates import ProgressDelegate, StatusDelegate
from okrdesk.ui.okr.details_panel import DetailsPanel
from okrdesk.ui.okr.editing import OkrEditing
from okrdesk.ui.okr.filter_model import OkrFilter, OkrFilterModel
from okrdesk.ui.okr.history_editing import HistoryEditing
from okrdesk.ui.okr.history_panel import HistoryPanel, local_times
from okrdesk.ui.okr.initiatives_panel import InitiativesPanel
from okrdesk.ui.okr.kpi_panel import KpiPanel
from okrdesk.ui.okr.moving import OkrMoving
from okrdesk.ui.okr.nodes import (
    KeyResultNode,
    Node,
    ObjectiveNode,
    update_key_results,
)
from okrdesk.ui.okr.status_text import status_name
from okrdesk.ui.okr.tree_layout import OkrTreeLayout
from okrdesk.ui.okr.tree_model import NODE_ROLE, PROGRESS, STATUS, OkrTreeModel
from okrdesk.ui.okr.tree_reading import CycleReading, CycleTree
from okrdesk.ui.store_commands import table_names


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *_indexes(model, index)]
    return found


TREE_MIN_WIDTH = 420
CHECK_IN_TABLES = table_names(db.CheckIn)


class OkrSection(Section):
    tables = table_names(
        db.Cycle, db.Objective, db.KeyResult, db.CheckIn, db.Person, db.Team, db.WorkspaceSettings
    )
    scrollable = False  # the tree and the history scroll by themselves

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(controller, self.tr("OKRs"), "")
        self._checkin_dialog: CheckInDialog | None = None
        self.cycles: list[okr_queries.CycleInfo] = []
        self._pending_selection: tuple[str, int] | None = None  # see select_item
        self._tree_cycle: int | None = None  # the cycle whose rows the tree holds
        self.awaiting_rows = False  # a big cycle is read in the background, nothing shown yet
        self._reveal: Callable[[], None] | None = None  # its rows, shown in the next turn
        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycleCombo")
        self.team_combo = QComboBox()
        self.owner_combo = QComboBox()
        self.status_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles…"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_name(status), status)

        self.editing = OkrEditing(self, controller)
        self.binding = KrBindingActions(self, controller)
        self.new_objective_button = QPushButton(self.tr("&New objective"))
        self.new_objective_button.clicked.connect(self.editing.new_objective)
        self.new_objective_button.setToolTip(self.tr("New objective (Ctrl+N)"))
        self.from_template_button = QPushButton(self.tr("From te&mplate…"))
        self.from_template_button.clicked.connect(self.editing.new_objective_from_template)
        self.from_template_button.setToolTip(
            self.tr("New objective with three key results from an example (Ctrl+Shift+T)")
        )
        self.new_key_result_button = QPushButton(self.tr("New &key result"))
        self.new_key_result_button.clicked.connect(self.editing.new_key_result)
        self.new_key_result_button.setToolTip(
            self.tr("New key result under the chosen objective (Ctrl+Shift+N)")
        )
        self.checkin_button = QPushButton(self.tr("Weekly &check-in…"))
        self.checkin_button.setObjectName("primaryButton")
        self.checkin_button.setToolTip(self.tr("Check in every key result (Ctrl+K)"))
        self.checkin_button.clicked.connect(self.start_checkin)

        self.cycle_close = CycleCloseActions(self, controller)
        self.close_cycle_button = QPushButton(self.tr("Close c&ycle…"))
        self.close_cycle_button.setToolTip(
            self.tr("Grade the key results, write the retrospective and close the cycle")
        )
        self.close_cycle_button.clicked.connect(self.cycle_close.close_cycle)
        self.reopen_cycle_button = QPushButton(self.tr("Re&open cycle"))
        self.reopen_cycle_button.clicked.connect(self.cycle_close.reopen_cycle)
        self.carry_over_button = QPushButton(self.tr("Ca&rry over…"))
        self.carry_over_button.setToolTip(
            self.tr("Copy unfinished key results into the next cycle")
        )
        self.carry_over_button.clicked.connect(self.cycle_close.carry_over)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for combo in (self.cycle_combo, self.team_combo, self.owner_combo, self.status_combo):
            # Filled after the first show (per workspace): as wide as the choices then.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for row, text, widget in (
            (actions, self.tr("&Cycle:"), self.cycle_combo),
            (filters, self.tr("&Team:"), self.team_combo),
            (filters, self.tr("O&wner:"), self.owner_combo),
            (filters, self.tr("&Status:"), self.status_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        for button in (self.close_cycle_button, self.reopen_cycle_button, self.carry_over_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.new_objective_button,
            self.from_template_button,
            self.new_key_result_button,
            self.checkin_button,
        ):
            actions.addWidget(button)
        filters.addStretch(1)
        self.search_edit.setMinimumWidth(240)
        filters.addWidget(self.search_edit)

        self.model = OkrTreeModel(self)
        self.proxy = OkrFilterModel(self)
        self.binding.marks.setSourceModel(self.model)
        self.proxy.setSourceModel(self.binding.marks)
        self.tree = QTreeView()
        self.tree.setObjectName("okrTree")
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(320)
        self.tree.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.tree))
        self.tree.setItemDelegateForColumn(STATUS, StatusDelegate(self.tree))
        self.tree.setMinimumWidth(TREE_MIN_WIDTH)
        self.empty_text = self.tr(
            "No objectives in this cycle yet. Write one with New objective (Ctrl+N), or "
            "start from an example with From template… (Ctrl+Shift+T)."
        )
        self.empty_label = QLabel(self.empty_text)
        self.empty_label.setObjectName("emptyLabel")

        self.details = DetailsPanel(self.editing.editor_for, lambda: self.controller.read_only)
        self.history = HistoryPanel()
        self.history_editing = HistoryEditing(self, self.history, controller)
        self.initiatives = InitiativesPanel(controller)
        self.kpis = KpiPanel(controller)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("okrSideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.details, self.tr("Details"))
        self.side_tabs.addTab(self.history, self.tr("History"))
        self.side_tabs.addTab(self.initiatives, self.tr("Initiatives"))
        self.side_tabs.addTab(self.kpis, self.tr("KPIs"))
        self.side_tabs.setCurrentWidget(self.history)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("okrSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.side_tabs)
        self.side_button = QPushButton(self.tr("Side &panel"))
        self.side_button.setToolTip(
            self.tr("Show or hide the details, history, initiatives and KPIs beside the tree")
        )
        filters.addWidget(self.side_button)
        self.tree_layout = OkrTreeLayout(self.tree, self.splitter, self.side_tabs, self.side_button)

        self.body.addLayout(actions)
        self.body.addLayout(filters)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(self.splitter, 1)

        self.reading = CycleReading(self)
        self.reading.started.connect(self._reading_started)
        self.cycle_combo.currentIndexChanged.connect(self._show_cycle)
        for combo in (self.team_combo, self.owner_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.proxy.rowsInserted.connect(self._unfold_inserted)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)  # F2 is an action
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions(self.editing.actions())
        self.tree.addActions(self.binding.actions())
        self.tree.activated.connect(self.editing.edit_selected)
        self.model.title_edited.connect(self.editing.rename)
        self.moving = OkrMoving(self, controller)
        self.tree.addActions(self.moving.actions())
        self.model.drop_requested.connect(self.moving.drop)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QTreeView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        checkin = QShortcut(QKeySequence("Ctrl+K"), self)
        checkin.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        checkin.activated.connect(self.start_checkin)

    def forget_workspace_state(self) -> None:
        """Another file: its running cycle, no selection, every filter cleared."""
        self.cycles = []
        for combo in (self.cycle_combo, self.team_combo, self.owner_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.status_combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.reading.forget()
        self._reveal = None
        self._tree_cycle = None
        self.model.set_root(Node())  # the rows, and the selection with them, were the last file's
        self._pending_selection = None
        if self.focusWidget() is not None:  # the tree would make its first row current
            self.focusWidget().clearFocus()
        self.history.clear()
        self.initiatives.clear()
        self.details.show_node(None)

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if not self._update_checked_in(tables):
            super()._tables_changed(tables)

    def _update_checked_in(self, tables: frozenset[str]) -> bool:
        """Check-ins of a few key results saved in this window, the tree in view: their rows
        and the objectives above them take the new values in place, without reading the whole
        cycle again. False when the tree must be read again (or later, once in view)."""
        key_results = getattr(tables, "check_ins_of", frozenset())
        cycle = self.selected_cycle()
        workspace = self.controller.workspace
        if not key_results or tables - CHECK_IN_TABLES or cycle is None or workspace is None:
            return False
        if self._stale or not self.isVisible() or self.controller.offline is not None:
            return False
        if self.reading.is_reading:
            return False  # the tree under way may have been read before this check-in
        with workspace.engine.connect() as connection:
            rows = okr_queries.key_result_rows(connection, key_results)
            thresholds = okr_queries.status_thresholds(connection)
        root = self.model.node(QModelIndex())
        changed = update_key_results(root, rows, cycle, clock.today(), thresholds)
        self.model.nodes_changed(changed)
        if self.current_node() in changed:
            self._current_changed()  # its history, details and buttons
        return True

    def _unfold_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows a change brings under the filter show unfolded, as every row does."""
        for row in range(first, last + 1):
            self.tree.expandRecursively(self.proxy.index(row, 0, parent))

    def selected_cycle(self) -> okr_queries.CycleInfo | None:
        index = self.cycle_combo.currentIndex()
        return self.cycles[index] if 0 <= index < len(self.cycles) else None

    def reload(self) -> None:
        """Reload the cycles, keeping the chosen one if it still exists."""
        chosen = self.selected_cycle()
        workspace = self.controller.workspace
        self.cycles = []
        if workspace is not None:
            with workspace.engine.connect() as connection:
                self.cycles = okr_queries.list_cycles(connection)
        today = clock.today()
        ids = [cycle.id for cycle in self.cycles]
        if chosen is not None and chosen.id in ids:
            current = ids.index(chosen.id)
        else:
            running = [i for i, c in enumerate(self.cycles) if c.start_date <= today <= c.end_date]
            current = running[0] if running else 0
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.cycles:
            text = cycle.name + (self.tr(" (closed)") if cycle.closed else "")
            self.cycle_combo.addItem(text, cycle.id)
        self.cycle_combo.setCurrentIndex(current if self.cycles else -1)
        self.cycle_combo.blockSignals(False)
        self._show_cycle()

    def _show_cycle(self) -> None:
        cycle = self.selected_cycle()
        self.reading.read(
            self.controller.workspace,
            cycle,
            clock.today(),
            lambda tree: self._show_tree(cycle, tree),
            self._read_failed,
            # The rows shown read again (after an edit): at once, as edits act on them.
            may_wait=cycle is None or cycle.id != self._tree_cycle,
        )

    @property
    def is_loading(self) -> bool:
        return self.reading.is_reading or self._reveal is not None

    def focus_target(self) -> QWidget | None:
        # The tree hidden while a big cycle is read takes the focus when it shows.
        return self.tree if self.awaiting_rows else super().focus_target()

    def _reading_started(self, key_results: int) -> None:
        """A big cycle is read in the background: the section says so, with nothing to act
        on (another cycle's rows, or none, were shown)."""
        self._hide_rows(self.tr("Reading %Ln key result(s)…", "", key_results))

    def _read_failed(self, error: BaseException) -> None:
        """Said as an error in a slot is (a lost server by the window's banner); the cycle is
        read again when the section next shows or its data changes."""
        self._hide_rows(self.tr("The cycle could not be read."))
        self._stale = True
        to_excepthook(error)

    def _hide_rows(self, saying: str) -> None:
        self.awaiting_rows = True
        self._reveal = None
        self._tree_cycle = None
        self.model.set_root(Node())
        self.tree.setVisible(False)
        self.empty_label.setText(saying)
        self.empty_label.setVisible(True)
        self.checkin_button.setEnabled(False)
        self.model.editable = False
        self._update_buttons()

    def _show_tree(self, cycle: okr_queries.CycleInfo | None, tree: CycleTree) -> None:
        current = self.tree.currentIndex().data(NODE_ROLE)
        kept = current if isinstance(current, KeyResultNode | ObjectiveNode) else None
        objectives = tree.objectives
        self._tree_cycle = cycle.id if cycle is not None else None
        if tree.currency is not None:
            self.model.currency = tree.currency
        self.model.set_root(tree.root)
        if cycle is not None:
            self.subtitle_label.setText(
                self.tr("{start} – {end}").format(
                    start=format_date(cycle.start_date), end=format_date(cycle.end_date)
                )
            )
        else:
            self.subtitle_label.setText(self.tr("No cycle yet: start one from the File menu."))
        self._fill_filter_choices(objectives)  # the filter unfolds every row
        writable = cycle is not None and not cycle.closed and not self.controller.read_only
        if self.awaiting_rows:
            # Rows that arrive late: their columns are measured in this turn and the tree
            # shows them in the next, as measuring and laying out thousands of rows in one
            # turn would freeze the window for over 100 ms.
            self.tree_layout.measure()
            self._reveal = reveal = lambda: self._show_rows(bool(objectives), writable, kept)
            in_a_later_turn(self, lambda: self._reveal is reveal and reveal())
            return
        self._show_rows(bool(objectives), writable, kept)

    def _show_rows(self, any_rows: bool, writable: bool, kept: Node | None) -> None:
        """The tree of the rows just set shown, or the cycle's empty text; the row chosen
        before (`kept`), or one asked for meanwhile, chosen again."""
        self._reveal = None
        self.checkin_button.setEnabled(writable and bool(self.key_result_nodes()))
        # The side tabs stay: KPIs belong to the workspace, not to the cycle's objectives.
        self.empty_label.setText(self.empty_text)
        self.tree.setVisible(any_rows)
        self.empty_label.setVisible(not any_rows)
        if self.awaiting_rows:
            # No resize follows rows that arrive late: their layout is chosen here.
            self.awaiting_rows = False
            self.tree_layout.restore()
            self._take_the_keys()
        self.model.editable = writable
        self._update_buttons()
        pending, self._pending_selection = self._pending_selection, None
        if pending is not None and self._select(*pending):
            return
        if kept is None or not self._select_again(kept):
            # A tree that took the focus as it showed made its first row current: unchosen.
            self.tree.selectionModel().clearCurrentIndex()
            self.history.clear()
            self.initiatives.clear()
            self.details.show_node(None)

    def _take_the_keys(self) -> None:
        """The tree shown in view takes the keys when nothing in the window has them: the
        widget that had them (the welcome page's recent file, the hidden tree) went away."""
        focus = self.window().focusWidget()
        if self.isVisible() and self.tree.isVisible() and (focus is None or not focus.isVisible()):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_filter_choices(self, objectives: list[okr_queries.ObjectiveRow]) -> None:
        teams = sorted({o.team_name for o in objectives if o.team_name}, key=str.casefold)
        owners = {o.owner_name for o in objectives} | {
            kr.owner_name for o in objectives for kr in o.key_results
        }
        for combo, everyone, values in (
            (self.team_combo, self.tr("All teams"), teams),
            (self.owner_combo, self.tr("All owners"), sorted(owners - {""}, key=str.casefold)),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)
        self._filter_rows(rows_new=True)

    def _apply_filter(self) -> None:
        self._filter_rows(rows_new=False)

    def _filter_rows(self, rows_new: bool) -> None:
        """Filter by the choices and the text; `rows_new`: the rows were read again."""
        status = self.status_combo.currentData()  # an enum crosses QVariant as its value
        had_current = self.tree.currentIndex().isValid()
        chosen = OkrFilter(
            team=self.team_combo.currentData() or "",
            owner=self.owner_combo.currentData() or "",
            status=Status(status) if status else None,
            text=self.search_edit.text().strip(),
        )
        narrower = chosen.narrows(self.proxy.okr_filter)
        self.proxy.set_filter(chosen)
        if rows_new or not narrower:  # rows came (back): unfolded, to show what matches
            self.tree_layout.expand_all()
        if had_current and not self.tree.currentIndex().isValid():
            # The filter hid the chosen row: a layout change drops it without currentChanged.
            self._current_changed()

    def _current_changed(self) -> None:
        self._show_history()
        self._show_details()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.editing.update_actions()
        self.binding.update_actions()
        self.new_objective_button.setEnabled(self.editing.new_objective_action.isEnabled())
        self.from_template_button.setEnabled(self.editing.new_from_template_action.isEnabled())
        self.new_key_result_button.setEnabled(self.editing.new_key_result_action.isEnabled())
        self.cycle_close.update_actions()
        self.close_cycle_button.setVisible(self.cycle_close.close_action.isEnabled())
        self.reopen_cycle_button.setVisible(self.cycle_close.reopen_action.isEnabled())
        self.carry_over_button.setVisible(self.cycle_close.reopen_action.isEnabled())

    def current_node(self) -> Node | None:
        return self.tree.currentIndex().data(NODE_ROLE)

    def objective_nodes(self) -> list[ObjectiveNode]:
        """Every objective of the shown cycle, in tree order, whatever the filters."""
        return [
            n for n in self._walk(self.model.node(QModelIndex())) if isinstance(n, ObjectiveNode)
        ]

    def children_of(self, parent_id: int | None) -> list[ObjectiveNode]:
        return [n for n in self.objective_nodes() if n.row_data.parent_id == parent_id]

    @staticmethod
    def _walk(node: Node) -> list[Node]:
        found: list[Node] = []
        for child in node.children:
            found += [child, *OkrSection._walk(child)]
        return found

    def select_key_result(self, key_result_id: int) -> bool:
        """Make a key result the current row, as a click would (the history panel follows)."""
        for index in _indexes(self.proxy):
            node = index.data(NODE_ROLE)
            if isinstance(node, KeyResultNode) and node.row_data.id == key_result_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def select_item(self, kind: str, item_id: int) -> None:
        """Make an objective or a key result ("objective" / "key_result") the selection; out of
        view, once the section shows again (its tree is then the last change behind)."""
        if not self.isVisible() or self.is_loading:
            self._pending_selection = (kind, item_id)
            return
        self._pending_selection = None
        self._select(kind, item_id)

    def _select(self, kind: str, item_id: int) -> bool:
        select = self.select_key_result if kind == "key_result" else self.select_objective
        if not select(item_id):
            return False
        self.tree.scrollTo(self.tree.currentIndex())
        return True

    def _select_again(self, node: KeyResultNode | ObjectiveNode) -> bool:
        if isinstance(node, KeyResultNode):
            return self.select_key_result(node.row_data.id)
        return self.select_objective(node.row_data.id)

    def select_objective(self, objective_id: int) -> bool:
        for index in _indexes(self.proxy):
            node = index.data(NODE_ROLE)
            if isinstance(node, ObjectiveNode) and node.row_data.id == objective_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def _show_details(self) -> None:
        self.details.show_node(self.current_node())

    def _show_history(self) -> None:
        node = self.tree.currentIndex().data(NODE_ROLE)
        cycle = self.selected_cycle()
        workspace = self.controller.workspace
        if not isinstance(node, KeyResultNode) or cycle is None or workspace is None:
            self.history.clear()
            self.initiatives.clear()
            return
        with workspace.engine.connect() as connection:
            points = okr_queries.key_result_history(connection, node.row_data.id)
            changes = local_times(list_changes(connection, node.row_data.id))
            settings = summary.display_settings(connection)
            # To the cycle's end: only the weeks on its edges are cut, never the week under way.
            earned = bindings.funnel_revenue(
                connection, node.row_data.id, cycle.start_date, cycle.end_date
            )
        source = self.binding.marks.texts.get(node.row_data.id, "")
        self.history.show_key_result(node, cycle, points, settings, source, earned, changes)
        writable = not cycle.closed and not self.controller.read_only
        self.history.set_editable(writable)
        self.initiatives.show_key_result(node.row_data, writable=writable)

    def key_result_nodes(self) -> list[KeyResultNode]:
        """Every key result of the shown cycle, in tree order, whatever the filters."""
        return [
            n for n in self._walk(self.model.node(QModelIndex())) if isinstance(n, KeyResultNode)
        ]

    def start_checkin(self) -> CheckInDialog | None:
        cycle = self.selected_cycle()
        workspace = self.controller.workspace
        if cycle is None or cycle.closed or workspace is None or not self.key_result_nodes():
            return None
        if workspace.read_only:
            return None
        with workspace.engine.connect() as connection:
            settings = summary.display_settings(connection)
        dialog = CheckInDialog(
            self,
            self.key_result_nodes(),
            settings,
            self._save_checkin,
            clock.today(),
            cycle=(cycle.start_date, cycle.end_date),
            existing=self.history_editing.stored_point,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._checkin_dialog = dialog
        dialog.open()
        return dialog

    def _save_checkin(self, values: CheckInValues) -> None:
        title = next(
            (
                n.row_data.title
                for n in self.key_result_nodes()
                if n.row_data.id == values.key_result_id
            ),
            "",
        )
        dialog = self._checkin_dialog
        seen = dialog.seen_day(values) if dialog is not None else None
        point = dialog.seen_point(values) if dialog is not None else None
        command = checkin_save(self.controller, self, values, title, clock.today(), seen, point)
        self.controller.undo_stack.push(command, self)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
