"""The value fields write numbers as the labels beside them do, in the user's locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from okrdesk.ui.common.number_spin import NumberSpinBox


def amount_box(qtbot, locale: str) -> NumberSpinBox:
    box = NumberSpinBox(money=True)
    qtbot.addWidget(box)
    box.setLocale(QLocale(locale))
    box.setGroupSeparatorShown(True)
    box.setRange(0, 1e9)
    box.setDecimals(0)
    box.setSuffix(" €")
    return box


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("C", "211400 €"), ("en_US", "211,400 €"), ("pl_PL", "211\u00a0400 €")],
)
def test_an_amount_is_grouped_only_where_the_locale_groups(qtbot, locale, shown):
    box = amount_box(qtbot, locale)
    box.setValue(211400)
    assert box.text() == shown
    assert QLocale(locale).toString(211400.0, "f", 0) + " €" == shown  # as a label writes it


def test_a_typed_amount_reads_back_under_the_c_locale(qtbot):
    box = amount_box(qtbot, "C")
    box.show()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "186000")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == 186000
    assert box.text() == "186000 €"
