"""A throwaway PostgreSQL server for the tests: one per test session, a fresh database per test.

The server is a real one, started from the installed PostgreSQL (`pg_config --bindir`, else the
newest /usr/lib/postgresql/*/bin): initdb into a temporary folder, its unix socket in that folder,
TCP on a free port of 127.0.0.1 only, trust authentication, fsync off (nothing in it must outlive
the session). initdb refuses to run as root, so as root the server runs as the `postgres` user
(Debian's package makes it) through runuser. Each test's database is a copy of a template that
okrdesk's migrations built once (CREATE DATABASE … TEMPLATE takes milliseconds).

Without PostgreSQL installed the tests that need it are skipped locally and fail in CI
(CI=true): .ci/run installs it.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

SUPERUSER = "okrdesk_test"
TEMPLATE = "okrdesk_template"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates: list[Path] = []
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        found = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        candidates.append(Path(found))

    def version(folder: str) -> tuple[int, ...]:
        name = Path(folder).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    candidates += [
        Path(folder)
        for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    ]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A running throwaway server; `stop()` ends it and removes its folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="okrdesk-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self._names = itertools.count(1)
        # The next copy of each template, made while the current test runs.
        self._copier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copy")
        self._next: dict[str, Future[str]] = {}
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            # initdb will not run as root: the folder and the server belong to `postgres`.
            shutil.chown(self.folder, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            [*self._as_user, *command], capture_output=True, text=True, cwd=self.folder
        )
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {result.stderr.strip()}\n{tail}")

    def start(self) -> Server:
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip
        for attempt in range(5):
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                self._run(
                    str(self.bindir / "pg_ctl"), "start", "-w", "-t", "60",
                    "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options,
                )  # fmt: skip
                break
            except RuntimeError:
                if attempt == 4:
                    raise
                time.sleep(0.2)  # the port was taken meanwhile: another one
        return self

    def stop(self) -> None:
        self._copier.shutdown(wait=True, cancel_futures=True)
        with contextlib.suppress(RuntimeError, OSError):
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database copied from `template`; returns its URL.

        A copy takes about a second, so the next one of the same template is made in the
        background meanwhile (a template is never changed once the tests begin)."""
        ready = self._next.pop(template, None)
        url = ready.result() if ready is not None else self._copy(template)
        self._next[template] = self._copier.submit(self._copy, template)
        return url

    def _copy(self, template: str) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
