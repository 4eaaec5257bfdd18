"""The language okrdesk speaks: which one is chosen, and Qt's and okrdesk's translators for it.

QtCore only, so that the command line can switch languages without widgets. The chosen locale
becomes QLocale's default, so every QLocale() writes numbers and dates in it, and the
translators for its language are installed into the running application (Qt needs one:
`QCoreApplication.installTranslator` refuses to work before it exists).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

from okrdesk import paths
from okrdesk.reports.english_plurals import install_english_plurals

# The languages okrdesk speaks, each named in its own language (the Language setting's list).
LANGUAGES = {"en": "English", "pl": "Polski", "hu": "Magyar", "ru": "Русский"}
# Where a Unix system names the language of messages, the first set one wins (POSIX order).
LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# The locale each language gets when only the language is named ("pl" → pl_PL).
HOME_LOCALES = {"en": "en_US", "pl": "pl_PL", "hu": "hu_HU", "ru": "ru_RU"}

_installed: list[QTranslator] = []


def _bare(name: str) -> str:
    """ "pl_PL.UTF-8@euro" → "pl_PL"; "pl-PL" → "pl_PL"."""
    return name.split(".")[0].split("@")[0].replace("-", "_").strip()


def system_locale_name() -> str:
    """The system's language: LC_ALL, LC_MESSAGES or LANG where set, else what Qt reads from
    the system (Windows, macOS)."""
    for variable in LANGUAGE_VARIABLES:
        value = _bare(os.environ.get(variable, ""))
        if value:
            return value
    languages = QLocale.system().uiLanguages()
    return _bare(languages[0]) if languages else "C"


def language_code(locale: QLocale) -> str:
    """The two-letter language of `locale` ("pl"); "en" for the C locale."""
    if locale.language() == QLocale.Language.C:
        return "en"
    return locale.bcp47Name().split("-")[0]


def chosen_locale(name: str | None = None) -> QLocale:
    """The locale okrdesk uses for a setting or --locale value ("pl_PL", "hu", "ru_RU.UTF-8";
    empty or None: the system's). A language okrdesk does not speak gives English (written as
    in the same country where Qt knows English there: en_DE writes "6 Dec 2026" with a decimal
    comma); the C locale stays C."""
    bare = _bare(name or "") or system_locale_name()
    if bare in ("C", "POSIX"):
        return QLocale.c()
    locale = QLocale(bare)
    code = language_code(locale)
    if code in LANGUAGES and locale.language() != QLocale.Language.C:
        if "_" in bare:
            return locale
        # Only the language named (the Language setting): the system's country where the
        # system speaks it (en_GB stays en_GB), else the language's home.
        system = QLocale(system_locale_name())
        return system if language_code(system) == code else QLocale(HOME_LOCALES[code])
    english = QLocale(QLocale.Language.English, locale.territory())
    if english.language() == QLocale.Language.English and english.territory() == locale.territory():
        return english
    return QLocale(HOME_LOCALES["en"])


def translations_dir() -> str:
    """Where okrdesk_<language>.qm are: resources/translations."""
    return str(paths.resource("translations"))


def translator_files(locale: QLocale) -> list[tuple[str, str]]:
    """(folder, file name) of Qt's and okrdesk's translations for `locale`'s language."""
    code = language_code(locale)
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [(qt, f"qtbase_{code}"), (translations_dir(), f"okrdesk_{code}")]


@contextlib.contextmanager
def no_locale_warning() -> Iterator[None]:
    """While an application is made: without Qt's warning that the system's locale is not
    UTF-8 (LC_ALL=C). Qt then uses C.UTF-8 by itself, as okrdesk would; the four lines would
    only come before what a command has to say. Every other message is written as Qt would."""

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if not message.startswith('Detected locale "'):
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(quiet)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def speak(locale: QLocale) -> list[str]:
    """Make `locale` the default of every QLocale() and install the translators for its
    language (replacing those this function installed before). A QCoreApplication is made
    when none runs yet. Returns the names of the translation files loaded."""
    app = QCoreApplication.instance()
    if app is None:
        with no_locale_warning():
            app = QCoreApplication(["okrdesk"])
    QLocale.setDefault(locale)
    install_english_plurals(app)  # first: the language files installed after it are asked first
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    loaded = []
    for folder, name in translator_files(locale):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def spoken() -> list[str]:
    """The languages of the okrdesk translators installed now ("okrdesk_pl"), for tests and the
    self-test."""
    return [Path(translator.filePath()).stem for translator in _installed]
