"""On a laptop screen every text reads whole, the OKR tree's layout is kept per screen, and
every window opens inside the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QScrollArea, QTabWidget, QWidget

from okrdesk.store.experiments.results import arms_of
from okrdesk.ui.common.screen_fit import screen_key
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.screenshot import settle
from tests.helpers import query, stored_experiments
from tests.ui.layout_checks import (
    clipped_buttons,
    clipped_cells,
    clipped_headers,
    clipped_labels,
)

LAPTOP = (1366, 768)


def _problems(where: str, widget: QWidget) -> list[str]:
    found = clipped_labels(widget) + clipped_headers(widget) + clipped_buttons(widget)
    tree = getattr(widget, "tree", None)
    if tree is not None and tree.isVisible():
        found += clipped_cells(tree, 0)  # the titles
    return [f"{where}: {problem}" for problem in found]


def _every_tab(where: str, section: QWidget) -> list[str]:
    """The section as shown, then with each tab of its tab widgets chosen in turn."""
    app = QApplication.instance()
    settle(app)
    found = _problems(where, section)
    own = [section] if isinstance(section, QTabWidget) else []
    for tabs in own + section.findChildren(QTabWidget):
        if not tabs.isVisibleTo(section):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(app)
            found += _problems(f"{where} / {tabs.tabText(index)}", section)
        tabs.setCurrentIndex(first)
    return found


@pytest.mark.once
@pytest.mark.parametrize("size", [LAPTOP, (1280, 732), (1272, 764)], ids=str)
def test_every_section_and_dashboard_reads_whole_on_a_laptop(qtbot, window, demo_copy, size):
    """At 1366×768, and in the windows that 1366×768 and 1280×800 screens leave under a
    window manager's title bar; no section's page scrolls sideways."""
    window.files.open_path(demo_copy)
    window.resize(*size)
    found = []
    for row, key in enumerate(window.sections):
        window.show_section(row)
        found += _every_tab(key, window.sections[key])
        page = window.sections[key].findChild(QScrollArea, "sectionScroll")
        if page is not None and page.horizontalScrollBar().isVisible():
            found.append(f"{key}: the page scrolls sideways")
    window.show_section(1)
    okrs = window.sections["okrs"]
    if not okrs.side_tabs.isVisible() or okrs.splitter.sizes()[1] == 0:
        okrs.side_button.click()  # the side panel beside the tree, as the user opens it
    okrs.select_key_result(okrs.key_result_nodes()[0].row_data.id)
    found += _every_tab("okrs side panel", okrs.side_tabs)
    found += [f"okrs with the side panel: {p}" for p in clipped_headers(okrs.tree)]
    for kind in ("management", "team"):
        view = window.show_dashboard(kind)
        qtbot.waitExposed(view)
        view.resize(*size)
        found += _every_tab(f"{kind} dashboard", view)
        view.close()
    assert found == []


def test_okr_titles_read_whole_at_1280x800(okrs, window):
    window.resize(1280, 800)
    settle(QApplication.instance())
    assert clipped_cells(okrs.tree, 0) == []
    assert clipped_headers(okrs.tree) == []


def _drag_title_edge(qtbot, header: QHeaderView, by: int) -> None:
    """Drag the right edge of the title column's caption with the mouse."""
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, 8)
    target = edge + QPoint(by, 0)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, edge + QPoint(by * step // 5, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)


def test_okr_side_panel_shrinks_hides_and_comes_back_per_screen(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.resize(*LAPTOP)
    window.show_section(1)
    okrs = window.sections["okrs"]
    settle(QApplication.instance())
    # Too narrow for every title whole beside the panel: the panel starts hidden.
    assert okrs.splitter.sizes()[1] == 0
    assert not okrs.side_button.isChecked()
    okrs.side_button.click()
    side_width = okrs.splitter.sizes()[1]
    assert side_width > 0 and okrs.side_tabs.isVisible()
    # The user drags the splitter towards the panel and the title column wider.
    handle = okrs.splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(30, 0))  # the handle moves along
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle)
    narrower = side_width - 30
    assert okrs.splitter.sizes()[1] == narrower
    header = okrs.tree.header()
    _drag_title_edge(qtbot, header, 150)
    title_width = header.sectionSize(0)
    assert title_width > okrs.tree_layout.free_width()
    settle(QApplication.instance())
    assert header.sectionSize(0) == title_width  # the user's width stays

    keys = QSettings().allKeys()
    assert f"layout/{screen_key(okrs)}/okr/splitter" in keys
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(*LAPTOP)
    again.show()
    again.files.open_path(demo_copy)
    again.show_section(1)
    settle(QApplication.instance())
    restored = again.sections["okrs"]
    assert restored.splitter.sizes()[1] == narrower
    assert restored.side_button.isChecked()
    assert restored.tree.header().sectionSize(0) == title_width
    # Dragged to the edge, the panel collapses; its button brings it back.
    handle = restored.splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(400, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle)
    assert restored.splitter.sizes()[1] == 0
    assert not restored.side_button.isChecked()
    restored.side_button.click()
    assert restored.splitter.sizes()[1] == narrower
    again.controller.close()


