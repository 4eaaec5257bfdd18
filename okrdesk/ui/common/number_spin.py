"""A number field that writes a whole value without decimals, as the screens write it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox


class NumberSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox showing "40,000 €" for a whole amount, not "40,000.00 €", and "17.5%"
    not "17.50%"; an amount under 100 keeps its cents ("95.50 €", `money`). Typing works as in
    any QDoubleSpinBox."""

    def __init__(self, money: bool = False) -> None:
        super().__init__()
        self.money = money

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        locale = self.locale()
        if locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator:
            # The box groups whatever the locale says; the labels beside it follow the locale
            # (the C locale writes 211400, not 211,400).
            text = text.replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        if self.decimals() == 0 or point not in text:
            return text
        if self.money and not float(value).is_integer() and abs(value) < 100:
            return text
        return text.rstrip("0").removesuffix(point)
