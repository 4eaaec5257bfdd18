"""What deleting an objective or a key result removes and changes, kept so undo can put it back.

A snapshot holds whole rows (every column, ids and timestamps included, as a dict keyed by
column name) for what the delete removes, and (id, old value) pairs for the rows it only
changes: links that the schema's ON DELETE SET NULL would clear, and sibling positions that
the delete renumbers. Treat the dicts as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from okrdesk.store.rows import Row


@dataclass(frozen=True)
class DeletedKeyResult:
    """A deleted key result and everything its delete removed or changed.

    checkins, initiatives, bindings: the removed rows (a binding ties it to a funnel metric).
    experiment_ids: experiments whose key_result_id pointed at it (cleared by the delete).
    carried_ids: key results whose carried_from_id pointed at it (cleared by the delete).
    positions: (key result id, position before the delete) of the siblings it renumbered.
    history: its kept changes (key_result_changes rows).
    """

    key_result: Row
    checkins: tuple[Row, ...]
    initiatives: tuple[Row, ...]
    bindings: tuple[Row, ...]
    experiment_ids: tuple[int, ...]
    carried_ids: tuple[int, ...]
    positions: tuple[tuple[int, int], ...]
    history: tuple[Row, ...] = ()

    @property
    def id(self) -> int:
        return self.key_result["id"]


@dataclass(frozen=True)
class DeletedObjective:
    """A deleted objective and everything its delete removed or changed.

    key_results, checkins, initiatives, bindings: the removed rows, in id order.
    experiment_links: (experiment id, key result id) of experiments linked to its key results.
    carried_key_results: (key result id, carried_from_id) of other key results carried from
        its key results.
    aligned_ids: objectives aligned under it; the delete made them top-level objectives.
    carried_objective_ids: objectives carried from it (their carried_from_id was cleared).
    positions: (objective id, position before the delete) of every objective it renumbered:
        its former siblings, and the top level that its aligned objectives joined.
    history: the kept changes of its key results (key_result_changes rows).
    """

    objective: Row
    key_results: tuple[Row, ...]
    checkins: tuple[Row, ...]
    initiatives: tuple[Row, ...]
    bindings: tuple[Row, ...]
    experiment_links: tuple[tuple[int, int], ...]
    carried_key_results: tuple[tuple[int, int], ...]
    aligned_ids: tuple[int, ...]
    carried_objective_ids: tuple[int, ...]
    positions: tuple[tuple[int, int], ...]
    history: tuple[Row, ...] = ()

    @property
    def id(self) -> int:
        return self.objective["id"]
