"""Polish, Hungarian and Russian sentences are longer than English: at 1366×768 the screens and
dialogs still show them whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from okrdesk.reports import language
from okrdesk.store.experiments.results import ArmValues
from okrdesk.store.workspace.settings import SettingsValues
from okrdesk.ui.experiments import planner
from okrdesk.ui.experiments.results_model import NAME, ArmsModel
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.okr.tree_layout import TITLE_ROOM
from okrdesk.ui.okr.tree_model import LAST_CHECKIN
from okrdesk.ui.screenshot import settle
from okrdesk.ui.settings_dialog import SettingsDialog
from tests.helpers import experiment_id
from tests.ui.layout_checks import clipped_buttons, clipped_headers, clipped_labels

LAPTOP = (1366, 768)
LANGUAGES = ["pl_PL", "hu_HU", "ru_RU"]


@pytest.fixture(params=LANGUAGES)
def speaking(request):
    """The screens in one language; the system's again after."""
    language.speak(QLocale(request.param))
    yield request.param
    language.speak(language.chosen_locale(""))


@pytest.fixture
def laptop(qtbot, speaking, demo_copy) -> MainWindow:
    """A window in the language, the demo open, at 1366×768."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.files.open_path(demo_copy)
    yield window
    window.controller.close()


def test_okr_tree_headers_whole_and_every_column_in_view(laptop):
    laptop.show_section(1)
    okrs = laptop.sections["okrs"]
    settle(QApplication.instance())
    tree, header = okrs.tree, okrs.tree.header()
    assert clipped_headers(tree) == []
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    )
    assert right <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    for size in (LAPTOP, (1280, 732)):  # the second: under a window manager's title bar
        laptop.resize(*size)
        settle(QApplication.instance())
        for combo in (okrs.cycle_combo, okrs.team_combo, okrs.owner_combo, okrs.status_combo):
            assert combo.width() >= combo.sizeHint().width(), combo.currentText()
        assert clipped_buttons(okrs) == []


def test_with_the_side_panel_open_the_titles_keep_their_room(laptop):
    """On a laptop, with the side panel open, the tree does not scroll sideways: the last
    check-in, confidence and owner columns step aside for the titles, and come back when the
    panel is closed."""
    laptop.resize(*LAPTOP)
    laptop.show_section(1)
    okrs = laptop.sections["okrs"]
    settle(QApplication.instance())
    header = okrs.tree.header()
    shown_before = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    okrs.side_button.setChecked(True)
    settle(QApplication.instance())
    assert okrs.splitter.sizes()[1] > 0
    assert not okrs.tree.horizontalScrollBar().isVisible()
    assert header.sectionSize(0) >= TITLE_ROOM
    assert clipped_headers(okrs.tree) == []
    assert header.isSectionHidden(LAST_CHECKIN)
    okrs.side_button.setChecked(False)
    settle(QApplication.instance())
    assert [c for c in range(header.count()) if not header.isSectionHidden(c)] == shown_before


def _settings_dialog(laptop: MainWindow) -> SettingsDialog:
    values = SettingsValues(
        name="Acme Sales",
        currency="EUR",
        week_start=0,
        at_risk_gap=0.15,
        off_track_gap=0.3,
        at_risk_confidence=6,
        off_track_confidence=3,
        stale_days=10,
        conversion_window_days=14,
    )
    return SettingsDialog(laptop, values, language="")


def test_settings_dialog_reads_whole(qtbot, laptop):
    dialog = _settings_dialog(laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(QApplication.instance())
    assert clipped_labels(dialog) == []
    assert clipped_buttons(dialog) == []
    note = dialog.findChild(QLabel, "settingsNote")
    assert note.height() >= note.heightForWidth(note.width())
    for field in (dialog.name_edit, dialog.language_combo, dialog.currency_combo):
        assert field.width() >= field.sizeHint().width(), field.objectName()
    assert dialog.language_combo.width() >= dialog.language_combo.minimumSizeHint().width()
    form = dialog.findChildren(QFormLayout)
    assert form


def test_the_control_arm_is_named_once_in_every_language(speaking):
    model = ArmsModel()
    model.set_arms(
        [ArmValues("control", True, 18, 6, 0, 0.0), ArmValues("variant", False, 17, 8, 0, 0.0)],
        "EUR",
    )
    assert model.index(0, NAME).data() == "control"
    assert model.index(1, NAME).data() == "variant"


def test_the_planner_writes_points_with_the_decimal_comma(speaking):
    assert planner.format_points(0.013).startswith("1,3")


def test_experiment_editor_shows_the_whole_plan(qtbot, laptop, demo_copy):
    laptop.show_section(list(laptop.sections).index("experiments"))
    section = laptop.sections["experiments"]
    editor = section.editing.edit(experiment_id(demo_copy, "EXP-0004"))
    qtbot.waitExposed(editor)
    editor.mde_spin.setValue(1.3)
    settle(QApplication.instance())
    editor.grab().save(f"/tmp/layout-editor-{QLocale().name()}.png")
    label = editor.planner.label
    assert label.height() >= label.heightForWidth(label.width())
    box = editor.planner
    assert box.height() >= box.layout().heightForWidth(box.width())
    assert label.geometry().bottom() < box.height() and label.y() >= 0
    assert clipped_labels(editor) == []
    assert clipped_buttons(editor) == []
    assert editor.mde_spin.text().startswith("1" + QLocale().decimalPoint() + "3")
    editor.reject()


def test_settings_name_field_shows_the_whole_name(qtbot, laptop):
    values = SettingsValues(name="Northwind Analytics — demo")
    dialog = SettingsDialog(laptop, values, language="")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.name_edit.fontMetrics()
    assert dialog.name_edit.width() > metrics.horizontalAdvance(values.name) + 8
