"""Conversion rates down an ordered funnel; a zero denominator gives None, never 0."""

from __future__ import annotations

from collections.abc import Sequence


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def step_conversion(counts: Sequence[float]) -> list[float | None]:
    """c[i] / c[i-1] for every stage; the first stage has no step and gives None."""
    if not counts:
        return []
    return [None, *(ratio(counts[i], counts[i - 1]) for i in range(1, len(counts)))]


def overall_conversion(counts: Sequence[float]) -> list[float | None]:
    """c[i] / c[0] for every stage."""
    return [ratio(count, counts[0]) for count in counts] if counts else []
