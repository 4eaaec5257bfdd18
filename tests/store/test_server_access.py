"""Logging in to a team workspace's server (tests/pg.py): the password from the session, the
system keyring or PGPASSWORD, never from a file okrdesk writes; a refused login in words; TLS
required for a server that is not local unless the address turns it off. A login the server let
in without a password is not looked up in the keyring at the next start, unless the server asks
for a password by then."""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from keyring.backends import fail

from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import ServerUnreachableError
from okrdesk.store.workspace import passwordless, server_access
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import open_workspace
from okrdesk.store.workspace.server_access import (
    PasswordNeededError,
    TlsRefusedError,
    is_local,
    keyring_available,
    tls_options,
    use_password,
)
from tests.pg_logins import PASSWORD, MemoryKeyring, using_keyring
from tests.pg_logins import password_login as login_with_password


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


class AskedKeyring(MemoryKeyring):
    """A keyring in memory that notes the logins it was asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append(username)
        return super().get_password(service, username)


@pytest.fixture
def no_libpq_password(monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with using_keyring(fail.Keyring()):
        yield


@pytest.fixture(scope="module")
def password_login(pg_server) -> Iterator[str]:
    """The URL of a login that must give its password (tests/pg_logins.py)."""
    url, admin_url = login_with_password(pg_server, "pat")
    yield url
    pg_server.drop_database(admin_url)


def test_no_password_is_asked_for_in_words(password_login: str, no_keyring, monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    with pytest.raises(PasswordNeededError, match="the server asks for a password") as refused:
        open_workspace(password_login, read_only=True)
    assert isinstance(refused.value, ServerUnreachableError)
    assert PASSWORD not in str(refused.value)


def test_a_remembered_password_comes_from_the_keyring(
    password_login: str, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    address = workspace_address(password_login)
    assert keyring_available()
    assert use_password(address, PASSWORD, remember=True)
    key = server_access.login_key(address)
    assert memory_keyring.kept == {("okrdesk", key): PASSWORD}
    assert key.startswith("pat_") and PASSWORD not in key

    server_access.forget_session_passwords()  # a new start: only the keyring knows it
    open_workspace(password_login, read_only=True).close()


def test_a_wrong_password_is_refused_and_forgotten(
    password_login: str, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    address = workspace_address(password_login)
    use_password(address, "wrong", remember=True)
    with pytest.raises(PasswordNeededError, match="refused the user name or password"):
        open_workspace(password_login, read_only=True)
    assert memory_keyring.kept == {}
    assert server_access.password_for(address) is None


def test_without_a_keyring_the_password_is_used_this_session_only(
    password_login: str, no_keyring, monkeypatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    address = workspace_address(password_login)
    assert not keyring_available()
    assert use_password(address, PASSWORD, remember=True) is False  # no traceback, just no
    open_workspace(password_login, read_only=True).close()
    server_access.forget_session_passwords()
    with pytest.raises(PasswordNeededError):
        open_workspace(password_login, read_only=True)


def test_pgpassword_still_works_without_a_keyring(
    password_login: str, no_keyring, monkeypatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_workspace(password_login, read_only=True).close()


def test_a_login_let_in_without_a_password_skips_the_keyring_at_the_next_start(
    pg_server, no_libpq_password
) -> None:
    url = pg_server.new_database()
    key = server_access.login_key(workspace_address(url))
    try:
        with using_keyring(AskedKeyring()) as asked:
            open_workspace(url).close()
            assert asked.asked == [key]  # a login not seen before: the keyring first, as always
            server_access.forget_session_passwords()  # a new start
            open_workspace(url).close()
            assert asked.asked == [key]
    finally:
        pg_server.drop_database(url)


def test_a_login_that_needs_a_password_now_gets_it_from_the_keyring(
    password_login: str, memory_keyring: MemoryKeyring, no_libpq_password
) -> None:
    address = workspace_address(password_login)
    passwordless.let_in(address)  # as if the server had let it in without one last time
    memory_keyring.set_password("okrdesk", server_access.login_key(address), PASSWORD)
    open_workspace(password_login, read_only=True).close()
    assert not passwordless.try_without_password(address)  # the keyring first from now on

    passwordless.let_in(address)
    server_access.forget_password(address)  # nothing in the keyring: asked for in words
    with pytest.raises(PasswordNeededError, match="the server asks for a password"):
        open_workspace(password_login, read_only=True)


def test_the_keyrings_password_still_comes_before_libpqs(
    password_login: str, memory_keyring: MemoryKeyring, no_libpq_password, monkeypatch
) -> None:
    address = workspace_address(password_login)
    passwordless.let_in(address)
    monkeypatch.setenv("PGPASSWORD", "wrong")
    memory_keyring.set_password("okrdesk", server_access.login_key(address), PASSWORD)
    open_workspace(password_login, read_only=True).close()


@pytest.mark.parametrize(
    ("host", "local"),
    [
        (None, True),
        ("/var/run/postgresql", True),
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("db.example.com", False),
        ("10.0.0.5", False),
        ("192.168.1.10", False),
    ],
)
def test_tls_is_required_for_any_host_that_is_not_local(host: str | None, local: bool) -> None:
    assert is_local(host) is local
    address = ServerAddress(user="anna", host=host, port=None, database="team")
    assert tls_options(address) == ({} if local else {"sslmode": "require"})
    knowingly = workspace_address("postgresql://anna@db.example.com/team?sslmode=disable")
    assert tls_options(knowingly) == {}


def test_a_server_without_tls_is_refused_saying_how_to_turn_it_off(pg_server) -> None:
    # A name that is not local, reached at the test server's address (libpq's hostaddr).
    url = f"postgresql://okrdesk_test@db.example:{pg_server.port}/okrdesk_demo?hostaddr=127.0.0.1"
    with pytest.raises(TlsRefusedError, match=r"add \?sslmode=disable to the address"):
        open_workspace(url, read_only=True)
    open_workspace(url + "&sslmode=disable", read_only=True).close()
    with psycopg.connect(pg_server.url("okrdesk_demo")) as connection:
        assert connection.execute("SELECT 1").fetchone() == (1,)
