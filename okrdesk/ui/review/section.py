"""The weekly review screen: choose a week, read its three blocks, write the meeting down.

What the meeting writes (the brief, decisions, notes, next week's experiment) is saved for
the reviewed week after a short pause in typing, when a box loses focus, and before the week
changes or the review is exported: one undoable command per save, successive saves of one box
merged into one step.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)

from okrdesk.domain.review import Review, brief_text, write_brief
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import experiment_status_in_sentence
from okrdesk.store import schema as db
from okrdesk.store.review.data import SavedReview
from okrdesk.store.workspace.files import Workspace
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date, format_week
from okrdesk.ui.common.section import Section
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.review.blocks import (
    BriefBlock,
    ExperimentsBlock,
    NextStepBlock,
    VarianceBlock,
    screen_dpi,
)
from okrdesk.ui.review.commands import (
    REVIEW_TABLES,
    on_review_conflict,
    save_review_command,
)
from okrdesk.ui.store_commands import table_names

SAVE_PAUSE_MS = 600  # typing stopped this long: save


class ReviewSection(Section):
    tables = table_names(
        db.WeeklyReview,
        db.Cycle,
        db.Objective,
        db.KeyResult,
        db.CheckIn,
        db.Funnel,
        db.FunnelStage,
        db.FunnelCount,
        db.Experiment,
        db.ExperimentArm,
        db.WorkspaceSettings,
    )

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(
            controller,
            self.tr("Weekly review"),
            self.tr("What moved and why, what the experiment showed, what changes next week."),
        )
        self.today = clock.today
        self.review: Review | None = None
        self.fmt = LocaleFormat(QLocale(), "EUR")
        self._week: dt.date | None = None
        self._loaded_from: Workspace | None = None
        self._saved = SavedReview()
        self._version = 0  # of the saved meeting row as read or last saved here; 0: none
        self._written_brief = ""
        self._filling = False
        self._dirty: set[str] = set()
        self._editing = None  # ExperimentEditing, built on first "New experiment…"
        self._watched_window: QWidget | None = None
        # Tables changed since the last reload; None: read everything again.
        self._changed_tables: frozenset[str] | None = None

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setToolTip(self.tr("The week before (Alt+Left)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("The week after (Alt+Right)"))
        self.week_combo = QComboBox()
        self.week_combo.setObjectName("weekCombo")
        self.week_combo.setToolTip(self.tr("Reviewed weeks; those with a saved meeting are marked"))
        self.week_combo.setMinimumContentsLength(34)
        self.week_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Write this review as PDF, HTML or Markdown"))
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.week_combo)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.variance = VarianceBlock()
        self.experiments = ExperimentsBlock()
        self.next_step = NextStepBlock()
        self.brief = BriefBlock()
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.next_step, 2)
        bottom.addWidget(self.brief, 3)
        self.body.addLayout(bar)
        self.body.addWidget(self.variance)
        self.body.addWidget(self.experiments)
        self.body.addLayout(bottom)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self.save_now)

        self.previous_button.clicked.connect(lambda: self._step_week(-1))
        self.next_button.clicked.connect(lambda: self._step_week(1))
        self.week_combo.activated.connect(self._week_chosen)
        self.export_button.clicked.connect(lambda: self.export_review())
        self.next_step.experiment_combo.activated.connect(self._experiment_chosen)
        self.next_step.new_button.clicked.connect(self.new_experiment)
        self.brief.rewrite_button.clicked.connect(self.rewrite_brief)
        for field, box in self._boxes().items():
            box.textChanged.connect(lambda field=field: self._edited(field))
            box.installEventFilter(self)

    # -- public ------------------------------------------------------------------------------

    @property
    def week(self) -> dt.date | None:
        """The first day of the reviewed week (None before the first reload)."""
        return self._week

    def set_week(self, week: dt.date) -> None:
        """Show the review of the week containing `week` (pending edits are saved first)."""
        self.save_now()
        self._week = week
        self._changed_tables = None
        self.reload()

    def save_now(self) -> None:
        """Save what was typed and not saved yet, as one undoable step per box."""
        self._save_timer.stop()
        workspace = self.controller.workspace
        if not self._dirty or self._week is None or workspace is not self._loaded_from:
            self._dirty.clear()
            return
        # A field leaves _dirty only when saved: the reload each save causes keeps the others.
        for field in sorted(self._dirty):
            values = self._values_with(field)
            self._dirty.discard(field)
            if values == self._saved:
                continue
            self._push(values, field)

    def export_review(self, out: Path | None = None) -> BackgroundTask | None:
        """Save, then write the review shown to `out` (asked for when None) in the background."""
        from okrdesk.ui.review.export import (
            choose_export_file,
            default_file_name,
            documents_folder,
            export_review_task,
            offer_to_open,
        )

        workspace = self.controller.workspace
        if workspace is None:
            return None
        if self._week is None or self._loaded_from is not workspace:
            self.reload()
        self.save_now()
        assert self._week is not None
        on_written = self._show_written
        if out is None:
            suggested = documents_folder() / default_file_name(workspace.name, self._week)
            out = choose_export_file(self.window(), suggested)
            if out is None:
                return None

            def on_written(path: Path) -> None:
                self._show_written(path)
                offer_to_open(self.window(), path)

        return export_review_task(self.window(), self.controller, self._week, out, on_written)

    def _show_written(self, path: Path) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Review written to {path}").format(path=path), 10_000
            )

    def new_experiment(self) -> QWidget | None:
        """The experiment editor; the experiment created becomes next week's."""
        from okrdesk.ui.experiments.editing import ExperimentEditing

        if self.controller.workspace is None or self.controller.read_only:
            return None
        if self._editing is None:
            self._editing = ExperimentEditing(self, self.controller, lambda: None)
            self._editing.created.connect(self.choose_next_experiment)
        self._editing.today = self.today
        return self._editing.new_experiment()

    def choose_next_experiment(self, experiment_id: int | None) -> None:
        """Make `experiment_id` (None: none) the experiment the meeting chose for next week."""
        self.save_now()
        if self._week is None:
            return
        values = SavedReview(
            self._saved.brief, self._saved.decisions, self._saved.notes, experiment_id
        )
        if values == self._saved and self._loaded_from is self.controller.workspace:
            return
        self._push(values, "experiment")

    def rewrite_brief(self) -> None:
        """Put the brief written from the data back in the box (undoable)."""
        self.save_now()
        if self._week is None:
            return
        self._filling = True
        try:
            self.brief.edit.setPlainText(self._written_brief)
        finally:
            self._filling = False
        self._show_brief_state()
        values = self._values_with("brief")
        if values != self._saved:
            self._push(values, "rewrite")

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from okrdesk.store.experiments import records as experiment_store
        from okrdesk.store.review.data import (
            default_week,
            load_review,
            next_step,
            report_settings,
            reviewed_weeks,
            saved_review,
        )
        from okrdesk.store.review.saving import review_version

        workspace = self.controller.workspace
        if workspace is None:
            return
        if self._loaded_from is not workspace:
            self._dirty.clear()
            self._week = None
        for box in self._boxes().values():
            box.setReadOnly(workspace.read_only)
        self.next_step.new_button.setEnabled(not workspace.read_only)
        self.next_step.experiment_combo.setEnabled(not workspace.read_only)
        with workspace.engine.connect() as connection:
            settings = report_settings(connection)
            current = default_week(connection, self.today())
            if self._week is None:
                self._week = current
            meeting_only = (
                self.review is not None
                and self.review.week == self._week
                and self._loaded_from is workspace
                and self._changed_tables is not None
                and self._changed_tables <= REVIEW_TABLES
            )
            if meeting_only:  # the week's numbers stand: only what the meeting wrote changed
                assert self.review is not None
                review = replace(self.review, next_step=next_step(connection, self._week))
            else:
                review = load_review(connection, self._week, self.today())
            self._week = review.week
            saved = saved_review(connection, review.week) or SavedReview()
            version = review_version(connection, review.week)
            weeks = reviewed_weeks(connection)
            choices = experiment_store.backlog(connection, ("idea", "planned", "running"))
            chosen = saved.next_experiment_id
            if chosen is not None and all(row.id != chosen for row in choices):
                with contextlib.suppress(LookupError):  # deleted since: shown as none chosen
                    choices.append(experiment_store.experiment(connection, chosen))
        self._loaded_from = workspace
        self.review = review
        self._saved = saved
        self._version = version
        self.fmt = LocaleFormat(QLocale(), settings.currency)
        self._written_brief = write_brief(review, self.fmt)
        self._changed_tables = frozenset()
        self._fill_weeks(review.week, current, weeks)
        self.next_button.setEnabled(review.week <= current)  # up to the week under way
        if not meeting_only:
            dpi = screen_dpi(self)
            self.variance.set_review(review, self.fmt, dpi)
            self.experiments.set_review(review, self.fmt, dpi)
        self._fill_next_step(review, saved, choices)
        self._fill_boxes(review)

    def _fill_weeks(self, week: dt.date, current: dt.date, reviewed: list[dt.date]) -> None:
        weeks = sorted({week, current, *reviewed}, reverse=True)
        saved = set(reviewed)
        combo = self.week_combo
        combo.blockSignals(True)
        combo.clear()
        for day in weeks:
            text = self.tr("{label} · {first} – {last}").format(
                label=format_week(day),
                first=format_date(day),
                last=format_date(day + dt.timedelta(days=6)),
            )
            if day in saved:
                text = self.tr("{week} · reviewed").format(week=text)
            combo.addItem(text, day.toordinal())
        combo.setCurrentIndex(weeks.index(week))
        combo.blockSignals(False)

    def _fill_next_step(self, review: Review, saved: SavedReview, choices: list) -> None:
        block = self.next_step
        combo = block.experiment_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No experiment chosen"), None)
        for row in choices:
            combo.addItem(
                self.tr("{code} — {title} ({status})").format(
                    code=row.code,
                    title=row.title,
                    status=experiment_status_in_sentence(row.status),
                ),
                row.id,
            )
        combo.setCurrentIndex(max(combo.findData(saved.next_experiment_id), 0))
        combo.blockSignals(False)
        step = review.next_step
        if step.proposed and step.experiment_code:
            when = ""
            if step.experiment_start is not None:
                when = self.tr(", starting {day}").format(day=format_date(step.experiment_start))
            block.proposal_label.setText(
                self.tr("The data proposes {code} — {title}{when}. Choose it to decide.").format(
                    code=step.experiment_code, title=step.experiment_title, when=when
                )
            )
        elif step.proposed:
            block.proposal_label.setText(
                self.tr("Nothing is planned: pick an idea from the backlog or create one.")
            )
        block.proposal_label.setVisible(step.proposed)

    def _fill_boxes(self, review: Review) -> None:
        texts = {
            "brief": brief_text(review, self.fmt),
            "decisions": self._saved.decisions,
            "notes": self._saved.notes,
        }
        self._filling = True
        try:
            for field, box in self._boxes().items():
                if field not in self._dirty and box.toPlainText() != texts[field]:
                    box.setPlainText(texts[field])
        finally:
            self._filling = False
        self._show_brief_state()

    def _show_brief_state(self) -> None:
        edited = self.brief.edit.toPlainText().strip() != self._written_brief.strip()
        self.brief.state_label.setText(
            self.tr("Edited by hand; the export uses this text.")
            if edited
            else self.tr("Written from this week's numbers.")
        )
        self.brief.rewrite_button.setEnabled(edited and not self.controller.read_only)

    # -- saving ------------------------------------------------------------------------------

    def _boxes(self) -> dict:
        return {
            "brief": self.brief.edit,
            "decisions": self.next_step.decisions_edit,
            "notes": self.next_step.notes_edit,
        }

    def _edited(self, field: str) -> None:
        if self._filling:
            return
        self._dirty.add(field)
        self._save_timer.start()
        if field == "brief":
            self._show_brief_state()

    def _values_with(self, field: str) -> SavedReview:
        saved = self._saved
        if field == "brief":
            text = self.brief.edit.toPlainText()
            # The written brief is stored as "", so that it follows the data when that changes.
            brief = "" if text.strip() == self._written_brief.strip() else text
            return SavedReview(brief, saved.decisions, saved.notes, saved.next_experiment_id)
        if field == "decisions":
            text = self.next_step.decisions_edit.toPlainText()
            return SavedReview(saved.brief, text, saved.notes, saved.next_experiment_id)
        text = self.next_step.notes_edit.toPlainText()
        return SavedReview(saved.brief, saved.decisions, text, saved.next_experiment_id)

    def _push(self, values: SavedReview, field: str, seen: SavedReview | None = None) -> None:
        """Save `values` over the meeting row as this screen read it (`seen`, at _version);
        a row someone else saved since is shown theirs beside yours. A save after such a
        conflict (`seen` given: theirs) merges with no other."""
        assert self._week is not None
        week, before = self._week, seen or self._saved
        self._saved = values
        command = save_review_command(
            self.controller,
            week,
            values,
            self._command_text(field),
            field if seen is None else "",
            self._version,
            self.tr("the review of {week}").format(week=format_week(week)),
        )
        combo = self.next_step.experiment_combo
        names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}

        def again(merged: SavedReview, theirs: SavedReview, version: int) -> None:
            if self._week == week:
                self._version = version
                self._push(merged, field, seen=theirs)

        command.on_conflict = on_review_conflict(self, before, names, again)
        self.controller.undo_stack.push(command, self)
        if command.error is None:
            self._version = command.expected

    def _command_text(self, field: str) -> str:
        week = format_week(self._week) if self._week else ""
        texts = {
            "brief": self.tr("Edit the brief of {week}"),
            "decisions": self.tr("Edit the decisions of {week}"),
            "notes": self.tr("Edit the notes of {week}"),
            "experiment": self.tr("Choose next week's experiment in {week}"),
            "rewrite": self.tr("Rewrite the brief of {week} from data"),
        }
        return texts.get(field, texts["brief"]).format(week=week)

    def _experiment_chosen(self, index: int) -> None:
        self.choose_next_experiment(self.next_step.experiment_combo.itemData(index))

    def _week_chosen(self, index: int) -> None:
        ordinal = self.week_combo.itemData(index)
        if ordinal is not None:
            self.set_week(dt.date.fromordinal(ordinal))

    def _step_week(self, weeks: int) -> None:
        if self._week is not None:
            self.set_week(self._week + dt.timedelta(weeks=weeks))

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if self._changed_tables is not None:
            self._changed_tables |= tables
        super()._tables_changed(tables)

    def _data_changed(self) -> None:
        if self.controller.workspace is not self._loaded_from:
            self._changed_tables = None  # another workspace: everything reads anew
        super()._data_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's Close comes before its handler closes the workspace: typing is kept.
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Close) and self._dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
