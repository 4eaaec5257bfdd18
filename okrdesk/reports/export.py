"""Export the review of a week to PDF, HTML or Markdown: one entry point for the command line
and the window, so both write the same document.

The file is written beside its target under a temporary name and renamed into place at the
end, so a failed export leaves nothing behind and never a half-written file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy import Connection

from okrdesk.domain.review import Review, parse_iso_week
from okrdesk.reports.locale_format import (
    LocaleFormat,
    UnknownLocaleError,
    find_locale,
    locale_format,
)
from okrdesk.reports.text import Report
from okrdesk.store.address import ServerAddress
from okrdesk.store.review.data import ReportSettings, default_week, load_review, report_settings
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import open_workspace

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown"}


class ReportError(ValueError):
    """Bad input for a report: the message is one line and names what is wrong."""


@dataclass(frozen=True)
class ReportInput:
    """What a report is made from: the review, the workspace's settings and the format."""

    review: Review
    settings: ReportSettings
    fmt: LocaleFormat


_application = None


def ensure_gui_application() -> None:
    """A GUI application for fonts and painting, offscreen when none runs yet (no window)."""
    global _application
    from PySide6.QtGui import QGuiApplication

    from okrdesk.reports.language import no_locale_warning

    if QGuiApplication.instance() is None:
        with no_locale_warning():
            _application = QGuiApplication(["okrdesk", "-platform", "offscreen"])


def report_kind(out: Path) -> str:
    """ "pdf", "html" or "markdown" from the file name; ReportError for any other."""
    kind = FORMATS.get(Path(out).suffix.lower())
    if kind is None:
        raise ReportError(
            Report.tr("{file}: unknown report type; name the file .pdf, .html or .md").format(
                file=out
            )
        )
    return kind


def read_report_input(
    connection: Connection, week: str | dt.date | None, locale: str | None, today: dt.date
) -> ReportInput:
    """The review of `week` ("2026-W47", a day of the week, or None: the last full week before
    `today`) from an open workspace: what the window exports. ReportError for a bad week or
    locale."""
    try:
        find_locale(locale)
    except UnknownLocaleError as error:
        raise ReportError(*error.args) from None
    settings = report_settings(connection)
    if week is None:
        first_day = default_week(connection, today)
    elif isinstance(week, dt.date):
        first_day = week
    else:
        try:
            first_day = parse_iso_week(week, settings.week_start)
        except ValueError as error:
            raise ReportError(*error.args) from None
    review = load_review(connection, first_day, today)
    return ReportInput(review, settings, locale_format(locale, settings.currency))


def load_report_input(
    workspace: Path | ServerAddress, week: str | dt.date | None, locale: str | None, today: dt.date
) -> ReportInput:
    """read_report_input on a workspace file (what `okrdesk report` does). Raises
    WorkspaceError for a refused file, ReportError for a missing one or a bad week or locale;
    a bad week or locale is refused before the file is opened."""
    path = workspace_address(workspace)
    if isinstance(path, Path) and not path.exists():
        raise ReportError(Report.tr("{file}: no such workspace file").format(file=path))
    try:
        find_locale(locale)
        if isinstance(week, str):
            parse_iso_week(week)
    except (UnknownLocaleError, ValueError) as error:
        raise ReportError(*error.args) from None
    opened = open_workspace(path)
    try:
        with opened.engine.connect() as connection:
            return read_report_input(connection, week, locale, today)
    finally:
        opened.close()


def _check_target(out: Path) -> None:
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise ReportError(Report.tr("{file}: is a folder, not a file name").format(file=out))
    if not folder.is_dir():
        raise ReportError(
            Report.tr("{file}: the folder {folder} does not exist").format(file=out, folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(
            Report.tr("{file}: cannot write into {folder}").format(file=out, folder=folder)
        )
    if out.exists() and not os.access(out, os.W_OK):
        raise ReportError(Report.tr("{file}: the file is read-only").format(file=out))


def logo_image(settings: ReportSettings) -> QImage | None:
    if not settings.logo_png:
        return None
    image = QImage.fromData(settings.logo_png)
    return None if image.isNull() else image


def write_report(out: Path, data: ReportInput) -> None:
    """Write the report to `out` in the format its extension names (a GUI application must
    exist for PDF and HTML: they paint charts and fonts)."""
    from okrdesk.reports.charts import report_charts

    out = Path(out)
    kind = report_kind(out)
    _check_target(out)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{out.name}.", suffix=out.suffix, dir=out.parent if str(out.parent) else "."
    )
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 would hide the report from others
    try:
        if kind == "markdown":
            from okrdesk.reports.markdown import write_markdown

            write_markdown(Path(temporary), data.review, data.fmt)
        elif kind == "html":
            from okrdesk.reports.html import write_html

            charts = report_charts(data.review, data.fmt)
            write_html(Path(temporary), data.review, data.fmt, charts, logo_image(data.settings))
        else:
            from okrdesk.reports.pdf import write_pdf

            charts = report_charts(data.review, data.fmt)
            write_pdf(
                Path(temporary),
                data.review,
                data.fmt,
                charts,
                data.settings.paper_size,
                logo_image(data.settings),
            )
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
