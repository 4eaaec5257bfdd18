"""Binding a key result to a funnel metric from the OKR screen: preview, marks, undo, unbind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from okrdesk.store import bindings
from okrdesk.store.bindings import named_bindings
from okrdesk.store.funnel.data import load_counts
from okrdesk.store.funnel.definitions import list_funnels
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from okrdesk.ui.okr.binding_dialog import BindingDialog
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE, TITLE
from tests.helpers import current_key_results, iso, query, run, stored, visible

ROOT = QModelIndex()
MQL_KR = "Grow MQLs per month from 240 to 360"
FORM_KR = "Raise visit→form conversion from 2.8 % to 4.0 %"


def kr_index(okrs, title: str) -> QModelIndex:
    def walk(parent=ROOT):
        for row in range(okrs.proxy.rowCount(parent)):
            index = okrs.proxy.index(row, TITLE, parent)
            node = index.data(NODE_ROLE)
            if isinstance(node, KeyResultNode) and node.row_data.title == title:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    found = walk()
    assert found is not None, title
    return found


def open_binding(okrs, title: str) -> BindingDialog:
    okrs.tree.setCurrentIndex(kr_index(okrs, title))
    assert okrs.binding.bind_action.isEnabled()
    assert okrs.binding.bind_action in okrs.tree.actions()  # in the context menu
    dialog = okrs.binding.open_dialog()
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def bind_button(dialog: BindingDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def bound(path: Path, title: str) -> list[tuple]:
    """(metric, funnel, from stage, to stage, segment) of the binding of the current cycle's
    key result called `title`, as the store's named_bindings reads it; [] when unbound."""
    (kr_id,) = [kr.id for kr in current_key_results(path).values() if kr.title == title]
    named = query(path, named_bindings).get(kr_id)
    if named is None:
        return []
    b = named.binding
    return [(b.metric, named.funnel, named.from_stage, named.to_stage, b.segment)]


def test_bind_a_count_with_a_preview_then_undo_and_redo(okrs, qtbot, window, demo_copy):
    dialog = open_binding(okrs, MQL_KR)
    assert dialog.funnel_combo.currentText() == "Inbound B2B"
    assert dialog.segment_combo.itemText(0) == "All sources"
    choose(dialog.metric_combo, "Weekly count of a stage")
    assert not dialog.from_combo.isEnabled()
    choose(dialog.to_combo, "MQL")
    choose(dialog.segment_combo, "organic")

    counts = stored(demo_copy, load_counts)
    mql = counts[(counts["stage"] == "MQL") & (counts["segment"] == "organic")]
    weekly = mql.groupby("week")["count"].sum()
    week, count = iso(weekly.index.max()), int(weekly[weekly.index.max()])
    model = dialog.preview_model
    assert model.rowCount() == 6
    assert model.index(0, 1).data() == QLocale().toString(count)
    assert week[:4] in model.index(0, 0).data()  # the newest week first, as a date

    qtbot.mouseClick(bind_button(dialog), Qt.MouseButton.LeftButton)
    assert bound(demo_copy, MQL_KR) == [("stage_count", "Inbound B2B", None, "MQL", "organic")]
    index = kr_index(okrs, MQL_KR)
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "From funnel Inbound B2B: MQL per week · organic"
    )
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None

    window.controller.undo_stack.undo()
    assert bound(demo_copy, MQL_KR) == []
    index = kr_index(okrs, MQL_KR)
    # The title and its values ("240 → 360, now 281"), no longer a funnel.
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == MQL_KR
    assert "From funnel" not in tooltip
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    window.controller.undo_stack.redo()
    assert bound(demo_copy, MQL_KR) == [("stage_count", "Inbound B2B", None, "MQL", "organic")]


def test_a_step_rate_reads_as_a_percentage_and_must_go_forward(okrs, qtbot, demo_copy):
    dialog = open_binding(okrs, MQL_KR)
    choose(dialog.metric_combo, "Step conversion (to ÷ from)")
    choose(dialog.from_combo, "MQL")
    choose(dialog.to_combo, "Lead")
    assert not bind_button(dialog).isEnabled()
    assert "must come before" in dialog.problems_label.text()
    assert dialog.preview_model.rowCount() == 0
    choose(dialog.from_combo, "Lead")
    choose(dialog.to_combo, "MQL")
    assert bind_button(dialog).isEnabled()
    # A rate on a key result counted in numbers is allowed, with a word about the unit.
    assert "not in percent" in dialog.problems_label.text()
    assert dialog.preview_model.index(0, 1).data().endswith(QLocale().percent())
    dialog.reject()
    assert bound(demo_copy, MQL_KR) == []


