"""The main window: assembles the navigation, the sections and the menus; holds no logic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okrdesk import __version__
from okrdesk.store.okr.cycles import cycle_names
from okrdesk.store.review.summary import workspace_counts
from okrdesk.store.schema import Cycle, WorkspaceSettings
from okrdesk.ui import settings
from okrdesk.ui.common import clock
from okrdesk.ui.common.keys import redo_keys
from okrdesk.ui.common.preload import import_soon
from okrdesk.ui.common.screen_fit import fit_to_screen, keep_on_screen
from okrdesk.ui.common.section import Section
from okrdesk.ui.common.tasks import SAY_WAITING_AFTER_MS, cancel_running_tasks, in_a_later_turn
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.cycle_dialog import CycleDialog
from okrdesk.ui.live import LiveUpdates, stop_all
from okrdesk.ui.section_stack import SectionStack, modules_of
from okrdesk.ui.undo import add_cycle_command
from okrdesk.ui.welcome import WelcomePage
from okrdesk.ui.workspace_files import WorkspaceFiles

# Files a drop on the window imports (see okrdesk.store.funnel.importing).
IMPORT_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
DEFAULT_SIZE = (1280, 800)  # or less, on a smaller screen


class MainWindow(QMainWindow):
    def __init__(self, controller: WorkspaceController | None = None) -> None:
        super().__init__()
        self.controller = controller or WorkspaceController(self)
        self.setMinimumSize(QSize(760, 520))
        self.files = WorkspaceFiles(self, self.controller)
        self.people_dialog = None  # built on first use, like the sections
        self.dashboards: dict[str, QWidget] = {}  # View → … dashboard windows, built on first use
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.sections = SectionStack(self.stack, self.controller)
        self._focus_when_loaded = False  # the section loading was asked for with the keys
        self._built_to_show: str | None = None  # built in one turn, shown in the next
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self._section_names = {
            "dashboard": self.tr("Dashboard"),
            "okrs": self.tr("OKRs"),
            "experiments": self.tr("Experiments"),
            "funnel": self.tr("Funnel"),
            "review": self.tr("Review"),
        }
        self.navigation.addItems([self._section_names[key] for key in self.sections])
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.read_only_banner)
        self.live = LiveUpdates(self, self.controller)  # others' changes, a lost server
        outer.addWidget(self.live.banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        # Selection, not the current row: focus alone makes a row current without the user asking.
        self.navigation.itemSelectionChanged.connect(self._navigation_selected)
        # A click or Enter goes into the section; the arrow keys stay in the list.
        self.navigation.itemClicked.connect(self._focus_section)
        self.navigation.itemActivated.connect(self._focus_section)
        self.welcome.open_demo_requested.connect(self.files.open_demo)
        self.welcome.new_cycle_requested.connect(self.new_cycle)
        self.welcome.open_file_requested.connect(self.files.choose_and_open)
        self.welcome.connect_requested.connect(lambda: self.files.show_connect_dialog())
        self.welcome.recent_requested.connect(self.files.open_in_background)
        self.files.opening_started.connect(self._build_ahead)
        self.controller.opened.connect(self._workspace_opened)
        self.controller.changed.connect(self._workspace_changed)
        self.controller.undo_stack.edit_refused.connect(self._edit_refused)
        self.controller.undo_stack.window = self  # where a store refusal is said
        self._build_menus()
        self.setAcceptDrops(True)  # a CSV or XLSX file dropped on the window is imported
        self._workspace_opened()

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New workspace…"), self.files.choose_and_create))
        file_menu.addAction(
            self._action(self.tr("&Open…"), self.files.choose_and_open, QKeySequence.Open)
        )
        self.connect_action = self._action(
            self.tr("Connect to &team workspace…"), lambda: self.files.show_connect_dialog()
        )
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self._action(self.tr("Open &demo"), self.files.open_demo))
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import…"), lambda: self.import_file(), QKeySequence("Ctrl+I")
        )
        file_menu.addAction(self.import_action)
        self.import_history_action = self._action(
            self.tr("Import &history…"), lambda: self.show_import_history()
        )
        file_menu.addAction(self.import_history_action)
        self.import_okrs_action = self._action(self.tr("Import O&KRs…"), lambda: self.import_okrs())
        file_menu.addAction(self.import_okrs_action)
        self.export_review_action = self._action(
            self.tr("&Export review…"), lambda: self.export_review(), QKeySequence("Ctrl+E")
        )
        file_menu.addAction(self.export_review_action)
        self.new_cycle_action = self._action(self.tr("Start a new &cycle…"), self.new_cycle)
        file_menu.addAction(self.new_cycle_action)
        self.people_action = self._action(self.tr("&People and teams…"), self.manage_people)
        self.settings_action = self._action(
            self.tr("Workspace &settings…"), self.edit_workspace_settings
        )
        file_menu.addAction(self.people_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            action = self._action(
                self.navigation.item(row).text(),
                lambda _checked=False, row=row: self.show_section(row),
                QKeySequence(f"Ctrl+{row + 1}"),
            )
            go_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.management_action = self._action(
            self.tr("&Management dashboard"), lambda: self.show_dashboard("management")
        )
        self.team_action = self._action(
            self.tr("&Team dashboard"), lambda: self.show_dashboard("team")
        )
        self.present_action = self._action(
            self.tr("&Present"), lambda: self.present(), QKeySequence("F11")
        )
        view_menu.addAction(self.management_action)
        view_menu.addAction(self.team_action)
        view_menu.addSeparator()
        view_menu.addAction(self.present_action)
        self.present_chart_menu = view_menu.addMenu(self.tr("Present a &chart"))
        self.present_chart_menu.aboutToShow.connect(self._fill_present_chart_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About okrdesk"), self.show_about))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_WORKSPACES.get()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(
                lambda _checked=False, p=path: self.files.open_in_background(p)
            )
        if not recent:
            self.recent_menu.addAction(self.tr("No recent workspaces")).setEnabled(False)

    # -- sections ----------------------------------------------------------------------------

    def show_section(self, row: int) -> None:
        """Show a section (Go menu, Ctrl+1…5) with the keyboard focus in it, so that its own
        shortcuts (Ctrl+N…) work at once."""
        self.navigation.setCurrentRow(row)
        self._show_row(row)
        self._focus_section()

    def _focus_section(self) -> None:
        section = self.stack.currentWidget()
        if not isinstance(section, Section):  # still loading, maybe: the keys go in on arrival
            self._focus_when_loaded = True
            return
        target = section.focus_target()
        if target is None:
            return
        # A view that gets the focus makes its first row current; the user has chosen none.
        unchosen = isinstance(target, QAbstractItemView) and not target.currentIndex().isValid()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if unchosen:
            target.selectionModel().clearCurrentIndex()

    def is_loading(self) -> bool:
        """True while a workspace opens, or a built section still reads what it shows, in the
        background."""
        built = (self.sections.built(key) for key in self.sections)
        shown = any(section is not None and section.is_loading for section in built)
        loading = self.sections.is_loading() or self._built_to_show is not None
        return shown or self.files.is_opening() or loading

    def _show_row(self, row: int) -> None:
        """Show the section of `row`; one whose modules are not in yet, in a shown window,
        says so until a worker has imported them."""
        key = list(self.sections)[row]
        self._focus_when_loaded = False  # until a click, Enter or Ctrl+1…5 asks for it
        if self.sections.is_ready(key) or not self.isVisible():
            self.stack.setCurrentWidget(self.sections[key])
            return
        self._load(key, lambda: self._loaded(row))
        self.stack.setCurrentWidget(self.sections.placeholder(key))

    def _load(self, key: str, then: Callable[[], None]) -> None:
        placeholder = self.sections.placeholder(key)
        saying = self.tr("Loading {section}…").format(section=self._section_names[key])
        placeholder.setText("")  # said once the wait is long enough to notice

        def say() -> None:
            if self.sections.is_loading(key):  # not over, nor failed and said so
                placeholder.setText(saying)

        QTimer.singleShot(SAY_WAITING_AFTER_MS, placeholder, say)
        self.sections.load(key, then)

    def _is_asked_for(self, row: int) -> bool:
        asked = self.navigation.selectedIndexes()
        return self.controller.workspace is not None and bool(asked) and asked[0].row() == row

    def _loaded(self, row: int) -> None:
        """The modules of the section of `row` are in: if it is still the one asked for, it is
        built in this turn of the event loop and shown in the next (building it, then showing
        it with its first read, froze the window 150 ms in one stretch; about 50 and 100 ms
        in two)."""
        if not self._is_asked_for(row):
            return
        key = list(self.sections)[row]
        if not self.sections.can_build(key):  # its failure is said already
            failed = self.tr("{section} could not be loaded.")
            self.sections.placeholder(key).setText(failed.format(section=self._section_names[key]))
            return
        self.sections.build_behind(key)
        self._built_to_show = key
        in_a_later_turn(self, lambda: self._show_built(row))

    def _show_built(self, row: int) -> None:
        """The section of `row`, built in the turn before, shows if it is still the one asked
        for, with the keys if they were asked for and went nowhere else meanwhile."""
        key = list(self.sections)[row]
        if self._built_to_show == key:  # not another one built since, still to show
            self._built_to_show = None
        if not self._is_asked_for(row):
            return
        self.stack.setCurrentWidget(self.sections[key])
        keys_at = self.focusWidget()
        unclaimed = keys_at is None or keys_at is self.navigation or not keys_at.isVisible()
        if self._focus_when_loaded and unclaimed:
            self._focus_section()

    def _navigation_selected(self) -> None:
        selected = self.navigation.selectedIndexes()
        if selected:
            self._show_row(selected[0].row())

    def show_welcome(self) -> None:
        self.welcome.set_recent(settings.RECENT_WORKSPACES.get())
        # Once the event loop runs: a window opening a workspace at start-up needs none of it.
        QTimer.singleShot(0, self, self._prepare_to_open)
        self.navigation.clearSelection()
        self.navigation.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.welcome)

    def edit_actions(self) -> tuple[QAction, ...]:
        """The menu actions that change the workspace: off while it is read-only."""
        return (
            self.new_cycle_action,
            self.people_action,
            self.settings_action,
            self.import_action,
            self.import_history_action,
            self.import_okrs_action,
        )

    def _prepare_to_open(self) -> None:
        """While the window waits for a workspace: what opening one on the section last shown
        needs, imported in the background, so that the first opening does not freeze it."""
        if self.stack.currentWidget() is not self.welcome:
            return
        import_soon(self, "okrdesk.store.warm")
        for module in modules_of(self._last_section_key()):
            import_soon(self, module)

    def _build_ahead(self) -> None:
        """The section an opening workspace will show, built while the file is checked in the
        worker (SQLite's check leaves the GUI thread free): the window then freezes for less
        when the workspace arrives. Modules not in yet are imported in a worker of their own
        first (the GUI thread imports nothing meanwhile)."""
        key = self._last_section_key()
        if self.sections.is_ready(key):
            self.sections[key]  # built on first access
        else:
            self._load(key, lambda: self.sections[key] if self.sections.can_build(key) else None)

    def _last_section_key(self) -> str:
        keys = list(self.sections)
        return keys[settings.LAST_SECTION.get() % len(keys)]

    def _workspace_opened(self) -> None:
        workspace = self.controller.workspace
        editable = workspace is not None and not workspace.read_only
        self.navigation.setEnabled(workspace is not None)
        for action in (
            self.export_review_action,
            self.management_action,
            self.team_action,
            self.present_action,
        ):
            action.setEnabled(workspace is not None)
        for action in self.edit_actions():
            action.setEnabled(editable)
        self.welcome.set_can_start_cycle(editable)
        self.read_only_banner.setText(self._read_only_reason())
        self.read_only_banner.setVisible(workspace is not None and workspace.read_only)
        if workspace is None:
            self.setWindowTitle("okrdesk")
            self.setWindowFilePath("")
            self.show_welcome()
            return
        self._show_name()
        self.setWindowFilePath(str(workspace.path))
        self.statusBar().showMessage(str(workspace.path))
        with workspace.engine.connect() as connection:
            empty = workspace_counts(connection).is_empty
        if empty:
            self.show_welcome()
        else:
            self.show_section(settings.LAST_SECTION.get() % len(self.sections))

    def _workspace_changed(self, tables: frozenset[str]) -> None:
        if Cycle.__tablename__ in tables and self.stack.currentWidget() is self.welcome:
            self.show_section(0)
        if WorkspaceSettings.__tablename__ in tables:
            self._show_name()

    def _show_name(self) -> None:
        workspace = self.controller.workspace
        if workspace is None:
            return
        if workspace.read_only:
            title = self.tr("{name} (read-only) — okrdesk")
        else:
            title = self.tr("{name} — okrdesk")
        self.setWindowTitle(title.format(name=workspace.name))

    def _read_only_reason(self) -> str:
        workspace = self.controller.workspace
        if workspace is not None and workspace.viewer:
            return self.tr(
                "You can read this team workspace; your role does not allow changes. Ask its "
                "owner for the member role to check in and edit."
            )
        return self.tr(
            "Read-only: this workspace file or its folder cannot be written, so you can "
            "look at it and export from it, but not change it."
        )

    def _edit_refused(self) -> None:
        workspace = self.controller.workspace
        if workspace is not None and workspace.viewer:
            message = self.tr("Your role on this team workspace does not allow changes.")
        else:
            message = self.tr("This workspace is read-only: the change was not made.")
        self.statusBar().showMessage(message, 8000)

    # -- workspace ---------------------------------------------------------------------------

    def new_cycle(self) -> None:
        workspace = self.controller.workspace
        if workspace is None or workspace.read_only:
            return
        with workspace.engine.connect() as connection:
            taken = cycle_names(connection)
        dialog = CycleDialog(self, clock.today(), taken)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.controller.undo_stack.push(
                add_cycle_command(self.controller, *dialog.values())
            )
        )
        dialog.open()

    def manage_people(self) -> QWidget | None:
        """Show the people and teams beside the window, so that Edit → Undo stays at hand."""
        from okrdesk.ui.people.dialog import PeopleDialog

        if self.controller.workspace is None or self.controller.read_only:
            return None
        if self.people_dialog is None:
            self.people_dialog = PeopleDialog(self, self.controller)
        if self.people_dialog.isVisible():  # behind the main window, maybe
            self.people_dialog.raise_()
            self.people_dialog.activateWindow()
        else:
            self.people_dialog.reload()
            self.people_dialog.show()
        return self.people_dialog

    def edit_workspace_settings(self) -> QWidget | None:
        from okrdesk.store.workspace.settings import read_settings, settings_version
        from okrdesk.ui.settings_dialog import SettingsDialog, save_settings_command

        workspace = self.controller.workspace
        if workspace is None or workspace.read_only:
            return None
        from okrdesk.store.people import list_people
        from okrdesk.ui.me import current_me, set_me

        with workspace.engine.connect() as connection:
            values = read_settings(connection)
            version = settings_version(connection)
            people = list_people(connection)
        language = settings.UI_LANGUAGE.get()
        dialog = SettingsDialog(self, values, people, current_me(self.controller), language)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            if dialog.me_changed():  # this computer's choice, not an undoable change
                set_me(workspace.path, dialog.me())
            if dialog.language_changed():  # this computer's too; it applies at the next start
                settings.UI_LANGUAGE.set(dialog.language())
            if dialog.changed():  # no empty step on the undo stack
                command = save_settings_command(
                    self.controller, dialog.values(), version, self, values
                )
                self.controller.undo_stack.push(command, self)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def import_file(self, path: Path | None = None) -> QWidget | None:
        """The import wizard, on a dropped file or asking for one; the funnel shown is chosen."""
        from okrdesk.ui.funnel.import_wizard import ImportWizard

        if self.controller.workspace is None or self.controller.read_only:
            return None
        funnel_section = self.sections.built("funnel")
        funnel = funnel_section.filters.funnel_combo.currentText() if funnel_section else None
        wizard = ImportWizard(self, self.controller, path, funnel or None)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._show_imported_funnel)
        wizard.open()
        return wizard

    def import_okrs(self) -> QWidget | None:
        """File → Import OKRs…: a spreadsheet of key results into a cycle, then the OKRs."""
        from okrdesk.ui.okr.sheet_import_dialog import OkrImportDialog

        if self.controller.workspace is None or self.controller.read_only:
            return None
        dialog = OkrImportDialog(self, self.controller)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_imported_okrs(dialog.imported_cycle))
        dialog.open()
        return dialog

    def _show_imported_okrs(self, cycle: object) -> None:
        self.show_section(list(self.sections).index("okrs"))
        combo = self.sections["okrs"].cycle_combo
        index = combo.findData(getattr(cycle, "id", None))
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_imported_funnel(self, funnel_id: int) -> None:
        self.show_section(list(self.sections).index("funnel"))
        self.sections["funnel"].show_funnel(funnel_id)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in IMPORT_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        editable = self.controller.workspace is not None and not self.controller.read_only
        if editable and self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if self.controller.workspace is None or self.controller.read_only or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_file(path)

    def show_import_history(self) -> QWidget | None:
        """Every import of the workspace; one can be undone from there."""
        from okrdesk.ui.funnel.import_history import open_import_history

        if self.controller.workspace is None or self.controller.read_only:
            return None
        return open_import_history(self, self.controller)

    # -- dashboards and presentation ---------------------------------------------------------

    def show_dashboard(self, kind: str) -> QWidget | None:
        """The management or team dashboard in a window of its own."""
        from okrdesk.ui.dashboards.window import open_dashboard

        if self.controller.workspace is None:
            return None
        return open_dashboard(self, self.controller, kind, self.dashboards)

    def present(self, page: str | None = None) -> QObject | None:
        """Full screen, one block a page: the review, the dashboards and the charts; what
        they show is read in the background (the returned task), then the window opens."""
        from okrdesk.ui.present.window import open_presentation

        if self.controller.workspace is None:
            return None
        return open_presentation(self, self.controller, page)

    def _fill_present_chart_menu(self) -> None:
        from okrdesk.ui.present.pages import chart_page_names

        self.present_chart_menu.clear()
        for key, name in chart_page_names():
            action = self.present_chart_menu.addAction(name)
            action.setEnabled(self.controller.workspace is not None)
            action.triggered.connect(lambda _checked=False, key=key: self.present(key))

    def export_review(self) -> QObject | None:
        """Write the review shown in the Review section (default: last week) to a file."""
        if self.controller.workspace is None:
            return None
        return self.sections["review"].export_review()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About okrdesk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<h3>okrdesk {version}</h3><p>Objectives and key results, weekly growth "
                "experiments and the sales funnel of one team, offline.</p>"
                "<p>Every workspace is one file on this computer.</p>"
            ).format(version=__version__)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- window state ------------------------------------------------------------------------

    def restore_window_state(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self, *DEFAULT_SIZE)
        elif not self.isMaximized() and not self.isFullScreen():
            keep_on_screen(self)  # saved on a larger screen, maybe
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.give_up_opening()  # before its worker is waited for, or its workspace shown
        cancel_running_tasks()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        if self.navigation.selectedIndexes():
            settings.LAST_SECTION.set(self.navigation.currentRow())
        self.controller.close()
        stop_all()
        super().closeEvent(event)
