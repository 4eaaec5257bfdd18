"""New objective from a template: pick one, create it with its key results, undo it in one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okrdesk.domain.okr_templates import templates
from okrdesk.store.okr.queries import cycle_objectives
from okrdesk.store.people import list_people, list_teams
from okrdesk.ui.common.formatting import format_kr_value
from okrdesk.ui.okr.nodes import ObjectiveNode
from okrdesk.ui.okr.template_dialog import (
    TEMPLATE_ROLE,
    TemplateDialog,
    TemplateFilterModel,
    TemplateModel,
)
from tests.helpers import query, rows

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEMPLATE = next(t for t in templates() if t.id == "sales-saas-win-more")


def okr_tables(path: Path) -> tuple[list[tuple], list[tuple]]:
    return (
        rows(path, "SELECT * FROM objectives ORDER BY id"),
        rows(path, "SELECT * FROM key_results ORDER BY id"),
    )


def visible_dialog() -> TemplateDialog:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateDialog) and w.isVisible()
    )


def shown_templates(dialog: TemplateDialog) -> list[str]:
    proxy = dialog.proxy
    found = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        found += [
            proxy.index(row, 0, parent).data(TEMPLATE_ROLE).id
            for row in range(proxy.rowCount(parent))
        ]
    return found


def test_ctrl_alt_n_creates_the_objective_and_its_key_results_as_one_undo_step(
    okrs, qtbot, window, demo_copy
):
    before = okr_tables(demo_copy)
    cycle_id = okrs.selected_cycle().id
    stack = window.controller.undo_stack
    steps = stack.count()

    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = visible_dialog()
    assert dialog.select_template(TEMPLATE.id)
    assert dialog.preview_title.text() == str(TEMPLATE.title)
    assert dialog.team_combo.currentText() == "Sales"  # the workspace's team of that name
    dialog.owner_combo.lineEdit().setText("Priya Raman")  # typing would pop the completer up
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    (priya,) = [p.id for p in query(demo_copy, list_people) if p.name == "Priya Raman"]
    (sales,) = [t.id for t in query(demo_copy, list_teams) if t.name == "Sales"]
    objectives = query(demo_copy, cycle_objectives, cycle_id)
    created = [o for o in objectives if o.title == str(TEMPLATE.title)]
    assert len(created) == 1
    objective = created[0]
    objective_id = objective.id
    assert (objective.level, objective.owner_id, objective.team_id) == ("team", priya, sales)
    assert (objective.parent_id, objective.description) == (None, str(TEMPLATE.why))
    key_results = [
        (k.title, k.kind, k.unit, k.start_value, k.target_value, k.weight, k.owner_id, k.position)
        for k in objective.key_results
    ]
    assert key_results == [
        (kr.title, kr.kind, kr.unit, kr.start_value, kr.target_value, 1.0, priya, position)
        for position, kr in enumerate(TEMPLATE.key_results)
    ]
    after = okr_tables(demo_copy)
    assert len(after[0]) == len(before[0]) + 1 and len(after[1]) == len(before[1]) + 3

    assert stack.count() == steps + 1
    node = okrs.current_node()
    assert isinstance(node, ObjectiveNode) and node.row_data.id == objective_id
    assert [kr.row_data.title for kr in node.children] == [kr.title for kr in TEMPLATE.key_results]

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert okr_tables(demo_copy) == before
    assert not any(n.row_data.title == str(TEMPLATE.title) for n in okrs.objective_nodes())
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert okr_tables(demo_copy) == after  # same ids, same positions
    assert any(n.row_data.id == objective_id for n in okrs.objective_nodes())


def test_cancel_writes_nothing(okrs, qtbot, demo_copy):
    before = okr_tables(demo_copy)
    dialog = okrs.editing.new_objective_from_template()
    dialog.reject()
    assert okr_tables(demo_copy) == before
    assert okrs.controller.undo_stack.count() == 0


def test_the_button_opens_the_dialog_in_the_chosen_cycle(okrs, qtbot):
    qtbot.mouseClick(okrs.from_template_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog()
    assert dialog.cycle_label.text() == okrs.selected_cycle().name
    assert dialog.current_template() == templates()[0]  # something is chosen from the start
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_filters_by_team_and_business_and_the_team_follows_the_template(okrs):
    dialog = okrs.editing.new_objective_from_template()
    assert shown_templates(dialog) == [t.id for t in templates()]

    dialog.flavour_filter.setCurrentIndex(dialog.flavour_filter.findData("Small business"))
    shown = shown_templates(dialog)
    assert shown and all(t.flavour == "Small business" for t in templates() if t.id in shown)
    assert dialog.current_template().id == shown[0]

    dialog.team_filter.setCurrentIndex(dialog.team_filter.findData("Customer success"))
    small_cs = [
        t.id for t in templates() if t.team == "Customer success" and t.flavour == "Small business"
    ]
    assert shown_templates(dialog) == small_cs
    assert dialog.current_template().id == small_cs[0]
    # The demo's team is spelt "Customer Success": matched regardless of case.
    assert dialog.team_combo.currentText() == "Customer Success"

    dialog.team_filter.setCurrentIndex(dialog.team_filter.findData("Product"))
    assert dialog.current_template().team == "Product"
    assert dialog.team_combo.currentData() is None  # the demo has no product team
    dialog.reject()


def test_a_team_the_user_picked_stays_when_another_template_is_chosen(okrs, qtbot):
    dialog = okrs.editing.new_objective_from_template()
    dialog.select_template("product-saas-first-week")
    assert dialog.team_combo.currentData() is None
    dialog.team_combo.setFocus()
    qtbot.keyClick(dialog.team_combo, Qt.Key.Key_Down)  # a user's choice: "activated"
    picked = dialog.team_combo.currentText()
    assert dialog.team_combo.currentData() is not None
    dialog.select_template(TEMPLATE.id)
    assert dialog.team_combo.currentText() == picked
    dialog.reject()


def test_the_preview_shows_values_in_the_workspace_currency_and_locale(okrs):
    dialog = okrs.editing.new_objective_from_template()
    template = next(t for t in templates() if t.id == "engineering-saas-reliability")
    assert dialog.select_template(template.id)
    assert [label.text() for label in dialog.kr_titles] == [kr.title for kr in template.key_results]
    uptime, load_time, cloud = (label.text() for label in dialog.kr_values)
    assert format_kr_value(99.5, "stay_above", "percent", "EUR") in uptime
    assert format_kr_value(2400, "decrease", "number", "EUR") in load_time
    assert format_kr_value(18000, "stay_below", "currency", "EUR") in cloud
    assert "€" in cloud

    dialog.select_template("engineering-small-web-shop")
    assert dialog.kr_values[2].text() == "Done or not done"
    dialog.reject()


def test_a_closed_cycle_offers_no_templates(okrs):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)
    assert okrs.selected_cycle().closed
    assert not okrs.editing.new_from_template_action.isEnabled()
    assert not okrs.from_template_button.isEnabled()
    assert okrs.editing.new_objective_from_template() is None


def test_the_template_models_follow_the_item_model_rules(qtmodeltester):
    model = TemplateModel(templates())
    qtmodeltester.check(model)
    group = model.index(0, 0)
    assert model.template(group) is None
    assert not model.flags(group) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(0, 0, group).data(TEMPLATE_ROLE) == templates()[0]
    proxy = TemplateFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("Sales", "SaaS")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
