"""Refresh the translation sources from the code: `python update_translations.py` here.

Runs pyside6-lupdate over every module of okrdesk into okrdesk_<language>.ts here: new strings
arrive unfinished, strings the code no longer has are dropped. English needs only its plural
forms (the source text is English). Line numbers are left out so that an edit elsewhere in a
file does not touch every .ts file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_ROOT = HERE.parent.parent / "okrdesk"
LANGUAGES = ("en", "pl", "hu", "ru")


def lupdate() -> str:
    """The lupdate that came with PySide6, beside this Python or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCE_ROOT.rglob("*.py"))


def update(language: str) -> None:
    command = [lupdate(), *sources(), "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language]
    if language == "en":
        command.append("-pluralonly")
    command += ["-ts", str(HERE / f"okrdesk_{language}.ts")]
    subprocess.run(command, check=True)


def main() -> None:
    for language in sys.argv[1:] or LANGUAGES:
        update(language)


if __name__ == "__main__":
    main()
