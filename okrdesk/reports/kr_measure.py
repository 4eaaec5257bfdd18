"""A key result's value with its own decimals and unit label ("48 h"), on top of any
NumberFormat: the review screen, its export and the report write values through it."""

from __future__ import annotations

from okrdesk.domain.number_format import NumberFormat
from okrdesk.reports.locale_format import LocaleFormat


def with_unit_label(text: str, unit_label: str) -> str:
    """A value followed by the key result's unit label, kept on one line; "—" stays bare."""
    return f"{text}\u00a0{unit_label}" if unit_label and text not in ("", "—") else text


def kr_measure(
    fmt: NumberFormat,
    value: float | None,
    kind: str,
    unit: str,
    unit_label: str = "",
    decimals: int | None = None,
) -> str:
    """fmt.kr_value with the key result's decimals (None: the unit's default) and label."""
    if value is None or kind == "binary" or decimals is None or unit == "currency":
        text = fmt.kr_value(value, kind, unit)
    elif unit == "percent":
        text = fmt.percent(value / 100.0, decimals)
    else:
        text = fmt.number(value, decimals)
    return text if kind == "binary" else with_unit_label(text, unit_label)


def kr_change_measure(
    fmt: LocaleFormat, change: float | None, kind: str, unit: str, unit_label: str = ""
) -> str:
    """fmt.kr_change with the unit label after it ("+6 h"); percent points keep their "pt"."""
    text = fmt.kr_change(change, kind, unit)
    if kind == "binary" or unit == "percent":
        return text
    return with_unit_label(text, unit_label)
