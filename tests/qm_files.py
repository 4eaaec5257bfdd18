"""Real .qm files for tests: a small .ts written here and built by pyside6-lrelease, the way
resources/translations/update_translations.py builds okrdesk's."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _load_update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", TRANSLATIONS / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_translations = _load_update_translations()
release_command = update_translations.release_command


def build_qm(folder: Path, name: str, language: str, messages: dict[tuple[str, str], str]) -> Path:
    """folder/<name>.qm holding `messages` ((context, source) → translation), finished."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{escape(context)}</name>{''.join(items)}</context>"
        for context, items in contexts.items()
    )
    ts = folder / f"{name}.ts"
    folder.mkdir(parents=True, exist_ok=True)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">{body}</TS>',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run(release_command(ts, qm), check=True, capture_output=True)
    return qm
