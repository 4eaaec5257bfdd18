"""Logins the server lets in without a password, remembered so that the keyring is not asked.

Asking the system keyring costs a tenth of a second or more at every start (loading the
keyring library, finding its backend, then the question itself). A login that the server let
in last time with no password from okrdesk or libpq (trust, peer or certificate
authentication) is tried without one first: if the server asks for a password now, libpq stops
before sending anything, and server_access.py asks the keyring and logs in again with its
password. The order in which passwords are taken does not change: when libpq has a password of
its own (PGPASSWORD, a password file, a service), the keyring is asked first as always, since
its password comes before libpq's. Only the address is remembered (remembered.py), never a
password.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from okrdesk.store.address import ServerAddress
from okrdesk.store.workspace import remembered
from okrdesk.store.workspace.remembered import workspace_key

FILE_NAME = "server-logins.json"
# What libpq says when the server asks for a password it does not have (fe_sendauth).
ASKED_FOR_A_PASSWORD = "no password supplied"

_lock = threading.Lock()
_session: dict[str, bool] = {}  # this session's knowledge, also when the file is not written


def libpq_has_password(address: ServerAddress) -> bool:
    """Could libpq find a password of its own: PGPASSWORD, a password file, a service file?"""
    options = {key.lower(): value for key, value in address.options}
    if os.environ.get("PGPASSWORD") or os.environ.get("PGSERVICE") or "service" in options:
        return True
    passfile = options.get("passfile") or os.environ.get("PGPASSFILE")
    path = Path(passfile) if passfile else _default_passfile()
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return True  # unknown: as if it had one


def _default_passfile() -> Path:
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def try_without_password(address: ServerAddress) -> bool:
    """Log in without asking the keyring first? Only a login let in without any password
    last time, when libpq has none of its own either."""
    return not libpq_has_password(address) and _known(address)


def _known(address: ServerAddress) -> bool:
    key = workspace_key(address)
    with _lock:
        if key not in _session:
            _session[key] = bool(remembered.read(FILE_NAME).get(key))
        return _session[key]


def let_in(address: ServerAddress) -> None:
    """The server let this login in with no password from okrdesk (nor from libpq)."""
    if libpq_has_password(address):
        return  # libpq may have given one: nothing learned
    _keep(address, True)


def asked_for_password(address: ServerAddress) -> None:
    """The server asked this login for a password: ask the keyring first from now on."""
    _keep(address, False)


def forget_session() -> None:
    """Forget what this session knows (the file keeps its own)."""
    with _lock:
        _session.clear()


def _keep(address: ServerAddress, passwordless: bool) -> None:
    key = workspace_key(address)
    with _lock:
        if _session.get(key) is passwordless:
            return
        _session[key] = passwordless
        kept = remembered.read(FILE_NAME)
        if bool(kept.get(key)) is passwordless:
            return
        if passwordless:
            kept[key] = True
        else:
            kept.pop(key, None)
        remembered.write(FILE_NAME, kept)
