"""Where okrdesk finds its resources and keeps its data.

Resources live in the top-level resources/ folder of the source tree, in okrdesk/resources
inside an installed wheel, and in resources/ beside the executable of a frozen build.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "okrdesk"
ORGANIZATION = "okrdesk"  # with APP_NAME, where QSettings keeps the per-computer settings
WORKSPACE_SUFFIX = ".okrdesk"
PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "style.qss").is_file():
            return candidate
    raise FileNotFoundError("okrdesk resources not found in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_workspace_path() -> Path:
    return data_dir() / f"workspace{WORKSPACE_SUFFIX}"


def demo_workspace_path() -> Path:
    return data_dir() / f"demo{WORKSPACE_SUFFIX}"
