"""Delete and Enter in a side table act on that table's rows, not on the OKR tree's selection.

The OKR screen's Delete action is a shortcut for the whole screen; without this, Delete in the
initiatives or KPI table would delete the key result chosen in the tree. Accepting the
ShortcutOverride turns the key back into a plain key press for the focused table.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class TableKeys(QObject):
    def __init__(
        self,
        table: QAbstractItemView,
        on_delete: Callable[[], object],
        on_enter: Callable[[], object],
    ) -> None:
        super().__init__(table)
        self._keys = {
            Qt.Key.Key_Delete: on_delete,
            Qt.Key.Key_Return: on_enter,
            Qt.Key.Key_Enter: on_enter,
        }
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        action = self._keys.get(Qt.Key(event.key())) if plain else None
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        action()
        return True
