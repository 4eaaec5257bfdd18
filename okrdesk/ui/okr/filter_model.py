"""Filtering the OKR tree by team, owner, status and words in titles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
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
    """Shows the rows that match, with the groups and objectives above them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._filter = OkrFilter()

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
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # The tree model's index holds its node, and an identity proxy between (the title's
        # marks) keeps it: the row is its parent node's child, with no index made nor data()
        # asked through both models for each of thousands of rows.
        parent = source_parent.internalPointer() if source_parent.isValid() else self._root()
        node = parent.children[source_row]
        if isinstance(node, KeyResultNode):
            return self._filter.matches_key_result(node)
        if isinstance(node, ObjectiveNode):
            return self._filter.matches_objective(node)
        return self._filter == OkrFilter()  # a group shows on its own only when nothing filters
