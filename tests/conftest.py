"""Shared test set-up: Qt offscreen and settings/data folders of our own, before Qt starts;
the demo workspace as of DEMO_DAY (tests/helpers.py), built once."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Must happen before any QApplication exists and before platformdirs/QSettings read them.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_sandbox = tempfile.mkdtemp(prefix="okrdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_sandbox, "cache")

import pytest  # noqa: E402

from tests.helpers import DEMO_DAY  # noqa: E402


@pytest.fixture(scope="session")
def sandbox_env() -> dict[str, str]:
    """The environment for child processes: offscreen, with the tests' own folders."""
    return dict(os.environ)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo workspace as of DEMO_DAY, built once; tests work on copies of it."""
    from okrdesk.store.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.okrdesk"
    build_demo(path, DEMO_DAY)
    return path
