"""The `okrdesk` command: starts the GUI, or runs a headless subcommand.

Heavy modules (Qt, SQLAlchemy, pandas) are imported inside the subcommand that needs them, so
that `okrdesk --version` and the start-up path stay fast. Bad input ends with a one-line
message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from okrdesk import __version__, cli_copy, cli_okr, cli_team
from okrdesk.cli_exit import EXIT_OK, WORKSPACE_HELP, fail, said_line, workspace_argument
from okrdesk.cli_text import ARGPARSE_WORDS, Cli, argparse_words, said
from okrdesk.domain.text import Text
from okrdesk.store.words import os_reason

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

# These make their window's application themselves and choose its language there (`screenshot`
# by --lang, the others by the Language setting, else the system's language).
WINDOW_COMMANDS = (None, "open", "screenshot", "self-test")
# The commands without a window that paint (charts, fonts, pages): they need a GUI application.
PAINTING_COMMANDS = frozenset({"report"})
_application = None  # the application of a command without a window, kept while it runs
_spoken = False  # whether a language was chosen yet (a window command's is chosen late)
_own_process = False  # whether the process runs this one command and ends (okrdesk.launch)


class _NotSpokenYet(Exception):
    """The arguments were refused before a language was chosen."""


class _Parser(argparse.ArgumentParser):
    """Refuses arguments in the command's language: before one is chosen (a window command
    chooses its own late), the refusal waits for it."""

    def error(self, message: str) -> NoReturn:
        if not _spoken:
            raise _NotSpokenYet
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="okrdesk",
        description=said(
            Cli.tr("Offline OKRs, weekly growth experiments and the sales funnel of one team.")
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"okrdesk {__version__}",
        help=said(ARGPARSE_WORDS["show program's version number and exit"]),
    )
    parser.add_argument(
        "--demo", action="store_true", help=said(Cli.tr("open a freshly built demo workspace"))
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help=said(Cli.tr("open a workspace file in the window")))
    open_cmd.add_argument("path", help=said(WORKSPACE_HELP))
    open_cmd.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=said(Cli.tr("quit as soon as the window is shown and idle (smoke tests, benchmarks)")),
    )

    demo = commands.add_parser(
        "demo", help=said(Cli.tr("build the demo workspace into a new file"))
    )
    demo.add_argument(
        "path",
        help=said(Cli.tr("the file to create (it must not exist), or a server's empty database")),
    )
    demo.add_argument(
        "--lang",
        help=said(
            Cli.tr(
                "en, pl, hu or ru (or a locale like pl_PL): the demo's texts and currency "
                "(default: the system's language, as LC_ALL, LC_MESSAGES or LANG name it; "
                "English for any other)"
            )
        ),
    )

    check = commands.add_parser(
        "check", help=said(Cli.tr("check a workspace file and count what it holds"))
    )
    check.add_argument("path", help=said(WORKSPACE_HELP))

    shot = commands.add_parser(
        "screenshot",
        help=said(Cli.tr("render every section of a workspace to PNG files, offscreen")),
    )
    shot.add_argument("path", help=said(WORKSPACE_HELP))
    shot.add_argument("directory", type=Path, help=said(Cli.tr("where the PNG files go")))
    shot.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help=said(
            Cli.tr("the window (and offscreen screen) size, like 1366x768 (default: 1440x900)")
        ),
    )
    shot.add_argument(
        "--lang",
        metavar="LOCALE",
        help=said(
            Cli.tr(
                "the screens in this language and its way of writing numbers and dates, like "
                "pl_PL (default: the Language setting, else the system's)"
            )
        ),
    )

    report = commands.add_parser(
        "report",
        help=said(Cli.tr("write the weekly review of a workspace as PDF, HTML or Markdown")),
    )
    report.add_argument("path", help=said(WORKSPACE_HELP))
    report.add_argument(
        "--week",
        help=said(Cli.tr("the week to review, like 2026-W47 (default: the last full week)")),
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        help=said(Cli.tr("the file to write: FILE.pdf, .html or .md")),
    )
    report.add_argument(
        "--locale", help=said(Cli.tr("numbers and dates as in this locale, like de_DE"))
    )

    imp = commands.add_parser(
        "import",
        help=said(Cli.tr("import weekly funnel counts or raw events from a CSV or XLSX file")),
    )
    imp.add_argument("path", help=said(WORKSPACE_HELP))
    imp.add_argument("file", type=Path, help=said(Cli.tr("the CSV or XLSX file to import")))
    imp.add_argument(
        "--funnel", required=True, help=said(Cli.tr("the funnel; created if it does not exist"))
    )
    imp.add_argument("--shape", choices=("counts", "events"), help=said(Cli.tr("default: guessed")))
    imp.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD",
        help=said(Cli.tr("the file's COLUMN holds FIELD (week, stage, count, source, variant, "
        "spend, revenue, lead_id, timestamp, stage:NAME); repeatable")),
    )  # fmt: skip
    imp.add_argument(
        "--stage", action="append", default=[], metavar="NAME=STAGE",
        help=said(Cli.tr("the file's stage NAME is the funnel's STAGE (case ignored; NAME= "
        "leaves its rows out); repeatable")),
    )  # fmt: skip
    imp.add_argument(
        "--skip-unknown-stages", action="store_true",
        help=said(Cli.tr("leave out the rows whose stage is not in the funnel instead of "
        "refusing the file")),
    )  # fmt: skip
    imp.add_argument(
        "--encoding", help=said(Cli.tr("default: detected (utf-8, cp1250, cp1251, iso-8859-2…)"))
    )
    imp.add_argument(
        "--date-format", help=said(Cli.tr("like %%d.%%m.%%Y or %%m/%%d/%%Y; default: detected"))
    )
    imp.add_argument("--sheet", help=said(Cli.tr("the XLSX sheet; default: the first")))

    exp = commands.add_parser(
        "export",
        help=said(Cli.tr("write a funnel's weekly counts and conversion rates to CSV or XLSX")),
    )
    exp.add_argument("path", help=said(WORKSPACE_HELP))
    exp.add_argument("--funnel", required=True, help=said(Cli.tr("the funnel's name")))
    exp.add_argument(
        "--out", type=Path, required=True, help=said(Cli.tr("the file to write: FILE.csv or .xlsx"))
    )

    cli_okr.add_parsers(commands)
    cli_team.add_parser(commands)
    cli_copy.add_parser(commands)

    commands.add_parser(
        "self-test",
        help=said(
            Cli.tr(
                "build a demo workspace in a temporary folder, open it, render every screen "
                "offscreen, write a report and check it; exit 0 when all went well"
            )
        ),
    )
    return parser


def _demo(path: Path, lang: str | None) -> int:
    from PySide6.QtCore import QLocale

    from okrdesk.reports.language import language_code
    from okrdesk.store.demo.builder import build_demo
    from okrdesk.store.demo.content import LANGUAGES, demo_language
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.ui.common import clock

    # Without --lang, the language the command speaks (the system's; English for another).
    language = demo_language(lang) if lang else language_code(QLocale())
    if language is None:
        written_in = Cli.tr("{lang}: the demo is written in {languages}")
        return fail(said(written_in.format(lang=lang, languages=", ".join(LANGUAGES))))
    try:
        build_demo(path, clock.today(), language=language)
    except WorkspaceError as error:
        return fail(said_line(error))
    print(said(Cli.tr("Demo workspace written to {path}").format(path=path)))
    return EXIT_OK


def _check(path: Path) -> int:
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.store.workspace.health import check_workspace

    try:
        report = check_workspace(path)
    except WorkspaceError as error:
        return fail(said_line(error))
    counts = report.counts
    state = (
        Cli.tr("{revision} (current)")
        if report.is_current
        else Cli.tr("{revision} (older; it is upgraded when opened)")
    )
    lines = [
        (Cli.tr("workspace:"), str(path)),
        (Cli.tr("schema version:"), said(state.format(revision=report.revision))),
        (Cli.tr("integrity check:"), report.integrity),
        (Cli.tr("objectives:"), counts.objectives),
        (Cli.tr("key results:"), counts.key_results),
        (Cli.tr("check-ins:"), counts.checkins),
        (Cli.tr("experiments:"), counts.experiments),
        (Cli.tr("funnel weeks:"), counts.funnel_weeks),
    ]
    labels = [said(label) for label, _ in lines]
    width = max(len(label) for label in labels) + 1
    for label, (_, value) in zip(labels, lines, strict=True):
        print(f"{label:<{width}}{value}")
    if not report.healthy:
        return fail(
            said(
                Cli.tr("{path}: integrity check failed: {result}").format(
                    path=path, result=report.integrity
                )
            )
        )
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    from okrdesk.ui.screenshot import parse_size

    try:
        return parse_size(text)
    except ValueError:
        message = said(
            Cli.tr("{size}: give the size as WIDTHxHEIGHT, like 1366x768").format(size=text)
        )
        raise argparse.ArgumentTypeError(message) from None


def _screenshot(
    path: Path, directory: Path, size: tuple[int, int] | None, lang: str | None = None
) -> int:
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.ui.screenshot import SIZE, write_screenshots

    try:
        written = write_screenshots(path, directory, size or SIZE, lang)
    except (WorkspaceError, OSError) as error:
        return fail(said_line(error))
    for file in written:
        print(file)
    return EXIT_OK


def _report(path: Path, week: str | None, out: Path, locale: str | None) -> int:
    from okrdesk.reports import export
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.ui.common import clock

    try:
        kind = export.report_kind(out)
        data = export.load_report_input(path, week, locale, clock.today())
        if kind != "markdown":
            export.ensure_gui_application()
        export.write_report(out, data)
    except (export.ReportError, WorkspaceError) as error:
        return fail(said_line(error))
    except OSError as error:
        return fail(f"{out}: {said(os_reason(error))}")
    print(
        said(
            Cli.tr("Weekly review of {week} written to {path}").format(
                week=data.review.week.isoformat(), path=out
            )
        )
    )
    return EXIT_OK


def _pairs(items: Sequence[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.rpartition("=")
        if not sep or not key:
            raise ValueError(said(Cli.tr("{item}: expected {form}").format(item=item, form=what)))
        pairs[key] = value
    return pairs


def _import(args: argparse.Namespace) -> int:
    from okrdesk.store.bindings import import_file
    from okrdesk.store.errors import ImportProblem, WorkspaceError
    from okrdesk.store.funnel.importing import ImportOptions
    from okrdesk.store.words import Importing
    from okrdesk.store.workspace.files import open_workspace

    try:
        options = ImportOptions(
            funnel=args.funnel,
            shape=args.shape,
            mapping=_pairs(args.map, "COLUMN=FIELD"),
            encoding=args.encoding,
            date_format=args.date_format,
            sheet=args.sheet,
            stage_map=_pairs(args.stage, "NAME=STAGE"),
            skip_unknown_stages=args.skip_unknown_stages,
        )
        workspace = open_workspace(args.path, read_only=False)
    except (ValueError, WorkspaceError) as error:
        return fail(said_line(error))
    try:
        taken_over = _takes_default_funnel(workspace, args.funnel)
        result = import_file(workspace, args.file, options)
    except ImportProblem as error:
        if not error.date_formats:
            return fail(said_line(error))
        line = Importing.tr("{problem} (pass --date-format with one of these: {formats})")
        return fail(said(line.format(problem=error.text, formats=", ".join(error.date_formats))))
    finally:
        workspace.close()
    assert result is not None  # nothing cancels a command-line import
    for line in _import_lines(result, args.funnel, taken_over):
        print(said(line))
    return EXIT_OK


def _import_lines(result, funnel: str, taken_over: bool) -> list[Text]:
    """What an import did, one sentence a line, each with at most one count."""
    if taken_over:
        into = Cli.tr(
            'Imported %n row(s) of {file} as {shape} into the funnel "{funnel}" (the new '
            "workspace's empty default funnel, renamed).",
            None,
            result.rows,
        )
    elif result.funnel_created:
        into = Cli.tr(
            'Imported %n row(s) of {file} as {shape} into the funnel "{funnel}" (created with '
            "the default stages).",
            None,
            result.rows,
        )
    else:
        into = Cli.tr(
            'Imported %n row(s) of {file} as {shape} into the funnel "{funnel}".', None, result.rows
        )
    lines = [
        into.format(file=result.file_name, shape=result.shape, funnel=funnel),
        Cli.tr("Weeks {first} to {last}: %n week(s).", None, result.weeks).format(
            first=result.first_week, last=result.last_week
        ),
        Cli.tr("%n earlier row(s) replaced.", None, result.replaced),
        Cli.tr("%n automatic check-in(s).", None, result.checkins),
        Cli.tr("Import #{number}.").format(number=result.batch_id),
    ]
    if result.recounted:
        lines.append(
            Cli.tr(
                "Counted again: %n other week(s) of the same leads (their source, variant, "
                "entry week or cohort comes from all the files).",
                None,
                result.recounted,
            )
        )
    if result.utc_offsets_dropped:
        lines.append(
            Cli.tr(
                "Times with a UTC offset were read as the local time written "
                "(2026-03-02T00:30:00+02:00 is 2026-03-02 00:30, in the week it names)."
            )
        )
    if result.skipped_rows:
        names = ", ".join(f'"{name}"' for name in result.skipped_stages)
        lines.append(
            Cli.tr(
                "Skipped %n row(s) of stages not in the funnel: {names}", None, result.skipped_rows
            ).format(names=names)
        )
    lines += [Cli.tr("Warning: {warning}").format(warning=w.text) for w in result.warnings]
    return lines


def _takes_default_funnel(workspace, funnel: str) -> bool:
    """Will an import into `funnel` take over the untouched default funnel?"""
    from okrdesk.store.funnel.definitions import untouched_default_funnel
    from okrdesk.store.funnel.importing.writing import find_funnel

    with workspace.engine.connect() as connection:
        missing = find_funnel(connection, funnel)[0] is None
        return missing and untouched_default_funnel(connection) is not None


def _export(path: Path, funnel: str, out: Path) -> int:
    from okrdesk.store.errors import ExportError, FunnelNotFoundError, WorkspaceError
    from okrdesk.store.funnel.data import funnel_id_by_name
    from okrdesk.store.funnel.export import export_funnel
    from okrdesk.store.workspace.files import open_workspace

    try:
        workspace = open_workspace(path)
    except WorkspaceError as error:
        return fail(said_line(error))
    try:
        with workspace.engine.connect() as connection:
            rows = export_funnel(connection, funnel_id_by_name(connection, funnel), out)
    except FunnelNotFoundError as error:
        return fail(f"{path}: {said_line(error)}")
    except ExportError as error:
        return fail(said_line(error))
    except OSError as error:
        return fail(f"{out}: {said(os_reason(error))}")
    finally:
        workspace.close()
    print(
        said(
            Cli.tr('Funnel "{funnel}" written to {path}: %n row(s)', None, rows).format(
                funnel=funnel, path=out
            )
        )
    )
    return EXIT_OK


def speak_for(
    locale_name: str | None, *, as_the_window: bool = False, command: str | None = None
) -> None:
    """A command without a window speaks the language of its --locale, else the system's
    (LC_ALL, LC_MESSAGES, LANG; English when okrdesk does not speak it): QLocale's default and
    the translators, installed into an offscreen application (Qt installs translators only
    into a running one). `as_the_window`: the window's choice instead, the Language setting
    before the system's (a window command that stops before its window is made). `command`
    chooses the application when none runs yet (see _application_type)."""
    global _application, _spoken
    from PySide6.QtCore import QCoreApplication

    from okrdesk import paths
    from okrdesk.reports import language

    if QCoreApplication.instance() is None:
        application_type = _application_type(command, as_the_window)
        with language.no_locale_warning():
            _application = application_type(["okrdesk", "-platform", "offscreen"])
        _application.setOrganizationName(paths.ORGANIZATION)
        _application.setApplicationName(paths.APP_NAME)
    if as_the_window and not locale_name:
        from okrdesk.ui import settings

        locale_name = settings.UI_LANGUAGE.get()
    language.speak(language.chosen_locale(locale_name))
    argparse._ = argparse_words  # argparse's own words (usage, errors) through gettext's name
    _spoken = True


def _application_type(command: str | None, as_the_window: bool) -> type[QCoreApplication]:
    """The least application `command` needs. A process that runs one command without a window
    and ends needs a GUI application only to paint (a report), and QtCore alone to speak: the
    import of QtGui and QtWidgets and a GUI application's start cost some 20 ms and 15 MB. A
    QApplication for a window command, and where a window may follow in the same process (the
    tests run many commands in theirs): an application's type cannot change once it runs."""
    if as_the_window or not _own_process:
        from PySide6.QtWidgets import QApplication

        return QApplication
    if command in PAINTING_COMMANDS:
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication


