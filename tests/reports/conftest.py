"""Report fixtures: copies of the demo workspace (tests/conftest.py), with a GUI application
for fonts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path, qapp) -> Path:
    path = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, path)
    return path
