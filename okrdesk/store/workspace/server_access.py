"""How okrdesk logs in to a team workspace's server: TLS, the password, refusals in words.

- TLS: a server that is not on this computer (anything but localhost, a loopback address or a
  unix socket) is reached with `sslmode=require` unless the address itself names an sslmode
  (`?sslmode=disable` is how a user turns encryption off knowingly).
- Passwords are never written in plain text and never part of an address. In this order:
  one typed in this session (kept in memory only), the system keyring (the `keyring` library,
  service "okrdesk"), else libpq's own PGPASSWORD and ~/.pgpass. Without a keyring backend the
  keyring is simply not used: the window asks each time. A login the server let in without any
  password last time is tried without asking the keyring, which is asked only if the server
  asks for a password now (passwordless.py).
- The server's refusals (a login, TLS, a role that may not write) become WorkspaceErrors whose
  line says what to do, never a driver's traceback.
"""

from __future__ import annotations

import ipaddress
import threading
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from okrdesk.domain.text import Words
from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import ReadOnlyWorkspaceError, ServerUnreachableError, WorkspaceError
from okrdesk.store.workspace import passwordless

KEYRING_SERVICE = "okrdesk"
DEFAULT_PORT = 5432
# SQLSTATEs: insufficient_privilege, read_only_sql_transaction; invalid_password.
NOT_ALLOWED = "42501"
READ_ONLY = "25006"
BAD_LOGIN = ("28P01",)


class ServerAccess(Words):
    """Refusals of a team workspace's server: the login, TLS, what a role may do."""


class PasswordNeededError(ServerUnreachableError):
    """The server wants a password okrdesk does not have, or refused the one it gave."""


class TlsRefusedError(ServerUnreachableError):
    """A server that is not local offers no TLS, and the address did not turn TLS off."""


class RoleRefusedError(WorkspaceError):
    """The login's role may not do this (a viewer writing, a member upgrading the schema)."""


def is_local(host: str | None) -> bool:
    """Is `host` this computer: no host or a socket folder, localhost, a loopback address?"""
    if not host or host.startswith("/"):
        return True
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_options(address: ServerAddress) -> dict[str, str]:
    """The libpq options that require TLS for a server that is not local (none otherwise)."""
    if any(key.lower() == "sslmode" for key, _value in address.options):
        return {}
    return {} if is_local(address.host) else {"sslmode": "require"}


def with_tls(address: ServerAddress, tls: bool) -> ServerAddress:
    """The address with the sslmode the dialog's TLS choice means: what is required anyway
    (TLS to a server on the network) is left out, the rest written: `disable` to a server on
    the network (turned off knowingly), `require` to this computer's."""
    options = tuple((key, value) for key, value in address.options if key.lower() != "sslmode")
    if tls and is_local(address.host):
        options = (*options, ("sslmode", "require"))
    elif not tls and not is_local(address.host):
        options = (*options, ("sslmode", "disable"))
    return ServerAddress(address.user, address.host, address.port, address.database, options)


# -- passwords -------------------------------------------------------------------------------

_lock = threading.Lock()
_typed: dict[str, str] = {}
_from_keyring: dict[str, str | None] = {}


def login_key(address: ServerAddress) -> str:
    """One login on one server: the keyring's user name for its password."""
    host = address.host or "localhost"
    return f"{address.user or ''}@{host}:{address.port or DEFAULT_PORT}"


def keyring_available() -> bool:
    """Is there a system keyring okrdesk can keep a password in?"""
    try:
        import keyring

        return keyring.get_keyring().priority > 0
    except Exception:  # any backend failure means: no keyring here
        return False


def use_password(address: ServerAddress, password: str, *, remember: bool = False) -> bool:
    """Log in with `password` from now on in this session; `remember` also keeps it in the
    system keyring. False when the keyring could not keep it (it is still used this session)."""
    key = login_key(address)
    with _lock:
        _typed[key] = password
    if not remember:
        return True
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
    except Exception:  # no keyring, locked, refused: the password is asked again
        return False
    with _lock:
        _from_keyring[key] = password
    return True


