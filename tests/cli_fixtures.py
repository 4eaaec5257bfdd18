"""Fixtures of the command-line tests, imported by their modules: the demo's today and a
copy of the demo workspace a test may change."""

from __future__ import annotations

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
