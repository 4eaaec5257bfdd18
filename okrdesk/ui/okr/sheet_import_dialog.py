"""File → Import OKRs…: a spreadsheet of key results (one per row) into a cycle.

Choose the file and the cycle; the preview then lists what the import will create, match and
update, with each key result's values, or the file's problem (file, row, column) and Import
stays off. Import writes it all or nothing as one undo step. "Download template" saves the
template whose headers are in the language the app shows.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okrdesk.paths import resource
from okrdesk.reports.text import shown
from okrdesk.store.errors import ImportProblem, said
from okrdesk.store.okr.queries import CycleInfo, current_cycle_info, list_cycles
from okrdesk.store.okr_sheet.importing import ImportSummary, RowOutcome
from okrdesk.store.okr_sheet.parsing import ParsedSheet, parse_sheet
from okrdesk.store.okr_sheet.reading import read_raw
from okrdesk.store.review.summary import display_settings
from okrdesk.store.words import os_reason
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_kr_measure
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.me import current_me
from okrdesk.ui.okr.editors import KINDS, UNITS
from okrdesk.ui.okr.sheet_import_command import dry_run, sheet_import_command

TEMPLATE_LANGUAGES = ("en", "pl", "hu", "ru")
TEMPLATE_NAME = "okrs-template.xlsx"


def template_path(locale: QLocale | None = None) -> Path:
    """The shipped template in the UI's language (QLocale().name()), English otherwise."""
    language = (locale or QLocale()).name().split("_")[0]
    return resource(
        "templates", f"okrs-{language if language in TEMPLATE_LANGUAGES else 'en'}.xlsx"
    )


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def _editor_word(text: str) -> str:
    return QCoreApplication.translate("OkrEditors", text)


