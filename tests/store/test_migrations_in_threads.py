"""Workspaces made at the same time in two threads (the demo built in the background while
the schema check's reference is, or a workspace created meanwhile) are each made whole:
Alembic's run is module-wide, and two at once broke each other's (or crashed the process)."""

from __future__ import annotations

import threading
from pathlib import Path

from okrdesk.store.workspace.files import create_workspace, open_workspace


def test_workspaces_created_in_three_threads_at_once_are_each_whole(tmp_path: Path) -> None:
    failures: list[BaseException] = []

    def create_three(thread: int) -> None:
        for number in range(3):
            try:
                path = tmp_path / f"team{thread}-{number}.okrdesk"
                create_workspace(path, f"Team {thread}-{number}").close()
            except BaseException as error:  # each one is said below
                failures.append(error)

    threads = [threading.Thread(target=create_three, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    for path in sorted(tmp_path.glob("*.okrdesk")):
        workspace = open_workspace(path)  # the schema check: every table as at head
        try:
            assert workspace.name == path.stem.replace("team", "Team ")
        finally:
            workspace.close()
    assert len(list(tmp_path.glob("*.okrdesk"))) == 9
