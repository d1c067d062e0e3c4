"""The command line: every command works without a display, over the same services as the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from crmnote import __version__
from crmnote.app import EXIT_DATABASE, EXIT_TOO_NEW, EXIT_UNREACHABLE
from crmnote.domain.errors import (
    AmbiguousError,
    CrmError,
    DatabaseError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    NotFoundError,
    ValidationError,
)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules import the services (SQLAlchemy, Alembic): only when a command is
    # parsed, so the desktop app's start-up does not pay for them (see `_gui_db`).
    from crmnote import cli_encryption, cli_facts, cli_maintenance, cli_transfer
    from crmnote.cli_pdf import add_pdf_commands
    from crmnote.cli_records import add_record_commands
    from crmnote.cli_scores import add_scores_command
    from crmnote.cli_search import add_search_command

    parser = argparse.ArgumentParser(
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

    demo = sub.add_parser("demo", help="fill the database with realistic, deterministic demo data")
    demo.add_argument("--customers", type=int, default=50, help="how many customers (default 50)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument(
        "--interactions", type=float, default=10.0, help="interactions per customer on average"
    )

    customers = sub.add_parser("customers", help="list customers")
    customers.add_argument(
        "--search", default="", help="part of a name, company, email, phone, tag"
    )
    customers.add_argument("--json", action="store_true", help="print a JSON array")

    log = sub.add_parser("log", help="log an interaction with a customer")
    log.add_argument("customer", help="customer id or unambiguous name")
    log.add_argument(
        "--channel", default="call", help="call, email, meeting, visit, message, other"
    )
    log.add_argument("--minutes", default="0", help="duration in minutes")
    log.add_argument("--mood", default="", help="-2 hostile … 0 neutral … +2 delighted")
    log.add_argument("--note", default="", help="what was said")
    log.add_argument("--summary", default="", help="one line (default: the note's first line)")
    log.add_argument("--direction", default="in", help="in (they contacted us) or out")
    log.add_argument("--staff", default="", help="who handled it (name or id)")
    log.add_argument("--at", default="", help="when (ISO date/time; default now)")

    add_scores_command(sub)
    add_search_command(sub)
    add_record_commands(sub)
    cli_transfer.add_transfer_commands(sub)
    cli_facts.add_facts_commands(sub)
    add_pdf_commands(sub)
    cli_maintenance.add_maintenance_commands(sub)
    cli_encryption.add_encryption_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for word in sys.argv[1:] if argv is None else argv:
        if not word.isascii() and not _is_text(word):
            shown = word.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            return _fail(f"{shown!r} is not UTF-8 text (check the terminal's encoding)", EXIT_ERROR)
    gui = _gui_db(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        from crmnote.app import run_gui

        return _guarded(lambda: run_gui(gui[0]))
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command not in ("add", "set") and rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command is None:
        if args.passphrase_file:
            parser.error("--passphrase-file is for commands; the desktop app asks for it")
        from crmnote.app import run_gui

        return _guarded(lambda: run_gui(args.db))
    return _guarded(lambda: _run(args, rest))


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


def _guarded(action: Any) -> int:
    try:
        return int(action())
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stderr.close()
        return 0
    except DatabaseTooNewError as exc:
        return _fail(str(exc), EXIT_TOO_NEW)
    except DatabaseUnreachableError as exc:
        return _fail(str(exc), EXIT_UNREACHABLE)
    except DatabaseError as exc:
        return _fail(str(exc), EXIT_DATABASE)
    except ValidationError as exc:
        return _fail(f"{exc.field.replace('_', '-')}: {exc.message}", EXIT_ERROR)
    except (NotFoundError, AmbiguousError, CrmError) as exc:
        return _fail(str(exc), EXIT_ERROR)


def _fail(message: str, code: int) -> int:
    print(f"crmnote: error: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace, rest: list[str]) -> int:
    from crmnote import cli_encryption, cli_facts, cli_maintenance, cli_transfer
    from crmnote.app import open_database
    from crmnote.cli_pdf import run_pdf_command
    from crmnote.cli_records import run_record_command
    from crmnote.cli_scores import run_scores_command
    from crmnote.cli_search import run_search_command

    if args.command in cli_encryption.COMMANDS:
        return cli_encryption.run_encryption_command(args)
    passphrase = cli_encryption.passphrase_for(args)  # None unless the database is encrypted
    if args.command in cli_maintenance.COMMANDS:
        return cli_maintenance.run_maintenance_command(args, passphrase)

    opened = open_database(args.db, passphrase)
    try:
        services = opened.services
        if args.command == "demo":
            report = services.demo.generate(
                customers=args.customers,
                seed=args.seed,
                interactions_per_customer=args.interactions,
            )
            made = ", ".join(f"{n} {kind}" for kind, n in report.counts.items())
            print(f"demo data added to {opened.name}: {made}")
            return 0
        if args.command == "customers":
            return _customers(services, args)
        if args.command == "log":
            return _log(services, args)
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
        return run_record_command(services, args, rest)
    finally:
        opened.close()


def _customers(services: Any, args: argparse.Namespace) -> int:
    rows = services.customers.summaries(search=args.search)
    if args.json:
        out = [
            {
                "id": r.id,
                "name": r.name,
                "company": r.company,
                "status": r.status.value,
                "difficulty": r.difficulty,
                "trust": r.trust,
                "last_contact_at": r.last_contact_at.isoformat() if r.last_contact_at else None,
                "open_promises": r.open_promises,
                "next_due": r.next_due.isoformat() if r.next_due else None,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        company = f" ({r.company})" if r.company else ""
        print(f"{r.id:>6}  {r.name}{company}  [{r.status.value}]")
    return 0


def _log(services: Any, args: argparse.Namespace) -> int:
    customer_id = services.customers.find(args.customer)
    raw = {
        "channel": args.channel,
        "minutes": args.minutes,
        "mood": args.mood,
        "notes": args.note,
        "summary": args.summary,
        "direction": args.direction,
        "staff": args.staff,
        "at": args.at,
    }
    values = services.records.parse("interaction", {k: v for k, v in raw.items() if v != ""})
    record, _ = services.interactions.log(customer_id, **values)
    print(record.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
