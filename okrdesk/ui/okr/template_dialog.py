"""New objective from a template: pick an example OKR, see it, create it with its key results.

The objective and its three key results are written in one transaction and make one undo
step: a created-item command whose create writes all four, whose undo deletes the objective (which
takes its key results with it) and whose redo restores that snapshot with the same ids.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.domain.okr_templates import FLAVOURS, TEAMS, Template
from okrdesk.reports.text import Context, shown
from okrdesk.store.okr import commands as okr_commands
from okrdesk.ui import store_commands
from okrdesk.ui.common.formatting import format_kr_measure
from okrdesk.ui.common.person_picker import chosen_id, people_combo
from okrdesk.ui.controller import WorkspaceController

CONTEXT = "OkrTemplates"
TEAM_NAMES = {
    "Product": QT_TRANSLATE_NOOP("OkrTemplates", "Product"),
    "Engineering": QT_TRANSLATE_NOOP("OkrTemplates", "Engineering"),
    "Marketing": QT_TRANSLATE_NOOP("OkrTemplates", "Marketing"),
    "Sales": QT_TRANSLATE_NOOP("OkrTemplates", "Sales"),
    "Customer success": QT_TRANSLATE_NOOP("OkrTemplates", "Customer success"),
}
FLAVOUR_NAMES = {
    "SaaS": QT_TRANSLATE_NOOP("OkrTemplates", "SaaS"),
    "Small business": QT_TRANSLATE_NOOP("OkrTemplates", "Small business"),
}
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
TITLE, FLAVOUR = 0, 1


class OkrTemplates(Context):
    """Sentences of this module, in the `OkrTemplates` translation context."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class TemplateChoice:
    """What the dialog returns: the objective and key results to create, owners filled in."""

    template_id: str
    objective: ObjectiveValues
    key_results: tuple[KeyResultValues, ...]


