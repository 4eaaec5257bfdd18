"""The translations are complete and consistent: every .ts message finished, placeholders and
mnemonics as in the English source, every string of the code in the .ts files, and every
committed .qm what lrelease makes of its .ts.

Refresh the .ts files with `python resources/translations/update_translations.py`; rebuild the
.qm files with `python resources/translations/update_translations.py release`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.qm_files import TRANSLATIONS, release_command, update_translations

LANGUAGES = update_translations.LANGUAGES
SHOWN = 8  # messages listed per failure; the count says how many there are
# {name} (not {{ }}), %1..%9, %n / %Ln; a & before a character that is not & or a space.
NAMED = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}(?!\})")
NUMBERED = re.compile(r"%(L?[1-9])")
COUNT = re.compile(r"%L?n")
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def named(self) -> str:
        """How a failure names it: [Context] "source"."""
        context = self.context or "(no context)"
        return f'[{context}] "{self.source}"' + (f" ({self.comment})" if self.comment else "")


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [form.text or "" for form in forms] or [
                (translation.text or "") if translation is not None else ""
            ]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=translation.get("type", "") if translation is not None else "unfinished",
                    forms=tuple(texts),
                )
            )
    return messages


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"okrdesk_{language}.ts"


def fail_listing(what: str, items: list[str]) -> None:
    if items:
        more = f"\n  … and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
        listed = "\n  ".join(items[:SHOWN])
        pytest.fail(f"{len(items)} {what}:\n  {listed}{more}", pytrace=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language):
    problems = []
    for message in read_ts(ts_path(language)):
        if message.kind in ("vanished", "obsolete"):
            problems.append(f"{message.named()}: {message.kind}")
        elif message.kind == "unfinished" or not all(message.forms):
            problems.append(f"{message.named()}: unfinished")
    fail_listing(f"messages of okrdesk_{language}.ts are not finished", problems)


def placeholder_problems(message: Message) -> list[str]:
    problems = []
    source_names = set(NAMED.findall(message.source))
    source_numbers = set(NUMBERED.findall(message.source))
    for form in filter(None, message.forms):
        if set(NAMED.findall(form)) != source_names:
            problems.append(f"{message.named()}: {{…}} {sorted(set(NAMED.findall(form)))}")
        if set(NUMBERED.findall(form)) != source_numbers:
            problems.append(f"{message.named()}: %1..%9 in {form!r}")
        if COUNT.search(message.source) and not COUNT.search(form):
            problems.append(f"{message.named()}: no %n in the plural form {form!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_those_of_the_source(language):
    problems = [p for m in read_ts(ts_path(language)) for p in placeholder_problems(m)]
    fail_listing(f"translations in okrdesk_{language}.ts change their placeholders", problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mnemonic_stays_one_mnemonic(language):
    problems = []
    for message in read_ts(ts_path(language)):
        if len(MNEMONIC.findall(message.source)) != 1:
            continue
        for form in filter(None, message.forms):
            if len(MNEMONIC.findall(form)) != 1:
                problems.append(f"{message.named()}: {form!r} needs exactly one &")
    fail_listing(f"translations in okrdesk_{language}.ts lose their & mnemonic", problems)


def code_comment_notes(ts: Path) -> list[str]:
    """pyside6-lupdate takes a `#:` comment for a note to the translator of the next tr()."""
    return [
        f"{message.findtext('source')!r}: {message.findtext('extracomment')!r}"
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("extracomment") is not None
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_code_comment_reaches_translators_as_a_note(language):
    notes = code_comment_notes(ts_path(language))
    fail_listing(f"messages of okrdesk_{language}.ts carry a code comment as a note", notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_what_lupdate_finds_in_the_code(language, tmp_path):
    copy = tmp_path / f"okrdesk_{language}.ts"
    shutil.copyfile(ts_path(language), copy)
    command = update_translations.update_command(language, copy)
    subprocess.run(command, check=True, capture_output=True)
    found = {m.key: m for m in read_ts(copy)}
    held = {m.key: m for m in read_ts(ts_path(language))}
    problems = [f"{found[key].named()}: not in the .ts" for key in found.keys() - held.keys()]
    problems += [f"{held[key].named()}: gone from the code" for key in held.keys() - found.keys()]
    problems += [f"{note} (a #: comment in the code)" for note in code_comment_notes(copy)]
    fail_listing(
        f"differences between the code and okrdesk_{language}.ts (run "
        "resources/translations/update_translations.py)",
        sorted(problems),
    )


def _translations(qm: Path, messages: list[Message]) -> list[tuple]:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    counts = range(0, 30) if any(m.numerus for m in messages) else (-1,)
    return [
        (m.key, n, translator.translate(m.context, m.source, m.comment or None, n))
        for m in messages
        for n in (counts if m.numerus else (-1,))
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_lreleases_output_of_its_ts(language, tmp_path):
    committed = ts_path(language).with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run update_translations.py release"
    built = tmp_path / committed.name
    subprocess.run(release_command(ts_path(language), built), check=True, capture_output=True)
    if built.read_bytes() == committed.read_bytes():
        return
    # Another lrelease version may lay the file out differently: then what it says must agree.
    messages = read_ts(ts_path(language))
    assert _translations(committed, messages) == _translations(built, messages), (
        f"{committed.name} is not what lrelease makes of {committed.with_suffix('.ts').name}: "
        "run resources/translations/update_translations.py release"
    )


def test_every_message_has_a_context():
    """lupdate gives a message no context when it cannot tell the class (a bare `tr(...)`
    function): at run time it is looked up under another context and never translated."""
    problems = [m.named() for m in read_ts(ts_path("pl")) if not m.context]
    fail_listing("messages have no context (translate them through a class's tr)", problems)


BROKEN_TS = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>
<TS version="2.1" language="pl"><context><name>Checks</name>
<message><source>Hello {name}</source><translation>Cześć {imie}</translation></message>
<message><source>%1 of %2</source><translation>%1 z</translation></message>
<message><source>&amp;Save</source><translation>Zapisz</translation></message>
<message><source>&amp;Open</source><translation>&amp;Otwórz</translation></message>
<message numerus="yes"><source>%n day(s)</source><translation>
<numerusform>%n dzień</numerusform><numerusform>%n dni</numerusform>
<numerusform>wiele dni</numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">Nie ma</translation></message>
</context></TS>"""


def test_the_checks_name_each_broken_translation(tmp_path):
    path = tmp_path / "broken.ts"
    path.write_text(BROKEN_TS, encoding="utf-8")
    messages = read_ts(path)
    problems = [p for m in messages for p in placeholder_problems(m)]
    assert problems == [
        "[Checks] \"Hello {name}\": {…} ['imie']",
        "[Checks] \"%1 of %2\": %1..%9 in '%1 z'",
        "[Checks] \"%n day(s)\": no %n in the plural form 'wiele dni'",
    ]
    lost = [m.source for m in messages if len(MNEMONIC.findall(m.source)) == 1]
    assert lost == ["&Save", "&Open"]
    assert [len(MNEMONIC.findall(m.forms[0])) for m in messages[2:4]] == [0, 1]
    assert [m.kind for m in messages][-1] == "vanished"
