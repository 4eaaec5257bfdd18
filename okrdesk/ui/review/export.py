"""Export the review of a week from the window: a save dialog, then a background task.

The document is the one `okrdesk report` writes (read_report_input + write_report). Both the
reading (SQL and the funnel's pandas statistics) and the writing run in the worker: the
charts paint QImages and the PDF lays out a QTextDocument on a QPdfWriter, which Qt allows off
the GUI thread (QTextDocument draws its images as QImage there, never as QPixmap); no widget
is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from okrdesk.domain.review import iso_week_label
from okrdesk.reports.text import Context
from okrdesk.ui.common import clock
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.controller import WorkspaceController

CONTEXT = "ReviewExport"
SUFFIXES = {"pdf": ".pdf", "html": ".html", "markdown": ".md"}


class ReviewExport(Context):
    """Sentences of this module, in the `ReviewExport` translation context."""


def file_filters() -> list[str]:
    return [
        ReviewExport.tr("PDF document (*.pdf)"),
        ReviewExport.tr("Web page (*.html *.htm)"),
        ReviewExport.tr("Markdown (*.md)"),
    ]


def with_suffix_of_filter(path: Path, chosen_filter: str) -> Path:
    """The path as typed when it names a report type, else with the chosen filter's suffix."""
    from okrdesk.reports.export import FORMATS

    if path.suffix.lower() in FORMATS:
        return path
    index = file_filters().index(chosen_filter) if chosen_filter in file_filters() else 0
    return path.with_name(path.name + list(SUFFIXES.values())[index])


def documents_folder() -> Path:
    """Where documents go by default: the user's Documents folder, else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def default_file_name(workspace_name: str, week: dt.date) -> str:
    safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in workspace_name).strip()
    name = ReviewExport.tr("{workspace} review {week}", "a PDF's file name").format(
        workspace=safe or "okrdesk", week=iso_week_label(week)
    )
    return f"{name}.pdf"


def export_review_task(
    parent: QWidget,
    controller: WorkspaceController,
    week: dt.date,
    out: Path,
    on_written: Callable[[Path], None] | None = None,
) -> BackgroundTask:
    """Write the review of `week` to `out` (its suffix decides the format) in the background."""
    workspace = controller.workspace
    assert workspace is not None
    locale = QLocale().name()
    today = clock.today()

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        from okrdesk.reports.export import read_report_input, report_kind, write_report

        report_kind(out)  # a wrong suffix fails before any work
        progress(0, 2)
        with workspace.engine.connect() as connection:
            data = read_report_input(connection, week, locale, today)
        if cancelled():
            return out
        progress(1, 2)
        write_report(out, data)
        progress(2, 2)
        return out

    task = BackgroundTask(
        parent,
        work,
        title=ReviewExport.tr("Exporting the review"),
        label=ReviewExport.tr("Writing {file}…").format(file=out.name),
    )
    if on_written is not None:
        task.on_success(on_written)
    return task.start()


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write the review; None when the user cancels."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, ReviewExport.tr("Export review"), str(suggested), ";;".join(file_filters())
    )
    if not chosen:
        return None
    return with_suffix_of_filter(Path(chosen), chosen_filter)


def offer_to_open(parent: QWidget, path: Path) -> QMessageBox:
    """Say where the review was written, with a button that opens it in the user's viewer."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        ReviewExport.tr("Review exported"),
        ReviewExport.tr("The review was written to {path}.").format(path=path),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    open_button = box.addButton(ReviewExport.tr("&Open file"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(open_button)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.open()
    return box
