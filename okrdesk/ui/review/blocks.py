"""The review's three blocks as panels: variance, experiments, next step; and the brief.

Each block has `set_review(review, fmt)`; the section reads the review and hands it out.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr import Status
from okrdesk.domain.review import Review
from okrdesk.reports.charts import CSS_DPI, Chart
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.dashboards.common import status_name
from okrdesk.ui.okr.status_text import STATUS_COLOURS
from okrdesk.ui.review.models import (
    BehindKeyResultsModel,
    ChangedKeyResultsModel,
    ExperimentsModel,
    FunnelStepsModel,
    ReviewScreen,
)

STATUS_ORDER = ("done", "on_track", "at_risk", "off_track", "needs_update")


class Panel(QFrame):
    """A titled white panel; `layout_` holds its content."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.heading = QLabel(title)
        self.heading.setObjectName("panelTitle")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 14)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(self.heading)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("reviewCaption")
    label.setStyleSheet("font-weight: 600; color: #334155; margin-top: 6px;")
    return label


def empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("reviewEmpty")
    label.setStyleSheet("color: #64748b;")
    label.setWordWrap(True)
    return label


class FittedTable(QTableView):
    """A read-only table as tall as its rows: the page scrolls, never the table."""

    def __init__(self, model: QAbstractItemModel, stretch_column: int = 0) -> None:
        super().__init__()
        self.setObjectName("dashboardTable")
        self.setModel(model)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        model.modelReset.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        rows = self.model().rowCount()
        height = self.horizontalHeader().sizeHint().height()
        height += self.verticalHeader().defaultSectionSize() * rows + 2 * self.frameWidth()
        height += self.horizontalScrollBar().sizeHint().height()  # room when columns overflow
        self.setFixedHeight(height)
        self.setVisible(rows > 0)


