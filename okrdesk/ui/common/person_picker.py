"""A combo box to pick a person by typing any part of the name, shared by the OKR and
experiment editors."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def people_combo(people: Sequence[tuple[int, str]], chosen: int | None) -> QComboBox:
    """Pick a person by typing any part of the name."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    for person_id, name in people:
        combo.addItem(name, person_id)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    return combo


def chosen_id(combo: QComboBox) -> int | None:
    """The id of the item whose text is typed, or None when the text names nobody."""
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None
