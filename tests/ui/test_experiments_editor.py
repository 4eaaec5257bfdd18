"""The experiment editor on the demo workspace: inline validation and the planner note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from shiboken6 import isValid

from okrdesk.domain import stats
from okrdesk.store.funnel.data import load_counts
from okrdesk.ui.experiments.editor import ExperimentEditor
from tests.helpers import experiment_id, ok_button, stored, stored_experiments


def choose_step(dialog: ExperimentEditor, from_stage: str, to_stage: str) -> None:
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findText(from_stage))
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findText(to_stage))


def weekly(path: Path, stage: str) -> list[int]:
    """The stage's totals over the last four weeks of the demo's counts (all full weeks)."""
    counts = stored(path, load_counts)
    totals = counts[counts["stage"] == stage].groupby("week")["count"].sum()
    return [int(total) for total in totals.sort_index(ascending=False).head(4)]


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    return window.sections["experiments"]


@pytest.fixture
def editor(section, demo_copy) -> ExperimentEditor:
    dialog = section.editing.edit(experiment_id(demo_copy, "EXP-0004"))  # MQL → SQL
    yield dialog
    if isValid(dialog):
        dialog.reject()


def test_problems_are_said_at_ok_then_inline_as_they_change(editor):
    editor.title_edit.setText("   ")
    assert "Give the experiment a title." not in editor.problems_label.text()  # not yet
    ok_button(editor).click()
    assert editor.isVisible()
    assert "Give the experiment a title." in editor.problems_label.text()
    editor.title_edit.setText("Booking link")
    choose_step(editor, "SQL", "MQL")
    assert editor.problems_label.text() == "The from stage must come before the to stage."
    choose_step(editor, "MQL", "SQL")
    editor.scheduled_check.setChecked(False)  # a running experiment keeps its Day 1
    assert "needs its Day 1" in editor.problems_label.text()
    ok_button(editor).click()
    assert editor.isVisible()


def test_the_status_offers_the_past_and_the_next_step_only(editor):
    offered = [editor.status_combo.itemData(i) for i in range(editor.status_combo.count())]
    assert offered == ["idea", "planned", "running", "analysing"]


def test_a_low_traffic_step_gets_a_clear_warning_with_the_suggestions(editor, demo_copy):
    mqls, sqls = sum(weekly(demo_copy, "MQL")), sum(weekly(demo_copy, "SQL"))
    rate = sqls / mqls
    editor.mde_spin.setValue(5.0)  # five points on MQL → SQL
    per_arm = stats.sample_size(rate, 0.05)
    days = stats.days_needed(rate, 0.05, mqls / 4)
    assert days > 14
    text = editor.planner.text()
    assert editor.planner.property("warning") is True
    assert text.startswith(f"Warning: {days} days is more than the 7 planned.")
    assert f"each arm needs {QLocale().toString(per_arm)} visitors" in text
    assert "Plan a bigger change" in text and "Test a step with more traffic" in text
    assert "Even a 14-day run is too short" in text
    editor.duration_combo.setCurrentIndex(editor.duration_combo.findData(14))
    assert "more than the 14 planned" in editor.planner.text()


def test_a_step_with_enough_traffic_fits_the_week(editor, demo_copy):
    choose_step(editor, "Visit", "Form submitted")
    editor.mde_spin.setValue(2.0)
    visits, forms = sum(weekly(demo_copy, "Visit")), sum(weekly(demo_copy, "Form submitted"))
    days = stats.days_needed(forms / visits, 0.02, visits / 4)
    assert days <= 7
    assert editor.planner.property("warning") is False
    assert f"{days} days at this traffic. That fits in the 7 days planned." in editor.planner.text()


def test_without_a_planned_effect_the_note_says_what_the_week_can_show(editor):
    assert editor.mde_spin.value() == 5.0  # the demo plans five points on this step
    editor.mde_spin.setValue(0.0)  # no planned effect
    text = editor.planner.text()
    assert text.startswith("MQL → SQL: ")
    assert "In 7 days this step can show a change of" in text
    assert editor.planner.property("warning") is False


def test_the_hypothesis_template_is_offered_and_inserted(editor):
    template = "If we <change>, then <metric> will <move>, because <reason>."
    assert editor.hypothesis_edit.placeholderText() == template
    editor.hypothesis_edit.clear()
    editor.template_button.click()
    assert editor.hypothesis_edit.toPlainText() == template


def test_the_template_replaces_a_written_hypothesis_only_when_the_user_says_so(editor):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    template = "If we <change>, then <metric> will <move>, because <reason>."
    written = "If we call every MQL within an hour, more of them become SQLs."
    editor.hypothesis_edit.setPlainText(written)
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, lambda: answer(button))
            return
        seen.append(shown[0].text())
        shown[0].button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    editor.template_button.click()
    assert seen == ["Replace the hypothesis written with the template?"]
    assert editor.hypothesis_edit.toPlainText() == written

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    editor.template_button.click()
    assert len(seen) == 2
    assert editor.hypothesis_edit.toPlainText() == template


def test_saving_values_and_status_is_one_undo_step(section, editor, window, demo_copy):
    exp = experiment_id(demo_copy, "EXP-0004")
    editor.mde_spin.setValue(3.0)
    editor.duration_combo.setCurrentIndex(editor.duration_combo.findData(14))
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("analysing"))
    editor.accept()

    def stored() -> tuple[float | None, int, str]:
        (row,) = [r for r in stored_experiments(demo_copy).values() if r.id == exp]
        return row.values.planned_mde, row.values.duration_days, row.status

    assert stored() == (0.03, 14, "analysing")
    window.undo_action.trigger()
    assert stored() == (0.05, 7, "running")