def test_okr_side_panel_shows_beside_whole_titles_on_a_wide_window(okrs, window):
    window.resize(1920, 1080)
    settle(QApplication.instance())
    assert okrs.splitter.sizes()[1] >= okrs.side_tabs.minimumSizeHint().width()
    assert okrs.side_button.isChecked()
    assert clipped_cells(okrs.tree, 0) == []


def _inside(window: QWidget) -> tuple[QRect, QRect]:
    return window.frameGeometry(), window.screen().availableGeometry()


def test_every_window_opens_inside_the_screen(qtbot, demo_copy):
    main = MainWindow()
    qtbot.addWidget(main)
    main.restore_window_state()  # nothing saved: the default size, or what the screen allows
    main.show()
    qtbot.waitExposed(main)
    main.files.open_path(demo_copy)
    frame, screen = _inside(main)
    assert screen.contains(frame), (frame, screen)
    windows = [main.show_dashboard("management"), main.show_dashboard("team")]
    windows.append(main.manage_people())
    windows.append(main.show_import_history())
    for shown in windows:
        qtbot.waitExposed(shown)
        frame, screen = _inside(shown)
        assert screen.contains(frame), (shown.windowTitle(), frame, screen)
        shown.close()
    main.controller.close()


def _whole_in_view(widget: QWidget) -> bool:
    """Shown and not cut by any scroll area or window edge: no scrolling needed to read it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_experiment_results_are_in_view_without_scrolling_at_1366x768(window, demo_copy):
    window.files.open_path(demo_copy)
    window.resize(*LAPTOP)
    window.show_section(2)
    section = window.sections["experiments"]
    app = QApplication.instance()
    checked = {"verdict": 0, "empty": 0}
    for row in stored_experiments(demo_copy).values():
        section.choose(row.id)
        settle(app)
        results = section.results
        if query(demo_copy, arms_of, row.id):
            assert results.verdicts, row.code
            box = results.verdicts[0]  # the verdict: its headline and what it means
            assert _whole_in_view(box.headline), row.code
            assert _whole_in_view(box.explanation), row.code
            checked["verdict"] += 1
        else:
            assert _whole_in_view(results.empty_label), row.code
            assert clipped_labels(results) == []
            checked["empty"] += 1
    assert checked["verdict"] and checked["empty"]


def test_review_experiments_show_whole_titles_and_the_verdict_in_view(window, demo_copy):
    window.files.open_path(demo_copy)
    window.resize(*LAPTOP)
    window.show_section(4)
    settle(QApplication.instance())
    table = window.sections["review"].experiments.table
    model = table.model()
    assert model.rowCount() > 0
    assert clipped_cells(table, 1) == []  # the titles
    verdict = model.VERDICT_COLUMN
    assert clipped_cells(table, verdict) == []
    for row in range(model.rowCount()):
        cell = table.visualRect(model.index(row, verdict))
        assert table.viewport().rect().contains(cell), model.index(row, verdict).data()
