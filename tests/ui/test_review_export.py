"""Exporting the review from the window: the file the CLI writes, with the brief as edited."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from okrdesk.domain.review import iso_week_label
from okrdesk.ui.review.export import default_file_name, file_filters, with_suffix_of_filter
from okrdesk.ui.review.section import ReviewSection

EDITED = "The MQL hand-off broke on Tuesday; Zoë fixes it first."


@pytest.fixture
def review(qtbot, window, demo_copy) -> ReviewSection:
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("review"))
    return window.sections["review"]


def export(qtbot, review: ReviewSection, out: Path) -> None:
    task = review.export_review(out)
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert task.error is None, task.error


def test_markdown_has_the_edited_brief_and_the_weeks_numbers(qtbot, review, tmp_path):
    review.brief.edit.setPlainText(EDITED)  # not saved yet: export saves first
    out = tmp_path / "review.md"
    export(qtbot, review, out)
    text = out.read_text(encoding="utf-8")
    assert EDITED in text
    assert f"({iso_week_label(review.week)})" in text
    for line in review.review.experiments:
        assert line.code in text
    assert not list(tmp_path.glob(".review.md.*"))  # no temporary file left behind


def test_pdf_and_html_are_written(qtbot, review, tmp_path):
    review.brief.edit.setPlainText(EDITED)
    pdf, html = tmp_path / "review.pdf", tmp_path / "review.html"
    export(qtbot, review, pdf)
    export(qtbot, review, html)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000
    page = html.read_text(encoding="utf-8")
    assert "Zoë fixes it first" in page or "Zo&#235; fixes it first" in page
    assert "data:image/png;base64," in page


def test_a_wrong_suffix_is_an_error_and_writes_nothing(qtbot, review, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    task = review.export_review(folder / "review.docx")
    task.on_failure(lambda _error: None)  # no message box in the test
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert "unknown report type" in str(task.error)
    assert list(folder.iterdir()) == []


def test_file_menu_exports_with_ctrl_e(window, demo_copy):
    assert window.export_review_action.shortcut() == QKeySequence("Ctrl+E")
    assert not window.export_review_action.isEnabled()
    window.files.open_path(demo_copy)
    assert window.export_review_action.isEnabled()


def test_the_chosen_filter_names_the_format(tmp_path):
    pdf, html, markdown = file_filters()
    assert with_suffix_of_filter(tmp_path / "a", markdown).name == "a.md"
    assert with_suffix_of_filter(tmp_path / "a", html).name == "a.html"
    assert with_suffix_of_filter(tmp_path / "a.md", pdf).name == "a.md"
    assert default_file_name("Acme / Sales", __import__("datetime").date(2026, 11, 16)) == (
        "Acme _ Sales review 2026-W47.pdf"
    )


def test_the_status_bar_says_where_the_review_went(qtbot, window, review, tmp_path):
    out = tmp_path / "review.md"
    export(qtbot, review, out)
    assert str(out) in window.statusBar().currentMessage()


def test_export_suggests_the_documents_folder_and_offers_to_open_the_file(
    qtbot, review, tmp_path, monkeypatch
):
    from PySide6.QtCore import QObject, QTimer, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    documents = tmp_path / "Documents"
    documents.mkdir()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    suggested: list[str] = []

    def save_in_the_suggested_folder():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(10, save_in_the_suggested_folder)
            return
        suggested.append(shown[0].directory().absolutePath())
        suggested.append(shown[0].selectedFiles()[0])
        shown[0].accept()  # the suggested name, as it stands

    opened: list[QUrl] = []

    class Viewer(QObject):
        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            opened.append(url)

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        QTimer.singleShot(0, save_in_the_suggested_folder)
        task = review.export_review()
        assert task is not None
        with qtbot.waitSignal(task.done, timeout=60_000):
            pass
        out = documents / default_file_name(review.controller.workspace.name, review.week)
        assert suggested == [str(documents), str(out)]
        assert out.read_bytes().startswith(b"%PDF")
        (box,) = [b for b in review.window().findChildren(QMessageBox) if b.isVisible()]
        assert str(out) in box.text()
        open_button = next(b for b in box.buttons() if b.text() == "&Open file")
        open_button.click()
        assert opened == [QUrl.fromLocalFile(str(out))]
    finally:
        QDesktopServices.unsetUrlHandler("file")
