"""The NumberFormat protocol: how the review brief writes numbers, dates and its words.

Its own module so that domain.review and domain.review_experiments both name it without
importing each other.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class NumberFormat(Protocol):
    """How the brief writes numbers; the reports pass one bound to a locale."""

    def number(self, value: float, decimals: int = 0) -> str: ...

    def percent(self, share: float | None, decimals: int = 1) -> str: ...

    def points(self, change: float | None, decimals: int = 1) -> str: ...

    def p_value(self, p: float | None) -> str:
        """ "p = 0.012" or "p < 0.001"."""
        ...

    def date(self, day: dt.date) -> str: ...

    def kr_value(self, value: float | None, kind: str, unit: str) -> str: ...

    def words(self, text: str, context: str = ...) -> str:
        """The brief's sentence template `text` (or a word marked in `context`, by default the
        brief's) in the reader's language."""
        ...
