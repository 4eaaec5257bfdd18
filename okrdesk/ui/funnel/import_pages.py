"""The import wizard's pages: the file, its columns, its dates and stages.

Each page reads and changes the wizard's `options` and asks it to `refresh_preview()`; the
wizard keeps the one ImportPreview every page shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from okrdesk.reports.text import Context
from okrdesk.store.funnel.importing.shapes import missing_fields
from okrdesk.ui.common import formatting
from okrdesk.ui.common.table_model import ReadOnlyTableModel

if TYPE_CHECKING:
    from okrdesk.store.funnel.importing.model import ImportOptions, ImportPreview

CONTEXT = "ImportPages"
STAGE_PREFIX = "stage:"
NEW_STAGE = "\x00new"
SKIP_STAGE = "\x00skip"
FIELD_LABELS = {
    "": QT_TRANSLATE_NOOP("ImportPages", "(not imported)"),
    "week": QT_TRANSLATE_NOOP("ImportPages", "Week"),
    "stage": QT_TRANSLATE_NOOP("ImportPages", "Stage"),
    "count": QT_TRANSLATE_NOOP("ImportPages", "Count"),
    "source": QT_TRANSLATE_NOOP("ImportPages", "Source (segment)"),
    "variant": QT_TRANSLATE_NOOP("ImportPages", "Variant (experiment arm)"),
    "spend": QT_TRANSLATE_NOOP("ImportPages", "Spend"),
    "revenue": QT_TRANSLATE_NOOP("ImportPages", "Revenue"),
    "lead_id": QT_TRANSLATE_NOOP("ImportPages", "Lead id"),
    "timestamp": QT_TRANSLATE_NOOP("ImportPages", "Date and time"),
}
SHAPE_FIELDS = {
    "counts": ("", "week", "stage", "count", "source", "variant", "spend", "revenue"),
    "events": ("", "lead_id", "timestamp", "stage", "source", "variant", "revenue"),
}
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with BOM"),
    ("utf-16", "UTF-16"),
    ("cp1250", "Windows-1250"),
    ("cp1251", "Windows-1251"),
    ("iso-8859-2", "ISO-8859-2"),
)
SEPARATORS = (
    (",", QT_TRANSLATE_NOOP("ImportPages", "Comma ( , )")),
    (";", QT_TRANSLATE_NOOP("ImportPages", "Semicolon ( ; )")),
    ("\t", QT_TRANSLATE_NOOP("ImportPages", "Tab")),
    ("|", QT_TRANSLATE_NOOP("ImportPages", "Bar ( | )")),
)
# How each date format the importer may ask about reads, for the example beside it.
STRPTIME = {"%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%m-%d-%Y", "%Y.%m.%d"}
FORMAT_LABELS = {
    "ISO8601": "yyyy-mm-dd",
    "%G-W%V": "yyyy-Www",
    "%d.%m.%Y": "dd.mm.yyyy",
    "%d/%m/%Y": "dd/mm/yyyy",
    "%m/%d/%Y": "mm/dd/yyyy",
    "%d-%m-%Y": "dd-mm-yyyy",
    "%m-%d-%Y": "mm-dd-yyyy",
    "%Y.%m.%d": "yyyy.mm.dd",
    "excel": QT_TRANSLATE_NOOP("ImportPages", "Excel serial numbers"),
}


class ImportPages(Context):
    """Sentences of this module, in the `ImportPages` translation context."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(field: str) -> str:
    if field.startswith(STAGE_PREFIX):
        return ImportPages.tr("Count of stage “{stage}”").format(stage=field[len(STAGE_PREFIX) :])
    return _tr(FIELD_LABELS.get(field, field))


def format_label(date_format: str) -> str:
    return _tr(FORMAT_LABELS.get(date_format, date_format))


