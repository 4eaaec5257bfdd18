"""The weekly loop by keyboard: redo keys bound once, forms that take typing and Enter,
sections that take the focus, tables that Tab leaves, buttons reachable with Alt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from okrdesk.store.okr.queries import list_cycles
from okrdesk.store.people import list_people, list_teams
from okrdesk.ui.experiments.editor import ExperimentEditor
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.okr.editors import ObjectiveEditor
from tests.helpers import query, stored_experiments

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_Y = QKeySequence("Ctrl+Y")
LEFT = Qt.MouseButton.LeftButton
SECTIONS = ["dashboard", "okrs", "experiments", "funnel", "review"]


def cycle_names(path: Path) -> list[str]:
    return [cycle.name for cycle in query(path, list_cycles)]


def ancestors(widget: QWidget) -> list[QWidget]:
    parent = widget.parentWidget()
    return [] if parent is None else [parent, *ancestors(parent)]


def shown_dialog(window: QWidget | None = None) -> QDialog:
    """The dialog the user sees on top, of those open over `window` (any window if None)."""
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and (window is None or window in ancestors(w))
    ]
    assert found, "no dialog is open"
    return max(found, key=lambda w: len(ancestors(w)))


# -- redo ------------------------------------------------------------------------------------


def test_ctrl_shift_z_redoes_what_ctrl_z_undid(qtbot, window: MainWindow, empty_file):
    window.files.open_path(empty_file)
    window.new_cycle_action.trigger()
    dialog = shown_dialog(window)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    (name,) = cycle_names(empty_file)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert cycle_names(empty_file) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert cycle_names(empty_file) == [name]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert cycle_names(empty_file) == [name]


def test_every_redo_action_has_the_platform_keys_and_ctrl_y_each_once(
    qtbot, window: MainWindow, demo_copy
):
    window.files.open_path(demo_copy)
    people = window.manage_people()
    window.show_section(3)
    funnel = window.sections["funnel"]
    funnel.filters.edit_funnels_button.click()
    definitions = funnel.definitions_dialog
    assert definitions.isVisible()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo_actions = [window.redo_action]
    for dialog in (people, definitions):
        redo_actions += [
            a for a in dialog.actions() if a.text().replace("&", "").startswith("Redo")
        ]
    assert len(redo_actions) == 3
    for redo in redo_actions:
        keys = [key.toString() for key in redo.shortcuts()]
        assert len(keys) == len(set(keys)), keys
        assert set(keys) == {key.toString() for key in [*platform, CTRL_Y]}


# -- every dialog opens with the focus in its first field ------------------------------------


def okrs_on(window: MainWindow, select: str | None = None):
    """The OKRs section; `select` "objective" or "key result" chooses the first such row."""
    window.show_section(1)
    okrs = window.sections["okrs"]
    if select == "objective":
        okrs.select_objective(okrs.objective_nodes()[0].row_data.id)
    elif select == "key result":
        okrs.select_key_result(okrs.key_result_nodes()[0].row_data.id)
    return okrs


def experiments_on(window: MainWindow, tab: str):
    window.show_section(2)
    section = window.sections["experiments"]
    section.tabs.setCurrentWidget(getattr(section, tab))
    return section


def people_dialog(window: MainWindow, select: str | None = None):
    dialog = window.manage_people()
    if select == "team":
        dialog.teams_view.selectRow(0)
    elif select == "person":
        dialog.people_view.selectRow(0)
    return dialog


def definitions(window: MainWindow):
    window.show_section(3)
    funnel = window.sections["funnel"]
    funnel.filters.edit_funnels_button.click()
    return funnel.definitions_dialog


def backlog_idea(window: MainWindow):
    section = experiments_on(window, "backlog")
    backlog = section.backlog
    rows = [backlog.model.row(i) for i in range(backlog.model.rowCount())]
    idea = next(row for row in rows if row.status == "idea")
    backlog.select(idea.id)
    return backlog


def decide(window: MainWindow):
    section = experiments_on(window, "board_tab")
    stored = stored_experiments(window.controller.workspace.path).values()
    section.choose(next(row.id for row in stored if row.status == "analysing"))
    section.decide_button.click()


def kpis(window: MainWindow):
    okrs = okrs_on(window, "key result")
    okrs.side_tabs.setCurrentWidget(okrs.kpis)
    return okrs.kpis


def close_then_carry(window: MainWindow) -> None:
    okrs_on(window).close_cycle_button.click()
    shown_dialog(window).close_button.click()


# name: (how the user opens it, the widget that must have the focus)
DIALOGS = {
    "new cycle": (lambda w: w.new_cycle_action.trigger(), "name_edit"),
    "workspace settings": (lambda w: w.settings_action.trigger(), "name_edit"),
    "people and teams": (lambda w: w.people_action.trigger(), "teams_view"),
    "new team": (lambda w: people_dialog(w).add_team_button.click(), "name_edit"),
    "rename team": (lambda w: people_dialog(w, "team").rename_team_button.click(), "name_edit"),
    "new person": (lambda w: people_dialog(w).add_person_button.click(), "name_edit"),
    "edit person": (lambda w: people_dialog(w, "person").edit_person_button.click(), "name_edit"),
    "import wizard": (lambda w: w.import_action.trigger(), "file_page.path_edit"),
    "import history": (lambda w: w.import_history_action.trigger(), "table"),
    "import OKRs": (lambda w: w.import_okrs_action.trigger(), "path_edit"),
    "funnels and stages": (definitions, "funnel_combo"),
    "new funnel": (lambda w: definitions(w).new_funnel_button.click(), "name_edit"),
    "add stage": (lambda w: definitions(w).add_stage_button.click(), "name_edit"),
    "new objective": (lambda w: okrs_on(w).new_objective_button.click(), "title_edit"),
    "edit objective": (
        lambda w: okrs_on(w, "objective").editing.edit_action.trigger(),
        "title_edit",
    ),
    "objective from template": (lambda w: okrs_on(w).from_template_button.click(), "tree"),
    "new key result": (
        lambda w: okrs_on(w, "objective").new_key_result_button.click(),
        "title_edit",
    ),
    "edit key result": (
        lambda w: okrs_on(w, "key result").editing.edit_action.trigger(),
        "title_edit",
    ),
    "check-in": (lambda w: okrs_on(w).checkin_button.click(), "value_spin"),
    "bind to funnel metric": (
        lambda w: okrs_on(w, "key result").binding.bind_action.trigger(),
        "funnel_combo",
    ),
    "close cycle": (lambda w: okrs_on(w).close_cycle_button.click(), "table"),
    "carry over": (close_then_carry, "target_combo"),
    "new initiative": (
        lambda w: (
            o := okrs_on(w, "key result"),
            o.side_tabs.setCurrentWidget(o.initiatives),
            o.initiatives.add_button.click(),
        ),
        "title_edit",
    ),
    "new KPI": (lambda w: kpis(w).new_button.click(), "name_edit"),
    "record a KPI value": (
        lambda w: (panel := kpis(w), panel.table.selectRow(0), panel.record_button.click()),
        "value_spin",
    ),
    "new experiment": (
        lambda w: experiments_on(w, "backlog").backlog.new_button.click(),
        "title_edit",
    ),
    "plan for week": (lambda w: backlog_idea(w).plan_button.click(), "date_edit"),
    "decide": (decide, None),
    "new task": (
        lambda w: next(
            iter(experiments_on(w, "board_tab").board_tab.board.day_cards.values())
        ).add_button.click(),
        "title_edit",
    ),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_with_the_focus_in_its_first_field(qtbot, window, demo_copy, name):
    window.files.open_path(demo_copy)
    open_it, field = DIALOGS[name]
    open_it(window)
    dialog = shown_dialog(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isActiveWindow())
    expected = dialog.buttons_by_decision["scale"] if field is None else dialog
    for part in field.split(".") if field else []:
        expected = getattr(expected, part)
    focus = QApplication.focusWidget()
    assert focus is expected or expected.isAncestorOf(focus), (
        f"{name}: the focus is on {type(focus).__name__} {focus.objectName()!r}"
        f" “{getattr(focus, 'text', lambda: '')()}”"
    )


def type_into_focus(qtbot, dialog: QDialog, text: str) -> None:
    """Keys go where the focus is, as they would from the keyboard, while `dialog` is open."""
    for char in text:
        if not isValid(dialog) or not dialog.isVisible() or QApplication.focusWidget() is None:
            return
        qtbot.keyClicks(QApplication.focusWidget(), char)


def test_typing_a_name_and_enter_saves_the_new_person(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.people_action.trigger()
    people = shown_dialog(window)
    people.add_person_button.click()
    editor = shown_dialog(window)
    qtbot.waitUntil(editor.isActiveWindow)
    type_into_focus(qtbot, editor, "Anna Kowalska")
    if isValid(editor) and editor.isVisible():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert "Anna Kowalska" in [person.name for person in query(demo_copy, list_people)]
    assert "Anna Kowalska" in [person.name for person in people.people]


def test_give_a_name_is_said_after_ok_on_an_empty_form_not_before(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    people = window.manage_people()
    people.add_team_button.click()
    editor = shown_dialog(window)
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.problems_label.isHidden()
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, LEFT)
    assert editor.isVisible()  # nothing saved, and the reason is said
    assert editor.problems_label.isVisibleTo(editor)
    assert editor.problems_label.text() == "Give a name."

    assert QApplication.focusWidget() is editor.name_edit  # back where the fix goes
    type_into_focus(qtbot, editor, "Sales")  # a name taken: said as it is typed, now
    assert editor.problems_label.text() == "There is already a team called “Sales”."
    type_into_focus(qtbot, editor, " East")
    assert editor.problems_label.isHidden()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert "Sales East" in [team.name for team in query(demo_copy, list_teams)]


# -- sections take the focus -----------------------------------------------------------------


def test_ctrl_1_to_5_put_the_focus_in_the_section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.navigation.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    for row in range(5):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), CTRL)
        section = window.stack.currentWidget()
        assert section is window.sections[SECTIONS[row]]
        assert section.isAncestorOf(QApplication.focusWidget()), SECTIONS[row]


@pytest.mark.parametrize(("row", "kind"), [(1, ObjectiveEditor), (2, ExperimentEditor)])
def test_ctrl_n_right_after_switching_section_opens_its_new_dialog(
    qtbot, window, demo_copy, row, kind
):
    window.files.open_path(demo_copy)
    window.navigation.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert isinstance(shown_dialog(window), kind)


def test_a_click_in_the_navigation_goes_into_the_section_arrows_stay(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    qtbot.waitUntil(window.isActiveWindow)
    rect = window.navigation.visualItemRect(window.navigation.item(1))
    qtbot.mouseClick(window.navigation.viewport(), LEFT, pos=rect.center())
    assert QApplication.focusWidget() is window.sections["okrs"].tree
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.sections["experiments"]
    assert QApplication.focusWidget() is window.navigation


# -- every action reachable by keyboard ------------------------------------------------------

# Reached with Enter and Escape in a dialog.
DIALOG_KEYS = (
    QDialogButtonBox.StandardButton.Ok,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Close,
)


def mnemonic(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return None if key.isEmpty() else key.toString()


def unreachable(window: QWidget) -> list[str]:
    """What the keyboard cannot get to in `window` as it shows now: a table that Tab cannot
    leave, a button without a mnemonic or shortcut, a mnemonic two buttons (or a button and
    a menu) share, so that Alt+key only moves between them."""
    found: list[str] = []
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
    for view in shown:
        if (
            isinstance(view, QAbstractItemView)
            and view.focusPolicy() & Qt.FocusPolicy.TabFocus
            and view.tabKeyNavigation()
        ):
            found.append(f"Tab is trapped in {type(view).__name__} {view.objectName()!r}")
    taken: dict[str, str] = {}
    if isinstance(window, QMainWindow):
        taken = {mnemonic(a.text()): f"menu {a.text()}" for a in window.menuBar().actions()}
    for button in shown:
        if not isinstance(button, QAbstractButton) or isinstance(button, QCheckBox | QRadioButton):
            continue
        box = button.parentWidget()
        if isinstance(box, QDialogButtonBox) and box.standardButton(button) in DIALOG_KEYS:
            continue
        if isinstance(button, QPushButton) and button.isDefault():
            continue  # Enter
        if isinstance(window, QWizard) and button is window.button(
            QWizard.WizardButton.CancelButton
        ):
            continue  # Escape
        if isinstance(box, QAbstractItemView | QTabBar):
            continue  # a table's corner, a tab bar's scroll arrows (Ctrl+Tab moves instead)
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        if action is not None and not action.shortcut().isEmpty():
            continue
        key, name = mnemonic(button.text()), f"button {button.text() or button.toolTip()}"
        if key is None and button.shortcut().isEmpty():
            found.append(f"no mnemonic or shortcut: {name}")
        elif key in taken:
            found.append(f"{key} is both {taken[key]} and {name}")
        elif key is not None:
            taken[key] = name
    return found


def pages(tabs: QTabWidget):
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)


def test_every_section_is_reachable_by_keyboard(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    found: list[str] = []
    for row, key in enumerate(SECTIONS):
        window.show_section(row)
        section = window.sections[key]
        if key == "okrs":  # a key result chosen: its initiatives and KPIs can be edited
            section.select_key_result(section.key_result_nodes()[0].row_data.id)
        tab_widgets = [t for t in section.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in tab_widgets:
            for page in pages(tabs) if tabs is not None else [""]:
                found += [f"{key} {page}: {problem}" for problem in unreachable(window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_reachable_by_keyboard(qtbot, window, demo_copy, name):
    window.files.open_path(demo_copy)
    DIALOGS[name][0](window)
    dialog = shown_dialog(window)
    found = unreachable(dialog)
    assert not found, "\n".join(found)


def test_tab_leaves_the_teams_table_and_reaches_add_team(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.people_action.trigger()
    people = shown_dialog(window)
    qtbot.waitUntil(people.isActiveWindow)
    people.teams_view.setFocus()
    people.teams_view.selectRow(0)
    visited = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[0] is not people.teams_view
    assert people.add_team_button in visited

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks the button as a short animation: the editor opens a moment later.
    qtbot.waitUntil(lambda: shown_dialog(window).windowTitle() == "New team")
