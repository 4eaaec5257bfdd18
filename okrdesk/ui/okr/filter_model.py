"""Filtering the OKR tree by team, owner, status and words in titles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from okrdesk.domain.okr import Status
from okrdesk.ui.okr.nodes import KeyResultNode, Node, ObjectiveNode

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class OkrFilter:
    """Empty fields match everything."""

    team: str = ""
    owner: str = ""
    status: Status | None = None
    text: str = ""

    def matches_objective(self, node: ObjectiveNode) -> bool:
        row = node.row_data
        return (
            (not self.team or row.team_name == self.team)
            and (not self.owner or row.owner_name == self.owner)
            and (self.status is None or node.status == self.status)
            and self._has_text(row.title)
        )

    def matches_key_result(self, node: KeyResultNode) -> bool:
        row = node.row_data
        objective = node.parent.row_data if isinstance(node.parent, ObjectiveNode) else None
        owners = {row.owner_name, objective.owner_name if objective else ""}
        return (
            (not self.team or (objective is not None and objective.team_name == self.team))
            and (not self.owner or self.owner in owners)
            and (self.status is None or node.status.status == self.status)
            and (
                self._has_text(row.title)
                or (objective is not None and self._has_text(objective.title))
            )
        )

    def _has_text(self, title: str) -> bool:
        return not self.text or self.text.casefold() in title.casefold()

    def narrows(self, before: OkrFilter) -> bool:
        """Does this filter show only rows `before` showed (the same choices, the text typed
        further)? Then no row comes back that a user might want unfolded."""
        same_choices = (self.team, self.owner, self.status) == (
            before.team,
            before.owner,
            before.status,
        )
        return same_choices and before.text.casefold() in self.text.casefold()


class OkrFilterModel(QSortFilterProxyModel):
    """Shows the rows that match, with the groups and objectives above them.

    Whether a row shows (it matches, or a row under it does) is worked out in Python once per
    row and kept until the filter or the rows change, rather than Qt's recursive filtering
    asking for each row again, through both models, at every depth above a match.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = OkrFilter()
        self._shows: dict[Node, bool] = {}  # node -> does its row show

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        # Connected before the proxy's own handlers, which run in the order connected: the
        # rows' values changed, so what they said is forgotten before the proxy asks again.
        for signal in (
            source.modelReset,
            source.dataChanged,
            source.layoutChanged,
            source.rowsInserted,
            source.rowsRemoved,
            source.rowsMoved,
        ):
            signal.connect(self._forget)
        super().setSourceModel(source)

    def _forget(self) -> None:
        self._shows.clear()

    def _root(self) -> Node:
        model = self.sourceModel()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        return model.node(QModelIndex())

    @property
    def okr_filter(self) -> OkrFilter:
        return self._filter

    def set_filter(self, okr_filter: OkrFilter) -> None:
        # One layout change rather than Qt's row by row removals and insertions: each of
        # those updates every persistent index (the unfolded rows), seconds for 3,000 rows.
        self._filter = okr_filter
        self._shows.clear()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # The tree model's index holds its node, and an identity proxy between (the title's
        # marks) keeps it: the row is its parent node's child, with no index made nor data()
        # asked through both models for each of thousands of rows.
        parent = source_parent.internalPointer() if source_parent.isValid() else self._root()
        return self._row_shows(parent.children[source_row])

    def _row_shows(self, node: Node) -> bool:
        """It matches, or a row under it does (a group: only that, while a filter is set)."""
        shows = self._shows.get(node)
        if shows is None:
            shows = self._matches(node) or any(self._row_shows(c) for c in node.children)
            self._shows[node] = shows
        return shows

    def _matches(self, node: Node) -> bool:
        if isinstance(node, KeyResultNode):
            return self._filter.matches_key_result(node)
        if isinstance(node, ObjectiveNode):
            return self._filter.matches_objective(node)
        return self._filter == OkrFilter()
