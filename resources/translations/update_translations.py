"""Refresh the translations: `python update_translations.py` here.

    python update_translations.py            update every .ts from the code, then release
    python update_translations.py pl hu      the same for those languages only
    python update_translations.py release    only rebuild the .qm files from the .ts files

Update runs pyside6-lupdate over every module of okrdesk into okrdesk_<language>.ts here: new
strings arrive unfinished, strings the code no longer has are dropped. English needs only its
plural forms (the source text is English). Line numbers are left out so that an edit elsewhere
in a file does not touch every .ts file.

Release runs pyside6-lrelease on each okrdesk_<language>.ts into okrdesk_<language>.qm beside
it, the file okrdesk loads. The .qm files are committed (tests/test_translations.py checks that
each one is what lrelease makes of its .ts), so a fresh clone, the wheel and the desktop
executable need no build step for them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_ROOT = HERE.parent.parent / "okrdesk"
LANGUAGES = ("en", "pl", "hu", "ru")


def tool(name: str) -> str:
    """pyside6-<name> (lupdate, lrelease) as it came with PySide6, beside this Python or on
    PATH."""
    program = f"pyside6-{name}"
    beside = Path(sys.executable).with_name(program)
    found = str(beside) if beside.exists() else shutil.which(program)
    if found is None:
        raise SystemExit(f"{program} not found: install PySide6-Essentials")
    return found


def lupdate() -> str:
    return tool("lupdate")


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCE_ROOT.rglob("*.py"))


def update_command(language: str, ts: Path) -> list[str]:
    """lupdate of the code into `ts` (the tests run the same into a copy to compare)."""
    command = [lupdate(), *sources(), "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language]
    if language == "en":
        command.append("-pluralonly")
    return [*command, "-ts", str(ts)]


def update(language: str) -> None:
    subprocess.run(update_command(language, HERE / f"okrdesk_{language}.ts"), check=True)


def release_command(ts: Path, qm: Path) -> list[str]:
    """lrelease of one .ts into one .qm (the tests build the same way to compare)."""
    return [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]


def release(language: str) -> None:
    ts = HERE / f"okrdesk_{language}.ts"
    subprocess.run(release_command(ts, ts.with_suffix(".qm")), check=True)


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[:1] == ["release"]:
        for language in arguments[1:] or LANGUAGES:
            release(language)
        return
    for language in arguments or LANGUAGES:
        update(language)
        release(language)


if __name__ == "__main__":
    main()
