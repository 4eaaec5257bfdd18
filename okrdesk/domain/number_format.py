"""How okrdesk writes numbers, rates, money and dates: one set of rules for screens and reports.

The rules (README, "Numbers"):

- Digits are grouped as the reader's language groups them ("40,000", "40 000", "40.000"); the
  separators come from a `NumberStyle` the Qt side fills from QLocale.
- A rate or share keeps two significant digits: two decimals under 1 %, one under 10 %,
  none from 10 % on ("0.05%", "3.1%", "36%"). Under 10 % a tenth of a point is a real move
  (a 2.8 % → 3.1 % form rate is a tenth more leads), under 1 % a hundredth is (a 0.05 %
  visit-to-deal rate); above 10 % the tenth is smaller than a week's noise and only makes
  columns harder to scan. Progress of a key result or cycle is always whole ("45%").
- A difference of rates is in points, one decimal under 10 and none from 10 on ("+0.5 pts",
  "-12 pts"); never in "%", which would read as a change relative to the rate.
- Money is the workspace's currency, its symbol where the reader's language puts it and never
  glued to a digit after it; whole units from 100 on, cents below ("40 000 €", "95.50 €").
- A date is the language's medium form: day, abbreviated month and year in the language's order
  ("1 Oct 2026", "Oct 1, 2026", "1 paź 2026"), the same in date fields.
- An ISO week is labelled as the language writes it: "2026-W47" in English, from a translated
  template with the year and the two-digit week number ("tydz. 47/2026", "2026. 47. hét").

`Numbers` is Qt-free; reports.locale_format builds its `NumberStyle` from a QLocale.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from okrdesk.domain.currency import CURRENCY_SYMBOLS
from okrdesk.domain.text import Text, Translate, english

CONTEXT = "Numbers"
NBSP = "\u00a0"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate without importing Qt; NumberStyle.words translates it."""
    return text


POINTS = QT_TRANSLATE_NOOP("Numbers", "{value} pts")
# The ISO week's label; {week} is two digits ("07"), as ISO writes it.
WEEK = QT_TRANSLATE_NOOP("Numbers", "{year}-W{week}")
DONE = QT_TRANSLATE_NOOP("Numbers", "Done")
NOT_DONE = QT_TRANSLATE_NOOP("Numbers", "Not done")


def _plain_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _same_words(text: str, context: str = "") -> str:
    return text


@dataclass(frozen=True)
class NumberStyle:
    """A language's way of writing numbers: separators, signs and where the symbols go.

    min_grouping: how many digits the integer part needs beyond three before it is grouped
    (1: "1,000"; 2: Polish "1000" but "10 000"). date writes a day in the medium form; words
    translates a marked word (context, text) → text; translate renders a `Text` (a sentence
    with a count's plural forms) in the same language.
    """

    decimal: str = "."
    group: str = ","
    min_grouping: int = 1
    minus: str = "-"
    plus: str = "+"
    percent: str = "%"
    percent_gap: str = ""
    currency_before: bool = False
    currency_gap: str = NBSP
    date: Callable[[dt.date], str] = field(default=_plain_date)
    words: Callable[[str, str], str] = field(default=_same_words)
    translate: Translate = field(default=english)


PLAIN = NumberStyle()


def rate_decimals(percent: float) -> int:
    """Decimals of a rate in percent: two significant digits, so 2 under 1, 1 under 10,
    else 0."""
    size = abs(percent)
    if round(size, 2) < 1:
        return 2
    return 1 if round(size, 1) < 10 else 0


def points_decimals(points: float) -> int:
    """Decimals of a difference of rates in points: 1 under 10, else 0 (a change of a tenth
    of a point is worth showing; finer ones are below any week's noise)."""
    return 1 if abs(round(points, 1)) < 10 else 0


def _fixed(value: float, decimals: int) -> str:
    """`value` with `decimals` decimals, halves rounded up as people do (1.25 → "1.3"), from its
    shortest decimal form, not from its binary one (which would write 1.2)."""
    if not math.isfinite(value):
        return str(value)
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{exact:f}"


