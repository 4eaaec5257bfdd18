"""The backlog on the demo workspace: sorting by ICE, new, edit, delete, plan for a week, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from okrdesk.store.experiments.records import next_code
from okrdesk.store.experiments.tasks import tasks_of
from okrdesk.ui.experiments.backlog import ICE, IMPACT, TITLE, next_monday
from okrdesk.ui.experiments.editor import ExperimentEditor
from tests.helpers import DEMO_DAY, answer_next_question, ok_button, query, stored_experiments

CTRL = Qt.KeyboardModifier.ControlModifier


def experiment(path: Path, code: str) -> tuple:
    """(id, title, status, start date ISO or None) of the experiment `code`."""
    row = stored_experiments(path)[code]
    start = None if row.start_date is None else row.start_date.isoformat()
    return (row.id, row.title, row.status, start)


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    experiments = window.sections["experiments"]
    experiments.tabs.setCurrentWidget(experiments.backlog)
    return experiments


def ideas(demo_copy: Path) -> list[tuple[str, float]]:
    return [
        (code, (row.values.impact + row.values.confidence + row.values.ease) / 3)
        for code, row in stored_experiments(demo_copy).items()
        if row.status == "idea"
    ]


def test_ideas_are_listed_best_ice_first_and_sort_by_any_column(section, demo_copy):
    backlog = section.backlog
    expected = sorted(ideas(demo_copy), key=lambda idea: (-idea[1], idea[0]))
    assert backlog.codes() == [code for code, _ in expected]
    assert backlog.proxy.index(0, ICE).data() == f"{expected[0][1]:.1f}"  # C locale
    backlog.table.sortByColumn(IMPACT, Qt.SortOrder.AscendingOrder)
    impacts = [int(backlog.proxy.index(r, IMPACT).data()) for r in range(len(expected))]
    assert impacts == sorted(impacts)
    backlog.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [backlog.proxy.index(r, TITLE).data() for r in range(len(expected))]
    assert titles == sorted(titles, key=str.casefold)


def test_show_every_experiment_lists_planned_running_and_decided_ones(section, demo_copy):
    section.backlog.show_all_check.setChecked(True)
    assert sorted(section.backlog.codes()) == sorted(stored_experiments(demo_copy))


def test_plan_for_week_schedules_an_idea_on_next_monday_with_its_tasks(section, window, demo_copy):
    exp_id, *_ = experiment(demo_copy, "EXP-0006")
    assert section.backlog.select(exp_id)
    assert section.backlog.plan_button.isEnabled()
    section.backlog.plan_button.click()
    dialog = QApplication.activeModalWidget()
    monday = next_monday(DEMO_DAY)
    assert dialog.start_date() == monday
    dialog.accept()
    assert experiment(demo_copy, "EXP-0006")[2:] == ("planned", monday.isoformat())
    tasks = query(demo_copy, tasks_of, exp_id)
    assert sorted(task.day for task in tasks) == [1, 2, 3, 4, 5, 6, 7]
    assert "EXP-0006" not in section.backlog.codes()  # no longer an idea

    window.undo_action.trigger()
    assert experiment(demo_copy, "EXP-0006")[2:] == ("idea", None)
    assert "EXP-0006" in section.backlog.codes()


def test_ctrl_n_writes_a_new_idea_and_undo_redo_keep_its_code(section, qtbot, window, demo_copy):
    code = query(demo_copy, next_code)
    window.activateWindow()  # an earlier test's modal dialog may have taken it
    qtbot.waitUntil(window.isActiveWindow)
    section.backlog.table.setFocus()
    qtbot.keyClick(section.backlog.table, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExperimentEditor)
    assert dialog.code_edit.text().startswith(code)
    ok_button(dialog).click()  # no title yet: refused
    assert dialog.isVisible()
    dialog.title_edit.setText("Pricing page FAQ")
    dialog.impact_spin.setValue(9)
    assert dialog.problems_label.isHidden()
    dialog.accept()
    created = stored_experiments(demo_copy)[code]
    assert (created.title, created.status, created.values.impact) == ("Pricing page FAQ", "idea", 9)
    assert section.backlog.current_id() == experiment(demo_copy, code)[0]
    window.undo_action.trigger()
    assert code not in stored_experiments(demo_copy)
    window.redo_action.trigger()
    assert experiment(demo_copy, code)[1] == "Pricing page FAQ"
    assert code in section.backlog.codes()


def test_enter_opens_the_editor_and_saving_is_one_undo_step(section, qtbot, window, demo_copy):
    exp_id, title, *_ = experiment(demo_copy, "EXP-0006")
    section.backlog.select(exp_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section.backlog.table.setFocus()
    qtbot.keyClick(section.backlog.table, Qt.Key.Key_Return)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExperimentEditor)
    assert dialog.title_edit.text() == title
    dialog.title_edit.setText("Customer story video first")
    dialog.accept()
    assert experiment(demo_copy, "EXP-0006")[1] == "Customer story video first"
    window.undo_action.trigger()
    assert experiment(demo_copy, "EXP-0006")[1] == title


def test_delete_asks_and_undo_brings_the_experiment_back(section, qtbot, window, demo_copy):
    exp_id, *_ = experiment(demo_copy, "EXP-0006")
    section.backlog.select(exp_id)
    answer_next_question(QMessageBox.StandardButton.Cancel)
    section.backlog.delete_button.click()
    assert experiment(demo_copy, "EXP-0006")[0] == exp_id
    answer_next_question(QMessageBox.StandardButton.Yes)
    section.backlog.delete_button.click()
    assert "EXP-0006" not in stored_experiments(demo_copy)
    assert "EXP-0006" not in section.backlog.codes()
    window.undo_action.trigger()
    assert experiment(demo_copy, "EXP-0006")[0] == exp_id
    assert "EXP-0006" in section.backlog.codes()
