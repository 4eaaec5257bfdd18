"""Numbers, shares and dates of a report written for one locale (QLocale, QtCore only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from okrdesk.domain.currency import CURRENCY_SYMBOLS
from okrdesk.domain.review import CONTEXT as BRIEF_CONTEXT


class UnknownLocaleError(ValueError):
    """A locale name Qt does not know (it would silently fall back to C)."""


def find_locale(name: str | None) -> QLocale:
    """QLocale for a name like "de_DE" or "fr"; None is the system's. UnknownLocaleError when
    Qt does not know the name."""
    if name is None:
        return QLocale.system()
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C and name not in ("C", "POSIX"):
        raise UnknownLocaleError(f"unknown locale {name!r} (write it like en_GB or de_DE)")
    return locale


class LocaleFormat:
    """domain.review.NumberFormat over a QLocale: "3,1 %"-style shares, grouped digits."""

    def __init__(self, locale: QLocale, currency: str = "EUR") -> None:
        self.locale = locale
        self.currency = currency

    @property
    def name(self) -> str:
        return self.locale.name()

    def words(self, text: str, context: str = BRIEF_CONTEXT) -> str:
        """A sentence template of the brief (or a word marked in `context`), through the
        application's translators."""
        return QCoreApplication.translate(context, text)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def integer(self, value: int) -> str:
        return self.locale.toString(int(value))

    def percent(self, share: float | None, decimals: int = 1) -> str:
        if share is None:
            return "—"
        return self.locale.toString(100.0 * share, "f", decimals) + self.locale.percent()

    def points(self, change: float | None, decimals: int = 1) -> str:
        if change is None:
            return "—"
        text = self._signed(100.0 * change, decimals)
        return QCoreApplication.translate("Report", "{value} pt").format(value=text)

    def p_value(self, p: float | None) -> str:
        if p is None:
            return "p = —"
        if p < 0.001:
            return "p < " + self.locale.toString(0.001, "f", 3)
        return "p = " + self.locale.toString(float(p), "f", 3)

    def date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day), "d MMM yyyy")

    def money(self, value: float) -> str:
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        return self.locale.toCurrencyString(float(value), symbol, 0)

    def kr_value(self, value: float | None, kind: str, unit: str) -> str:
        if value is None:
            return "—"
        if kind == "binary":
            if value >= 1:
                return QCoreApplication.translate("Report", "Done")
            return QCoreApplication.translate("Report", "Not done")
        if unit == "currency":
            return self.money(value)
        decimals = 0 if float(value).is_integer() else 1
        if unit == "percent":
            return self.locale.toString(float(value), "f", decimals) + self.locale.percent()
        return self.locale.toString(float(value), "f", decimals)

    def kr_change(self, change: float | None, kind: str, unit: str) -> str:
        """A key result's move in its own unit, signed ("+1 400 €", "−0,5"); "" for none.

        A percent KR moves in percentage points: 3.3 % → 3.4 % is "+0.1 pt", never "+0.1 %"
        (which would read as a tenth of a percent of 3.3 %).
        """
        if change is None or change == 0:
            return ""
        if kind == "binary":
            return self.kr_value(1.0 if change > 0 else 0.0, kind, unit)
        sign = self.locale.positiveSign() if change > 0 else self.locale.negativeSign()
        if unit == "percent":
            size = abs(change)
            decimals = 0 if float(round(size, 9)).is_integer() else 1
            text = sign + self.locale.toString(size, "f", decimals)
            return QCoreApplication.translate("Report", "{value} pt").format(value=text)
        return sign + self.kr_value(abs(change), kind, unit)

    def _signed(self, value: float, decimals: int) -> str:
        sign = self.locale.positiveSign() if value > 0 else ""
        if value < 0:
            sign = self.locale.negativeSign()
        return sign + self.locale.toString(abs(value), "f", decimals)


def locale_format(name: str | None, currency: str = "EUR") -> LocaleFormat:
    """The report's number format for a locale name (None: the system's)."""
    return LocaleFormat(find_locale(name), currency)