class ChartLabel(QLabel):
    """A report chart painted at screen resolution, at its page size."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_chart(self, chart: Chart | None) -> None:
        self.setVisible(chart is not None)
        if chart is None:
            self.clear()
            return
        pixmap = QPixmap.fromImage(chart.image)
        pixmap.setDevicePixelRatio(chart.image.width() / chart.width)
        self.setPixmap(pixmap)
        self.setToolTip(chart.caption)


def screen_dpi(widget: QWidget) -> int:
    """Charts painted for this screen: CSS pixels times the device pixel ratio."""
    return round(CSS_DPI * max(widget.devicePixelRatioF(), 1.0))


class VarianceBlock(Panel):
    """(a) What moved: cycle pace, funnel steps, key results that moved or fall behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReviewScreen.tr("What moved"), parent)
        self.cycle_label = QLabel()
        self.cycle_label.setObjectName("reviewCycle")
        self.cycle_bar = QProgressBar()
        self.cycle_bar.setObjectName("okrProgressBar")
        self.cycle_bar.setRange(0, 1000)
        self.status_labels: dict[str, QLabel] = {}
        # Chips in rows of two: in longer rows they push the chart out of a 1280 px window.
        counts = QGridLayout()
        counts.setHorizontalSpacing(10)
        counts.setVerticalSpacing(6)
        for index, status in enumerate(STATUS_ORDER):
            self.status_labels[status] = QLabel()
            counts.addWidget(self.status_labels[status], index // 2, index % 2)
        for status, label in self.status_labels.items():
            colours = STATUS_COLOURS.get(Status(status))
            if colours:
                label.setStyleSheet(
                    f"background: {colours[0]}; color: {colours[1]}; border-radius: 8px;"
                    " padding: 2px 10px;"
                )
        counts.setColumnStretch(2, 1)
        self.cycle_chart = ChartLabel()

        self.funnel_model = FunnelStepsModel(None, self)
        self.funnel_table = FittedTable(self.funnel_model)
        self.funnel_empty = empty_note(
            ReviewScreen.tr(
                "No funnel data for this week yet: import its export in the Funnel section."
            )
        )

        self.changed_model = ChangedKeyResultsModel(None, self)
        self.changed_table = FittedTable(self.changed_model)
        self.changed_empty = empty_note(ReviewScreen.tr("No key result moved this week."))
        self.behind_model = BehindKeyResultsModel(None, self)
        self.behind_table = FittedTable(self.behind_model)
        self.behind_empty = empty_note(ReviewScreen.tr("No key result is at risk or off track."))
        self.stale_model = BehindKeyResultsModel(None, self)
        self.stale_table = FittedTable(self.stale_model)
        self.stale_empty = empty_note(ReviewScreen.tr("Every key result was checked in recently."))

        cycle_text = QVBoxLayout()
        cycle_text.addWidget(self.cycle_label)
        cycle_text.addWidget(self.cycle_bar)
        cycle_text.addLayout(counts)
        cycle_text.addStretch(1)
        cycle_row = QHBoxLayout()
        cycle_row.setSpacing(24)
        cycle_row.addLayout(cycle_text, 1)
        cycle_row.addWidget(self.cycle_chart)
        self.layout_.addLayout(cycle_row)

        self.layout_.addWidget(caption(ReviewScreen.tr("Funnel steps, against the week before")))
        self.layout_.addWidget(self.funnel_table)
        self.layout_.addWidget(self.funnel_empty)

        for title, table, empty in (
            (ReviewScreen.tr("Off track and at risk"), self.behind_table, self.behind_empty),
            (ReviewScreen.tr("Key results that moved"), self.changed_table, self.changed_empty),
        ):
            self.layout_.addWidget(caption(title))
            self.layout_.addWidget(table)
            self.layout_.addWidget(empty)
        self.layout_.addWidget(caption(ReviewScreen.tr("Key results that need an update")))
        self.layout_.addWidget(self.stale_table)
        self.layout_.addWidget(self.stale_empty)

    def set_review(self, review: Review, fmt: LocaleFormat, dpi: int) -> None:
        from okrdesk.reports.charts import cycle_chart

        cycle = review.cycle
        self.cycle_bar.setVisible(cycle is not None and cycle.progress is not None)
        if cycle is None:
            self.cycle_label.setText(ReviewScreen.tr("No cycle covers this week."))
        else:
            self.cycle_label.setText(
                ReviewScreen.tr("{cycle}: {progress} done, {expected} expected by {day}").format(
                    cycle=cycle.name,
                    progress=fmt.percent(cycle.progress, 0),
                    expected=fmt.percent(cycle.expected, 0),
                    day=format_date(cycle.on or min(review.week_end, cycle.end)),
                )
            )
            self.cycle_bar.setValue(round((cycle.progress or 0.0) * 1000))
            self.cycle_bar.setFormat(fmt.percent(cycle.progress, 0))
        counts = cycle.status_counts if cycle else {}
        for status, label in self.status_labels.items():
            label.setText(
                ReviewScreen.tr("{name}: {count}").format(
                    name=status_name(status), count=format_int(counts.get(status, 0))
                )
            )
            label.setVisible(cycle is not None)
        self.cycle_chart.set_chart(cycle_chart(review, fmt, dpi))

        for model in (self.funnel_model, self.changed_model, self.behind_model, self.stale_model):
            model.set_format(fmt)
        self.funnel_model.set_rows(review.funnel_steps)
        self.funnel_empty.setVisible(not review.funnel_steps)
        self.changed_model.set_rows(review.changed_key_results)
        self.changed_empty.setVisible(not review.changed_key_results)
        self.behind_model.set_rows(review.behind)
        self.behind_empty.setVisible(not review.behind)
        self.stale_model.set_rows(review.needs_update)
        self.stale_empty.setVisible(not review.needs_update)


class ExperimentsBlock(Panel):
    """(b) What the experiments showed: those that ended in the week, then those running."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReviewScreen.tr("What the experiments showed"), parent)
        self.model = ExperimentsModel(None, self)
        self.table = FittedTable(self.model, stretch_column=1)
        # Eleven columns are wider than a laptop screen: the titles read whole and the verdict
        # follows where each experiment stands; the statistics after it scroll sideways.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.moveSection(ExperimentsModel.VERDICT_COLUMN, 3)
        self.empty = empty_note(ReviewScreen.tr("No experiment ended or ran this week."))
        self.chart = ChartLabel()
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.chart)

    def set_review(self, review: Review, fmt: LocaleFormat, dpi: int) -> None:
        from okrdesk.reports.charts import experiment_chart

        self.model.set_format(fmt)
        self.model.set_rows(review.experiments)
        self.empty.setVisible(not review.experiments)
        self.chart.set_chart(experiment_chart(review, fmt, dpi))


def text_box(placeholder: str, object_name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(110)
    return box


class NextStepBlock(Panel):
    """(c) What changes next week: the next experiment, the decisions and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReviewScreen.tr("What changes next week"), parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.experiment_combo = QComboBox()
        self.experiment_combo.setObjectName("nextExperimentCombo")
        self.experiment_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.experiment_combo.setMinimumContentsLength(28)
        self.new_button = QPushButton(ReviewScreen.tr("&New experiment…"))
        self.proposal_label = empty_note("")
        self.decisions_edit = text_box(
            ReviewScreen.tr("What the meeting decided: scale, roll back, who does what."),
            "decisionsEdit",
        )
        self.notes_edit = text_box(ReviewScreen.tr("Anything else worth keeping."), "notesEdit")
        row = QHBoxLayout()
        row.addWidget(self.experiment_combo, 1)
        row.addWidget(self.new_button)
        self.layout_.addWidget(caption(ReviewScreen.tr("Next week's experiment")))
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.proposal_label)
        self.layout_.addWidget(caption(ReviewScreen.tr("Decisions")))
        self.layout_.addWidget(self.decisions_edit, 1)
        self.layout_.addWidget(caption(ReviewScreen.tr("Notes")))
        self.layout_.addWidget(self.notes_edit, 1)


class BriefBlock(Panel):
    """The brief written from the data, editable before export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReviewScreen.tr("The brief"), parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.edit = text_box("", "briefEdit")
        self.edit.setMinimumHeight(300)
        self.state_label = empty_note("")
        self.rewrite_button = QPushButton(ReviewScreen.tr("Re&write from data"))
        self.rewrite_button.setToolTip(
            ReviewScreen.tr("Replace the text with the brief written from this week's numbers.")
        )
        row = QHBoxLayout()
        row.addWidget(self.state_label, 1)
        row.addWidget(self.rewrite_button)
        self.layout_.addWidget(self.edit, 1)
        self.layout_.addLayout(row)
