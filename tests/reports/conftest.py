"""Report fixtures: the demo workspace as of a fixed day, and a GUI application for fonts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

DEMO_DAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="session")
def report_demo(tmp_path_factory) -> Path:
    """The demo workspace as of DEMO_DAY, built once; tests copy it (`demo_copy`)."""
    from okrdesk.store.demo.builder import build_demo

    path = tmp_path_factory.mktemp("report-demo") / "demo.okrdesk"
    build_demo(path, DEMO_DAY)
    return path


@pytest.fixture
def demo_copy(report_demo: Path, tmp_path: Path, qapp) -> Path:
    path = tmp_path / "demo.okrdesk"
    shutil.copyfile(report_demo, path)
    return path
