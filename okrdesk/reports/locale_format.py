"""The number rules of domain.number_format in one QLocale's language (QtCore only).

`number_style(locale)` reads the separators, signs and currency placement from QLocale;
`LocaleFormat` is the domain's `Numbers` in that style, and also the review brief's
NumberFormat. Screens (ui.common.formatting) and reports share it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from okrdesk.domain.number_format import NBSP, Numbers, NumberStyle
from okrdesk.domain.review import CONTEXT as BRIEF_CONTEXT
from okrdesk.reports.text import Report
from okrdesk.reports.text import translate as translate_text

# Languages whose CLDR percent pattern puts a space before "%" ("3,1 %"); QLocale does not say.
_SPACED_PERCENT = {"de", "fr", "es", "sv", "cs", "sk", "ru", "uk", "nb", "nn", "fi", "da", "it"}


class UnknownLocaleError(ValueError):
    """A locale name Qt does not know (it would silently fall back to C)."""


def find_locale(name: str | None) -> QLocale:
    """QLocale for a name like "de_DE" or "fr"; None is the default (the user's language).
    UnknownLocaleError when Qt does not know the name."""
    if name is None:
        return QLocale()
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C and name not in ("C", "POSIX"):
        unknown = Report.tr("unknown locale {name} (write it like en_GB or de_DE)")
        raise UnknownLocaleError(unknown.format(name=repr(name)))
    return locale


def date_pattern(locale: QLocale) -> str:
    """The language's medium date: its long form without the weekday, the month abbreviated
    ("d MMM yyyy", "MMM d, yyyy", "d. MMM yyyy"). Also the display format of date fields."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*|[,\s]*d{4}", "", pattern).strip(" ,")
    return re.sub(r"M{4}", "MMM", pattern) or "d MMM yyyy"


def number_style(locale: QLocale) -> NumberStyle:
    """The language's separators, signs and currency placement, as QLocale writes them."""
    # QLocale's own grouping: from 1000 ("1,000"), from 10000 (Polish "1000", "10 000"), or
    # none (C, so the numbers match every other QLocale.toString on the screens).
    grouped = [locale.toString(n).strip("0123456789") != "" for n in (1000, 10000)]
    pattern = locale.toCurrencyString(1.0, "¤", 0)
    gap = pattern.replace("1", "").replace("¤", "")
    translate = QCoreApplication.translate
    return NumberStyle(
        decimal=locale.decimalPoint(),
        group=locale.groupSeparator(),
        min_grouping=1 if grouped[0] else 2 if grouped[1] else 99,
        minus=locale.negativeSign(),
        plus=locale.positiveSign(),
        percent=locale.percent(),
        percent_gap=NBSP if locale.bcp47Name().split("-")[0] in _SPACED_PERCENT else "",
        currency_before=pattern.startswith("¤"),
        currency_gap=gap,
        date=partial(_date, locale, date_pattern(locale)),
        words=lambda text, context: translate(context, text),
        translate=translate_text,
    )


def _date(locale: QLocale, pattern: str, day: dt.date) -> str:
    return locale.toString(QDate(day), pattern)


class LocaleFormat(Numbers):
    """domain.number_format.Numbers in a QLocale's language, for one currency."""

    def __init__(self, locale: QLocale, currency: str = "EUR") -> None:
        super().__init__(number_style(locale), currency)
        self.locale = locale

    @property
    def name(self) -> str:
        return self.locale.name()

    def words(self, text: str, context: str = BRIEF_CONTEXT) -> str:
        """A sentence template of the brief (or a word marked in `context`), through the
        application's translators."""
        return QCoreApplication.translate(context, text)


def locale_format(name: str | None, currency: str = "EUR") -> LocaleFormat:
    """The report's number format for a locale name (None: the user's language)."""
    return LocaleFormat(find_locale(name), currency)
