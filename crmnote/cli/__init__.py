"""The command line: every command works without a display, over the same services as the GUI.

`main` parses the words and runs one command; each command group lives in its own module of
this package (`crmnote log` in customers.py, `crmnote search` in search.py, ...), which adds its
sub-parsers and runs them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from crmnote import __version__
from crmnote.cli.failures import EXIT_BUG, EXIT_ERROR, fail, guarded
from crmnote.cli.values import EXIT_USAGE, Parser
from crmnote.domain.errors import DatabaseDamagedError

__all__ = ["EXIT_BUG", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules import the services (SQLAlchemy, Alembic): only when a command is
    # parsed, so the desktop app's start-up does not pay for them (see `_gui_db`).
    from crmnote.cli import copy as cli_copy
    from crmnote.cli import encryption as cli_encryption
    from crmnote.cli import facts as cli_facts
    from crmnote.cli import maintenance as cli_maintenance
    from crmnote.cli import sync as cli_sync
    from crmnote.cli import transfer as cli_transfer
    from crmnote.cli.calendar import add_calendar_command
    from crmnote.cli.customers import add_customer_commands
    from crmnote.cli.demo import add_demo_command
    from crmnote.cli.pdf import add_pdf_commands
    from crmnote.cli.records import add_record_commands
    from crmnote.cli.remind import add_remind_command
    from crmnote.cli.scores import add_scores_command
    from crmnote.cli.search import add_search_command
    from crmnote.cli.settings import add_settings_command

    parser = Parser(
        prog="crmnote",
        description="A customer relationship notebook. Without a command, starts the desktop app.",
        # `--passphrase VALUE` must not pass for `--passphrase-file`: it would read the
        # passphrase as a file name, and a passphrase belongs on no command line.
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"crmnote {__version__}")
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: $CRMNOTE_DB or the user data dir)"
    )
    cli_encryption.add_passphrase_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_demo_command(sub)
    add_customer_commands(sub)
    add_scores_command(sub)
    add_search_command(sub)
    add_record_commands(sub)
    cli_transfer.add_transfer_commands(sub)
    cli_facts.add_facts_commands(sub)
    add_pdf_commands(sub)
    add_calendar_command(sub)
    add_remind_command(sub)
    add_settings_command(sub)
    cli_maintenance.add_maintenance_commands(sub)
    cli_copy.add_copy_command(sub)
    cli_sync.add_sync_commands(sub)
    cli_sync.add_team_parser(sub)
    cli_encryption.add_encryption_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for word in sys.argv[1:] if argv is None else argv:
        if not word.isascii() and not _is_text(word):
            shown = word.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            return fail(f"{shown!r} is not UTF-8 text (check the terminal's encoding)", EXIT_ERROR)
    gui = _gui_db(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        from crmnote.app import run_gui

        return guarded(lambda: run_gui(gui[0]))
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command not in ("add", "set") and rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command is None:
        if args.passphrase_file:
            parser.error("--passphrase-file is for commands; the desktop app asks for it")
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
    from crmnote.bootstrap import open_database
    from crmnote.cli import copy as cli_copy
    from crmnote.cli import encryption as cli_encryption
    from crmnote.cli import maintenance as cli_maintenance
    from crmnote.cli import sync as cli_sync
    from crmnote.cli.remind import run_setup

    if args.command in cli_copy.COMMANDS:  # two databases: it opens its source itself
        return cli_copy.run_copy_command(args)
    if args.command in cli_sync.COMMANDS:  # two databases as well
        return cli_sync.run_sync_command(args)
    if cli_sync.is_join(args):
        return cli_sync.run_join_command(args)
    if args.command in cli_encryption.COMMANDS:
        return cli_encryption.run_encryption_command(args)
    passphrase = cli_encryption.passphrase_for(args)  # None unless the database is encrypted
    if args.command in cli_maintenance.COMMANDS:
        return cli_maintenance.run_maintenance_command(args, passphrase)

    if args.command == "remind" and (setup := run_setup(args)) is not None:
        return setup
    opened = open_database(args.db, passphrase)  # its refusals name the backup themselves
    try:
        return _command(args, rest, opened)
    except DatabaseDamagedError as exc:
        # Damage met while reading (a page of customers, of an export): name what to restore.
        good = cli_maintenance.maintenance_for(args.db, passphrase).newest_good_backup()
        where = f"the newest good backup is {good}" if good else "there is no good backup"
        raise DatabaseDamagedError(f"{exc}; {where}") from None


def _command(args: argparse.Namespace, rest: list[str], opened: Any) -> int:
    from crmnote.cli import calendar as cli_calendar
    from crmnote.cli import customers as cli_customers
    from crmnote.cli import demo as cli_demo
    from crmnote.cli import facts as cli_facts
    from crmnote.cli import transfer as cli_transfer
    from crmnote.cli.pdf import run_pdf_command
    from crmnote.cli.records import run_record_command
    from crmnote.cli.remind import run_remind_command
    from crmnote.cli.scores import run_scores_command
    from crmnote.cli.search import run_search_command
    from crmnote.cli.settings import run_settings_command

    try:
        services = opened.services
        if args.command in cli_demo.COMMANDS:
            return cli_demo.run_demo_command(opened, args)
        if args.command in cli_customers.COMMANDS:
            return cli_customers.run_customer_command(services, args)
        if args.command == "scores":
            return run_scores_command(services, args)
        if args.command == "search":
            return run_search_command(services, args)
        if args.command in cli_facts.COMMANDS:
            return cli_facts.run_facts_command(services, args)
        if args.command in ("export-pdf", "claim-pdf"):
            return run_pdf_command(services, args)
        if args.command in cli_transfer.COMMANDS:
            return cli_transfer.run_transfer_command(services, args)
        if args.command in cli_calendar.COMMANDS:
            return cli_calendar.run_calendar_command(services, args)
        if args.command == "remind":
            return run_remind_command(services, args, opened.book)
        if args.command == "settings":
            return run_settings_command(services, args)
        return run_record_command(services, args, rest)
    finally:
        opened.close()


if __name__ == "__main__":
    sys.exit(main())
