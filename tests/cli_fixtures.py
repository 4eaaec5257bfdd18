"""Fixtures of the command-line tests, imported by their modules: the demo's today, and copies
of the demo workspace and of a new one (as `okrdesk new` makes it) a test may change."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import DEMO_DAY


@pytest.fixture(autouse=True)
def demo_day(monkeypatch) -> None:
    """Every command runs on the demo's today (autouse in each module that imports it)."""
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, target)
    return target


@pytest.fixture(scope="session")
def new_by_command(tmp_path_factory) -> Path:
    """What `okrdesk new new.okrdesk` makes on DEMO_DAY (its first cycle included), made once."""
    from okrdesk.cli import main

    path = tmp_path_factory.mktemp("new-by-command") / "new.okrdesk"
    before = os.environ.get("OKRDESK_TODAY")
    os.environ["OKRDESK_TODAY"] = DEMO_DAY.isoformat()
    try:
        assert main(["new", str(path)]) == 0
    finally:
        if before is None:
            del os.environ["OKRDESK_TODAY"]
        else:
            os.environ["OKRDESK_TODAY"] = before
    assert not Path(f"{path}-wal").exists()  # the file alone is the workspace
    return path


@pytest.fixture
def empty(new_by_command: Path, tmp_path: Path) -> Path:
    """A copy of what `okrdesk new` makes, for a test to change."""
    target = tmp_path / "new.okrdesk"
    shutil.copyfile(new_by_command, target)
    return target
