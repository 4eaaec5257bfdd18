"""okrdesk finds its resources from the source tree, an installed wheel and a frozen build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import okrdesk
from okrdesk.paths import resource_dir

SOURCE_TREE = Path(okrdesk.__file__).resolve().parent.parent
PRINT_RESOURCES = "from okrdesk.paths import resource_dir; print(resource_dir())"


def test_source_tree_resources():
    assert resource_dir() == SOURCE_TREE / "resources"
    assert (resource_dir() / "icons" / "okrdesk.svg").is_file()


def test_installed_wheel_carries_resources_and_migrations(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(SOURCE_TREE),
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "wheels"),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "wheels").glob("okrdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "okrdesk/resources/style.qss" in names
    assert "okrdesk/store/migrations/env.py" in names
    assert any(name.startswith("okrdesk/store/migrations/versions/0001_") for name in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_RESOURCES],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(result.stdout.strip()) == site / "okrdesk" / "resources"


def test_frozen_build_resources_beside_the_executable(tmp_path):
    shutil.copytree(SOURCE_TREE / "resources", tmp_path / "bundle" / "resources")
    code = f"import sys; sys._MEIPASS = {str(tmp_path / 'bundle')!r}; {PRINT_RESOURCES}"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert Path(result.stdout.strip()) == tmp_path / "bundle" / "resources"
