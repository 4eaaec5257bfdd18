"""The colours of the funnel stages, in stage order, shared by the funnel's charts."""

from __future__ import annotations

COLOURS = ("#0ea5e9", "#2563eb", "#7c3aed", "#db2777", "#ea580c", "#059669", "#475569")


def colour_of(stage_index: int) -> str:
    return COLOURS[stage_index % len(COLOURS)]
