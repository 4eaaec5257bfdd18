"""The symbols amounts are written with, by ISO 4217 code; the code itself when not listed."""

from __future__ import annotations

CURRENCY_SYMBOLS = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "PLN": "zł",
    "HUF": "Ft",
    "RUB": "₽",
    "CHF": "CHF",
    "CZK": "Kč",
    "SEK": "kr",
}
