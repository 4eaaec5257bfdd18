"""Where a workspace lives: a file (SQLite, the default) or a database on a PostgreSQL server.

A server is written as a URL, `postgresql://user@host[:port]/database`; its password is never
part of it (store/workspace/addresses.py parses and refuses). This module imports nothing heavy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class ServerAddress:
    """A workspace in a PostgreSQL database; never holds a password."""

    user: str | None
    host: str | None
    port: int | None
    database: str
    # Query options passed on to libpq as they are (sslmode=require, connect_timeout=…).
    options: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        user = f"{self.user}@" if self.user else ""
        host = self.host or ""
        if host.startswith("/"):
            host = quote(host, safe="")  # a unix socket's folder
        elif ":" in host:
            host = f"[{host}]"  # an IPv6 address
        port = f":{self.port}" if self.port is not None else ""
        query = "&".join(f"{key}={value}" for key, value in self.options)
        return f"postgresql://{user}{host}{port}/{self.database}" + (f"?{query}" if query else "")

    @property
    def stem(self) -> str:
        """What a file's stem is to a file: the name shown where no workspace name is known."""
        return self.database

    @property
    def name(self) -> str:
        return str(self)


WorkspaceAddress = Path | ServerAddress


def is_server_url(text: str | os.PathLike[str]) -> bool:
    """Does `text` name a server (postgresql://…) rather than a file?"""
    if isinstance(text, (Path, ServerAddress)):
        return isinstance(text, ServerAddress)
    scheme, sep, _rest = str(text).partition("://")
    return bool(sep) and scheme.split("+", 1)[0].lower() in SCHEMES