class PreviewModel(ReadOnlyTableModel):
    """The first rows of the file as read, one column per file column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()

    def set_preview(self, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        self._headers = columns
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def display(self, row: tuple[str, ...], column: int) -> str:
        return row[column] if column < len(row) else ""


class ImportState(Protocol):
    """What the pages read from and ask of the wizard (ImportWizard is one); named here so
    that the pages need not import the wizard that imports them."""

    path: Path | None
    options: ImportOptions
    preview: ImportPreview | None
    problem: BaseException | None
    reading: bool

    def set_path(self, path: Path | None) -> None: ...

    def refresh_preview(self) -> None: ...

    def problem_text(self, error: BaseException) -> str: ...

    def date_samples(self) -> list[str]: ...


class WizardPage(QWizardPage):
    def wizard_(self) -> ImportState:
        return cast("ImportState", self.wizard())

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setObjectName("errorLabel")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


# -- 1. the file -----------------------------------------------------------------------------


class FilePage(WizardPage):
    def __init__(self, funnels: list[str], funnel: str | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("A CSV or XLSX export of weekly counts or of raw events from a CRM.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.editingFinished.connect(self._path_edited)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.funnel_combo = QComboBox()
        self.funnel_combo.setEditable(True)
        self.funnel_combo.addItems(funnels)
        self.funnel_combo.setCurrentText(
            funnel or (funnels[0] if funnels else ImportPages.tr("Funnel", "a new funnel's name"))
        )
        self.funnel_combo.lineEdit().editingFinished.connect(self._options_changed)
        self.funnel_combo.activated.connect(self._options_changed)
        self.funnel_combo.setToolTip(
            self.tr("Type a new name to import into a new funnel with the usual stages.")
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._options_changed)
        self.encoding_combo = QComboBox()
        for value, name in ENCODINGS:
            self.encoding_combo.addItem(name, value)
        self.encoding_combo.activated.connect(self._options_changed)
        self.separator_combo = QComboBox()
        for value, name in SEPARATORS:
            self.separator_combo.addItem(_tr(name), value)
        self.separator_combo.activated.connect(self._options_changed)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.error_label = self._error_label()
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("F&unnel:"), self.funnel_combo)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Se&parator:"), self.separator_combo)
        form.addRow(self.summary_label)
        form.addRow(self.error_label)
        self._form = form

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import funnel data"),
            self.path_edit.text(),
            self.tr("CSV and Excel files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"),
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._path_edited()

    def _path_edited(self) -> None:
        text = self.path_edit.text().strip()
        wizard = self.wizard_()
        path = Path(text) if text else None
        if path != wizard.path:
            wizard.set_path(path)

    def _options_changed(self) -> None:
        wizard = self.wizard_()
        options = wizard.options
        options.funnel = self.funnel_combo.currentText().strip()
        preview = wizard.preview
        if preview is not None and preview.kind == "xlsx":
            options.sheet = self.sheet_combo.currentText() or None
        elif preview is not None:
            options.encoding = self.encoding_combo.currentData()
            options.separator = self.separator_combo.currentData()
        wizard.refresh_preview()

    def show_preview(self) -> None:
        """Show what was detected (or why the file cannot be read)."""
        wizard = self.wizard_()
        preview, problem = wizard.preview, wizard.problem
        self.error_label.setText(wizard.problem_text(problem) if problem else "")
        self.error_label.setVisible(problem is not None)
        xlsx = preview is not None and preview.kind == "xlsx"
        self._form.setRowVisible(self.sheet_combo, xlsx)
        self._form.setRowVisible(self.encoding_combo, preview is not None and not xlsx)
        self._form.setRowVisible(self.separator_combo, preview is not None and not xlsx)
        if wizard.reading:
            self.summary_label.setText(self.tr("Reading the file…"))
        elif preview is None:
            self.summary_label.clear()
        else:
            if xlsx:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(list(preview.sheets))
                self.sheet_combo.setCurrentText(preview.sheet or "")
            else:
                if self.encoding_combo.findData(preview.encoding) < 0:
                    self.encoding_combo.addItem(preview.encoding or "", preview.encoding)
                self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(preview.encoding))
                self.separator_combo.setCurrentIndex(
                    max(self.separator_combo.findData(preview.separator), 0)
                )
            columns = QLocale().toString(len(preview.columns))
            text = self.tr("{columns} columns: {names}").format(
                columns=columns, names=", ".join(preview.columns)
            )
            if not preview.funnel_exists:
                text += "\n" + self.tr(
                    "There is no funnel called “{name}”: it will be created with the usual stages."
                ).format(name=wizard.options.funnel)
            self.summary_label.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard_()
        return wizard.preview is not None and wizard.problem is None and not wizard.reading


# -- 2. the columns --------------------------------------------------------------------------


class ColumnsPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Check what each column of the file holds; the guess comes from its header.")
        )
        self.shape_combo = QComboBox()
        self.shape_combo.addItem(self.tr("Weekly counts"), "counts")
        self.shape_combo.addItem(self.tr("Raw events (one row per lead and stage)"), "events")
        self.shape_combo.activated.connect(self._shape_chosen)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(1, 1)
        mapping_box = QWidget()
        mapping_box.setLayout(self.mapping_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_box)
        scroll.setMinimumWidth(340)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.missing_label = self._error_label()
        shape_row = QHBoxLayout()
        shape_label = QLabel(self.tr("&The file holds:"))
        shape_label.setBuddy(self.shape_combo)
        shape_row.addWidget(shape_label)
        shape_row.addWidget(self.shape_combo)
        shape_row.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(scroll, 0)
        body.addWidget(self.preview_view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(shape_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.missing_label)

    def initializePage(self) -> None:
        self._build_combos()
        self.show_preview()

    def _shape(self) -> str:
        preview = self.wizard_().preview
        return self.wizard_().options.shape or (preview.shape if preview else None) or "counts"

    def _build_combos(self) -> None:
        wizard = self.wizard_()
        preview = wizard.preview
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.mapping_combos = {}
        if preview is None:
            return
        shape = self._shape()
        self.shape_combo.setCurrentIndex(max(self.shape_combo.findData(shape), 0))
        fields = list(SHAPE_FIELDS[shape])
        if shape == "counts":
            fields += [STAGE_PREFIX + stage for stage in preview.stages]
        for row, column in enumerate(preview.columns):
            combo = QComboBox()
            for field in fields:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(column, "")), 0))
            combo.activated.connect(self._mapping_chosen)
            label = QLabel(column)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, row, 0)
            self.mapping_grid.addWidget(combo, row, 1)
            self.mapping_combos[column] = combo
        self.mapping_grid.setRowStretch(len(preview.columns), 1)

    def _shape_chosen(self) -> None:
        wizard = self.wizard_()
        wizard.options.shape = self.shape_combo.currentData()
        wizard.options.mapping = {}
        wizard.refresh_preview()
        self._build_combos()

    def _mapping_chosen(self) -> None:
        wizard = self.wizard_()
        wizard.options.shape = self.shape_combo.currentData()
        wizard.options.mapping = {
            c: combo.currentData() for c, combo in self.mapping_combos.items()
        }
        wizard.refresh_preview()

    def show_preview(self) -> None:
        wizard = self.wizard_()
        preview, problem = wizard.preview, wizard.problem
        if preview is not None:
            self.preview_model.set_preview(preview.columns, preview.rows)
        texts = []
        if problem is not None:
            texts.append(wizard.problem_text(problem))
        missing = self.missing()
        if "count" in missing:
            texts.append(
                self.tr(
                    "This file cannot be imported as weekly counts: no column holds the counts "
                    "(how many reached each stage in the week). Set the column that holds them "
                    "to “{count}”, or choose “{events}” above."
                ).format(count=field_label("count"), events=self.shape_combo.itemText(1))
            )
            missing = tuple(field for field in missing if field != "count")
        if missing:
            names = ", ".join(field_label(field) for field in missing)
            texts.append(self.tr("Choose the column that holds: {fields}.").format(fields=names))
        self.missing_label.setText("\n".join(texts))
        self.missing_label.setVisible(bool(texts))
        self.completeChanged.emit()

    def missing(self) -> tuple[str, ...]:
        """The fields the file must have and no column is mapped to, for the shape shown (a
        file the importer cannot place is shown, and checked, as weekly counts)."""
        preview = self.wizard_().preview
        if preview is None:
            return ()
        return missing_fields(preview.mapping, self._shape())

    def isComplete(self) -> bool:
        wizard = self.wizard_()
        preview = wizard.preview
        ready = preview is not None and wizard.problem is None and not wizard.reading
        return ready and not self.missing()


# -- 3. dates and stages ---------------------------------------------------------------------


def date_example(date_format: str, samples: list[str]) -> str:
    """How the first sample reads in `date_format` (" — 03/04/2026 is 3 Apr 2026"), or ""."""
    if date_format not in STRPTIME:
        return ""
    for sample in samples:
        try:
            day = dt.datetime.strptime(sample.strip()[:10], date_format).date()
        except ValueError:
            continue
        shown = formatting.format_date(day)
        return ImportPages.tr(" — {sample} is {day}").format(sample=sample.strip(), day=shown)
    return ""


class CheckPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Dates and stages"))
        self.setSubTitle(self.tr("Say how to read what the file leaves open."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.dates_box = QGroupBox(self.tr("Dates"))
        self.dates_layout = QVBoxLayout(self.dates_box)
        self.date_buttons = QButtonGroup(self)
        self.date_buttons.buttonClicked.connect(self._date_chosen)
        self.stages_box = QGroupBox(self.tr("Stages"))
        self.stages_layout = QFormLayout(self.stages_box)
        self.stage_combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.dates_box)
        layout.addWidget(self.stages_box)
        layout.addStretch(1)

    def _clear(self, layout: Any) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def initializePage(self) -> None:
        wizard = self.wizard_()
        preview = wizard.preview
        self._clear(self.dates_layout)
        for button in self.date_buttons.buttons():
            self.date_buttons.removeButton(button)
        self._clear(self.stages_layout)
        self.stage_combos = {}
        if preview is None:
            return
        if preview.ambiguous_dates:
            self.dates_layout.addWidget(
                QLabel(self.tr("The dates fit more than one format. Which one is it?"))
            )
            samples = wizard.date_samples()
            for date_format in preview.ambiguous_dates:
                button = QRadioButton(
                    format_label(date_format) + date_example(date_format, samples)
                )
                button.setProperty("date_format", date_format)
                button.setChecked(wizard.options.date_format == date_format)
                self.date_buttons.addButton(button)
                self.dates_layout.addWidget(button)
        else:
            shown = format_label(preview.date_format) if preview.date_format else ""
            text = self.tr("Dates are read as {format}.").format(format=shown) if shown else ""
            self.dates_layout.addWidget(QLabel(text or self.tr("The dates are clear.")))
        if preview.unknown_stages:
            self.stages_layout.addRow(
                QLabel(
                    self.tr(
                        "These stage names of the file match no stage of the funnel. Add each "
                        "as a new stage, take it as a stage of the funnel, or skip its rows:"
                    )
                )
            )
            for name in preview.unknown_stages:
                combo = QComboBox()
                combo.addItem(self.tr("Add as a new stage"), NEW_STAGE)
                combo.addItem(self.tr("Skip its rows"), SKIP_STAGE)
                for stage in preview.stages:
                    combo.addItem(stage, stage)
                chosen = wizard.options.stage_map.get(name)
                if chosen in preview.stages:
                    combo.setCurrentIndex(combo.findData(chosen))
                elif chosen == "":
                    combo.setCurrentIndex(combo.findData(SKIP_STAGE))
                self.stage_combos[name] = combo
                self.stages_layout.addRow(name, combo)
        else:
            self.stages_layout.addRow(
                QLabel(self.tr("Every stage name matches a stage of the funnel."))
            )
        self.completeChanged.emit()

    def _date_chosen(self) -> None:
        self.completeChanged.emit()

    def date_format(self) -> str | None:
        button = self.date_buttons.checkedButton()
        return button.property("date_format") if button is not None else None

    def stage_choices(self) -> dict[str, str | None]:
        """File stage name → funnel stage, None for a stage to add, "" for rows to skip."""
        chosen = {NEW_STAGE: None, SKIP_STAGE: ""}
        return {
            name: chosen.get(combo.currentData(), combo.currentData())
            for name, combo in self.stage_combos.items()
        }

    def choose_stage(self, name: str, stage: str | None) -> None:
        """Choose what the file's stage `name` becomes, as its combo does (see stage_choices)."""
        combo = self.stage_combos[name]
        data = {None: NEW_STAGE, "": SKIP_STAGE}.get(stage, stage)
        combo.setCurrentIndex(combo.findData(data))

    def isComplete(self) -> bool:
        preview = self.wizard_().preview
        if preview is None:
            return False
        return not preview.ambiguous_dates or self.date_format() is not None