def forget_password(address: ServerAddress) -> None:
    """Drop the password of this login (refused by the server): it is asked for again.
    The keyring's copy is deleted too, so that a wrong one is not tried at every start."""
    key = login_key(address)
    with _lock:
        _typed.pop(key, None)
        stored = _from_keyring.pop(key, None)
    if stored is None:
        return
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, key)
    except Exception:  # nothing kept, nothing to delete
        pass


def forget_session_passwords() -> None:
    """Forget every password of this session (the keyring keeps its own), and which logins
    need none."""
    with _lock:
        _typed.clear()
        _from_keyring.clear()
    passwordless.forget_session()


def password_for(address: ServerAddress) -> str | None:
    """The password to log in with, or None to leave it to PGPASSWORD and ~/.pgpass."""
    key = login_key(address)
    with _lock:
        if key in _typed:
            return _typed[key]
        if key in _from_keyring:
            return _from_keyring[key]
    found: str | None = None
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # no keyring backend: libpq's own ways, or asked
        found = None
    with _lock:
        _from_keyring[key] = found
    return found


# -- the engine ------------------------------------------------------------------------------


def attach(engine: Engine, address: ServerAddress) -> None:
    """Give every new connection of `engine` its password, and turn the server's refusal of
    a write into words: RoleRefusedError (the role may not), ReadOnlyWorkspaceError (opened
    read-only)."""

    @event.listens_for(engine, "do_connect")
    def _connect(dialect, _record, cargs, cparams):  # type: ignore[no-untyped-def]
        return connect(address, dialect, cargs, cparams)

    @event.listens_for(engine, "handle_error")
    def _refusal(context: ExceptionContext) -> None:
        state = getattr(context.original_exception, "sqlstate", None)
        if state == READ_ONLY:
            raise ReadOnlyWorkspaceError(
                address,
                ServerAccess.tr("the workspace is open read-only; nothing was changed"),
            ) from context.original_exception
        if state != NOT_ALLOWED:
            return
        if (context.statement or "").lstrip().upper().startswith("SELECT"):
            reason = ServerAccess.tr(
                "your login may not read this team workspace: its owner can let you in with "
                "okrdesk team add"
            )
        else:
            reason = ServerAccess.tr(
                "your role on this team workspace does not allow changes; nothing was "
                "changed (ask the workspace's owner for the member role)"
            )
        raise RoleRefusedError(address, reason) from context.original_exception


def connect(address: ServerAddress, dialect: Any, cargs: list[Any], cparams: dict[str, Any]) -> Any:
    """A new driver connection for `address`, logged in with its password (see the module)."""
    key = login_key(address)
    with _lock:
        known = key in _typed or key in _from_keyring
    if known or not passwordless.try_without_password(address):
        password = password_for(address)
        if password is not None:
            cparams["password"] = password
        connection = dialect.connect(*cargs, **cparams)
        if password is None:
            passwordless.let_in(address)
        return connection
    try:
        return dialect.connect(*cargs, **cparams)
    except dialect.loaded_dbapi.OperationalError as error:
        if passwordless.ASKED_FOR_A_PASSWORD not in str(error):
            raise
        passwordless.asked_for_password(address)
        password = password_for(address)
        if password is None:
            raise
    cparams["password"] = password
    return dialect.connect(*cargs, **cparams)


def explain_login(address: ServerAddress, error: BaseException) -> WorkspaceError | None:
    """A refused login or TLS in words, or None when `error` is about something else."""
    original = getattr(error, "orig", None) or error
    message = str(original)
    state = getattr(original, "sqlstate", None)
    if "does not support SSL" in message:
        return TlsRefusedError(
            address,
            ServerAccess.tr(
                "the server offers no TLS, and okrdesk encrypts every connection to a server "
                "that is not on this computer; to connect unencrypted knowingly, add "
                "?sslmode=disable to the address or choose no TLS in the Connect dialog"
            ),
        )
    if state in BAD_LOGIN or "password authentication failed" in message:
        forget_password(address)
        return PasswordNeededError(
            address, ServerAccess.tr("the server refused the user name or password")
        )
    if "no password supplied" in message:
        return PasswordNeededError(address, ServerAccess.tr("the server asks for a password"))
    return None
