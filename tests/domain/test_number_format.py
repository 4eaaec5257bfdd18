"""The number rules of domain.number_format, in a plain (English-like) and a Polish-like style."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.domain.number_format import NBSP, Numbers, NumberStyle

POLISH = NumberStyle(decimal=",", group=NBSP, min_grouping=2)


@pytest.mark.parametrize(
    ("share", "text"),
    [(0.0005, "0.05%"), (0.031, "3.1%"), (0.0999, "10%"), (0.3571, "36%"), (1.0, "100%")],
)
def test_a_rate_keeps_two_significant_digits(share, text):
    assert Numbers().percent(share) == text


def test_progress_is_whole_when_asked():
    assert Numbers().percent(0.456, 0) == "46%"


@pytest.mark.parametrize(
    ("change", "text"),
    [(0.005, "+0.5 pts"), (-0.005, "-0.5 pts"), (-0.236, "-24 pts"), (0, "0.0 pts")],
)
def test_a_difference_of_rates_is_in_points(change, text):
    assert Numbers().points(change) == text


def test_a_percent_key_result_moves_in_points_never_in_percent():
    assert Numbers().kr_change(-0.5, "increase", "percent") == "-0.5 pts"
    assert Numbers().kr_change(1400, "increase", "currency") == f"+1,400{NBSP}€"


def test_money_is_whole_from_100_and_has_cents_below():
    assert Numbers().money(40000) == f"40,000{NBSP}€"
    assert Numbers().money(95.5) == f"95.50{NBSP}€"
    assert Numbers().money(-250.4) == f"-250{NBSP}€"


def test_the_symbol_goes_where_the_language_puts_it_and_never_glued_after_a_digit():
    before = NumberStyle(currency_before=True, currency_gap="")
    assert Numbers(before, "EUR").money(40000) == "€40,000"
    assert Numbers(before, "PLN").money(40000) == f"zł{NBSP}40,000"  # a word gets a space
    glued = NumberStyle(currency_gap="")  # QLocale C writes "1¤"
    assert Numbers(glued, "EUR").money(216100) == f"216,100{NBSP}€"
    assert Numbers(glued, "EUR").currency_affixes() == ("", f"{NBSP}€")


def test_grouping_follows_the_language():
    assert Numbers(POLISH).number(1000) == "1000"  # Polish groups from 10 000
    assert Numbers(POLISH).number(158000) == f"158{NBSP}000"
    assert Numbers(POLISH).percent(0.031) == "3,1%"
    assert Numbers().number(1234567.25, 1) == "1,234,567.2"


def test_the_plain_date_is_day_month_year():
    assert Numbers().date(dt.date(2026, 10, 1)) == "1 Oct 2026"