def test_unbind_from_the_dialog_and_undo_it(okrs, qtbot, window, demo_copy):
    dialog = open_binding(okrs, MQL_KR)
    assert not dialog.unbind_button.isVisible()
    choose(dialog.metric_combo, "Overall conversion (to ÷ first stage)")
    choose(dialog.to_combo, "Deal")
    dialog.accept()
    assert bound(demo_copy, MQL_KR) == [("overall_rate", "Inbound B2B", None, "Deal", "")]

    dialog = open_binding(okrs, MQL_KR)
    assert dialog.metric_combo.currentData() == "overall_rate"
    assert dialog.to_combo.currentText() == "Deal"
    assert dialog.segment_combo.currentText() == "All sources"
    assert dialog.unbind_button.isVisible()
    qtbot.mouseClick(dialog.unbind_button, Qt.MouseButton.LeftButton)
    assert bound(demo_copy, MQL_KR) == []
    assert window.controller.undo_stack.undoText().startswith("Unbind")
    window.controller.undo_stack.undo()
    assert bound(demo_copy, MQL_KR) == [("overall_rate", "Inbound B2B", None, "Deal", "")]


def test_no_binding_in_a_closed_cycle(okrs):
    closed = next(i for i, c in enumerate(okrs.cycles) if c.closed)
    okrs.cycle_combo.setCurrentIndex(closed)
    okrs.tree.setCurrentIndex(kr_index(okrs, "Qualify 250 SQLs"))
    assert not okrs.binding.bind_action.isEnabled()
    assert okrs.binding.open_dialog() is None


def test_the_demo_bound_key_result_shows_where_its_check_in_came_from(okrs):
    index = kr_index(okrs, FORM_KR)
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "From funnel Inbound B2B: Visit → Form submitted rate · all sources"
    )
    okrs.tree.setCurrentIndex(index)
    history = okrs.history
    assert "From funnel Inbound B2B" in history.detail_label.text()
    model = history.model
    newest_comment = model.index(0, 3).data()
    assert newest_comment.startswith("Automatic: from import hubspot_export_")
    assert not newest_comment.startswith("(automatic)")
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Automatic check-in" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    older = model.index(1, 0)
    assert older.data(Qt.ItemDataRole.ForegroundRole) is None  # typed by a person


def test_without_a_funnel_the_dialog_says_so(qtbot, window, demo_copy):
    with sqlite3.connect(demo_copy) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM funnels")
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    dialog = open_binding(okrs, MQL_KR)
    assert dialog.funnel_combo.count() == 0
    assert "no funnel yet" in dialog.problems_label.text()
    assert not bind_button(dialog).isEnabled()
    assert dialog.preview_model.rowCount() == 0
    dialog.reject()


def test_a_funnel_without_stages_previews_nothing(qtbot, window, demo_copy):
    with sqlite3.connect(demo_copy) as connection:
        connection.execute("INSERT INTO funnels (name) VALUES ('Partners')")
    window.files.open_path(demo_copy)
    window.show_section(1)
    dialog = open_binding(window.sections["okrs"], MQL_KR)
    choose(dialog.funnel_combo, "Partners")
    assert "too few stages" in dialog.problems_label.text()
    choose(dialog.metric_combo, "ROI ((revenue − spend) ÷ spend)")
    assert bind_button(dialog).isEnabled()  # ROI needs no stage
    assert dialog.to_combo.count() == 0
    assert dialog.preview_model.rowCount() == 0
    assert dialog.preview_note.text() == "No funnel data for this choice yet."
    dialog.reject()


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_binding_anna_made_first_shows_theirs_and_mine(
    okrs, qtbot, window, demo_copy, anna, choice
):
    dialog = open_binding(okrs, MQL_KR)  # my dialog read the key result unbound
    choose(dialog.metric_combo, "Weekly count of a stage")
    choose(dialog.to_combo, "MQL")
    (kr_id,) = [kr.id for kr in current_key_results(demo_copy).values() if kr.title == MQL_KR]
    (funnel_id,) = [f.id for f in query(demo_copy, list_funnels) if f.name == "Inbound B2B"]
    run(anna, bindings.bind, kr_id, funnel_id, "revenue", None, None, "")
    qtbot.mouseClick(bind_button(dialog), Qt.MouseButton.LeftButton)

    conflict = visible(ConflictDialog)
    model = conflict.table.model()
    lines = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert lines["Metric"] == ("Revenue", "Weekly count of a stage")
    assert lines["To stage"] == ("—", "MQL")
    assert lines["Source"] == ("All sources", "All sources")
    assert bound(demo_copy, MQL_KR) == [("revenue", "Inbound B2B", None, None, "")]
    if choice == "keep":
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)
        assert bound(demo_copy, MQL_KR) == [("revenue", "Inbound B2B", None, None, "")]
    else:
        qtbot.mouseClick(conflict.apply_button, Qt.MouseButton.LeftButton)
        assert bound(demo_copy, MQL_KR) == [("stage_count", "Inbound B2B", None, "MQL", "")]
        window.controller.undo_stack.undo()  # back to Anna's, not to unbound
        assert bound(demo_copy, MQL_KR) == [("revenue", "Inbound B2B", None, None, "")]
