"""The numbers the demo's texts quote, computed from the demo's own data.

A learning or a review brief that quotes a rate, a lift or a p-value fills it from the arms or
the funnel weeks it talks about, so the text always agrees with what the screens compute
(the pooled two-proportion z-test of domain.stats, as the review and the results panel use).
Standard library only: the demo must build in well under two seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from okrdesk.domain.currency import CURRENCY_SYMBOLS
from okrdesk.domain.stats import proportion_test

ALPHA = 0.05  # a funnel step "moved beyond noise" below this p-value, as the review flags it

Arm = tuple[int, int, int | None, float | None]  # visitors, conversions, SQLs, deal value

# One step's move ({from_stage}, {to_stage}, {change}, {before}, {after}, {p}), the change
# words for a rise and a fall, and the sentence for a week where no step moved.
FUNNEL_MOVES = (
    "{from_stage} → {to_stage} {change} from {before} to {after} ({p})",
    "rose",
    "fell",
    "No step moved beyond noise.",
)


@dataclass(frozen=True)
class Numbers:
    """How the demo's texts of one language write numbers, and its money factor.

    The demo's amounts are in euros; `money` multiplies them by `factor` (see content.py).
    """

    decimal: str = "."
    percent_format: str = "{number} %"
    currency: str = "EUR"
    factor: int = 1

    def number(self, value: float, decimals: int | None = None) -> str:
        """26.5 → "26.5" or "26,5"; with `decimals`, thousands grouped with a space."""
        text = f"{value:g}" if decimals is None else f"{value:,.{decimals}f}"
        return text.replace(",", " ").replace(".", self.decimal)

    def percent(self, value: float) -> str:
        """2.896 (already in percent) → "2.9 %" or "2,9%"."""
        return self.percent_format.format(number=self.number(value, 1))

    def share(self, share: float) -> str:
        """0.02896 → "2.9 %" or "2,9%"."""
        return self.percent(100 * share)

    def p(self, p: float) -> str:
        """ "p = 0.019" or "p < 0.001", as the review writes p-values."""
        return "p < " + self.number(0.001, 3) if p < 0.001 else "p = " + self.number(p, 3)

    def amount(self, euros: float) -> float:
        """An amount in euros as an amount of this currency."""
        return euros if self.factor == 1 else round(euros * self.factor, 2)

    def money(self, euros: float | None) -> float | None:
        """`amount`, passing None (no amount) through."""
        return None if euros is None else self.amount(euros)

    def money_text(self, euros: float) -> str:
        """186000 (euros) → "186 000 €", "744 000 zł", "74 400 000 Ft"."""
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        return f"{self.number(self.amount(euros), 0)} {symbol}"

    def value(self, value: float, unit: str) -> str:
        """A key result's value in its unit, as its comments quote it."""
        if unit == "currency":
            return self.money_text(value)
        if unit == "percent":
            return self.percent(value)
        return self.number(value)


ENGLISH = Numbers()


def experiment_facts(arms: Sequence[Arm], numbers: Numbers = ENGLISH) -> dict[str, str]:
    """What a text may quote about a two-arm experiment: each arm's rate, conversions and
    SQLs, the relative lift (signed and as a size) and the p-value."""
    (control_n, control_x, control_sqls, _), (variant_n, variant_x, variant_sqls, _) = arms
    test = proportion_test(control_x, control_n, variant_x, variant_n)
    lift = test.rel_lift or 0.0
    return {
        "control_rate": numbers.share(test.control_rate or 0.0),
        "variant_rate": numbers.share(test.variant_rate or 0.0),
        "lift": ("+" if lift > 0 else "−" if lift < 0 else "") + numbers.share(abs(lift)),
        "lift_size": numbers.share(abs(lift)),
        "p": numbers.p(test.p_value if test.p_value is not None else 1.0),
        "control_conversions": str(control_x),
        "variant_conversions": str(variant_x),
        "control_sqls": str(control_sqls),
        "variant_sqls": str(variant_sqls),
    }


def funnel_moves(
    stages: Sequence[str],
    before: Sequence[int],
    now: Sequence[int],
    numbers: Numbers = ENGLISH,
    words: Sequence[str] = FUNNEL_MOVES,
) -> str:
    """The week's step changes beyond noise (p < ALPHA) against the week before, as a
    sentence: "Form submitted → Lead fell from 81.2 % to 68.7 % (p = 0.007)." """
    move, rose, fell, none = words
    moves = []
    for i in range(1, len(stages)):
        if not (before[i - 1] and now[i - 1]):
            continue
        test = proportion_test(before[i], before[i - 1], now[i], now[i - 1])
        if test.p_value is None or test.p_value >= ALPHA:
            continue
        moves.append(
            move.format(
                from_stage=stages[i - 1],
                to_stage=stages[i],
                change=rose if (test.diff or 0.0) > 0 else fell,
                before=numbers.share(test.control_rate or 0.0),
                after=numbers.share(test.variant_rate or 0.0),
                p=numbers.p(test.p_value),
            )
        )
    if not moves:
        return none
    return "; ".join(moves) + "."
