"""The OKR tree's nodes: groups, objectives and key results with their progress and status.

Built from the store's rows and the domain's formulas; no Qt here, so the tree's logic is
tested without widgets.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from okrdesk.domain import okr
from okrdesk.domain.okr_rules import Problem, objective_warnings
from okrdesk.store.okr.queries import CycleInfo, KeyResultRow, ObjectiveRow

# Worst first: an objective shows the worst status among its key results.
STATUS_SEVERITY = (
    okr.Status.NEEDS_UPDATE,
    okr.Status.OFF_TRACK,
    okr.Status.AT_RISK,
    okr.Status.ON_TRACK,
    okr.Status.DONE,
)


@dataclass(eq=False)
class Node:
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list, repr=False)
    # Its place among its parent's children: the model's parent() asks for it at every turn.
    position: int = field(default=0, repr=False)

    def add(self, child: Node) -> Node:
        child.parent = self
        child.position = len(self.children)
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.position


@dataclass(eq=False)
class GroupNode(Node):
    """Objectives of one level (company, individual) or one team."""

    level: str = ""
    team_name: str = ""


@dataclass(eq=False)
class KeyResultNode(Node):
    row_data: KeyResultRow | None = None
    progress: float = 0.0
    attainment: float | None = None
    expected: float = 0.0
    status: okr.StatusResult | None = None
    days_silent: int | None = None


@dataclass(eq=False)
class ObjectiveNode(Node):
    row_data: ObjectiveRow | None = None
    progress: float | None = None  # of its own key results
    aligned_progress: float | None = None  # of the objectives aligned under it
    expected: float = 0.0
    status: okr.Status | None = None
    days_silent: int | None = None
    warnings: list[Problem] = field(default_factory=list)  # soft limits, never blocking
    objectives_in_team: int = 0

    def key_result_nodes(self) -> list[KeyResultNode]:
        return [child for child in self.children if isinstance(child, KeyResultNode)]

    def aligned_nodes(self) -> list[ObjectiveNode]:
        return [child for child in self.children if isinstance(child, ObjectiveNode)]


def key_result_node(
    row: KeyResultRow, cycle: CycleInfo, on: dt.date, thresholds: okr.Thresholds
) -> KeyResultNode:
    return KeyResultNode(
        row_data=row,
        progress=okr.progress(row.kind, row.start_value, row.target_value, row.current),
        attainment=okr.attainment(row.kind, row.start_value, row.target_value, row.current),
        expected=okr.expected_progress(cycle.start_date, cycle.end_date, on),
        status=okr.key_result_status(
            row.kind,
            row.start_value,
            row.target_value,
            row.current,
            row.confidence,
            row.last_checkin,
            (cycle.start_date, cycle.end_date),
            on,
            thresholds,
        ),
        # A check-in dated after `on` counts as today, as okr.key_result_status judges it.
        days_silent=max((on - row.last_checkin).days, 0) if row.last_checkin else None,
    )


def _summarise(node: ObjectiveNode) -> None:
    """Progress, status and silence of an objective from its key results and aligned ones."""
    key_results = node.key_result_nodes()
    node.progress = okr.objective_progress(
        (kr.progress, kr.row_data.weight) for kr in key_results if kr.row_data
    )
    aligned = node.aligned_nodes()
    for child in aligned:
        _summarise(child)
    aligned_values = [child.progress for child in aligned if child.progress is not None]
    node.aligned_progress = sum(aligned_values) / len(aligned_values) if aligned_values else None
    statuses = {kr.status.status for kr in key_results if kr.status}
    node.status = next((s for s in STATUS_SEVERITY if s in statuses), None)
    silences = [kr.days_silent for kr in key_results]
    node.days_silent = None if None in silences or not silences else max(silences)


def build_tree(
    cycle: CycleInfo, objectives: list[ObjectiveRow], on: dt.date, thresholds: okr.Thresholds
) -> Node:
    """Groups by level and team; aligned objectives under their parent; KRs under each."""
    expected = okr.expected_progress(cycle.start_date, cycle.end_date, on)
    nodes = {row.id: ObjectiveNode(row_data=row, expected=expected) for row in objectives}
    for row in objectives:
        for key_result in row.key_results:
            nodes[row.id].add(key_result_node(key_result, cycle, on, thresholds))
    root = Node()
    groups: dict[tuple[str, str], GroupNode] = {}
    top_level = []
    for row in objectives:
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        if parent is not None:
            parent.add(nodes[row.id])
        else:
            top_level.append(row)
    for row in sorted(top_level, key=_group_order):
        key = (row.level, row.team_name if row.level == "team" else "")
        if key not in groups:
            groups[key] = root.add(GroupNode(level=key[0], team_name=key[1]))
        groups[key].add(nodes[row.id])
    for group in groups.values():
        for objective in group.children:
            _summarise(objective)
    _warn(objectives, nodes)
    return root


_KEY_RESULT_VALUES = ("row_data", "progress", "attainment", "expected", "status", "days_silent")


def update_key_results(
    root: Node,
    rows: Iterable[KeyResultRow],
    cycle: CycleInfo,
    on: dt.date,
    thresholds: okr.Thresholds,
) -> list[Node]:
    """The tree under `root` after the key results `rows` were read again (their check-ins
    changed): their nodes take the new values and the objectives above them their new
    progress, status and silence. The nodes stay the same objects (views hold them). Returns
    the nodes that changed and the groups above them, each once and every node after those
    above it; rows of key results not in the tree change nothing."""
    nodes = {n.row_data.id: n for n in _descendants(root) if isinstance(n, KeyResultNode)}
    changed: dict[int, Node] = {}
    tops: dict[int, ObjectiveNode] = {}
    for row in rows:
        node = nodes.get(row.id)
        if node is None:
            continue
        fresh = key_result_node(row, cycle, on, thresholds)
        for name in _KEY_RESULT_VALUES:
            setattr(node, name, getattr(fresh, name))
        chain: list[Node] = [node]
        while chain[-1].parent is not None and chain[-1].parent is not root:
            chain.append(chain[-1].parent)
        # Outermost first, a group too (its values stay): a filter that hid a row's parent
        # shows the parent, then finds the row under it.
        for changing in reversed(chain):
            changed.setdefault(id(changing), changing)
        objectives = [n for n in chain if isinstance(n, ObjectiveNode)]
        if objectives:
            tops[id(objectives[-1])] = objectives[-1]
    for top in tops.values():
        _summarise(top)  # with the objectives aligned under it: a parent's roll-up follows
    return list(changed.values())


def _descendants(node: Node) -> Iterator[Node]:
    stack = list(node.children)
    while stack:
        child = stack.pop()
        yield child
        stack.extend(child.children)


def _warn(objectives: list[ObjectiveRow], nodes: dict[int, ObjectiveNode]) -> None:
    per_team = Counter(row.team_id for row in objectives if row.team_id is not None)
    for row in objectives:
        node = nodes[row.id]
        node.objectives_in_team = per_team.get(row.team_id, 0)
        node.warnings = objective_warnings(node.objectives_in_team, len(row.key_results))


def _group_order(row: ObjectiveRow) -> tuple[int, str, int, int]:
    level_rank = {"company": 0, "team": 1, "individual": 2}.get(row.level, 3)
    return (level_rank, row.team_name.casefold(), row.position, row.id)
