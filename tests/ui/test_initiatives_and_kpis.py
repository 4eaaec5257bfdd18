"""Initiatives, KPIs and the budget beside the OKR tree, on demo copies: what the user sees,
and undo of every action."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QStyle, QStyleOptionViewItem

from okrdesk.domain.budget import budget_summary
from okrdesk.domain.kpi import KpiStatus
from okrdesk.store.okr.initiatives import InitiativeRow, key_result_initiatives
from okrdesk.store.okr.kpis import KpiRow, list_kpis
from okrdesk.store.review.summary import display_settings
from okrdesk.ui.common.formatting import format_amount, format_date, format_percent
from okrdesk.ui.okr.initiatives_panel import (
    DONE,
    DUE,
    FINISHED,
    OVERDUE,
    TITLE,
    InitiativeEditor,
)
from okrdesk.ui.okr.kpi_panel import (
    COLOURS,
    LATEST,
    STATUS_ROLE,
    TREND,
    VALUES_ROLE,
    KpiModel,
)
from tests.helpers import DEMO_DAY, click_ok, current_key_results, query, rows


@pytest.fixture
def partner(okrs, demo_copy):
    """The initiatives tab on the key result with the most initiatives (an overdue one)."""
    counts = {kr: len(stored_initiatives(demo_copy, kr)) for kr in current_key_results(demo_copy)}
    kr_id = min(counts, key=lambda kr: (-counts[kr], kr))
    assert okrs.select_key_result(kr_id)
    okrs.side_tabs.setCurrentWidget(okrs.initiatives)
    return kr_id


def stored_initiatives(path, key_result_id: int) -> dict[int, InitiativeRow]:
    """The key result's initiatives in the file, by id, as the store's query reads them."""
    return {row.id: row for row in query(path, key_result_initiatives, key_result_id)}


def shown(panel) -> list[str]:
    model = panel.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_the_initiatives_of_the_chosen_key_result_with_the_overdue_one_marked(
    okrs, partner, demo_copy
):
    initiatives = stored_initiatives(demo_copy, partner).values()
    panel = okrs.initiatives
    assert sorted(shown(panel)) == sorted(row.title for row in initiatives)
    today = DEMO_DAY
    kinds = set()
    for number in range(panel.model.rowCount()):
        title = panel.model.index(number, TITLE).data()
        due_day, done = next((r.due_date, r.done) for r in initiatives if r.title == title)
        due_cell = panel.model.index(number, DUE)
        assert format_date(due_day) in due_cell.data()
        overdue = not done and due_day < today
        assert ("overdue" in due_cell.data()) == overdue
        foreground = due_cell.data(Qt.ItemDataRole.ForegroundRole)
        kinds.add("done" if done else "overdue" if overdue else "open")
        if done:
            assert foreground == FINISHED
        elif overdue:
            assert foreground == OVERDUE
        else:
            assert foreground is None
    assert {"open", "overdue"} <= kinds, "the chosen key result shows both kinds of open row"
    assert "overdue" in panel.summary_label.text()
    assert panel.add_button.isEnabled()


def test_add_an_initiative_then_undo_and_redo_keep_its_id(okrs, partner, window, demo_copy):
    panel = okrs.initiatives
    dialog = panel.add()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.title_edit.setText("Partner onboarding kit")
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(QDate(2030, 1, 15))
    click_ok(dialog)

    def kits() -> list[InitiativeRow]:
        rows = stored_initiatives(demo_copy, partner).values()
        return [row for row in rows if row.title == "Partner onboarding kit"]

    created = kits()
    assert [(c.due_date, c.done) for c in created] == [(dt.date(2030, 1, 15), False)]
    assert "Partner onboarding kit" in shown(panel)
    window.controller.undo_stack.undo()
    assert kits() == []
    assert "Partner onboarding kit" not in shown(panel)
    window.controller.undo_stack.redo()
    assert [again.id for again in kits()] == [created[0].id]
    assert "Partner onboarding kit" in shown(panel)


def test_tick_done_with_the_checkbox_then_undo(okrs, partner, window, demo_copy):
    panel = okrs.initiatives
    first = panel.model.row(0)
    assert not first.done
    cell = panel.model.index(0, DONE)
    assert panel.model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored_initiatives(demo_copy, partner)[first.id].done
    ticked = next(r for r in range(panel.model.rowCount()) if panel.model.row(r).id == first.id)
    assert panel.model.index(ticked, DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert panel.model.index(ticked, DUE).data(Qt.ItemDataRole.ForegroundRole) == FINISHED
    assert window.controller.undo_stack.undoText().startswith("Tick")
    window.controller.undo_stack.undo()
    assert not stored_initiatives(demo_copy, partner)[first.id].done


def test_delete_an_initiative_then_undo_restores_it_with_its_id(okrs, partner, window, demo_copy):
    panel = okrs.initiatives
    before = rows(demo_copy, "SELECT * FROM initiatives ORDER BY id")
    panel.table.selectRow(0)
    target = panel.selected()
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert target.title not in shown(panel)
    assert target.id not in stored_initiatives(demo_copy, partner)
    window.controller.undo_stack.undo()
    assert rows(demo_copy, "SELECT * FROM initiatives ORDER BY id") == before
    assert target.title in shown(panel)


def test_edit_an_initiative_then_undo(okrs, partner, window, demo_copy):
    panel = okrs.initiatives
    panel.table.selectRow(1)
    target = panel.selected()
    dialog = panel.edit_selected()
    assert dialog.title_edit.text() == target.title
    dialog.title_edit.setText("Renamed initiative")
    click_ok(dialog)
    assert stored_initiatives(demo_copy, partner)[target.id].title == "Renamed initiative"
    window.controller.undo_stack.undo()
    assert stored_initiatives(demo_copy, partner)[target.id].title == target.title


def test_a_closed_cycles_initiatives_are_read_only(okrs, demo_copy):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)
    assert okrs.selected_cycle().closed
    node = okrs.key_result_nodes()[0]
    assert okrs.select_key_result(node.row_data.id)
    panel = okrs.initiatives
    assert panel.key_result.id == node.row_data.id
    assert not panel.add_button.isEnabled()
    assert panel.add() is None
    if panel.model.rowCount():
        cell = panel.model.index(0, DONE)
        assert not panel.model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
        assert not panel.model.setData(
            cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )


# -- KPIs ------------------------------------------------------------------------------------


def kpi_row(higher: bool, value: float) -> KpiRow:
    green, red = (99.9, 99.5) if higher else (4.0, 8.0)
    return KpiRow(1, "k", "number", None, "", higher, green, red, ((dt.date(2026, 1, 5), value),))


@pytest.mark.parametrize(
    ("higher", "value", "status"),
    [
        (True, 99.95, KpiStatus.GREEN),
        (True, 99.7, KpiStatus.AMBER),
        (True, 99.2, KpiStatus.RED),
        (False, 3.0, KpiStatus.GREEN),
        (False, 6.0, KpiStatus.AMBER),
        (False, 9.5, KpiStatus.RED),
    ],
)
def test_a_kpis_colour_by_its_thresholds_in_both_directions(higher, value, status):
    model = KpiModel()
    model.set_rows([kpi_row(higher, value)])
    latest = model.index(0, LATEST)
    assert latest.data(STATUS_ROLE) == status.value
    icon = latest.data(Qt.ItemDataRole.DecorationRole)
    colour = icon.pixmap(12, 12).toImage().pixelColor(6, 6)
    assert colour.name() == COLOURS[status].name()
    assert status.value in latest.data(Qt.ItemDataRole.ToolTipRole)


def test_the_kpis_with_latest_values_and_sparklines_of_their_values(okrs, demo_copy):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    kpis = query(demo_copy, list_kpis)  # by name
    names = [kpi.name for kpi in kpis]
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == names
    for number, name in enumerate(names):
        stored = [value for kpi in kpis if kpi.name == name for _day, value in kpi.points]
        assert panel.model.index(number, TREND).data(VALUES_ROLE) == stored
        assert panel.model.index(number, LATEST).data() != "—"
        panel.table.selectRow(number)
        assert list(panel.sparkline.values()) == stored
        assert panel.detail_title.text() == name
    uptime = names.index("Website uptime")
    assert panel.model.index(uptime, LATEST).data().endswith("%")


def test_record_a_kpi_value_then_undo(okrs, window, demo_copy):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    number = next(
        r for r in range(panel.model.rowCount()) if panel.model.row(r).name == "Website uptime"
    )
    panel.table.selectRow(number)
    kpi = panel.selected()
    before = rows(demo_copy, "SELECT * FROM kpi_values ORDER BY id")
    day = kpi.latest[0] + dt.timedelta(days=7)
    dialog = panel.record_value()
    dialog.date_edit.setDate(QDate(day))
    dialog.value_spin.setValue(99.1)
    click_ok(dialog)
    assert [
        value
        for row in query(demo_copy, list_kpis)
        if row.id == kpi.id
        for measured_on, value in row.points
        if measured_on == day
    ] == [99.1]
    assert panel.selected().latest == (day, 99.1)
    assert panel.model.index(number, LATEST).data(STATUS_ROLE) == "red"
    assert panel.sparkline.values()[-1] == 99.1
    window.controller.undo_stack.undo()
    assert rows(demo_copy, "SELECT * FROM kpi_values ORDER BY id") == before
    assert panel.selected().latest == kpi.latest


def kpis_named(path, name: str) -> list[KpiRow]:
    """The stored KPIs called `name`, as list_kpis reads them."""
    return [kpi for kpi in query(path, list_kpis) if kpi.name == name]


def test_add_and_edit_a_kpi_then_undo(okrs, window, demo_copy):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    dialog = panel.new_kpi()
    dialog.name_edit.setText("Website uptime")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # refused, saying why
    assert dialog.isVisible()
    assert "Another KPI has this name." in dialog.problems_label.text()
    dialog.name_edit.setText("Net revenue retention")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("percent"))
    dialog.direction_combo.setCurrentIndex(1)  # lower is better
    dialog.green_spin.setValue(105)
    dialog.red_spin.setValue(95)
    assert "lower is better" in dialog.problems_label.text().lower()
    dialog.direction_combo.setCurrentIndex(0)
    click_ok(dialog)
    created = [
        (kpi.unit, kpi.higher_is_better, kpi.green_threshold, kpi.red_threshold)
        for kpi in kpis_named(demo_copy, "Net revenue retention")
    ]
    assert created == [("percent", True, 105.0, 95.0)]
    assert panel.selected().name == "Net revenue retention"
    assert panel.model.index(panel.table.currentIndex().row(), LATEST).data() == "—"

    dialog = panel.edit_selected()
    dialog.red_spin.setValue(90)
    click_ok(dialog)
    assert [k.red_threshold for k in kpis_named(demo_copy, "Net revenue retention")] == [90.0]
    window.controller.undo_stack.undo()
    assert [k.red_threshold for k in kpis_named(demo_copy, "Net revenue retention")] == [95.0]
    window.controller.undo_stack.undo()
    assert kpis_named(demo_copy, "Net revenue retention") == []
    assert "Net revenue retention" not in [r.name for r in panel.rows()]


def test_the_kpi_tab_loads_when_first_shown_and_catches_up_after_a_hidden_change(
    okrs, window, demo_copy
):
    panel = okrs.kpis
    assert not panel.isVisible()
    assert panel.model.rowCount() == 0  # nothing read while the tab is not in view
    okrs.side_tabs.setCurrentWidget(panel)
    count = panel.model.rowCount()
    assert count == 3
    panel.table.selectRow(0)
    panel.delete_selected()
    assert panel.model.rowCount() == count - 1
    okrs.side_tabs.setCurrentWidget(okrs.history)
    window.controller.undo_stack.undo()
    okrs.side_tabs.setCurrentWidget(panel)
    assert panel.model.rowCount() == count


# -- budget, cost and ROI --------------------------------------------------------------------


def test_budget_cost_and_roi_shown_as_the_pure_rule_computes_them(okrs, demo_copy):
    currency = query(demo_copy, display_settings).currency
    for node in okrs.key_result_nodes():
        row = node.row_data
        assert okrs.select_key_result(row.id)
        label = okrs.history.budget_label
        if row.budget is None and row.cost is None:
            assert label.isHidden()
            continue
        assert not label.isHidden()
        money = budget_summary(
            row.kind, row.unit, row.start_value, row.current, row.budget, row.cost
        )
        text = label.text()
        assert format_amount(money.budget, currency) in text
        assert format_amount(money.cost, currency) in text
        assert format_amount(abs(money.left), currency) in text
        assert text.endswith("ROI —")  # no demo key result with a budget measures revenue
        assert "No ROI" in label.toolTip()


def test_roi_of_a_money_increase_with_a_cost(okrs, window, demo_copy):
    checked = [
        kr
        for kr in current_key_results(demo_copy).values()
        if kr.kind == "increase" and kr.unit == "currency" and kr.last_checkin is not None
    ]
    latest = max(checked, key=lambda kr: kr.last_checkin)  # checked in last, at that check-in
    kr_id, start, current = latest.id, latest.start_value, latest.current
    cost = 5_000.0
    with sqlite3.connect(demo_copy) as connection:
        connection.execute(
            "UPDATE key_results SET budget = 8000, cost = ? WHERE id = ?", (cost, kr_id)
        )
    okrs.reload()
    assert okrs.select_key_result(kr_id)
    money = budget_summary("increase", "currency", start, current, 8000.0, cost)
    assert money.roi == pytest.approx((current - start - cost) / cost)
    assert okrs.history.budget_label.text().endswith("ROI " + format_percent(money.roi, 0))
    assert "revenue" in okrs.history.budget_label.toolTip()


def test_a_click_on_the_checkbox_ticks_the_initiative_done(okrs, partner, window, qtbot, demo_copy):
    panel = okrs.initiatives
    first = panel.model.row(0)
    rect = panel.table.visualRect(panel.model.index(0, DONE))
    options = QStyleOptionViewItem()
    panel.table.initViewItemOption(options)
    options.rect = rect
    options.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = panel.table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, options, panel.table
    )
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert stored_initiatives(demo_copy, partner)[first.id].done
    assert "1 of 2 done" in panel.summary_label.text()
    window.controller.undo_stack.undo()
    assert not stored_initiatives(demo_copy, partner)[first.id].done


def test_delete_in_the_initiatives_table_deletes_the_initiative_not_the_key_result(
    okrs, partner, window, qtbot, demo_copy
):
    panel = okrs.initiatives
    panel.table.selectRow(0)
    target = panel.selected()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert target.id not in stored_initiatives(demo_copy, partner)
    assert partner in current_key_results(demo_copy)  # the key result itself stays
    window.controller.undo_stack.undo()
    assert target.title in shown(panel)
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = next(w for w in panel.findChildren(InitiativeEditor) if w.isVisible())
    assert editor.title_edit.text() == panel.selected().title
    editor.reject()


def test_delete_in_the_kpi_table_deletes_the_kpi_and_undo_brings_its_values_back(
    okrs, window, qtbot, demo_copy
):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    target = panel.selected()
    before = rows(demo_copy, "SELECT * FROM kpi_values ORDER BY id")
    key_results = current_key_results(demo_copy)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert target.name not in [r.name for r in panel.rows()]
    assert current_key_results(demo_copy) == key_results
    window.controller.undo_stack.undo()
    assert rows(demo_copy, "SELECT * FROM kpi_values ORDER BY id") == before
