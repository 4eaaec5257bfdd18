"""Turning what a user typed into a workspace address (see store/address.py).

`workspace_address` is the one function every way in (command line, window, recent list) uses:
a `postgresql://` URL becomes a ServerAddress, anything else a file path. A URL with a password
in it is refused: libpq reads the password from PGPASSWORD or ~/.pgpass itself.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit

from okrdesk.store.address import ServerAddress, WorkspaceAddress, is_server_url
from okrdesk.store.errors import BadAddressError
from okrdesk.store.words import WorkspaceErrors


def workspace_address(text: str | os.PathLike[str] | ServerAddress) -> WorkspaceAddress:
    """A file path or a server address; raises WorkspaceError for a URL okrdesk refuses."""
    if isinstance(text, ServerAddress):
        return text
    if not is_server_url(text):
        return Path(text)
    return _server_address(str(text))


def _server_address(text: str) -> ServerAddress:
    parts: SplitResult = urlsplit(text)
    host = parts.netloc.rsplit("@", 1)[-1]
    if parts.password is not None:
        raise BadAddressError(
            f"postgresql://{parts.username or ''}@{host}{parts.path}",
            WorkspaceErrors.tr(
                "a password in the address is refused: put it in PGPASSWORD or ~/.pgpass"
            ),
        )
    try:
        port = parts.port
    except ValueError as error:
        raise BadAddressError(
            text, WorkspaceErrors.tr("is not a server address ({detail})").format(detail=error)
        ) from error
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise BadAddressError(
            text,
            WorkspaceErrors.tr("names no database: write postgresql://user@host[:port]/database"),
        )
    options: list[tuple[str, str]] = []
    for item in filter(None, parts.query.split("&")):
        key, _sep, value = item.partition("=")
        if key.lower() == "password":
            raise BadAddressError(
                text.split("?", 1)[0],
                WorkspaceErrors.tr(
                    "a password in the address is refused: put it in PGPASSWORD or ~/.pgpass"
                ),
            )
        options.append((unquote(key), unquote(value)))
    return ServerAddress(
        user=unquote(parts.username) if parts.username else None,
        # A unix socket's folder is written percent-encoded: postgresql://anna@%2Frun/db.
        host=unquote(parts.hostname) if parts.hostname else None,
        port=port,
        database=database,
        options=tuple(options),
    )
