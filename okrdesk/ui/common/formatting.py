"""Numbers, dates and domain words as users read them: tr() for words, and for numbers the
rules of domain.number_format in the user's QLocale (reports.locale_format, shared with the
reports)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from okrdesk.domain.currency import CURRENCY_SYMBOLS as CURRENCY_SYMBOLS
from okrdesk.reports.kr_measure import kr_measure
from okrdesk.reports.kr_measure import with_unit_label as with_unit_label
from okrdesk.reports.locale_format import LocaleFormat, date_pattern
from okrdesk.reports.review_table import decision_in_sentence
from okrdesk.store.bindings import automatic_comment_parts

OBJECTIVE_LEVELS = {
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "team": QT_TRANSLATE_NOOP("Labels", "Team"),
    "individual": QT_TRANSLATE_NOOP("Labels", "Individual"),
}


def label(table: dict[str, str], key: str) -> str:
    """The translated word for a stored key (status, level, …); unknown keys shown as stored."""
    return QCoreApplication.translate("Labels", table[key]) if key in table else key


def decision_word(decision: str) -> str:
    """An experiment's decision as a screen names it in a line ("scaled"), from domain.words;
    unknown keys shown as stored."""
    return decision_in_sentence(decision)


def numbers(currency: str = "EUR") -> LocaleFormat:
    """The number rules (domain.number_format) in the user's language, for `currency`."""
    locale = QLocale()
    key = (locale.name(), locale.bcp47Name(), currency)
    if key not in _NUMBERS:
        _NUMBERS[key] = LocaleFormat(locale, currency)
    return _NUMBERS[key]


_NUMBERS: dict[tuple[str, str, str], LocaleFormat] = {}


def format_int(value: int) -> str:
    return numbers().integer(value)


def format_number(value: float, decimals: int = 0) -> str:
    """A plain number with the language's grouping: "40,000", "3,5"."""
    return numbers().number(value, decimals)


def format_date(day: dt.date) -> str:
    """A date in the language's medium form ("1 Oct 2026", "Oct 1, 2026")."""
    return numbers().date(day)


def format_week(day: dt.date) -> str:
    """The ISO week holding `day` as the language labels it ("2026-W47")."""
    return numbers().week_label(day)


def format_checkin_comment(comment: str) -> str:
    """A check-in's comment as written, or an import's automatic one in the user's language."""
    parts = automatic_comment_parts(comment)
    if parts is None:
        return comment
    file_name, week = parts
    automatic = QCoreApplication.translate("Labels", "Automatic: from import {file}, week {week}")
    return automatic.format(file=file_name, week=format_week(week))


def date_display_format() -> str:
    """The display format of every date field, the same form as `format_date`."""
    return date_pattern(QLocale())


def format_percent(share: float | None, decimals: int | None = None) -> str:
    """A rate (0.031) as "3.1%": two decimals under 1 %, one under 10 %, none above;
    progress passes decimals=0. An undefined share is "—"."""
    return numbers().percent(share, decimals)


def format_points(change: float | None, signed: bool = True) -> str:
    """A difference of two rates (0.005) in percentage points: "+0.5 pts"."""
    return numbers().points(change, signed)


def format_p_value(p: float | None) -> str:
    """ "p = 0.012" or "p < 0.001"."""
    return numbers().p_value(p)


def format_amount(value: float, currency: str) -> str:
    """An amount in `currency`: "€40,000", "40 000 €", "95.50 €" (cents under 100)."""
    return numbers(currency).money(value)


def percent_suffix() -> str:
    """The suffix of a rate field, as `format_percent` writes the sign ("%", " %")."""
    return numbers().percent_suffix()


def points_suffix() -> str:
    """The suffix of a field holding a difference of rates (" pts")."""
    return numbers().points_suffix()


def format_day_month(day: dt.date) -> str:
    """A day of a known year, as `format_date` writes it without the year ("1 Oct")."""
    pattern = date_pattern(QLocale())
    year = r"[\s,./-]*y+[.年]?(\s*'[^']*'\.?)?|y+[.年]?[\s,./-]*"
    short = re.sub(year, "", pattern).strip(" ,") or "d MMM"
    return QLocale().toString(QDate(day), short)


def currency_affixes(currency: str) -> tuple[str, str]:
    """(prefix, suffix) of a money field, the symbol where `format_amount` puts it."""
    return numbers(currency).currency_affixes()


def format_kr_value(value: float, kind: str, unit: str, currency: str) -> str:
    """A key result's value as its owner wrote it: done or not, a percentage, an amount."""
    return numbers(currency).kr_value(value, kind, unit)


def format_kr_change(change: float | None, kind: str, unit: str, currency: str) -> str:
    """A key result's move in its own unit; a percent key result moves in points."""
    return numbers(currency).kr_change(change, kind, unit)


def format_kr_measure(
    value: float,
    kind: str,
    unit: str,
    currency: str,
    unit_label: str = "",
    decimals: int | None = None,
) -> str:
    """format_kr_value with the key result's own decimals (None: the unit's default) and its
    unit label after the number: "48 h", "12.5 days"."""
    return kr_measure(numbers(currency), value, kind, unit, unit_label, decimals)
