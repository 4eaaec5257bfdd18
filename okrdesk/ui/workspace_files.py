"""The File menu's work: open, create and remember workspace files, connect to a team
workspace, build the demo.

Paths are made absolute before they are opened or remembered, so Open Recent works from any
folder. A refused file is explained in a message box and the current workspace stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from okrdesk import paths
from okrdesk.reports.text import shown
from okrdesk.store import errors
from okrdesk.store.address import ServerAddress
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import Workspace, delete_workspace_file, open_workspace
from okrdesk.store.workspace.server_access import PasswordNeededError
from okrdesk.ui import settings
from okrdesk.ui.common.tasks import BackgroundTask, in_a_later_turn, show_error, to_excepthook
from okrdesk.ui.connect_dialog import ConnectDialog
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.demo_task import build_demo_in_background


def describe(error: errors.WorkspaceError) -> str:
    """What a refusal means for the user, in their language, naming the file."""
    file = error.typed if isinstance(error, errors.BadAddressError) else str(error.path)
    if isinstance(error, errors.NotSQLiteError):
        text = QCoreApplication.translate(
            "WorkspaceFiles", "{file} is not an okrdesk workspace: it is not a database."
        )
    elif isinstance(error, errors.NotWorkspaceError):
        text = QCoreApplication.translate(
            "WorkspaceFiles", "{file} is another program's database, not an okrdesk workspace."
        )
    elif isinstance(error, errors.NewerWorkspaceError):
        text = QCoreApplication.translate(
            "WorkspaceFiles",
            "{file} was made by a newer version of okrdesk. Update okrdesk to open it.",
        )
    elif isinstance(error, errors.CorruptWorkspaceError):
        text = QCoreApplication.translate(
            "WorkspaceFiles",
            "{file} is damaged and cannot be opened ({reason}). Open a backup copy of it.",
        )
    elif isinstance(error, errors.ForeignSchemaError) and isinstance(error.path, Path):
        text = QCoreApplication.translate(
            "WorkspaceFiles",
            "{file} was changed outside okrdesk, so it is not opened: okrdesk runs no SQL "
            "that a file brings with it ({reason}).",
        )
    elif isinstance(error, errors.MigrationError):
        text = QCoreApplication.translate(
            "WorkspaceFiles", "{file} could not be upgraded to this version of okrdesk: {reason}"
        )
    else:
        text = QCoreApplication.translate("WorkspaceFiles", "{file} cannot be opened: {reason}")
    return text.format(file=file, reason=shown(error.reason_text))


class WorkspaceFiles(QObject):
    # A workspace is being opened in a worker (the GUI thread is free meanwhile).
    opening_started = Signal()

    def __init__(self, window: QWidget, controller: WorkspaceController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._demo_task: BackgroundTask | None = None
        self._opening: BackgroundTask | None = None
        self._opening_at: Path | ServerAddress | None = None  # the address it opens
        self._arrived: Workspace | None = None  # opened by the worker, shown in the next turn

    def file_filter(self) -> str:
        return self.tr("okrdesk workspaces (*.okrdesk);;All files (*)")

    def open_path(self, path: Path | str | ServerAddress) -> errors.WorkspaceError | None:
        """Open `path` (a file or a server address); if it is refused, say why and keep the
        current workspace. An opening under way in the background is given up."""
        self.give_up_opening()
        try:
            address = _absolute(workspace_address(path))
        except errors.WorkspaceError as error:
            self._refused(error)
            return error
        try:
            self._controller.open(address)
        except errors.WorkspaceError as error:
            self._refused(error, address)
            return error
        settings.remember_workspace(str(address))
        return None

    def open_in_background(self, path: Path | str | ServerAddress) -> BackgroundTask | None:
        """Open `path` as `open_path` does, checked (and upgraded, or connected to) in a worker:
        the window keeps answering while a large file is checked, an older one backed up or a
        server waited for. The current workspace stays until the new one is open; Cancel keeps
        it. The last workspace asked for is the one opened: asked again while it opens, the
        opening under way; another, an opening of its own (the earlier one given up)."""
        try:
            address = _absolute(workspace_address(path))
        except errors.WorkspaceError as error:
            self._refused(error)
            return None
        running = self._opening
        if running is not None and not running.is_cancelled() and self._opening_at == address:
            return running
        self.give_up_opening()
        name = address.name if isinstance(address, Path) else str(address)
        task = BackgroundTask(
            self._window,
            lambda _progress, cancelled: _open_unless(cancelled, address),
            title=self.tr("Open workspace"),
            label=self.tr("Opening {name}…").format(name=name),
            wait_when_cancelled=False,  # what the worker opens is closed when it arrives
        )
        task.on_success(lambda workspace: self._take_soon(address, workspace))
        task.on_failure(lambda error: self._open_failed(address, error))
        # Cancelled after the worker's last look: the workspace it opened is let go here.
        task.on_cancel(lambda: task.result is not None and task.result.close())
        task.done.connect(lambda: self._opening_done(task))
        self._opening, self._opening_at = task.start(), address
        self.opening_started.emit()
        return task

    def is_opening(self) -> bool:
        return self._opening is not None or self._arrived is not None

    def _take_soon(self, address: Path | ServerAddress, workspace: Workspace) -> None:
        """The workspace shown in a turn of its own: the section built ahead may have only
        just been built, in the turn before."""
        self._arrived = workspace
        in_a_later_turn(self, lambda: self._take(address, workspace))

    def _take(self, address: Path | ServerAddress, workspace: Workspace) -> None:
        if self._arrived is not workspace:
            return  # given up meanwhile (and closed)
        self._arrived = None
        self._controller.take(workspace)
        settings.remember_workspace(str(address))

    def _open_failed(self, address: Path | ServerAddress, error: BaseException) -> None:
        if isinstance(error, errors.WorkspaceError):
            self._refused(error, address)
        else:  # not a refusal of the file: said as an error in a slot is
            to_excepthook(error)

    def _opening_done(self, task: BackgroundTask) -> None:
        if self._opening is task:
            self._opening = None

    def give_up_opening(self) -> None:
        """The opening under way, if any, is given up (another workspace is opened or created,
        the window closes): the workspace it opened, or is opening, is closed; a demo still
        being built is not opened."""
        if self._demo_task is not None and self._demo_task.is_running():
            self._demo_task.cancel()  # harmless from its own success handler, which opens it
        if self._opening is not None:
            self._opening.cancel()  # its cancel handler closes what the worker opened
            self._opening = None
        arrived, self._arrived = self._arrived, None
        if arrived is not None:
            arrived.close()

    def _refused(
        self, error: errors.WorkspaceError, address: Path | ServerAddress | None = None
    ) -> None:
        """Say why the workspace at `address` (None: not a workspace address) was not opened;
        a missing file leaves the recent list."""
        if isinstance(address, Path) and not address.exists():
            settings.forget_workspace(str(address))
        if isinstance(address, ServerAddress) and isinstance(error, PasswordNeededError):
            self.show_connect_dialog(address, describe(error))  # asked each time
        else:
            show_error(self._window, self.tr("Cannot open workspace"), describe(error))

    def connect_to(self, address: ServerAddress) -> errors.WorkspaceError | None:
        """Open the team workspace at `address` and remember it; the refusal, unsaid."""
        self.give_up_opening()
        try:
            self._controller.open(address)
        except errors.WorkspaceError as error:
            return error
        settings.remember_workspace(str(address))
        return None

    def show_connect_dialog(
        self, address: ServerAddress | None = None, reason: str = ""
    ) -> ConnectDialog:
        """File → Connect to team workspace…, filled in from `address` when it is known."""
        dialog = ConnectDialog(self._window, self.connect_to, describe, address, reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def create_path(self, path: Path) -> errors.WorkspaceError | None:
        """Create a new workspace at `path` (never over an existing file) and open it."""
        self.give_up_opening()
        path = Path(path).absolute()
        if path.suffix != paths.WORKSPACE_SUFFIX:
            path = path.with_name(path.name + paths.WORKSPACE_SUFFIX)
        try:
            self._controller.create(path, path.stem)
        except errors.WorkspaceError as error:
            show_error(self._window, self.tr("Cannot create workspace"), describe(error))
            return error
        settings.remember_workspace(str(path))
        return None

    def choose_and_open(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Open workspace"), str(self._dialog_dir()), self.file_filter()
        )
        if path:
            self.open_in_background(Path(path))

    def new_workspace_dialog(self) -> QFileDialog:
        dialog = QFileDialog(self._window, self.tr("New workspace"), str(self._dialog_dir()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.file_filter())
        # With the suffix added by the dialog, its overwrite question names the real file.
        dialog.setDefaultSuffix(paths.WORKSPACE_SUFFIX.lstrip("."))
        return dialog

    def choose_and_create(self) -> None:
        dialog = self.new_workspace_dialog()
        if not dialog.exec() or not dialog.selectedFiles():
            return
        path = Path(dialog.selectedFiles()[0]).absolute()
        if path.exists():
            current = self._controller.path
            if isinstance(current, Path) and path.resolve() == current.resolve():
                show_error(self._window, self.tr("New workspace"), self.tr("It is open now."))
                return
            delete_workspace_file(path)  # the dialog asked whether to replace exactly this file
        self.create_path(path)

    def open_demo(self) -> BackgroundTask:
        """Build a fresh demo and open it; a second request while it builds gets the first."""
        if self._demo_task is None or not self._demo_task.is_running():
            self._demo_task = build_demo_in_background(
                self._window, self._controller, self.open_path
            )
        return self._demo_task

    def _dialog_dir(self) -> Path:
        current = self._controller.path
        return current.parent if isinstance(current, Path) else Path.home()


def _absolute(address: Path | ServerAddress) -> Path | ServerAddress:
    """A file's path made absolute: Open Recent then works from any folder."""
    return address.absolute() if isinstance(address, Path) else address


def _open_unless(cancelled: Callable[[], bool], address: Path | ServerAddress) -> Workspace | None:
    """The workspace at `address`, opened in a worker; None, closed again, if the opening was
    cancelled meanwhile (the window may be closing: nothing on the GUI thread would close it)."""
    workspace = open_workspace(address)
    if cancelled():
        workspace.close()
        return None
    return workspace