class TemplateModel(QAbstractItemModel):
    """Templates grouped by team.

    Top-level rows are the teams of okr_templates.TEAMS that have templates, in that order;
    their children are the templates, in the order given. Columns: TITLE (the team's name on
    a group row, the objective's title on a template row) and FLAVOUR (SaaS or small
    business). TEMPLATE_ROLE gives a template row's Template and None on group rows, which
    cannot be selected. A template row's internal id is its group's row + 1; a group's is 0.
    """

    def __init__(self, templates: Sequence[Template], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Template]]] = [
            (team, [t for t in templates if t.team == team]) for team in TEAMS
        ]
        self._groups = [(team, members) for team, members in self._groups if members]

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 2

    def template(self, index: QModelIndex) -> Template | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.template(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        template = self.template(index)
        if template is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE:
                return _tr(TEAM_NAMES[self._groups[index.row()][0]])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == TEMPLATE_ROLE:
            return template
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                shown(template.title)
                if index.column() == TITLE
                else _tr(FLAVOUR_NAMES[template.flavour])
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return shown(template.why)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return OkrTemplates.tr("Objective") if section == TITLE else OkrTemplates.tr("Business")
        return None


class TemplateFilterModel(QSortFilterProxyModel):
    """Shows the templates of one team and one kind of business ("" for all of either);
    a team's group row shows while any of its templates does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._team = ""
        self._flavour = ""
        self.setRecursiveFilteringEnabled(True)

    def set_filter(self, team: str, flavour: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._team, self._flavour = team, flavour
            self.endFilterChange()
        else:
            self._team, self._flavour = team, flavour
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        template = model.template(model.index(source_row, 0, source_parent))
        if template is None:
            return False  # a group row: shown when one of its templates is (recursive filter)
        return (not self._team or template.team == self._team) and (
            not self._flavour or template.flavour == self._flavour
        )


class TemplateDialog(QDialog):
    """Choose a template, its team and owner; OK returns them through values()."""

    def __init__(
        self,
        parent: QWidget | None,
        templates: Sequence[Template],
        people: Sequence[tuple[int, str]],
        teams: Sequence[tuple[int, str]],
        currency: str,
        cycle_name: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New objective from template"))
        self.setMinimumSize(980, 580)
        self._currency = currency
        self._teams = list(teams)
        self._team_chosen = False  # once the user picks a team, a new template keeps it

        self.team_filter = QComboBox()
        self.team_filter.addItem(self.tr("All teams"), "")
        for team in TEAMS:
            self.team_filter.addItem(_tr(TEAM_NAMES[team]), team)
        self.flavour_filter = QComboBox()
        self.flavour_filter.addItem(self.tr("Any business"), "")
        for flavour in FLAVOURS:
            self.flavour_filter.addItem(_tr(FLAVOUR_NAMES[flavour]), flavour)

        self.model = TemplateModel(templates, self)
        self.proxy = TemplateFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("templateTree")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumWidth(560)
        self.tree.setStyleSheet("QTreeView::item { min-height: 24px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FLAVOUR, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()

        self.preview = self._build_preview()

        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("No team"), None)
        for team_id, name in self._teams:
            self.team_combo.addItem(name, team_id)
        self.owner_combo = people_combo(people, None)
        self.owner_combo.lineEdit().setPlaceholderText(self.tr("Nobody yet: type a name"))
        for combo in (self.team_combo, self.owner_combo):
            combo.setMinimumWidth(280)
        self.cycle_label = QLabel(cycle_name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Cycle:"), self.cycle_label)
        form.addRow(self.tr("T&eam:"), self.team_combo)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        self.owner_combo.setToolTip(self.tr("Owns the objective and its three key results"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create objective"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.team_filter)
        filters.addWidget(show)
        filters.addWidget(self.team_filter)
        filters.addWidget(self.flavour_filter)
        filters.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.tree, 1)
        middle.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(filters)
        layout.addLayout(middle, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for combo in (self.team_filter, self.flavour_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.team_combo.activated.connect(self._note_team_chosen)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.tree.doubleClicked.connect(self._accept_template)
        self._select_first()
        # The choice is the tree; the first template is chosen, so Enter creates it.
        self.tree.setFocus()
        self.ok_button.setDefault(True)  # inside the dialog now, so that it stays the default

    def _build_preview(self) -> QFrame:
        """The chosen template: objective, why, and each key result with its start and target."""
        preview = QFrame()
        preview.setObjectName("panel")
        preview.setFixedWidth(340)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("panelTitle")
        self.preview_meta = QLabel()
        self.preview_meta.setObjectName("sectionSubtitle")
        self.preview_why = QLabel()
        self.kr_titles = [QLabel() for _ in range(3)]
        self.kr_values = [QLabel() for _ in range(3)]
        self.preview_body = QWidget()  # hidden while no template is chosen
        outer = QVBoxLayout(preview)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(4)
        outer.addWidget(self.preview_title)
        outer.addWidget(self.preview_body)
        outer.addStretch(1)
        body = QVBoxLayout(self.preview_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        body.addWidget(self.preview_meta)
        body.addSpacing(4)
        body.addWidget(self.preview_why)
        body.addSpacing(10)
        caption = QLabel(self.tr("Key results"))
        caption.setObjectName("panelTitle")
        body.addWidget(caption)
        for title, values in zip(self.kr_titles, self.kr_values, strict=True):
            values.setObjectName("sectionSubtitle")
            body.addSpacing(6)
            body.addWidget(title)
            body.addWidget(values)
        for label in (
            self.preview_title,
            self.preview_meta,
            self.preview_why,
            *self.kr_titles,
            *self.kr_values,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return preview

    # -- choosing ----------------------------------------------------------------------------

    def current_template(self) -> Template | None:
        return self.tree.currentIndex().data(TEMPLATE_ROLE)

    def select_template(self, template_id: str) -> bool:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(TEMPLATE_ROLE).id == template_id:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _select_first(self) -> None:
        first = self.proxy.index(0, 0, self.proxy.index(0, 0))
        self.tree.setCurrentIndex(first)  # an invalid index when nothing is shown
        self._show_current()

    def _apply_filter(self) -> None:
        kept = self.current_template()
        self.proxy.set_filter(self.team_filter.currentData(), self.flavour_filter.currentData())
        self.tree.expandAll()
        if kept is None or not self.select_template(kept.id):
            self._select_first()

    def _accept_template(self, index: QModelIndex) -> None:
        if index.data(TEMPLATE_ROLE) is not None:
            self.accept()

    def _note_team_chosen(self) -> None:
        self._team_chosen = True

    def _show_current(self) -> None:
        template = self.current_template()
        self.ok_button.setEnabled(template is not None)
        self.preview_body.setVisible(template is not None)
        if template is None:
            self.preview_title.setText(self.tr("Choose a template to see its key results."))
            return
        self.preview_title.setText(shown(template.title))
        self.preview_meta.setText(
            self.tr("{team} · {flavour}").format(
                team=_tr(TEAM_NAMES[template.team]), flavour=_tr(FLAVOUR_NAMES[template.flavour])
            )
        )
        self.preview_why.setText(shown(template.why))
        for kr, title, values in zip(
            template.key_results_for(None, shown), self.kr_titles, self.kr_values, strict=True
        ):
            title.setText(kr.title)
            values.setText(self.describe_values(kr))
        if not self._team_chosen:
            self.team_combo.setCurrentIndex(self._matching_team(template.team))

    def _matching_team(self, team: str) -> int:
        """The team combo's row of the workspace team named like `team` in English or in the
        user's language (any case), else 0."""
        names = {team.casefold(), _tr(TEAM_NAMES[team]).casefold()}
        for row in range(1, self.team_combo.count()):
            if self.team_combo.itemText(row).strip().casefold() in names:
                return row
        return 0

    def describe_values(self, kr: KeyResultValues) -> str:
        """Where a key result starts and where it must get to, in the workspace's formats."""

        def value(number: float) -> str:
            return format_kr_measure(
                number, kr.kind, kr.unit, self._currency, kr.unit_label, kr.decimals
            )

        start, target = value(kr.start_value), value(kr.target_value)
        if kr.kind == "increase":
            return self.tr("Increase from {start} to {target}").format(start=start, target=target)
        if kr.kind == "decrease":
            return self.tr("Decrease from {start} to {target}").format(start=start, target=target)
        if kr.kind == "stay_above":
            return self.tr("Stay at or above {target} (now {start})").format(
                start=start, target=target
            )
        if kr.kind == "stay_below":
            return self.tr("Stay at or below {target} (now {start})").format(
                start=start, target=target
            )
        return self.tr("Done or not done")

    def values(self) -> TemplateChoice | None:
        template = self.current_template()
        if template is None:
            return None
        owner_id = chosen_id(self.owner_combo)
        return TemplateChoice(
            template_id=template.id,
            # Saved in the user's language of this moment; from then on it is the user's text.
            objective=template.objective(owner_id, self.team_combo.currentData(), shown=shown),
            key_results=template.key_results_for(owner_id, shown),
        )


# -- creating ------------------------------------------------------------------------------


def create_from_template(session: Session, cycle_id: int, choice: TemplateChoice) -> int:
    """Write the objective and its key results in the caller's transaction; the objective's id."""
    objective_id = okr_commands.create_objective(session, cycle_id, choice.objective)
    for values in choice.key_results:
        okr_commands.create_key_result(session, objective_id, values)
    return objective_id


def template_command(
    controller: WorkspaceController, cycle_id: int, choice: TemplateChoice
) -> store_commands.StoreCommand:
    """One undo step for the objective and its key results."""
    text = OkrTemplates.tr("New objective {title} from a template")
    return store_commands.create(
        controller,
        text.format(title=choice.objective.title),
        functools.partial(create_from_template, cycle_id=cycle_id, choice=choice),
        okr_commands.delete_objective,
        okr_commands.restore_objective,
        tables=store_commands.OKR,
    )
