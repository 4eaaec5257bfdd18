"""Qt item model of the OKR tree: groups → objectives (aligned ones nested) → key results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from okrdesk.domain import okr
from okrdesk.ui.common.formatting import (
    OBJECTIVE_LEVELS,
    format_int,
    format_kr_measure,
    format_percent,
    label,
)
from okrdesk.ui.common.table_model import role_values
from okrdesk.ui.okr.nodes import GroupNode, KeyResultNode, Node, ObjectiveNode
from okrdesk.ui.okr.status_text import status_name, status_tooltip, warning_texts

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

TITLE, OWNER, PROGRESS, STATUS, CONFIDENCE, LAST_CHECKIN = range(6)
COLUMNS = 6
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-okrdesk-okr-item"
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (progress, expected or None) or None
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # an okr.Status or None


NO_FLAGS = Qt.ItemFlag.NoItemFlags
READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_MOVED = READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
# A key result's row is a leaf: the tree then asks neither whether it is unfolded nor for its
# children (through the filter, some 5,000 calls into Python of each layout of a big cycle).
_LEAF = Qt.ItemFlag.ItemNeverHasChildren
# The roles data() answers (see role_values).
_ANSWERED = role_values(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
) | {NODE_ROLE, PROGRESS_ROLE, STATUS_ROLE}
# node type -> flags while the cycle may not be edited.
_READ_ONLY_FLAGS = {KeyResultNode: READ_ONLY_FLAGS | _LEAF}
# (node type, title column?) -> flags while the cycle may be edited: titles are edited in
# place, objectives and key results dragged, and dropped on anything but a key result.
_EDITABLE_FLAGS = {
    (GroupNode, False): READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsDropEnabled,
    (GroupNode, True): READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsDropEnabled,
    (ObjectiveNode, False): _MOVED | Qt.ItemFlag.ItemIsDropEnabled,
    (ObjectiveNode, True): _MOVED | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEditable,
    (KeyResultNode, False): _MOVED | _LEAF,
    (KeyResultNode, True): _MOVED | Qt.ItemFlag.ItemIsEditable | _LEAF,
}


def grade_lines(grade: float | None) -> list[str]:
    """The grade given at the cycle's close, for a tooltip; nothing before the close."""
    if grade is None:
        return []
    return [
        QCoreApplication.translate("OkrTreeModel", "Graded {grade} at the cycle's close").format(
            grade=QLocale().toString(grade, "f", 1)
        )
    ]


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _shown_values(node: Node) -> tuple[Any, ...]:
    """What alone decides the text of each cell of `node` (with its type), by column: the
    values the model's data() formats there."""
    if isinstance(node, KeyResultNode):
        row = node.row_data
        shown = node.attainment if node.attainment is not None else node.progress
        return (
            KeyResultNode,
            row.title,
            row.owner_name,
            shown,
            node.status.status,
            row.confidence,
            node.days_silent,
        )
    if isinstance(node, ObjectiveNode):
        row = node.row_data
        return (
            ObjectiveNode,
            row.title,
            row.owner_name,
            node.progress,
            node.status,
            None,
            node.days_silent,
        )
    if isinstance(node, GroupNode):
        return (GroupNode, (node.level, node.team_name), None, None, None, None, None)
    return (type(node), None, None, None, None, None, None)