class Numbers:
    """Numbers, rates, points, money and dates written in one style, for one currency."""

    def __init__(self, style: NumberStyle = PLAIN, currency: str = "EUR") -> None:
        self.style = style
        self.currency = currency

    def words(self, text: str, context: str = CONTEXT) -> str:
        return self.style.words(text, context)

    def text(self, text: Text) -> str:
        """A marked sentence (`Words.tr`, with `%n` plural forms) in this style's language."""
        return text.render(self.style.translate)

    # --- plain numbers ----------------------------------------------------------------------

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with grouped digits and `decimals` decimals: "40,000", "3,5"."""
        s = self.style
        text = _fixed(abs(float(value)), decimals)
        whole, _, fraction = text.partition(".")
        if len(whole) >= 3 + s.min_grouping:
            head = len(whole) % 3 or 3
            parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
            whole = s.group.join(parts)
        sign = s.minus if float(value) < 0 and float(text) != 0 else ""
        return sign + whole + (s.decimal + fraction if fraction else "")

    def integer(self, value: int) -> str:
        return self.number(int(value))

    def signed(self, value: float, decimals: int = 0) -> str:
        """A change with its sign: "+1,400", "-3"; zero without one."""
        text = self.number(abs(value), decimals)
        if round(value, decimals) == 0:
            return text
        return (self.style.plus if value > 0 else self.style.minus) + text

    # --- rates ------------------------------------------------------------------------------

    def percent(self, share: float | None, decimals: int | None = None) -> str:
        """A rate (0.031) as "3.1%"; decimals by `rate_decimals` unless given (progress passes
        0). An undefined rate is "—"."""
        if share is None:
            return "—"
        value = 100.0 * share
        places = rate_decimals(value) if decimals is None and value else decimals or 0
        return self.number(value, places) + self.style.percent_gap + self.style.percent

    def relative(self, change: float | None) -> str:
        """A change relative to a rate (a lift, 0.43) in signed percent, by the rates' rule:
        "+43%", "-5.2%"."""
        if change is None:
            return "—"
        text = self.percent(abs(change))
        if round(100.0 * change, rate_decimals(100.0 * change)) == 0:
            return text
        return (self.style.plus if change > 0 else self.style.minus) + text

    def points(self, change: float | None, signed: bool = True) -> str:
        """A difference of two rates (0.005) in percentage points: "+0.5 pts"."""
        if change is None:
            return "—"
        value = 100.0 * change
        places = points_decimals(value)
        text = self.signed(value, places) if signed else self.number(abs(value), places)
        return self.style.words(POINTS, CONTEXT).format(value=text)

    def percent_suffix(self) -> str:
        """What follows the number of a rate ("%", " %"), for a rate field (a spin box)."""
        return self.style.percent_gap + self.style.percent

    def points_suffix(self) -> str:
        """What follows the number of a difference in points (" pts"), for a spin box."""
        return self.style.words(POINTS, CONTEXT).replace("{value}", "")

    def p_value(self, p: float | None) -> str:
        """ "p = 0.012" or "p < 0.001"."""
        if p is None:
            return "p = —"
        if p < 0.001:
            return "p < " + self.number(0.001, 3)
        return "p = " + self.number(p, 3)

    # --- money, dates, key results ----------------------------------------------------------

    def symbol(self) -> str:
        return CURRENCY_SYMBOLS.get(self.currency, self.currency)

    def money(self, value: float) -> str:
        """An amount in the workspace's currency: whole units from 100 on, cents below."""
        size = abs(float(value))
        amount = self.number(size, 2 if 0 < size < 100 else 0)
        return (self.style.minus if value < 0 else "") + self.place_symbol(amount)

    def place_symbol(self, amount: str) -> str:
        """`amount` with the currency symbol where the language puts it."""
        s, symbol = self.style, self.symbol()
        if s.currency_before:
            gap = s.currency_gap or (NBSP if symbol[-1].isalpha() else "")
            return symbol + gap + amount
        return amount + (s.currency_gap or NBSP) + symbol

    def currency_affixes(self) -> tuple[str, str]:
        """(prefix, suffix) for a money field (a spin box), as `money` places the symbol."""
        prefix, _, suffix = self.place_symbol("\0").partition("\0")
        return prefix, suffix

    def date(self, day: dt.date) -> str:
        return self.style.date(day)

    def week_label(self, day: dt.date) -> str:
        """The ISO week holding `day` as the language labels it ("2026-W47")."""
        year, number, _ = day.isocalendar()
        return self.style.words(WEEK, CONTEXT).format(year=year, week=f"{number:02d}")

    def kr_value(self, value: float | None, kind: str, unit: str) -> str:
        """A key result's value as its owner wrote it: done or not, a rate, an amount."""
        if value is None:
            return "—"
        if kind == "binary":
            return self.style.words(DONE if value >= 1 else NOT_DONE, CONTEXT)
        if unit == "currency":
            return self.money(value)
        if unit == "percent":
            return self.percent(value / 100.0)
        return self.number(value, 0 if float(value).is_integer() else 1)

    def kr_change(self, change: float | None, kind: str, unit: str) -> str:
        """A key result's move in its own unit, signed ("+1,400 €", "-0.5"); "" for none.

        A percent key result moves in points: 3.3 % → 3.4 % is "+0.1 pts", never "+0.1 %".
        """
        if change is None or change == 0:
            return ""
        if kind == "binary":
            return self.kr_value(1.0 if change > 0 else 0.0, kind, unit)
        if unit == "percent":
            return self.points(change / 100.0)
        sign = self.style.plus if change > 0 else self.style.minus
        return sign + self.kr_value(abs(change), kind, unit)


class NumberFormat(Protocol):
    """How the brief writes numbers; the reports pass one bound to a locale (see `Numbers`)."""

    def number(self, value: float, decimals: int = 0) -> str: ...

    def percent(self, share: float | None, decimals: int | None = None) -> str: ...

    def relative(self, change: float | None) -> str: ...

    def points(self, change: float | None, signed: bool = True) -> str: ...

    def p_value(self, p: float | None) -> str:
        """ "p = 0.012" or "p < 0.001"."""
        ...

    def date(self, day: dt.date) -> str: ...

    def week_label(self, day: dt.date) -> str: ...

    def kr_value(self, value: float | None, kind: str, unit: str) -> str: ...

    def words(self, text: str, context: str = ...) -> str:
        """The brief's sentence template `text` (or a word marked in `context`, by default the
        brief's) in the reader's language."""
        ...

    def text(self, text: Text) -> str:
        """A marked sentence (`Words.tr`, with `%n` plural forms) in the reader's language."""
        ...
