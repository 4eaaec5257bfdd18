"""The OKR screen's "Bind to funnel metric…" action, its undo command, and the bound marks.

`BindingMarks` sits between the OKR tree model and its filter: a bound key result's title
gets a small funnel icon and its tooltip says where the value comes from.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from okrdesk.store import bindings, schema
from okrdesk.store.bindings import Binding
from okrdesk.store.review import summary
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.binding_conflicts import show_conflict
from okrdesk.ui.okr.binding_dialog import BindingDialog, describe, funnel_choices
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE, TITLE

# What a bound key result's marks read from: a renamed funnel or stage changes the text.
MARK_TABLES = store_commands.table_names(
    store_commands.BINDINGS, {schema.Funnel, schema.FunnelStage, schema.KeyResult}
)
# As plain numbers: data() is asked for a dozen roles at each cell the tree paints.
MARKED_ROLES = frozenset(
    role.value for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole)
)


def funnel_icon(colour: str = "#2f6fb2") -> QIcon:
    """A small funnel drawn in code, so no image file is needed."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), 1.2))  # stays visible on a selected row
    painter.setBrush(QColor(colour))
    points = [(1, 2), (15, 2), (9.5, 8.5), (9.5, 14), (6.5, 15), (6.5, 8.5)]
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    painter.end()
    return QIcon(pixmap)


class Unseen:
    """No binding was read: the change is not checked against one."""


UNSEEN = Unseen()


def bind_command(
    controller: WorkspaceController,
    text: str,
    key_result_id: int,
    new: Binding | None,
    seen: Binding | Unseen | None = UNSEEN,
    title: str = "",
) -> store_commands.StoreCommand:
    """Bind a key result (binding given) or unbind it (None); undo puts back what was. With
    `seen` (the binding the dialog read), a binding someone else changed since is refused in
    words, and so is an undo over a later change."""

    def bind(session: Session) -> Binding | None:
        if not isinstance(seen, Unseen):
            bindings.require_binding(session, key_result_id, seen, title, new)
        if new is None:
            return bindings.unbind(session, key_result_id)
        return bindings.bind(
            session,
            new.key_result_id,
            new.funnel_id,
            new.metric,
            new.from_stage_id,
            new.to_stage_id,
            new.segment,
        )

    def undo(session: Session, previous: Binding | None) -> None:
        if not isinstance(seen, Unseen):
            left = None if new is None else replace(new, segment=new.segment.strip())
            bindings.require_binding(session, key_result_id, left, title, previous)
        bindings.restore_binding(session, previous, key_result_id)

    command = store_commands.change(controller, text, bind, undo, tables=store_commands.BINDINGS)
    if not isinstance(seen, Unseen) and controller.workspace is not None:
        workspace = controller.workspace

        def again(mine: Binding | None, theirs: Binding | None) -> None:
            controller.undo_stack.push(
                bind_command(controller, text, key_result_id, mine, theirs, title)
            )

        command.on_conflict = lambda error: show_conflict(
            controller.undo_stack.window, error, funnel_choices(workspace), again
        )
    return command


class BindingMarks(QIdentityProxyModel):
    """Passes the OKR tree through; bound key results get an icon and a tooltip line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[int, str] = {}
        self._icon: QIcon | None = None

    def set_texts(self, texts: dict[int, str]) -> None:
        if texts == self.texts:
            return
        self.texts = texts
        self._title_changed(QModelIndex())

    def _title_changed(self, parent: QModelIndex) -> None:
        """dataChanged for the titles at every depth (a reset would collapse the tree)."""
        rows = self.rowCount(parent)
        if not rows:
            return
        roles = [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole]
        self.dataChanged.emit(
            self.index(0, TITLE, parent), self.index(rows - 1, TITLE, parent), roles
        )
        for row in range(rows):
            self._title_changed(self.index(row, 0, parent))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in MARKED_ROLES or index.column() != TITLE:
            return super().data(index, role)
        value = super().data(index, role)
        node = super().data(index, NODE_ROLE)
        if not isinstance(node, KeyResultNode) or node.row_data.id not in self.texts:
            return value
        if role == Qt.ItemDataRole.DecorationRole:
            if self._icon is None:
                self._icon = funnel_icon()
            return value if value is not None else self._icon
        text = self.texts[node.row_data.id]
        return f"{value}\n{text}" if value else text


class KrBindingActions(QObject):
    """`section` is the OKR screen: it gives the chosen key result and cycle."""

    def __init__(self, section: QWidget, controller: WorkspaceController) -> None:
        super().__init__(section)
        self._section = section
        self._controller = controller
        self.marks = BindingMarks(self)
        self.bind_action = QAction(self.tr("Bind to funnel &metric…"), section)
        self.bind_action.setToolTip(
            self.tr("Take the key result's weekly value from a funnel metric")
        )
        self.bind_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bind_action.triggered.connect(self.open_dialog)
        section.addAction(self.bind_action)
        controller.opened.connect(self.reload_marks)
        controller.changed.connect(self._tables_changed)
        self.reload_marks()

    def actions(self) -> list[QAction]:
        return [self.bind_action]

    def update_actions(self) -> None:
        cycle = self._section.selected_cycle()
        node = self._section.current_node()
        self.bind_action.setEnabled(
            cycle is not None
            and not cycle.closed
            and not self._controller.read_only
            and isinstance(node, KeyResultNode)
        )

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & MARK_TABLES:
            self.reload_marks()

    def reload_marks(self) -> None:
        workspace = self._controller.workspace
        if workspace is None:
            self.marks.set_texts({})
            return
        with workspace.engine.connect() as connection:
            named = bindings.named_bindings(connection)
        self.marks.set_texts({kr: describe(n) for kr, n in named.items()})

    def open_dialog(self) -> BindingDialog | None:
        node = self._section.current_node()
        workspace = self._controller.workspace
        if workspace is None or not isinstance(node, KeyResultNode):
            return None
        if not self.bind_action.isEnabled():
            return None
        row = node.row_data
        with workspace.engine.connect() as connection:
            current = bindings.binding(connection, row.id)
            currency = summary.display_settings(connection).currency
        dialog = BindingDialog(
            self._section,
            workspace,
            row.id,
            row.title,
            row.unit,
            currency,
            funnel_choices(workspace),
            current,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._apply(dialog, row.id, row.title, current))
        dialog.open()
        return dialog

    def _apply(
        self, dialog: BindingDialog, key_result_id: int, title: str, current: Binding | None
    ) -> None:
        if dialog.unbind_requested:
            if current is None:
                return
            text = QCoreApplication.translate("KrBinding", "Unbind {title}").format(title=title)
            self._controller.undo_stack.push(
                bind_command(self._controller, text, key_result_id, None, current, title),
                self._section,
            )
            return
        new = dialog.values()
        if new is None or new == current:
            return
        text = QCoreApplication.translate("KrBinding", "Bind {title} to a funnel metric").format(
            title=title
        )
        self._controller.undo_stack.push(
            bind_command(self._controller, text, key_result_id, new, current, title),
            self._section,
        )
