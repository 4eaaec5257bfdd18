"""The side panel that edits the selected objective or key result in place of a dialog.

Apply (or Enter) saves the form as one undoable command and Revert (or Escape) puts the saved
values back. Moving to another row saves valid changes first, as leaving an edited cell does;
changes that are not valid stay unsaved and the panel says so.

The form is built when the panel is in view: while another tab beside the tree shows, choosing
rows (Page Down through a long tree) builds no form nobody sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode

EditorFactory = Callable[[object, QWidget], tuple[FormDialog, Callable[[Any], None]] | None]


class DetailsPanel(QWidget):
    """Fields of the current row; `show_node` follows the tree's current row."""

    def __init__(
        self, editor_for: EditorFactory, read_only: Callable[[], bool] = lambda: False
    ) -> None:
        super().__init__()
        self._editor_for = editor_for
        self._read_only = read_only
        self.editor: FormDialog | None = None
        self._save: Callable[[Any], None] | None = None
        self._saved_values: Any = None
        self._key: tuple[str, int] | None = None
        self._node: object = None
        self._unbuilt = False  # the form of `_node` waits until the panel shows
        self.hint = QLabel()
        self.hint.setObjectName("emptyLabel")
        self.hint.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("errorLabel")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._holder = QWidget()
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(12, 12, 12, 12)
        self._holder_layout.addWidget(self.hint)
        self._holder_layout.addWidget(self.notice)
        self._holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def is_dirty(self) -> bool:
        return self.editor is not None and self.editor.values() != self._saved_values

    def show_node(self, node: object) -> None:
        """Edit `node`; the same row again keeps unsaved edits (a reload, not a move)."""
        key = _key_of(node)
        if key is not None and key == self._key and self.is_dirty():
            return
        if key != self._key:
            self._leave()
        if not self.isVisible():
            self._drop_editor()
            self._node, self._key, self._unbuilt = node, key, True
            return
        self._build(node, key)

    def showEvent(self, event: QShowEvent) -> None:
        if self._unbuilt:
            self._build(self._node, self._key)
        super().showEvent(event)

    def apply(self) -> None:
        if self.editor is None or self._save is None or self.editor.problems():
            return
        values = self.editor.values()
        if values != self._saved_values:
            self._saved_values = values
            self._save(values)

    def revert(self) -> None:
        self._key = None  # rebuilt from the saved row, whatever was typed
        node = self._node
        self._build(node, _key_of(node))

    def _leave(self) -> None:
        self.notice.hide()
        if not self.is_dirty():
            return
        if self.editor is not None and self.editor.problems():
            self.notice.setText(
                self.tr("The changes to the previous item were not valid and were not saved.")
            )
            self.notice.show()
            return
        self.apply()

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor.hide()
            self.editor.deleteLater()
            self.editor = None
            self._save = None

    def _build(self, node: object, key: tuple[str, int] | None) -> None:
        self._drop_editor()
        self._unbuilt = False
        self._node = node
        self._key = key
        found = self._editor_for(node, self._holder) if key is not None else None
        if key is None:
            hint = self.tr("Select an objective or a key result to edit it here.")
        elif self._read_only():
            hint = self.tr("This workspace is read-only: nothing in it can be changed.")
        else:
            hint = self.tr("This cycle is closed: reopen it to change its objectives.")
        self.hint.setText(hint)
        self.hint.setVisible(found is None)
        if found is None:
            self._save = None
            return
        self.editor, self._save = found
        self.editor.embed(self.tr("&Apply"), self.tr("Re&vert"))
        self.editor.applied.connect(self.apply)
        self.editor.reverted.connect(self.revert)
        self._saved_values = self.editor.values()
        self._holder_layout.insertWidget(0, self.editor)
        self.editor.show()


def _key_of(node: object) -> tuple[str, int] | None:
    if isinstance(node, ObjectiveNode):
        return ("objective", node.row_data.id)
    if isinstance(node, KeyResultNode):
        return ("key_result", node.row_data.id)
    return None
