"""File → Connect to team workspace… on a real server (tests/pg.py): the form, its keys and
focus order, TLS and the keyring choice, a refusal said in the dialog, the password asked
again for a recent team workspace, and the recent list on the welcome screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QWidget

from okrdesk.store.address import ServerAddress
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.ui import settings
from okrdesk.ui.connect_dialog import ConnectDialog
from okrdesk.ui.main_window import MainWindow
from tests.pg import SUPERUSER
from tests.pg_logins import PASSWORD, MemoryKeyring, password_login, using_keyring
from tests.ui.test_keyboard import unreachable


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def _dialog() -> ConnectDialog:
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog) and w.isVisible()
    ]
    return dialog


def _tab_order(dialog: ConnectDialog) -> list[QWidget]:
    order: list[QWidget] = []
    widget = dialog.focusWidget()
    while widget is not None and widget not in order:
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and not (
            not isinstance(widget.parentWidget(), QAbstractSpinBox)  # its own line edit
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
    return order


def _fill(dialog: ConnectDialog, qtbot, url: str, password: str = "") -> None:
    address = workspace_address(url)
    assert isinstance(address, ServerAddress)
    dialog.host_edit.setText(address.host or "")
    dialog.port_spin.setValue(address.port or 5432)
    dialog.database_edit.setText(address.database)
    dialog.user_edit.setText(address.user or "")
    dialog.password_edit.setText(password)


def test_the_dialog_has_keys_for_every_field_and_tabs_in_order(
    qtbot, window: MainWindow, memory_keyring
) -> None:
    window.connect_action.trigger()
    dialog = _dialog()
    assert dialog.focusWidget() is dialog.host_edit
    fields = [
        dialog.host_edit,
        dialog.port_spin,
        dialog.database_edit,
        dialog.user_edit,
        dialog.password_edit,
        dialog.remember_check,
        dialog.tls_check,
    ]
    order = _tab_order(dialog)
    assert order[: len(fields)] == fields
    assert [b.text() for b in order[len(fields) :]][:1] == ["&Connect"]
    buddies = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    for field in fields[:5]:
        assert "&" in buddies[field]
    assert not unreachable(dialog)
    mnemonics = [buddies[f] for f in fields[:5]] + [
        dialog.remember_check.text(),
        dialog.tls_check.text(),
        "&Connect",
    ]
    keys = [text[text.index("&") + 1].lower() for text in mnemonics]
    assert len(set(keys)) == len(keys), mnemonics
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.database_edit
    dialog.reject()


def test_tls_is_on_for_a_server_on_the_network_and_off_only_knowingly(
    qtbot, window: MainWindow
) -> None:
    dialog = window.files.show_connect_dialog()
    dialog.host_edit.setText("localhost")
    assert not dialog.tls_check.isChecked()
    dialog.host_edit.setText("db.northwind.example")
    dialog.database_edit.setText("sales")
    dialog.user_edit.setText("anna")
    assert dialog.tls_check.isChecked()
    assert str(dialog.address()) == "postgresql://anna@db.northwind.example/sales"
    dialog.tls_check.setChecked(False)
    assert "Not encrypted" in dialog.tls_note.text()
    assert str(dialog.address()) == "postgresql://anna@db.northwind.example/sales?sslmode=disable"
    dialog.host_edit.setText("db2.northwind.example")
    assert not dialog.tls_check.isChecked(), "a choice made stays made"
    dialog.reject()


def test_without_a_keyring_remember_is_off_and_says_the_password_is_asked(
    qtbot, window: MainWindow
) -> None:
    with using_keyring(fail.Keyring()):
        dialog = window.files.show_connect_dialog()
        assert not dialog.remember_check.isEnabled()
        assert "asked each time" in dialog.remember_check.text()
        dialog.reject()


def test_connect_opens_the_workspace_and_remembers_its_address_not_the_password(
    qtbot, window: MainWindow, pg_server, memory_keyring: MemoryKeyring
) -> None:
    login, admin = password_login(pg_server, "dina")
    try:
        window.connect_action.trigger()
        dialog = _dialog()
        _fill(dialog, qtbot, login, PASSWORD)
        dialog.remember_check.setChecked(True)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert str(window.controller.path) == login
        assert settings.RECENT_WORKSPACES.get()[0] == login
        assert list(memory_keyring.kept.values()) == [PASSWORD]
        QSettings().sync()
        written = Path(QSettings().fileName()).read_text(encoding="utf-8")
        assert login in written and PASSWORD not in written

        window.controller.close()
        window.show_welcome()
        (first, *_rest) = window.welcome.recent_buttons
        assert first.toolTip() == login
        assert first.text().startswith(f"{login.rsplit('/', 1)[1]} on 127.0.0.1:")
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # the keyring has the password
        qtbot.waitUntil(lambda: not window.is_loading())  # opened in the background
        assert str(window.controller.path) == login
    finally:
        window.controller.close()
        pg_server.drop_database(admin)


def test_a_missing_password_is_asked_for_in_the_dialog_with_the_reason(
    qtbot, window: MainWindow, pg_server, memory_keyring, monkeypatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/dev/null")
    login, admin = password_login(pg_server, "ewa")
    try:
        assert window.files.open_path(login) is not None
        dialog = _dialog()
        assert "the server asks for a password" in dialog.refusal_label.text()
        assert dialog.database_edit.text() == login.rsplit("/", 1)[1]
        assert dialog.focusWidget() is dialog.password_edit
        dialog.password_edit.setText("wrong")
        dialog.accept()
        assert dialog.isVisible()
        assert "refused the user name or password" in dialog.refusal_label.text()
        assert dialog.password_edit.text() == ""
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()
        assert not dialog.isVisible()
        assert str(window.controller.path) == login
        assert memory_keyring.kept == {}, "not remembered unless asked"
    finally:
        window.controller.close()
        pg_server.drop_database(admin)


def test_an_unreachable_server_is_said_in_the_dialog_which_stays_open(
    qtbot, window: MainWindow, pg_server
) -> None:
    dialog = window.files.show_connect_dialog()
    _fill(dialog, qtbot, f"postgresql://{SUPERUSER}@127.0.0.1:{pg_server.port}/no_such_database")
    dialog.accept()
    assert dialog.isVisible()
    assert "no_such_database" in dialog.refusal_label.text()
    assert window.controller.workspace is None
    dialog.reject()


def test_recent_workspaces_list_files_and_team_workspaces_alike(qtbot, window: MainWindow) -> None:
    team = "postgresql://anna@db.northwind.example/sales"
    settings.remember_workspace("/home/anna/Northwind.okrdesk")
    settings.remember_workspace(team)
    window._fill_recent_menu()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts[:2] == [team, "/home/anna/Northwind.okrdesk"]
    window.show_welcome()
    shown = [button.text() for button in window.welcome.recent_buttons[:2]]
    assert shown == [
        "sales on db.northwind.example (team workspace, anna)",
        f"Northwind.okrdesk in {Path('/home/anna')}",
    ]
    assert window.welcome.recent_buttons[0].toolTip() == team
