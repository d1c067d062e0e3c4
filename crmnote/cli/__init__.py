"""The command line: every command works without a display, over the same services as the GUI.

`main` parses the words and runs one command; each command group lives in its own module of
this package (`crmnote log` in customers.py, `crmnote search` in search.py, ...), which adds its
sub-parsers and runs them."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crmnote import __version__

if TYPE_CHECKING:
    import argparse

__all__ = ["EXIT_BUG", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "main"]


def __getattr__(name: str) -> Any:
    """The exit codes, from the modules that define them (loaded when first asked for:
    `crmnote --version` loads neither)."""
    if name in ("EXIT_BUG", "EXIT_ERROR"):
        from crmnote.cli import failures

        return getattr(failures, name)
    if name == "EXIT_USAGE":
        from crmnote.cli.values import EXIT_USAGE

        return EXIT_USAGE
    raise AttributeError(name)


def build_parser(*, filled: bool = True) -> argparse.ArgumentParser:
    """The whole command line. `filled=False`: each command's arguments are added only when
    that command is parsed or its help printed (`commands.py`), so `crmnote --help` and
    `crmnote log` load no other command's module, nor the services those import."""
    from crmnote.cli.commands import CommandParser, add_commands, fill_all
    from crmnote.cli.encryption import add_passphrase_option
    from crmnote.cli.values import Parser

    parser = Parser(
        prog="crmnote",
        description="A customer relationship notebook. Without a command, starts the desktop app.",
        # `--passphrase VALUE` must not pass for `--passphrase-file`: it would read the
        # passphrase as a file name, and a passphrase belongs on no command line.
        allow_abbrev=False,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"crmnote {__version__}",
        help="show program's version number and exit",
    )
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: $CRMNOTE_DB or the user data dir)"
    )
    add_passphrase_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    commands = add_commands(sub)
    if filled:
        fill_all(commands)
    return parser


_built: list[argparse.ArgumentParser] = []


def _command_line() -> argparse.ArgumentParser:
    """The parser `main` parses with, built once per process (`build_parser(filled=False)`).

    A process running several commands (a tool or test calling `main`) would otherwise make
    argparse's forty-odd command parsers anew for each. One parser serves every call: its
    commands' arguments are added the first time each is used and never change afterwards,
    nothing in it depends on the environment or the date, and its texts are translated when
    printed (`values.Parser`), in the language of that call."""
    if not _built:
        _built.append(build_parser(filled=False))
    return _built[0]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; `argv` None: this process's own (`sys.argv`)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words == ["--version"]:  # the answer needs nothing else loaded
        print(f"crmnote {__version__}")
        return 0
    from crmnote.bootstrap import pause_collector
    from crmnote.cli import language
    from crmnote.cli.failures import EXIT_ERROR, fail, guarded
    from crmnote.domain.reasons import Typed, say

    if argv is None:  # the process's own start-up, not a call from a test or another tool
        pause_collector()
    for word in words:
        if not word.isascii() and not _is_text(word):
            shown = word.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            said = say(
                "cli.word_not_utf8",
                "{value} is not UTF-8 text (check the terminal's encoding)",
                value=repr(shown),
            )
            return fail(language.sentence(said), EXIT_ERROR)
    gui = _gui_db(words)
    if gui is not None:
        from crmnote.app import run_gui

        return guarded(lambda: run_gui(gui[0]))
    parser = _command_line()
    args, rest = parser.parse_known_args(argv)
    if args.command not in ("add", "set") and rest:
        from crmnote.cli.helptext import argparse_text

        parser.error(argparse_text("unrecognized arguments: %s") % " ".join(rest))
    if args.command is None:
        if args.passphrase_file:
            said = say(
                "cli.passphrase_file_gui",
                "{option} is for commands; the desktop app asks for it",
                option=Typed("--passphrase-file"),
            )
            parser.error(language.sentence(said))
        from crmnote.app import run_gui

        return guarded(lambda: run_gui(args.db))
    return guarded(lambda: _run(args, rest))


def _gui_db(words: Sequence[str]) -> tuple[str | None] | None:
    """(db,) when the words only start the desktop app (none, or `--db DB`); else None.

    The desktop app starts without building the full parser, whose command modules import
    SQLAlchemy and the services: the window paints before they load (app.run_gui).
    """
    if not words:
        return (None,)
    if len(words) == 2 and words[0] == "--db" and not words[1].startswith("-"):
        return (words[1],)
    if len(words) == 1 and words[0].startswith("--db=") and len(words[0]) > 5:
        return (words[0][5:],)
    return None


