"""Every persistent user setting, declared once with its type and default (over QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any

    def get(self) -> Any:
        value = QSettings().value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is list:
            return [value] if isinstance(value, str) else list(value)
        if self.type is QByteArray or isinstance(value, self.type):
            return value
        return self.type(value)

    def set(self, value: Any) -> None:
        QSettings().setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_SECTION = Setting("window/section", int, 0)
LAST_WORKSPACE = Setting("workspace/last", str, "")
RECENT_WORKSPACES = Setting("workspace/recent", list, [])
# The language of this computer's okrdesk, like "pl_PL"; "" is the system's language.
UI_LANGUAGE = Setting("ui/language", str, "")


def layout_setting(name: str, screen: str, kind: type = QByteArray) -> Setting:
    """A splitter's or header's saved state (QByteArray) or a width (int) on one screen size:
    what suits a laptop screen does not suit a large monitor. `screen` comes from
    okrdesk.ui.common.screen_fit.screen_key."""
    return Setting(f"layout/{screen}/{name}", kind, kind())


def remember_workspace(path: str) -> None:
    """Make `path` the last workspace and the first of the recent ones."""
    LAST_WORKSPACE.set(path)
    recent = [p for p in RECENT_WORKSPACES.get() if p != path]
    RECENT_WORKSPACES.set([path, *recent][:MAX_RECENT])


def forget_workspace(path: str) -> None:
    RECENT_WORKSPACES.set([p for p in RECENT_WORKSPACES.get() if p != path])
    if LAST_WORKSPACE.get() == path:
        LAST_WORKSPACE.set("")
