"""Widgets that show workspace data reload while in view, and catch up when next shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from okrdesk.ui.controller import WorkspaceController


class ReloadsWhenShown:
    """Mixin for a QWidget (put it first among the bases) that shows some workspace tables.

    Call `watch(controller)` once; implement `reload()`; set `tables` to the tables shown.
    A change the user cannot see marks the widget stale instead of reloading it at once.
    When another workspace opens, `forget_workspace_state()` runs before the reload: what
    was chosen in the last file (a cycle, a week, a selection, a filter) means nothing in
    the new one, where the widget starts as on a first opening. While the server of a team
    workspace cannot be reached, nothing reloads: the widget keeps what it shows, stale.
    """

    tables: frozenset[str] = frozenset()

    def watch(self, controller: WorkspaceController) -> None:
        self._stale = True
        self._watched = controller
        controller.opened.connect(self._another_workspace_opened)
        controller.changed.connect(self._tables_changed)

    def _another_workspace_opened(self) -> None:
        self.forget_workspace_state()
        self._data_changed()

    def forget_workspace_state(self) -> None:
        """Drop the choices made in the workspace shown before (override where there are)."""

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & self.tables:
            self._data_changed()

    def _data_changed(self) -> None:
        if self.isVisible() and self._watched.offline is None:
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self._watched.offline is None:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError
