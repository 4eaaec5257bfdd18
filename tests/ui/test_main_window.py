"""The main window as a user meets it: sections, welcome screen, menus, files and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from okrdesk import paths
from okrdesk.store.experiments.records import backlog
from okrdesk.store.funnel.data import load_counts
from okrdesk.store.okr.queries import cycle_objectives, key_result_history, list_cycles
from okrdesk.store.review.data import reviewed_weeks
from okrdesk.ui import settings
from okrdesk.ui.app import first_workspace
from okrdesk.ui.common.formatting import format_percent
from okrdesk.ui.cycle_dialog import CycleDialog
from okrdesk.ui.main_window import MainWindow
from tests.helpers import (
    DEMO_DAY,
    current_objectives,
    query,
    shown_section,
    stage_names,
    stored,
    stored_experiments,
)

SECTIONS = ["dashboard", "okrs", "experiments", "funnel", "review"]


def click_navigation(qtbot, window: MainWindow, row: int) -> None:
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def cycle_names(path: Path) -> list[tuple[str]]:
    """(name,) of every cycle in the file, as the store's list_cycles reads them."""
    return [(cycle.name,) for cycle in query(path, list_cycles)]


def test_demo_opens_on_the_dashboard_with_its_name_in_the_title(qtbot, window, demo_copy):
    assert window.files.open_path(demo_copy) is None
    assert shown_section(window) == "dashboard"
    assert "demo" in window.windowTitle().lower()
    assert window.windowTitle().endswith("okrdesk")
    dashboard = window.sections["dashboard"]
    objectives = len(current_objectives(demo_copy))
    assert dashboard.cards["objectives"].value_label.text() == str(objectives)


def test_dashboard_shows_the_last_full_funnel_week(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    monday = DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday())
    frame = stored(demo_copy, load_counts)
    week = frame["week"][frame["week"] < pd.Timestamp(monday)].max()
    totals = frame[frame["week"] == week].groupby("stage")["count"].sum()
    counts = [(name, int(totals[name])) for name in stage_names(demo_copy) if name in totals]
    model = window.sections["dashboard"].funnel_model
    shown = [
        [model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())
    ]
    assert [line[0] for line in shown] == [name for name, _count in counts]
    assert [line[1] for line in shown] == [QLocale().toString(count) for _name, count in counts]
    assert shown[1][2] == format_percent(counts[1][1] / counts[0][1])
    assert shown[-1][3] == format_percent(counts[-1][1] / counts[0][1])
    heading = window.sections["dashboard"].funnel_heading.text()
    assert QLocale().toString(week.date(), "d MMM yyyy") in heading


def test_clicking_the_navigation_switches_between_every_section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    for row, key in enumerate(SECTIONS):
        click_navigation(qtbot, window, row)
        assert shown_section(window) == key
        assert window.sections[key].isVisible()
    for row, key in reversed(list(enumerate(SECTIONS))):
        click_navigation(qtbot, window, row)
        assert shown_section(window) == key


def test_keyboard_shortcuts_switch_sections(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert shown_section(window) == "experiments"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert shown_section(window) == "funnel"


def test_sections_list_what_the_workspace_holds(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(SECTIONS.index("experiments"))
    experiments = window.sections["experiments"]
    experiments.backlog.show_all_check.setChecked(True)
    stored = stored_experiments(demo_copy)
    assert sorted(experiments.backlog.codes()) == sorted(stored)
    decided = [code for code, row in stored.items() if row.decision == "roll_back"]
    learnt = experiments.learnings
    rolled_back = learnt.codes().index(decided[0])
    assert learnt.proxy.index(rolled_back, 2).data() == "rolled back"
    window.show_section(SECTIONS.index("review"))
    reviewed = window.sections["review"].week_combo
    marked = [i for i in range(reviewed.count()) if reviewed.itemText(i).endswith("reviewed")]
    assert len(marked) == len(query(demo_copy, reviewed_weeks))


def test_empty_workspace_shows_the_welcome_screen(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    assert shown_section(window) == "welcome"
    assert window.welcome.isVisible()
    assert window.welcome.cycle_button.isEnabled()
    assert window.windowTitle().startswith("Acme Sales")


def test_no_workspace_offers_only_demo_and_open(qtbot, window):
    assert shown_section(window) == "welcome"
    assert not window.welcome.cycle_button.isEnabled()
    assert window.welcome.demo_button.isEnabled() and window.welcome.open_button.isEnabled()
    assert not window.navigation.isEnabled()


def accept_cycle_dialog(qtbot, window: MainWindow) -> CycleDialog:
    dialog = next(d for d in window.findChildren(CycleDialog) if d.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    return dialog


def test_start_a_new_cycle_then_undo_and_redo_it(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    qtbot.mouseClick(window.welcome.cycle_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(CycleDialog) if d.isVisible())
    name = dialog.name_edit.text()
    assert name.startswith(str(dialog.start_edit.date().year())) and " Q" in name
    accept_cycle_dialog(qtbot, window)

    assert cycle_names(empty_file) == [(name,)]
    assert shown_section(window) == "dashboard"
    assert name in window.sections["dashboard"].subtitle_label.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cycle_names(empty_file) == []
    assert "No cycle" in window.sections["dashboard"].subtitle_label.text()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)
    assert cycle_names(empty_file) == [(name,)]
    assert window.undo_action.text().startswith("&Undo")


def test_cycle_dialog_refuses_a_taken_name_and_reversed_dates(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    window.new_cycle()
    accept_cycle_dialog(qtbot, window)
    window.new_cycle()
    dialog = next(d for d in window.findChildren(CycleDialog) if d.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already exists" in dialog.problems_label.text()
    dialog.name_edit.setText("Launch sprint")
    assert dialog.problems_label.isHidden()
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert "after the first day" in dialog.problems_label.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    dialog.reject()


def test_a_refused_file_is_reported_and_the_open_workspace_stays(
    qtbot, window, demo_copy, tmp_path
):
    window.files.open_path(demo_copy)
    notes = tmp_path / "notes.okrdesk"
    notes.write_text("Monday: check in every KR\n", encoding="utf-8")

    error = window.files.open_path(notes)

    assert error is not None
    boxes = message_boxes()
    assert boxes and "not an okrdesk workspace" in boxes[-1].text()
    assert str(notes) in boxes[-1].text()
    assert window.controller.path == demo_copy
    assert notes.read_text(encoding="utf-8") == "Monday: check in every KR\n"
    for box in boxes:
        box.close()


def test_new_workspace_creates_the_file_and_remembers_it(qtbot, window, tmp_path):
    target = tmp_path / "clients" / "Bistro Nowak"
    assert window.files.create_path(target) is None
    created = target.with_name("Bistro Nowak.okrdesk")
    assert created.is_file()
    assert window.windowTitle().startswith("Bistro Nowak")
    assert settings.RECENT_WORKSPACES.get()[0] == str(created)
    assert first_workspace() == created


def test_recent_menu_lists_opened_files_newest_first(qtbot, window, demo_copy, empty_file):
    window.files.open_path(empty_file)
    window.files.open_path(demo_copy)
    window._fill_recent_menu()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts[:2] == [str(demo_copy), str(empty_file)]


def test_geometry_and_last_workspace_are_restored(qtbot, demo_copy):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(777, 633)  # fits the 800×800 offscreen screen
    first.move(QPoint(40, 30))
    first.show()
    first.files.open_path(demo_copy)
    first.show_section(3)
    first.close()

    assert first_workspace() == demo_copy
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_window_state()
    second.files.open_path(first_workspace())
    assert (second.width(), second.height()) == (777, 633)
    assert shown_section(second) == "funnel"
    second.controller.close()


def test_open_demo_builds_a_fresh_demo_and_opens_it(qtbot, window, tmp_path):
    from okrdesk.ui.demo_task import build_demo_in_background

    target = tmp_path / "demo.okrdesk"
    task = build_demo_in_background(window, window.controller, window.files.open_path, target)
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert window.controller.path == target
    assert not target.with_name("demo.okrdesk.building").exists()
    assert shown_section(window) == "dashboard"


def test_help_about_names_the_version(qtbot, window):
    from okrdesk import __version__

    box = window.show_about()
    assert box.isVisible()
    assert f"okrdesk {__version__}" in box.text()
    box.close()


def test_first_start_creates_the_default_workspace_and_welcomes(qtbot, window):
    from okrdesk.ui.app import open_first_workspace

    default = paths.default_workspace_path()
    default.unlink(missing_ok=True)
    open_first_workspace(window)
    assert window.controller.path == default
    assert default.is_file()
    assert shown_section(window) == "welcome"
    window.controller.close()
    default.unlink()


def test_later_starts_reopen_the_last_workspace(qtbot, window, demo_copy):
    from okrdesk.ui.app import open_first_workspace

    settings.remember_workspace(str(demo_copy))
    open_first_workspace(window)
    assert window.controller.path == demo_copy


def test_dashboard_lists_the_latest_check_ins(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    locale = QLocale()
    checkins = {
        (locale.toString(point.checked_on, "d MMM"), kr.title): (point, kr.kind)
        for cycle in query(demo_copy, list_cycles)
        for objective in query(demo_copy, cycle_objectives, cycle.id)
        for kr in objective.key_results
        for point in query(demo_copy, key_result_history, kr.id)
    }
    newest = sorted((p.checked_on for p, _kind in checkins.values()), reverse=True)[:8]
    model = window.sections["dashboard"].checkins_model
    assert model.rowCount() == len(newest) == 8
    # The newest eight check-ins, newest first (a day's check-ins in any order).
    days = [model.index(row, 0).data() for row in range(8)]
    assert days == [locale.toString(day, "d MMM") for day in newest]
    for row, day in enumerate(days):
        point, kind = checkins[day, model.index(row, 1).data()]
        assert model.index(row, 3).data() == locale.toString(point.confidence)
        if kind == "binary":
            assert model.index(row, 2).data() == ("Done" if point.value >= 1 else "Not done")


def test_open_demo_twice_builds_once(qtbot, window):
    first = window.files.open_demo()
    assert window.files.open_demo() is first
    with qtbot.waitSignal(first.done, timeout=60_000):
        pass
    assert window.controller.path == paths.demo_workspace_path()
    assert "demo" in window.windowTitle().lower()


def test_closing_the_window_while_the_demo_builds_leaves_no_partial_file(qtbot):
    closing = MainWindow()
    qtbot.addWidget(closing)
    closing.show()
    task = closing.files.open_demo()
    with qtbot.waitSignal(task.done, timeout=60_000):
        closing.close()
    scratch = paths.demo_workspace_path().with_name("demo.okrdesk.building")
    assert not scratch.exists()


def test_relative_paths_are_remembered_absolute(qtbot, window, demo_copy, monkeypatch):
    monkeypatch.chdir(demo_copy.parent)
    assert window.files.open_path(Path(demo_copy.name)) is None
    assert settings.LAST_WORKSPACE.get() == str(demo_copy)
    assert window.controller.path == demo_copy


def test_a_workspace_whose_name_looks_like_a_url_opens(qtbot, window, tmp_path):
    path = tmp_path / "Bistro Nowak? #1%20.okrdesk"
    assert window.files.create_path(path) is None
    window.controller.close()
    assert window.files.open_path(path) is None
    assert window.windowTitle().startswith("Bistro Nowak? #1%20")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        path.name
    ]


def test_new_workspace_dialog_adds_the_suffix_before_asking_to_replace(qtbot, window):
    dialog = window.files.new_workspace_dialog()
    assert dialog.defaultSuffix() == "okrdesk"
    assert dialog.acceptMode() == dialog.AcceptMode.AcceptSave
    assert not dialog.testOption(dialog.Option.DontConfirmOverwrite)


def test_create_never_replaces_an_existing_file(qtbot, window, demo_copy):
    before = demo_copy.read_bytes()
    error = window.files.create_path(demo_copy.with_suffix(""))
    assert error is not None and "already exists" in error.reason
    assert demo_copy.read_bytes() == before
    for box in message_boxes():
        box.close()


def test_dashboard_shows_okr_health_of_the_current_cycle(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    health = window.sections["dashboard"].okr_health
    window.show_section(SECTIONS.index("okrs"))
    okrs = window.sections["okrs"]
    statuses = [node.status for node in okrs.objective_nodes()]
    for status, label in health.status_labels.items():
        assert label.text() == str(statuses.count(status))
    stale = [
        node.row_data.title
        for node in okrs.key_result_nodes()
        if node.status.status.value == "needs_update"
    ]
    lines = health.stale_model.stringList()
    assert [line.split(" — ")[0] for line in lines] == stale
    assert "expected by today" in health.progress_bar.format()


def test_hidden_sections_catch_up_when_shown(qtbot, window, demo_copy, empty_file):
    window.files.open_path(empty_file)
    window.show_section(SECTIONS.index("experiments"))
    assert window.sections["experiments"].backlog.codes() == []
    window.show_section(0)
    window.files.open_path(demo_copy)  # the experiments section is hidden now
    window.show_section(SECTIONS.index("experiments"))
    ideas = [row.code for row in query(demo_copy, backlog)]  # ideas, by default
    assert sorted(window.sections["experiments"].backlog.codes()) == sorted(ideas)
