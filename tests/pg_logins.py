"""Logins on the test server (tests/pg.py) that must give a password: scram-sha-256 for that
login alone (pg_hba.conf, reloaded), trust for every other, so the rest of the session is as
it was. A login sees the demo in a database of its own. And a keyring of the tests' own."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import keyring
import psycopg
from keyring.backend import KeyringBackend

PASSWORD = "correct horse battery"


def password_login(pg_server, name: str) -> tuple[str, str]:
    """(the URL the login connects with, the admin's URL of its database) for a new login
    `name`_<pid> with PASSWORD, allowed to read a fresh copy of the demo."""
    user = f"{name}_{os.getpid()}"
    hba = pg_server.data / "pg_hba.conf"
    rule = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())
    pg_server.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{PASSWORD}'")
    pg_server.execute("SELECT pg_reload_conf()")
    url = pg_server.new_database("okrdesk_demo")
    with psycopg.connect(url) as connection:
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {user}")  # type: ignore[arg-type]
    return url.replace("okrdesk_test@", f"{user}@"), url


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory: what the system keyring would keep."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@contextlib.contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """`backend` as the keyring, with no password remembered in the session, then as before."""
    from okrdesk.store.workspace import server_access

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    server_access.forget_session_passwords()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        server_access.forget_session_passwords()
