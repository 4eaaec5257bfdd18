"""File → Connect to team workspace…: where a team workspace's database is, and who logs in.

The password goes into this session's memory, and into the system keyring only when the user
ticks "Remember" (okrdesk.store.workspace.server_access); never into the settings. TLS is on
for any server that is not this computer; turning it off is a visible, explained choice that
the address then carries (sslmode=disable). A refusal (no password, a wrong one, no TLS, no
server) is said inside the dialog, which stays open to be corrected.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget

from okrdesk.domain.okr_rules import Problem
from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import WorkspaceError
from okrdesk.store.workspace import server_access
from okrdesk.ui.common.form_dialog import FormDialog

# Opens the workspace at an address; the refusal, or None once it is open.
Connect = Callable[[ServerAddress], WorkspaceError | None]
Describe = Callable[[WorkspaceError], str]
ENCRYPTED_MODES = ("require", "verify-ca", "verify-full")


class ConnectDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        connect: Connect,
        describe: Describe,
        address: ServerAddress | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent, self.tr("Connect to team workspace"), min_width=460)
        self._connect = connect
        self._describe = describe
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("db.example.com"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(server_access.DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.tls_check = QCheckBox(self.tr("&Encrypt the connection (TLS)"))
        self.tls_note = QLabel()
        self.tls_note.setObjectName("tlsNote")
        self.tls_note.setWordWrap(True)
        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("errorLabel")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("&Host:"), self.host_edit)
        self.form.addRow(self.tr("&Port:"), self.port_spin)
        self.form.addRow(self.tr("&Database:"), self.database_edit)
        self.form.addRow(self.tr("&User:"), self.user_edit)
        self.form.addRow(self.tr("Pass&word:"), self.password_edit)
        self.form.addRow("", self.remember_check)
        self.form.addRow("", self.tls_check)
        self.form.addRow("", self.tls_note)
        self.form.addRow(self.refusal_label)
        if not server_access.keyring_available():
            self.remember_check.setEnabled(False)
            self.remember_check.setText(
                self.tr("No system keyring on this computer: the password is asked each time")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self._fill(address)
        self._say_refusal(reason)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self.revalidate)
        self.host_edit.textChanged.connect(self._host_changed)
        self.tls_check.toggled.connect(self._explain_tls)
        self._explain_tls()
        self.revalidate()
        if address is not None and reason:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, address: ServerAddress | None) -> None:
        if address is None:
            self.host_edit.setText("")
            self.user_edit.setText(getpass.getuser())
            self.tls_check.setChecked(True)
            self._tls_chosen = False
            return
        self.host_edit.setText(address.host or "localhost")
        self.port_spin.setValue(address.port or server_access.DEFAULT_PORT)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user or "")
        modes = [value for key, value in address.options if key.lower() == "sslmode"]
        if modes:
            self.tls_check.setChecked(modes[-1] in ENCRYPTED_MODES)
        else:
            self.tls_check.setChecked(not server_access.is_local(address.host))
        self._tls_chosen = bool(modes)

    def _host_changed(self) -> None:
        # Until the user chooses, TLS follows the host: on for a server on the network.
        if not self._tls_chosen:
            self.tls_check.blockSignals(True)
            self.tls_check.setChecked(not self._is_local())
            self.tls_check.blockSignals(False)
        self._explain_tls()

    def _is_local(self) -> bool:
        return server_access.is_local(self.host_edit.text().strip() or None)

    def _explain_tls(self, *_toggled: object) -> None:
        if self.sender() is self.tls_check:
            self._tls_chosen = True
        if self.tls_check.isChecked():
            text = self.tr("The password and the data are encrypted on their way.")
        elif self._is_local():
            text = self.tr("This computer's own server: nothing crosses the network.")
        else:
            text = self.tr(
                "Not encrypted: anyone on the network between you and the server can read "
                "the password and the data. Turn it off only on a network you trust."
            )
        self.tls_note.setText(text)
        warning = not self.tls_check.isChecked() and not self._is_local()
        if self.tls_note.property("warning") != warning:
            self.tls_note.setProperty("warning", warning)
            self.tls_note.style().unpolish(self.tls_note)
            self.tls_note.style().polish(self.tls_note)
        self._fit_height()

    def _say_refusal(self, text: str) -> None:
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped notes now need at this width (a top-level window
        does not follow a word-wrapped label's height by itself)."""
        if not self.isVisible():
            return
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def address(self) -> ServerAddress:
        """The address the form describes, its TLS choice in it (never the password)."""
        typed = ServerAddress(
            user=self.user_edit.text().strip() or None,
            host=self.host_edit.text().strip() or None,
            port=self.port_spin.value()
            if self.port_spin.value() != server_access.DEFAULT_PORT
            else None,
            database=self.database_edit.text().strip(),
        )
        return server_access.with_tls(typed, self.tls_check.isChecked())

    def problems(self) -> list[Problem]:
        if not self.host_edit.text().strip():
            return [
                Problem(
                    "host", "missing", self.tr("Name the server (localhost for this computer).")
                )
            ]
        if not self.database_edit.text().strip():
            return [Problem("database", "missing", self.tr("Name the team workspace's database."))]
        if not self.user_edit.text().strip():
            return [Problem("user", "missing", self.tr("Name the user you log in as."))]
        return []

    def accept(self) -> None:
        if self.problems():
            super().accept()  # says what is missing and keeps the dialog open
            return
        address = self.address()
        password = self.password_edit.text()
        if password:
            remember = self.remember_check.isEnabled() and self.remember_check.isChecked()
            if not server_access.use_password(address, password, remember=remember):
                self.remember_check.setChecked(False)
        self._say_refusal("")
        error = self._connect(address)
        if error is None:
            super().accept()
            return
        self._say_refusal(self._describe(error))
        if isinstance(error, server_access.PasswordNeededError):
            self.password_edit.clear()
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
