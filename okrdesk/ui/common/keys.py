"""Keys the whole app shares, defined once so that no two actions claim the same key."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

CTRL_Y = QKeySequence("Ctrl+Y")


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys (Ctrl+Shift+Z on Linux and macOS, Ctrl+Y on Windows), each
    once, and Ctrl+Y wherever the platform lacks it: people switching systems expect it."""
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), CTRL_Y]:
        if key not in keys:
            keys.append(key)
    return keys