def _is_text(word: str) -> bool:
    """False for bytes that were not UTF-8: Python passes them on as lone surrogates, which
    SQLite cannot store or search for."""
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _run(args: argparse.Namespace, rest: list[str]) -> int:
    from crmnote.bootstrap import open_database, resume_collector
    from crmnote.cli import copy as cli_copy
    from crmnote.cli import encryption as cli_encryption
    from crmnote.cli import maintenance as cli_maintenance
    from crmnote.domain.errors import DatabaseDamagedError

    paused = not gc.isenabled()  # by `main`, for this process's start-up
    files = (*cli_copy.COMMANDS, *cli_encryption.COMMANDS, *cli_maintenance.COMMANDS)
    if paused and args.command in files:
        resume_collector()  # file-level work: nothing to gain
    if args.command in cli_copy.COMMANDS:  # two databases: it opens its source itself
        return cli_copy.run_copy_command(args)
    if args.command in cli_encryption.COMMANDS:
        return cli_encryption.run_encryption_command(args)
    passphrase = cli_encryption.passphrase_for(args)  # None unless the database is encrypted
    if args.command in cli_maintenance.COMMANDS:
        return cli_maintenance.run_maintenance_command(args, passphrase)

    if args.command in ("sync", "conflicts", "team"):
        from crmnote.cli import sync as cli_sync

        if args.command in cli_sync.COMMANDS:  # two databases: it opens both itself
            return cli_sync.run_sync_command(args)
        if cli_sync.is_join(args):  # the book on this computer and the team book
            return cli_sync.run_join_command(args)
    if args.command == "team":
        from crmnote.cli import team as cli_team

        if args.team_command in cli_team.SIGN_IN_ACTIONS:  # what lets the book open at all
            return cli_team.run_sign_in_command(args)
    if args.command == "remind":
        from crmnote.cli.remind import run_setup

        if (setup := run_setup(args)) is not None:
            return setup
    opened = open_database(args.db, passphrase)  # its refusals name the backup themselves
    if paused and not gc.isenabled():
        resume_collector()  # start-up is over: the command's own work collects as usual
    try:
        return _command(args, rest, opened)
    except DatabaseDamagedError as exc:
        # Damage met while reading (a page of customers, of an export): name what to restore.
        good = cli_maintenance.maintenance_for(args.db, passphrase).newest_good_backup()
        where = f"the newest good backup is {good}" if good else "there is no good backup"
        raise DatabaseDamagedError(f"{exc}; {where}") from None


def _command(args: argparse.Namespace, rest: list[str], opened: Any) -> int:
    from crmnote.cli.commands import COMMANDS

    # Only the command's own group is imported (its module was loaded to parse it anyway).
    group = COMMANDS[args.command][0]
    try:
        services = opened.services
        if group == "demo":
            from crmnote.cli.demo import run_demo_command

            return run_demo_command(opened, args)
        if group == "customers":
            from crmnote.cli.customers import run_customer_command

            return run_customer_command(services, args)
        if group == "scores":
            from crmnote.cli.scores import run_scores_command

            return run_scores_command(services, args)
        if group == "search":
            from crmnote.cli.search import run_search_command

            return run_search_command(services, args)
        if group == "facts":
            from crmnote.cli.facts import run_facts_command

            return run_facts_command(services, args)
        if group == "evidence":
            from crmnote.cli.evidence import run_evidence_command

            return run_evidence_command(services, args)
        if group == "staff":
            from crmnote.cli.staff import run_staff_command

            return run_staff_command(services, args)
        if group == "pdf":
            from crmnote.cli.pdf import run_pdf_command

            return run_pdf_command(services, args)
        if group == "transfer":
            from crmnote.cli.transfer import run_transfer_command

            return run_transfer_command(services, args)
        if group == "calendar":
            from crmnote.cli.calendar import run_calendar_command

            return run_calendar_command(services, args)
        if group == "remind":
            from crmnote.cli.remind import run_remind_command

            return run_remind_command(services, args, opened.book)
        if group == "settings":
            from crmnote.cli.settings import run_settings_command

            return run_settings_command(services, args)
        if group == "team":
            from crmnote.cli.team import run_team_command

            return run_team_command(services, args)
        from crmnote.cli.records import run_record_command

        return run_record_command(services, args, rest)
    finally:
        opened.close()


if __name__ == "__main__":
    sys.exit(main())