class OkrImportDialog(QDialog):
    """Choose a file and a cycle, see what will happen, import it as one undo step."""

    def __init__(self, parent: QWidget | None, controller: WorkspaceController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import OKRs"))
        self.sheet: ParsedSheet | None = None
        self.summary: ImportSummary | None = None
        self.imported_cycle: CycleInfo | None = None
        workspace = controller.workspace
        assert workspace is not None
        with workspace.engine.connect() as connection:
            self.cycles = [c for c in list_cycles(connection) if not c.closed]
            current = current_cycle_info(connection, clock.today())
            self.currency = display_settings(connection).currency

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .xlsx or .csv file, one key result a row"))
        self.path_edit.editingFinished.connect(self.refresh)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.cycle_combo = QComboBox()
        for cycle in self.cycles:
            self.cycle_combo.addItem(cycle.name, cycle.id)
        if current is not None and self.cycle_combo.findData(current.id) >= 0:
            self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(current.id))
        self.cycle_combo.currentIndexChanged.connect(self.refresh)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("C&ycle:"), self.cycle_combo)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("errorLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Objective"),
                self.tr("Key result"),
                self.tr("Kind"),
                self.tr("Unit"),
                self.tr("Start"),
                self.tr("Target"),
                self.tr("Current"),
            ]
        )
        # The titles share what the numbers leave (elided, whole in the tooltip); no scrolling.
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in (1, 2)
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.template_button = self.buttons.addButton(
            self.tr("&Download template…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.template_button.setAutoDefault(False)
        self.template_button.clicked.connect(self.download_template)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setVisible(False)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        fit_to_screen(self, 1100, 600)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    # -- choosing ------------------------------------------------------------------------------

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(documents_folder())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import OKRs"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.refresh()

    def chosen_cycle(self) -> CycleInfo | None:
        cycle_id = self.cycle_combo.currentData()
        return next((c for c in self.cycles if c.id == cycle_id), None)

    # -- the preview ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the file and run the import without keeping it: the preview, or the problem."""
        self.sheet, self.summary = None, None
        self.table.clear()
        self.summary_label.clear()
        self.problem_label.clear()
        text = self.path_edit.text().strip()
        cycle = self.chosen_cycle()
        workspace = self.controller.workspace
        if cycle is None:
            self._refuse(self.tr("The workspace has no open cycle to import into."))
        elif not text:
            self.summary_label.setText(
                self.tr("Choose a spreadsheet: one key result a row, headers in English, "
                        "Polish, Hungarian or Russian (see Download template).")
            )  # fmt: skip
        elif workspace is not None:
            try:
                sheet = parse_sheet(read_raw(Path(text)))
                summary = dry_run(
                    workspace, cycle, sheet, clock.today(), current_me(self.controller)
                )
            except ImportProblem as error:
                self._refuse(
                    self.tr("{problem}\nThis file cannot be imported; nothing was changed.").format(
                        problem=shown(said(error))
                    )
                )
            else:
                self.sheet, self.summary = sheet, summary
                self._show(summary)
        self.problem_label.setVisible(bool(self.problem_label.text()))
        self.import_button.setEnabled(self.summary is not None)

    def _refuse(self, text: str) -> None:
        self.problem_label.setText(text)

    def _show(self, summary: ImportSummary) -> None:
        lines = [
            self.tr("%n objective(s) will be created", "", summary.objectives_created),
            self.tr("%n objective(s) will be matched", "", summary.objectives_matched),
            self.tr("%n key result(s) will be created", "", summary.key_results_created),
            self.tr("%n key result(s) will be updated", "", summary.key_results_updated),
            self.tr("%n check-in(s) will be recorded", "", summary.checkins),
        ]
        lines += self._named(summary)
        self.summary_label.setText("\n".join(lines))
        for outcome in summary.rows:
            self.table.addTopLevelItem(self._row(outcome))

    def _named(self, summary: ImportSummary) -> list[str]:
        found = []
        for names, sentence in (
            (summary.people_created, "people_created"),
            (summary.people_matched, "people_matched"),
            (summary.teams_created, "teams_created"),
            (summary.teams_matched, "teams_matched"),
        ):
            if not names:
                continue
            n, listed = len(names), ", ".join(names)
            if sentence == "people_created":
                text = self.tr("%n person(s) will be created: {names}", "", n)
            elif sentence == "people_matched":
                text = self.tr("%n person(s) will be matched: {names}", "", n)
            elif sentence == "teams_created":
                text = self.tr("%n team(s) will be created: {names}", "", n)
            else:
                text = self.tr("%n team(s) will be matched: {names}", "", n)
            found.append(text.format(names=listed))
        return found

    def _row(self, outcome: RowOutcome) -> QTreeWidgetItem:
        item, values = outcome.item, outcome.item.values

        def shown(value: float | None) -> str:
            if value is None:
                return ""
            return format_kr_measure(
                value, values.kind, values.unit, self.currency, values.unit_label, values.decimals
            )

        objective = (
            self.tr("{title} (new)") if outcome.objective_created else self.tr("{title} (matched)")
        ).format(title=item.objective)
        key_result = (
            self.tr("{title} (new)") if outcome.key_result_created else self.tr("{title} (updated)")
        ).format(title=values.title)
        unit = _editor_word(UNITS.get(values.unit, values.unit))
        if values.unit_label:
            unit = f"{unit} ({values.unit_label})"
        cells = [
            QLocale().toString(item.row),
            objective,
            key_result,
            _editor_word(KINDS.get(values.kind, values.kind)),
            unit,
            shown(values.start_value),
            shown(values.target_value),
            shown(item.current),
        ]
        row = QTreeWidgetItem(cells)
        row.setToolTip(1, objective)
        row.setToolTip(2, key_result)
        for column in (0, 5, 6, 7):
            row.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return row

    # -- importing -----------------------------------------------------------------------------

    def run_import(self) -> None:
        """Import as one undo step; a refusal keeps the dialog open and says why."""
        self.refresh()  # the file may have changed since it was previewed
        cycle = self.chosen_cycle()
        if self.sheet is None or self.summary is None or cycle is None:
            return
        command = sheet_import_command(
            self.controller, cycle, self.sheet, clock.today(), current_me(self.controller)
        )
        self.controller.undo_stack.push(command)
        if command.error is not None:
            self.refresh()
            return
        self.imported_cycle = cycle
        self.accept()

    # -- the template --------------------------------------------------------------------------

    def download_template(self) -> Path | None:
        """Save the template in the UI's language where the user chooses; the path saved."""
        target = self.choose_template_target()
        if target is None:
            return None
        try:
            shutil.copyfile(template_path(), target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Download template"),
                self.tr("The template could not be saved to {path}: {reason}").format(
                    path=target, reason=shown(os_reason(error))
                ),
            )
            return None
        self.saved_label.setText(self.tr("Template saved to {path}").format(path=target))
        self.saved_label.setVisible(True)
        return target

    def choose_template_target(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Download template"),
            str(documents_folder() / TEMPLATE_NAME),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
