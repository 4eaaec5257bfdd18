"""File → Import… and files dropped on the window: choose, map, check, import, summarise.

The wizard only gathers ImportOptions and shows the importer's preview; the import itself is
okrdesk.store.funnel.importing's, run in the background with Cancel (which writes nothing), and
lands on the undo stack as one step.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from okrdesk.reports.text import shown
from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem, said
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.funnel.definitions import list_funnels
from okrdesk.store.funnel.importing.importer import preview
from okrdesk.store.funnel.importing.model import (
    ImportOptions,
    ImportPreview,
    ImportResult,
    ImportWarning,
)
from okrdesk.store.funnel.importing.plausibility import FUTURE_WEEKS
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.funnel.import_command import Added, ImportJob, import_command
from okrdesk.ui.funnel.import_pages import (
    STAGE_PREFIX,
    CheckPage,
    ColumnsPage,
    FilePage,
    WizardPage,
)
from okrdesk.ui.store_commands import IMPORTS, StoreCommand, table_names

DATE_FIELDS = ("week", "timestamp")
# Files above this size are previewed in the background (reading whole columns takes seconds).
LARGE_FILE = 4 * 1024 * 1024
PREVIEW_ERRORS = (ImportProblem, OSError, ValueError, LookupError)


class RunPage(WizardPage):
    """Runs the import on entry; then the summary, or the problem, a way back and Close."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("C&lose"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = self._error_label()
        self.back_button = QPushButton(self.tr("&Change the settings"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.wizard().back())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.task: BackgroundTask | None = None

    def _wizard(self) -> ImportWizard:
        return cast("ImportWizard", self.wizard())

    def initializePage(self) -> None:
        self._closable(False)
        self.error_label.hide()
        self.back_button.hide()
        self.status_label.setText(self.tr("Importing…"))
        self.task = self._wizard().start_import()
        self.task.on_success(self._finished).on_failure(self._failed)
        self.task.on_cancel(self._cancelled)

    def _finished(self, outcome: tuple[ImportResult, Added] | None) -> None:
        if outcome is None:
            self._cancelled()
            return
        result = self._wizard().imported_now(*outcome)
        self.status_label.setText(self._wizard().summary(result))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(self.tr("Nothing was imported."))
        self.error_label.setText(self._wizard().problem_text(error))
        self.error_label.show()
        self.back_button.show()
        self._closable(True)

    def _cancelled(self) -> None:
        job = self._wizard().job
        if job is not None:
            job.take_back_outcome()
        self.status_label.setText(self.tr("Cancelled: nothing was imported."))
        self.back_button.show()
        self._closable(True)

    def _closable(self, closable: bool) -> None:
        """Close (the wizard's Cancel) beside Finish only when nothing was imported: the
        summary of an import ends with Finish alone."""
        self.wizard().setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, not closable)

    def close_button(self) -> QAbstractButton:
        return self.wizard().button(QWizard.WizardButton.CancelButton)

    def isComplete(self) -> bool:
        return self._wizard().result is not None


