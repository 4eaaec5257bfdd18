"""Numbers, dates and domain words as users read them: QLocale for numbers, tr() for words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from okrdesk.domain.currency import CURRENCY_SYMBOLS
from okrdesk.reports.review_table import decision_in_sentence

EXPERIMENT_STATUSES = {
    "idea": QT_TRANSLATE_NOOP("Labels", "Idea"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "running": QT_TRANSLATE_NOOP("Labels", "Running"),
    "analysing": QT_TRANSLATE_NOOP("Labels", "Analysing"),
    "decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
}
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


def format_int(value: int) -> str:
    return QLocale().toString(int(value))


def format_date(day: dt.date) -> str:
    # Day and abbreviated month name read unambiguously in every locale; ShortFormat can be
    # all digits (1/10/26), which readers of other locales take for another day.
    return QLocale().toString(QDate(day), "d MMM yyyy")


def format_percent(share: float | None, decimals: int = 1) -> str:
    """A share (0.031) as a percentage ("3.1%", "3,1%"); an undefined share is "—"."""
    if share is None:
        return "—"
    locale = QLocale()
    return locale.toString(100.0 * share, "f", decimals) + locale.percent()


def format_amount(value: float, currency: str) -> str:
    return QLocale().toCurrencyString(float(value), CURRENCY_SYMBOLS.get(currency, currency), 0)


def format_kr_value(value: float, kind: str, unit: str, currency: str) -> str:
    """A key result's value as its owner wrote it: done or not, a percentage, an amount."""
    if kind == "binary":
        if value >= 1:
            return QCoreApplication.translate("Labels", "Done")
        return QCoreApplication.translate("Labels", "Not done")
    if unit == "currency":
        return format_amount(value, currency)
    if unit == "percent":
        return format_percent(value / 100.0, 0 if float(value).is_integer() else 1)
    decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)


def with_unit_label(text: str, unit_label: str) -> str:
    """A value followed by a key result's unit label ("48 h"), kept on one line."""
    return f"{text}\u00a0{unit_label}" if unit_label else text


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
    if kind == "binary":
        return format_kr_value(value, kind, unit, currency)
    if decimals is None:
        text = format_kr_value(value, kind, unit, currency)
    elif unit == "currency":
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        text = QLocale().toCurrencyString(float(value), symbol, decimals)
    elif unit == "percent":
        text = QLocale().toString(float(value), "f", decimals) + QLocale().percent()
    else:
        text = QLocale().toString(float(value), "f", decimals)
    return with_unit_label(text, unit_label)
