"""A real translation for tests: a few messages written as a .ts file, built into a .qm with
pyside6-lrelease (beside the venv's python) and installed with QTranslator, removed after."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

# (context, source) → the translation, or its plural forms for a `%n` message.
Messages = Mapping[tuple[str, str], "str | Sequence[str]"]


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


def build_qm(folder: Path, language: str, messages: Messages) -> Path:
    """The .qm of `messages` in `language` ("pl_PL"), built in `folder`."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        contexts.setdefault(context, []).append(_message(source, translation))
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in contexts.items()
    )
    ts = folder / f"tiny_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">{body}</TS>\n',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@contextlib.contextmanager
def installed(folder: Path, language: str, messages: Messages) -> Iterator[None]:
    """`messages` as the application's translation while the block runs."""
    translator = QTranslator()
    assert translator.load(str(build_qm(folder, language, messages)))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