class ImportWizard(QWizard):
    """Fields: `path`, `options` (what the import is told), `preview` (the last good one),
    `problem` (why the file or the choices cannot be read, or None), `result` once imported."""

    imported = Signal(int)  # the funnel's id

    def __init__(
        self,
        parent: QWidget | None,
        controller: WorkspaceController,
        path: Path | None = None,
        funnel: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import funnel data"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        fit_to_screen(self, 860, 560, near=self.parentWidget())
        funnels = []
        if controller.workspace is not None:
            with controller.workspace.engine.connect() as connection:
                funnels = [f.name for f in list_funnels(connection)]
        self.path: Path | None = None
        first = funnels[0] if funnels else self.tr("Funnel", "a new funnel's name")
        self.options = ImportOptions(funnel=funnel or first)
        self.preview: ImportPreview | None = None
        self.problem: BaseException | None = None
        self.reading = False  # a large file's preview is being read in the background
        self._generation = 0
        self.result: ImportResult | None = None
        self.command: StoreCommand | None = None
        self.new_stages: list[str] = []
        self.job: ImportJob | None = None
        self.file_page = FilePage(funnels, self.options.funnel)
        self.columns_page = ColumnsPage()
        self.check_page = CheckPage()
        self.run_page = RunPage()
        for page in (self.file_page, self.columns_page, self.check_page, self.run_page):
            self.addPage(page)
        if path is not None:
            self.file_page.set_path(path)

    # -- the preview -------------------------------------------------------------------------

    def set_path(self, path: Path | None) -> None:
        """A new file: every choice made for the previous one is forgotten."""
        self.path = path
        self.options = ImportOptions(funnel=self.options.funnel)
        self.preview = None
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Read the file again with the current options; keep the last good preview on error.

        The preview reads whole columns (stage names, dates): a large file is read in the
        background, with Cancel, so that the window never freezes.
        """
        self._generation += 1
        if self.path is None:
            self.preview, self.problem = None, None
            self._show_preview()
            return
        path, options = self.path, copy.deepcopy(self.options)
        workspace = self.controller.workspace
        try:
            large = path.stat().st_size > LARGE_FILE
        except OSError:
            large = False
        if not large:
            try:
                self._previewed(self._generation, preview(path, options, workspace))
            except PREVIEW_ERRORS as error:
                self._preview_failed(self._generation, error)
            return
        generation = self._generation
        self.reading = True
        self._show_preview()
        title = self.tr("Reading {file}").format(file=path.name)
        task = BackgroundTask(self, lambda _p, _c: preview(path, options, workspace), title=title)
        task.on_success(lambda found: self._previewed(generation, found))
        task.on_failure(lambda error: self._preview_failed(generation, error))
        task.on_cancel(lambda: self._preview_failed(generation, None))
        task.start()

    def _previewed(self, generation: int, found: ImportPreview) -> None:
        if generation == self._generation:  # a later refresh supersedes this one
            self.preview, self.problem, self.reading = found, None, False
            self._show_preview()

    def _preview_failed(self, generation: int, error: BaseException | None) -> None:
        if generation == self._generation:
            self.problem = error or RuntimeError(self.tr("Reading the file was cancelled."))
            self.reading = False
            self._show_preview()

    def _show_preview(self) -> None:
        self.file_page.show_preview()
        self.columns_page.show_preview()

    def problem_text(self, error: BaseException) -> str:
        """Where the problem is (file, row, column) and what it is, one item per line."""
        if not isinstance(error, ImportProblem):
            return shown(said(error))
        lines = [self.tr("File: {name}").format(name=error.file_name)]
        if error.row is not None:
            lines.append(self.tr("Row: {row}").format(row=QLocale().toString(error.row)))
        if error.column is not None:
            lines.append(self.tr("Column: {column}").format(column=error.column))
        lines.append(self.tr("Problem: {message}").format(message=shown(error.message_text)))
        return "\n".join(lines)

    def date_samples(self) -> list[str]:
        """The first rows' values of the date column, to show how each format reads them."""
        preview = self.preview
        if preview is None:
            return []
        columns = [c for c, f in preview.mapping.items() if f in DATE_FIELDS]
        if not columns:
            return []
        index = preview.columns.index(columns[0])
        return [row[index] for row in preview.rows if index < len(row) and row[index].strip()]

    # -- running -----------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if not self.currentPage().isComplete():  # next() called directly goes no further
            return False
        if self.currentPage() is self.check_page:
            self._apply_checks()
        return super().validateCurrentPage()

    def _apply_checks(self) -> None:
        """Put the chosen date format and stage names into the options."""
        preview = self.preview
        assert preview is not None
        if preview.ambiguous_dates:
            self.options.date_format = self.check_page.date_format()
        wide = "stage" not in preview.mapping.values() and preview.shape == "counts"
        self.new_stages = []
        if wide:
            self.options.mapping = dict(preview.mapping)
        for name, stage in self.check_page.stage_choices().items():
            if stage is None:
                self.new_stages.append(name)
            if wide:  # a column to skip is a column not imported
                self.options.mapping[name] = STAGE_PREFIX + (stage or name) if stage != "" else ""
            else:  # "" skips the name's rows
                self.options.stage_map[name] = name if stage is None else stage

    def start_import(self) -> BackgroundTask:
        workspace = self.controller.workspace
        assert workspace is not None and self.path is not None
        self.job = ImportJob(workspace, self.path, self.options, self.new_stages)
        title = self.tr("Importing {file}").format(file=self.path.name)
        return BackgroundTask(self, self.job, title=title).start()

    def imported_now(self, result: ImportResult, added: Added) -> ImportResult:
        """The import is in: one step on the undo stack, and every screen told."""
        self.result = result
        # Pushing it does not run it again; a refusal of its undo is said by the main window.
        self.command = import_command(self.controller, result, added)
        self.controller.undo_stack.push(self.command)
        self.controller.notify(table_names(IMPORTS))
        self.imported.emit(result.funnel_id)
        return result

    def summary(self, result: ImportResult) -> str:
        workspace = self.controller.workspace
        replaced: list = []
        if workspace is not None:
            with workspace.engine.connect() as connection:
                replaced = funnel_grid.replaced_weeks(connection, result.batch_id)
        lines = [
            self.tr("Imported %Ln row(s) of {file} into “{funnel}”.", "", result.rows).format(
                file=result.file_name,
                funnel=self.options.funnel,
            ),
            self.tr("Weeks {first} to {last} (%Ln week(s)).", "", result.weeks).format(
                first=format_date(result.first_week),
                last=format_date(result.last_week),
            ),
        ]
        if result.skipped_rows:
            names = ", ".join(f"“{cut(name)}”" for name in result.skipped_stages)
            text = self.tr(
                "Skipped %Ln row(s) of stages the funnel does not have: {names}.",
                "",
                result.skipped_rows,
            )
            lines.append(text.format(names=names))
        if result.recounted:
            lines.append(
                self.tr(
                    "Counted again: %Ln other week(s) of the same leads. A lead keeps the "
                    "source, variant and entry week of its first events, whichever file held them.",
                    "",
                    result.recounted,
                )
            )
        if result.utc_offsets_dropped:
            lines.append(
                self.tr(
                    "Times with a UTC offset were read as the local time written: each counts "
                    "in the week of the date and time the file shows."
                )
            )
        if replaced:
            weeks = ", ".join(format_date(week) for week in replaced)
            lines.append(
                self.tr("Replaced what these weeks held before: {weeks}.").format(weeks=weeks)
            )
        else:
            lines.append(self.tr("No week was there before: nothing was replaced."))
        if result.checkins:
            lines.append(
                self.tr(
                    "%Ln key result(s) bound to this funnel got an automatic check-in.",
                    "",
                    result.checkins,
                )
            )
        lines += [self.warning_text(warning) for warning in result.warnings]
        lines.append(self.tr("Edit → Undo takes the whole import back."))
        return "\n".join(lines)

    def warning_text(self, warning: ImportWarning) -> str:
        """One warning of the import (see plausibility), as the summary shows it."""
        locale = QLocale()
        if warning.kind == "future_weeks":
            return self.tr(
                "Warning: %Ln week(s) from {week} on, more than {limit} weeks after today: "
                "is the year right?",
                "",
                warning.cases,
            ).format(
                week=format_date(warning.week),
                limit=locale.toString(FUTURE_WEEKS),
            )
        if warning.segment and warning.variant:
            where = self.tr("{week}, source “{source}”, variant “{variant}”")
        elif warning.segment:
            where = self.tr("{week}, source “{source}”")
        elif warning.variant:
            where = self.tr("{week}, variant “{variant}”")
        else:
            where = "{week}"
        where = where.format(
            week=format_date(warning.week),
            source=cut(warning.segment or ""),
            variant=cut(warning.variant or ""),
        )
        text = self.tr(
            "Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before "
            "it; are the stages in the right columns?"
        )
        if warning.cases > 1:
            text = self.tr(
                "Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” "
                "before it (%Ln such step(s) in all); are the stages in the right columns?",
                "",
                warning.cases,
            )
        return text.format(
            where=where,
            count=locale.toString(warning.count),
            stage=cut(warning.stage),
            previous=locale.toString(warning.previous_count),
            before=cut(warning.previous_stage),
            n=locale.toString(warning.cases),
        )