def _option(argv: list[str], name: str) -> str | None:
    """The value of `name` in arguments not parsed yet ("--locale pl_PL", "--locale=pl_PL")."""
    for position, argument in enumerate(argv):
        if argument == name and position + 1 < len(argv):
            return argv[position + 1]
        if argument.startswith(name + "="):
            return argument.partition("=")[2]
    return None


def _speak_before_parsing(argv: list[str]) -> None:
    """The command's language, chosen before its parser is made so that --help and refusals
    are in it: a window command's only when it asks for help (its window chooses later)."""
    command = next((argument for argument in argv if not argument.startswith("-")), None)
    window = command in WINDOW_COMMANDS
    if "--version" in argv or (window and not {"-h", "--help"} & set(argv)):
        return
    locale_name = _option(argv, "--locale") or _option(argv, "--lang")
    speak_for(locale_name, as_the_window=window, command=command)


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run the command in `argv` (default: the process's arguments); its exit code.
    `own_process`: the process runs this command and ends (okrdesk.launch), so a command
    without a window makes only the application it needs."""
    global _own_process
    from okrdesk.store.errors import WorkspaceError

    _own_process = own_process

    arguments = list(sys.argv[1:] if argv is None else argv)
    _speak_before_parsing(arguments)
    try:
        args = _parser().parse_args(arguments)
    except _NotSpokenYet:
        speak_for(_option(arguments, "--lang"), as_the_window=True)
        args = _parser().parse_args(arguments)  # refused again, now in the window's language
    if args.command not in WINDOW_COMMANDS:
        locale_name = getattr(args, "locale", None) or getattr(args, "lang", None)
        speak_for(locale_name, command=args.command)
    if getattr(args, "path", None) is not None:
        try:
            args.path = workspace_argument(args.path)
        except WorkspaceError as error:
            if args.command in WINDOW_COMMANDS:
                speak_for(getattr(args, "lang", None), as_the_window=True)
            return fail(said_line(error))
    if args.command == "demo":
        return _demo(args.path, args.lang)
    if args.command == "check":
        return _check(args.path)
    if args.command == "screenshot":
        return _screenshot(args.path, args.directory, args.size, args.lang)
    if args.command == "import":
        return _import(args)
    if args.command == "export":
        return _export(args.path, args.funnel, args.out)
    if args.command == "report":
        return _report(args.path, args.week, args.out, args.locale)
    if args.command in cli_okr.COMMANDS:
        return cli_okr.run(args)
    if args.command == cli_team.COMMAND:
        return cli_team.run(args)
    if args.command == "copy":
        return cli_copy.run(args)
    if args.command == "self-test":
        from okrdesk.self_test import main as self_test

        return self_test()

    from okrdesk.ui.app import run_gui

    if args.command == "open":
        return run_gui(path=args.path, exit_when_ready=args.exit_when_ready)
    return run_gui(demo=args.demo)
