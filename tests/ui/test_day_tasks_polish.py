"""An experiment planned while the user works in Polish gets its day tasks in Polish."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from okrdesk.store.experiments.tasks import tasks_of
from tests.helpers import query, stored_experiments
from tests.qm_files import installed

POLISH = {
    ("DayTemplate", "Deploy the change"): "Wdrożyć zmianę",
    ("DayTemplate", "Decide: scale or roll back"): "Decyzja: skalować czy wycofać",
}


def test_planning_an_idea_in_polish_writes_polish_day_tasks(window, demo_copy, tmp_path):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    section = window.sections["experiments"]
    section.tabs.setCurrentWidget(section.backlog)
    exp_id = stored_experiments(demo_copy)["EXP-0006"].id
    assert section.backlog.select(exp_id)
    with installed(tmp_path, "pl_PL", POLISH):
        section.backlog.plan_button.click()
        QApplication.activeModalWidget().accept()
    titles = {task.day: task.title for task in query(demo_copy, tasks_of, exp_id)}
    assert titles[2] == "Wdrożyć zmianę"
    assert titles[7] == "Decyzja: skalować czy wycofać"
    assert titles[6] == "Check lead quality"  # untranslated: its English source