class OkrTreeModel(QAbstractItemModel):
    """Rows are GroupNode, ObjectiveNode and KeyResultNode (see okrdesk.ui.okr.nodes).

    Columns: title, owner, progress (with the expected pace in PROGRESS_ROLE), status (the rule
    in the tooltip), confidence, days since the last check-in. Read-only.
    """

    # A title was edited in place: (ObjectiveNode or KeyResultNode, new title). The model does
    # not change itself; the screen makes the edit an undoable command and reloads.
    title_edited = Signal(object, str)
    # An item was dropped: (dragged node, target node, row before which it landed or -1).
    # As with titles, the screen turns it into an undoable move and reloads.
    drop_requested = Signal(object, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node()
        self.editable = True
        self.currency = "EUR"  # the workspace's, for values in tooltips

    def set_root(self, root: Node) -> None:
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def nodes_changed(self, nodes: Sequence[Node]) -> None:
        """These nodes of the tree took new values in place: their rows show them."""
        for node in nodes:
            self.dataChanged.emit(
                self.createIndex(node.position, 0, node),
                self.createIndex(node.position, COLUMNS - 1, node),
            )

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index_of(self, node: Node) -> QModelIndex:
        """The first cell of `node`'s row (a node of this model's tree)."""
        return self.createIndex(node.position, 0, node)

    # -- structure ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # hasIndex's checks without its calls back into rowCount and columnCount: the views
        # and the proxies above ask for an index at every look at a cell.
        # An invalid index's pointer is None: one call into Qt fewer than isValid() first.
        node = parent.internalPointer()
        if node is None:
            children = self._root.children
        elif parent.column() != 0:
            return QModelIndex()
        else:
            children = node.children
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        node = index.internalPointer()
        parent = None if node is None else node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.position, 0, parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def hasChildren(self, parent: Index = ROOT) -> bool:
        # Qt's asks flags() and rowCount(), both in Python, for each row the tree lays out.
        if parent.isValid():
            return parent.column() == 0 and bool(parent.internalPointer().children)
        return bool(self._root.children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Objective / key result"),
            self.tr("Owner"),
            self.tr("Progress"),
            self.tr("Status"),
            self.tr("Confidence"),
            self.tr("Checked in"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Looked up, not or-ed together: Python's enum operators cost more than the rest of
        # a call made for each row the tree lays out.
        node = index.internalPointer()
        if node is None:
            return _ROOT_FLAGS if self.editable else NO_FLAGS
        if not self.editable:
            return _READ_ONLY_FLAGS.get(type(node), READ_ONLY_FLAGS)
        kind = (type(node), index.column() == TITLE)
        return _EDITABLE_FLAGS.get(kind, READ_ONLY_FLAGS)

    # -- drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        nodes = [self.node(i) for i in indexes if i.isValid() and i.column() == TITLE]
        dragged = [n for n in nodes if isinstance(n, ObjectiveNode | KeyResultNode)]
        mime = QMimeData()
        if dragged:
            node = dragged[0]
            kind = "objective" if isinstance(node, ObjectiveNode) else "key_result"
            mime.setData(MIME_TYPE, f"{kind}:{node.row_data.id}".encode())
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        kind, _sep, item_id = bytes(data.data(MIME_TYPE)).decode().partition(":")
        node = self._find(kind, int(item_id))
        if node is not None:
            self.drop_requested.emit(node, self.node(parent), row)
        return False  # the move reaches the view through a reload, not through this model

    def _find(self, kind: str, item_id: int) -> Node | None:
        wanted = ObjectiveNode if kind == "objective" else KeyResultNode
        stack = [self._root]
        while stack:
            node = stack.pop()
            if isinstance(node, wanted) and node.row_data.id == item_id:
                return node
            stack.extend(node.children)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self.title_edited.emit(self.node(index), str(value))
        return False

    # -- data --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        node = index.internalPointer()
        if node is None:
            return None
        if role == NODE_ROLE:
            return node
        return self._data(node, index.column(), role)

    def _data(self, node: Node, column: int, role: int) -> Any:
        if isinstance(node, GroupNode):
            return self._group_data(node, column, role)
        if isinstance(node, ObjectiveNode):
            return self._objective_data(node, column, role)
        if isinstance(node, KeyResultNode):
            return self._key_result_data(node, column, role)
        return None

    def text_samples(self, columns: Sequence[int]) -> dict[int, list[QModelIndex]]:
        """Per column, one cell of each distinct text it shows, in every row whether a filter
        shows it or not: what the column's width is measured on. Read from the nodes, without
        an index or a call of data() per cell."""
        # A text is made once per value it shows (an owner, a status, a count of days), not
        # once per cell: formatting and translating every cell was most of the measuring.
        # Per column: (node type, value) -> the first node showing it.
        firsts: dict[int, dict[tuple[type, Any], Node]] = {column: {} for column in columns}
        parents = [self._root]
        while parents:
            parent = parents.pop()
            parents.extend(parent.children)
            for node in parent.children:
                shown = _shown_values(node)
                for column, first in firsts.items():
                    first.setdefault((shown[0], shown[column + 1]), node)
        display = Qt.ItemDataRole.DisplayRole
        samples: dict[int, list[QModelIndex]] = {}
        for column, first in firsts.items():
            seen: dict[Any, QModelIndex] = {}
            for node in first.values():
                text = self._data(node, column, display)
                if text not in seen:
                    seen[text] = self.createIndex(node.position, column, node)
            samples[column] = list(seen.values())
        return samples

    def _group_data(self, node: GroupNode, column: int, role: int) -> Any:
        if column == TITLE and role == Qt.ItemDataRole.DisplayRole:
            if node.level == "team":
                return node.team_name or QCoreApplication.translate(
                    "OkrTreeModel", "Team objectives without a team"
                )
            return label(OBJECTIVE_LEVELS, node.level)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _objective_data(self, node: ObjectiveNode, column: int, role: int) -> Any:
        row = node.row_data
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OWNER:
                return row.owner_name
            if column == PROGRESS:
                return format_percent(node.progress, 0)
            if column == STATUS:
                return status_name(node.status) if node.status else ""
            if column == LAST_CHECKIN:
                return self._days_text(node.days_silent)
            return None
        if role == PROGRESS_ROLE and column == PROGRESS and node.progress is not None:
            return (node.progress, node.expected)
        if role == STATUS_ROLE and column == STATUS:
            return node.status
        if role == Qt.ItemDataRole.ToolTipRole and column == PROGRESS:
            return self._objective_progress_tooltip(node)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join([row.title, *warning_texts(node)])
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and node.warnings:
            return warning_icon()
        if role == Qt.ItemDataRole.FontRole and column == TITLE:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return self._alignment(column, role)

    def _key_result_data(self, node: KeyResultNode, column: int, role: int) -> Any:
        row = node.row_data
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OWNER:
                return row.owner_name
            if column == PROGRESS:
                shown = node.attainment if node.attainment is not None else node.progress
                return format_percent(shown, 0)
            if column == STATUS:
                return status_name(node.status.status)
            if column == CONFIDENCE:
                return "—" if row.confidence is None else format_int(row.confidence)
            if column == LAST_CHECKIN:
                return self._days_text(node.days_silent)
            return None
        if role == PROGRESS_ROLE and column == PROGRESS:
            # No pace tick where the pace does not judge the KR (stay above/below, yes/no).
            return (node.progress, node.expected if okr.follows_pace(row.kind) else None)
        if role == STATUS_ROLE and column == STATUS:
            return node.status.status
        if role == Qt.ItemDataRole.ToolTipRole and column in (PROGRESS, STATUS):
            return "\n".join([status_tooltip(node.status), *grade_lines(row.grade)])
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join([row.title, self._values_line(row)])
        return self._alignment(column, role)

    def _values_line(self, row: Any) -> str:
        """ "48 h → 12 h, now 30 h": the key result's values in its unit and decimals."""

        def value(number: float) -> str:
            return format_kr_measure(
                number, row.kind, row.unit, self.currency, row.unit_label, row.decimals
            )

        line = f"{value(row.start_value)} → {value(row.target_value)}"
        if row.current is None:
            return line
        return QCoreApplication.translate("OkrTreeModel", "{values}, now {current}").format(
            values=line, current=value(row.current)
        )

    def _objective_progress_tooltip(self, node: ObjectiveNode) -> str:
        lines = [
            QCoreApplication.translate("OkrTreeModel", "Own key results: {share}").format(
                share=format_percent(node.progress, 0)
            ),
        ]
        if node.aligned_progress is not None:
            lines.append(
                QCoreApplication.translate("OkrTreeModel", "Aligned objectives: {share}").format(
                    share=format_percent(node.aligned_progress, 0)
                )
            )
        lines.append(
            QCoreApplication.translate("OkrTreeModel", "Expected by today: {share}").format(
                share=format_percent(node.expected, 0)
            )
        )
        return "\n".join([*lines, *grade_lines(node.row_data.grade)])

    def _days_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("never")
        if days == 0:
            return self.tr("today")
        return self.tr("%Ln d ago", "days since the last check-in", days)

    @staticmethod
    def _alignment(column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CONFIDENCE, LAST_CHECKIN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
