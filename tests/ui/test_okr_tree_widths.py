"""The OKR tree's content columns fit their widest cell among the cycle's rows, and their caption,
after every change of those rows (another cycle, another language); a filter or a folded
objective moves no column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex
from PySide6.QtWidgets import QApplication, QTreeView

from okrdesk.reports import language
from okrdesk.ui.okr.tree_model import STATUS
from okrdesk.ui.screenshot import settle


def _misfits(tree: QTreeView) -> list[str]:
    """Content columns not as wide as their widest shown cell or caption (what the header's
    ResizeToContents mode gives)."""
    settle(QApplication.instance())
    header = tree.header()
    found = []
    for column in range(1, header.count()):
        if header.isSectionHidden(column):
            continue
        wanted = max(
            tree.sizeHintForColumn(column),
            header.sectionSizeFromContents(column).width(),
            header.minimumSectionSize(),
        )
        if header.sectionSize(column) != wanted:
            found.append(f"column {column}: {header.sectionSize(column)} px, fits {wanted}")
    return found


def _rows(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    parent = parent or QModelIndex()
    count = model.rowCount(parent)
    return count + sum(_rows(model, model.index(row, 0, parent)) for row in range(count))


def _widths(tree: QTreeView) -> list[int]:
    """The content columns' widths (the title takes what is left, a scroll bar or not)."""
    settle(QApplication.instance())
    header = tree.header()
    return [header.sectionSize(column) for column in range(1, header.count())]


def test_content_columns_fit_the_cycle_and_stay_put_while_filtering_and_folding(okrs):
    tree = okrs.tree
    assert _misfits(tree) == []  # every row shown: as ResizeToContents makes them
    widths = _widths(tree)
    okrs.team_combo.setCurrentIndex(1)
    assert _rows(tree.model()) < _rows(okrs.model)
    assert _widths(tree) == widths
    okrs.team_combo.setCurrentIndex(0)
    okrs.search_edit.setText("MQL")
    assert _widths(tree) == widths
    okrs.search_edit.clear()
    tree.collapse(tree.model().index(0, 0))
    assert _widths(tree) == widths
    tree.expand(tree.model().index(0, 0))
    assert _misfits(tree) == []
    combo = okrs.cycle_combo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert _misfits(tree) == []


def test_status_column_fits_the_new_language_at_once(okrs):
    """Polish status names are longer: the column grows when the language changes, not at the
    next change of the rows."""
    english = okrs.tree.header().sectionSize(STATUS)
    try:
        language.speak(QLocale("pl_PL"))
        assert _misfits(okrs.tree) == []
        assert okrs.tree.header().sectionSize(STATUS) > english
    finally:
        language.speak(language.chosen_locale(""))
    assert _misfits(okrs.tree) == []
    assert okrs.tree.header().sectionSize(STATUS) == english
