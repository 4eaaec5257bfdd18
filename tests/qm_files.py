"""Real translations for tests: a few messages written as a .ts file, built into a .qm by
pyside6-lrelease the way resources/translations/update_translations.py builds okrdesk's, and
installed with QTranslator for the duration of a `with`, removed after."""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"

# (context, source) → the translation, or its plural forms for a `%n` message.
Messages = Mapping[tuple[str, str], "str | Sequence[str]"]


def _load_update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", TRANSLATIONS / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_translations = _load_update_translations()
release_command = update_translations.release_command


def _message(source: str, translation: str | Sequence[str]) -> str:
    if isinstance(translation, str):
        return (
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
    return (
        f'<message numerus="yes"><source>{escape(source)}</source>'
        f"<translation>{forms}</translation></message>"
    )


def build_qm(folder: Path, name: str, language: str, messages: Messages) -> Path:
    """folder/<name>.qm holding `messages` in `language` ("pl_PL"), finished."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        contexts.setdefault(context, []).append(_message(source, translation))
    body = "".join(
        f"<context><name>{escape(context)}</name>{''.join(items)}</context>"
        for context, items in contexts.items()
    )
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"{name}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">{body}</TS>\n',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run(release_command(ts, qm), check=True, capture_output=True)
    return qm


@contextmanager
def installed(folder: Path, language: str, messages: Messages) -> Iterator[QTranslator]:
    """`messages` as the application's translation while the block runs (a QApplication is
    made if there is none: okrdesk's window and reports need one, not a bare core app)."""
    app = QApplication.instance() or QApplication([])
    translator = QTranslator()
    assert translator.load(str(build_qm(folder, f"tiny_{language}", language, messages)))
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
