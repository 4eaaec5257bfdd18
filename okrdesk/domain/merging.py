"""Theirs, then mine: what a save that met someone else's change writes when the user asks.

`seen` is the row as the user's screen read it, `theirs` the row as it is now, `yours` the
values the user saved. Every field the user changed (yours differs from what they saw) takes
their value; every other field keeps theirs. Without what was seen, all of yours wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def changed_fields(seen: Mapping[str, Any] | None, yours: Mapping[str, Any]) -> set[str]:
    """The fields of `yours` the user changed from what they saw (all of them, unseen)."""
    if seen is None:
        return set(yours)
    return {name for name, value in yours.items() if name not in seen or seen[name] != value}


def theirs_then_mine(
    theirs: Mapping[str, Any] | None, seen: Mapping[str, Any] | None, yours: Mapping[str, Any]
) -> dict[str, Any]:
    """The fields of `yours`, each with their value unless the user changed it."""
    if theirs is None:
        return dict(yours)
    mine = changed_fields(seen, yours)
    return {
        name: (value if name in mine else theirs.get(name, value)) for name, value in yours.items()
    }
