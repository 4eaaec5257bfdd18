"""A translation file written by a test: a .ts of a few messages, built with pyside6-lrelease
and installed for the duration of a `with`, so a test can read the app in another language
without depending on the shipped translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

# (context, source, translation): a str, or a tuple of plural forms for a %n message.
Message = tuple[str, str, "str | tuple[str, ...]"]


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "lrelease"


def write_qm(folder: Path, language: str, messages: list[Message]) -> Path:
    """okrdesk_<language>.qm with `messages`, in `folder`."""
    contexts: dict[str, list[str]] = {}
    for context, source, translation in messages:
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translation)
            entry = f'<message numerus="yes"><source>{escape(source)}</source>'
            entry += f"<translation>{forms}</translation></message>"
        else:
            entry = f"<message><source>{escape(source)}</source>"
            entry += f"<translation>{escape(translation)}</translation></message>"
        contexts.setdefault(context, []).append(entry)
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(entries)}</context>"
        for name, entries in contexts.items()
    )
    ts = folder / f"okrdesk_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">{body}</TS>\n',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@contextmanager
def translated(folder: Path, language: str, messages: list[Message]) -> Iterator[None]:
    """The messages translated while inside the `with` (the QApplication is made if none, as
    okrdesk's window and reports need a QApplication, not a bare QCoreApplication)."""
    app = QApplication.instance() or QApplication([])
    translator = QTranslator()
    assert translator.load(str(write_qm(folder, language, messages)))
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
