"""okrdesk finds its resources from the source tree, an installed wheel and a frozen build."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import pytest

import okrdesk
from okrdesk.paths import resource_dir

SOURCE_TREE = Path(okrdesk.__file__).resolve().parent.parent
PRINT_RESOURCES = "from okrdesk.paths import resource_dir; print(resource_dir())"
README_PICTURES = SOURCE_TREE / "resources" / "readme"
# Every file under resources/ but the README's pictures, as paths relative to the source tree.
RUN_TIME_RESOURCES = sorted(
    path.relative_to(SOURCE_TREE).as_posix()
    for path in (SOURCE_TREE / "resources").rglob("*")
    if path.is_file() and README_PICTURES not in path.parents and "__pycache__" not in path.parts
)


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
    for code in ("en", "pl", "hu", "ru"):
        assert f"okrdesk/resources/translations/okrdesk_{code}.qm" in names
    assert {f"okrdesk/{name}" for name in RUN_TIME_RESOURCES} <= names
    assert not [name for name in names if name.startswith("okrdesk/resources/readme/")]
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


ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = SOURCE_TREE / "resources" / "icons"
DESKTOP_ENTRY = SOURCE_TREE / "resources" / "linux" / "okrdesk.desktop"
INSTALL_ENTRY = SOURCE_TREE / "resources" / "linux" / "install-desktop-entry.sh"


def test_icon_at_every_size_with_transparent_corners():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"okrdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0, "the rounded square leaves the corners clear"
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_icon_holds_six_sizes():
    data = (ICONS / "okrdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 6)
    sides = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 32, 48, 64, 128, 256]
    for i in range(count):
        length, offset = struct.unpack_from("<II", data, 6 + 16 * i + 8)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)


def test_desktop_entry_names_the_icon_and_the_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "okrdesk"
    assert desktop["Icon"] == "okrdesk"
    assert desktop["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP_ENTRY)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_entry_for_a_user(tmp_path):
    executable = tmp_path / "My Apps" / "okrdesk"
    executable.parent.mkdir()
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    data = tmp_path / "data"
    subprocess.run(
        ["bash", str(INSTALL_ENTRY), str(executable)],
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)},
        check=True,
        capture_output=True,
    )
    installed = (data / "applications" / "okrdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{executable}"\n' in installed
    assert "Icon=okrdesk\n" in installed
    for size in ICON_SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "okrdesk.png"
        assert icon.read_bytes() == (ICONS / f"okrdesk-{size}.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "okrdesk.svg").is_file()


def test_build_extra_and_spec_take_the_package_version():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((SOURCE_TREE / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["project"]["optional-dependencies"]["build"]
    assert any(requirement.startswith("pyinstaller") for requirement in build)
    spec = (SOURCE_TREE / "okrdesk.spec").read_text(encoding="utf-8")
    assert '"okrdesk" / "__init__.py"' in spec
    assert "version=VERSION" in spec
    assert '"versions/*.py"' in spec, "the migrations go into the bundle as files"


def spec_datas(monkeypatch) -> list[tuple[str, str]]:
    """The data files okrdesk.spec hands PyInstaller, read by running the spec with
    PyInstaller's build steps replaced by recorders (PyInstaller is only in the build extra)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: []
    hooks.copy_metadata = lambda package: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "argv", ["pyinstaller"])
    analysed: list[dict] = []

    def analysis(scripts, **options):
        analysed.append(options)
        return types.SimpleNamespace(binaries=[], datas=[], scripts=[], pure=[])

    def step(*args, **options):
        return types.SimpleNamespace()

    spec = SOURCE_TREE / "okrdesk.spec"
    names = {"SPECPATH": str(SOURCE_TREE), "workpath": "build", "Analysis": analysis}
    names |= {"PYZ": step, "EXE": step, "COLLECT": step, "BUNDLE": step}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), names)
    (options,) = analysed
    return options["datas"]


def test_spec_bundles_the_resources_but_not_the_readme_pictures(monkeypatch):
    bundled = {
        (Path(source).relative_to(SOURCE_TREE).as_posix(), folder)
        for source, folder in spec_datas(monkeypatch)
    }
    assert list(README_PICTURES.glob("*.png")), "the README's pictures are in resources/readme/"
    assert not [source for source, _ in bundled if source.startswith("resources/readme/")]
    expected = {
        (name, str(Path(name).parent))
        for name in RUN_TIME_RESOURCES
        if not name.endswith(("render_icons.py", "make_templates.py", "update_translations.py"))
        and not name.endswith(".ts")
    }
    assert expected <= bundled
    translations = {name for name, _ in bundled if name.startswith("resources/translations/")}
    assert translations == {
        f"resources/translations/okrdesk_{code}.qm" for code in ("en", "pl", "hu", "ru")
    } | {"resources/translations/README.md"}


def test_readme_pictures_exist_and_stay_small():
    readme = (SOURCE_TREE / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", readme)
    assert len(pictures) >= 8
    on_disk = {path.relative_to(SOURCE_TREE).as_posix() for path in README_PICTURES.glob("*.png")}
    assert on_disk == set(pictures), "every picture is shown, and only those"
    for picture in pictures:
        assert picture.startswith("resources/readme/"), picture
        path = SOURCE_TREE / picture
        assert path.is_file(), picture
        assert path.stat().st_size < 150_000, picture


def test_readme_says_how_to_build():
    readme = (SOURCE_TREE / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Build the desktop executable", 1)[1].split("\n## ", 1)[0]
    assert 'pip install -e ".[build]"' in section
    assert "pyinstaller okrdesk.spec" in section
    assert "dist/okrdesk/okrdesk" in section
    assert "--onefile" in section


def test_install_desktop_entry_from_inside_a_frozen_build(tmp_path):
    folder = tmp_path / "dist" / "okrdesk"
    for part in ("linux", "icons"):
        shutil.copytree(SOURCE_TREE / "resources" / part, folder / "_internal" / "resources" / part)
    executable = folder / "okrdesk"
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    data = tmp_path / "data"
    subprocess.run(
        ["bash", str(folder / "_internal" / "resources" / "linux" / INSTALL_ENTRY.name)],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)},
        check=True,
        capture_output=True,
    )
    installed = (data / "applications" / "okrdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{executable}"\n' in installed
