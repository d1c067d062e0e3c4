"""Every command, its group's module and its line in `crmnote --help`; parsers filled on use.

A command group's module adds its sub-parsers (`add_*` in customers.py, records.py, …) and
imports what they need (the domain's kinds, the importers' names). `crmnote --help` and
`crmnote --version` need none of it, and `crmnote log` needs only customers.py: each
command's parser is made empty here, and the group's `add_*` function fills it the first time
it parses or prints its help. `COMMANDS` repeats each command's one-line help so that the
top-level help can be printed before any group is loaded; tests/unit/test_cli_commands.py
checks that it agrees with what the groups themselves declare.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from typing import Any

from crmnote.cli.values import Parser

# Group module (under crmnote.cli) → the function adding its sub-parsers.
GROUPS = {
    "demo": "add_demo_command",
    "customers": "add_customer_commands",
    "scores": "add_scores_command",
    "search": "add_search_command",
    "records": "add_record_commands",
    "transfer": "add_transfer_commands",
    "facts": "add_facts_commands",
    "evidence": "add_evidence_commands",
    "staff": "add_staff_commands",
    "pdf": "add_pdf_commands",
    "calendar": "add_calendar_command",
    "remind": "add_remind_command",
    "settings": "add_settings_command",
    "maintenance": "add_maintenance_commands",
    "copy": "add_copy_command",
    "encryption": "add_encryption_commands",
    "team": "add_team_commands",
    "sync": "add_sync_commands",
}

# Command → (group module, its line in the top-level help), in the order `--help` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "fill the database with realistic, deterministic demo data"),
    "customers": ("customers", "list customers"),
    "log": ("customers", "log an interaction with a customer"),
    "scores": ("scores", "difficulty and trust with their explanation"),
    "search": ("search", "full-text search over notes, promises, claims…"),
    "add": ("records", "add a record of any kind; prints its id"),
    "set": ("records", "change fields of a record (status, verdict, judgment…)"),
    "show": ("records", "show one record"),
    "list": ("records", "list records of a kind"),
    "import": (
        "transfer",
        "import customers or interactions from .csv, customers from .vcf, or a whole .json export",
    ),
    "export": ("transfer", "export to .json, .vcf, .csv, .zip or a directory (one CSV per kind)"),
    "export-customer": ("transfer", "everything about one customer as JSON (privacy request)"),
    "erase-customer": (
        "transfer",
        "delete a customer and every record about them (privacy request)",
    ),
    "history": ("facts", "every logged version of a record"),
    "verify-log": ("facts", "check the change log and every record against it"),
    "log-baseline": ("facts", "log the current state of records never logged"),
    "standards": ("facts", "standards in force, or the standards report"),
    "insights": ("facts", "complaints, suggestions and requests by theme"),
    "insight": ("facts", "promote a theme or request, or mark it acted upon"),
    "cost": ("facts", "cost to serve a customer, or customers by cost ratio"),
    "followups": ("facts", "promises due and overdue, claims and requests"),
    "attach": ("evidence", "keep a file (scan, photo, PDF, e-mail) as evidence on a record"),
    "attachments": ("evidence", "list evidence files of a record or customer"),
    "extract": ("evidence", "write an evidence file out of the book"),
    "staff-report": ("staff", "each staff member against the team: is it us? (flags outliers)"),
    "letter": ("staff", "print or save the letter of a decision"),
    "export-pdf": ("pdf", "a customer's history as a PDF"),
    "claim-pdf": ("pdf", "one claim's dossier as a PDF"),
    "calendar": ("calendar", "due promises and follow-ups as an iCalendar (.ics) file"),
    "remind": ("remind", "notify of promises falling due and overdue (once a day each)"),
    "settings": ("settings", "show or change a business setting"),
    "backup": (
        "maintenance",
        "back up the database (online backup API, verified; pg_dump on a server)",
    ),
    "restore": (
        "maintenance",
        "replace the database with a backup (a server book: into an empty database)",
    ),
    "check": (
        "maintenance",
        "check the database and report problems; --repair mends logical ones",
    ),
    "copy": (
        "copy",
        "copy the whole book into a new or empty database (SQLite file or PostgreSQL)",
    ),
    "encrypt": (
        "encryption",
        "encrypt the database with a passphrase (SQLCipher); the plain original is kept aside "
        "for you to delete",
    ),
    "decrypt": (
        "encryption",
        "turn an encrypted database back into a plain one; the original is kept",
    ),
    "team": ("team", "a team book on PostgreSQL: roles, members, signing in"),
    "sync": ("sync", "sync this field copy with its team book (or with another book: --with)"),
    "conflicts": (
        "sync",
        "list sync conflicts; confirm the value kept or restore the one set aside",
    ),
}

# What a group's `add_*` may set on a parser it is handed back (argparse keeps them as
# attributes of the same names).
_SETTINGS = ("description", "epilog", "formatter_class", "usage", "prog")


class CommandParser(Parser):
    """A command's parser whose arguments are added just before it is first used."""

    def __init__(self, *, fill: Callable[[], None] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._fill = fill

    def filled(self) -> CommandParser:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill()
        return self

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        return super(CommandParser, self.filled()).parse_known_args(args, namespace)

    def format_help(self) -> str:
        return super(CommandParser, self.filled()).format_help()

    def format_usage(self) -> str:
        return super(CommandParser, self.filled()).format_usage()


class _Handing:
    """The `sub` a group's `add_*` function gets while filling: `add_parser(name)` hands back
    the parser made for that command, with the settings the group gives it."""

    def __init__(self, parsers: dict[str, CommandParser]) -> None:
        self._parsers = parsers

    def add_parser(self, name: str, **kwargs: Any) -> CommandParser:
        parser = self._parsers[name]
        for key in _SETTINGS:
            if key in kwargs:
                setattr(parser, key, kwargs[key])
        return parser


def add_commands(sub: Any) -> dict[str, CommandParser]:
    """Every command's parser under `sub` (the top-level parser's subparsers), empty until
    used; returns them by name."""
    parsers: dict[str, CommandParser] = {}
    filled: set[str] = set()

    def fill(group: str) -> None:
        if group in filled:
            return
        filled.add(group)
        module = importlib.import_module(f"crmnote.cli.{group}")
        getattr(module, GROUPS[group])(_Handing(parsers))

    for name, (group, line) in COMMANDS.items():
        # `sub` makes CommandParsers (the top-level parser's add_subparsers(parser_class=…)).
        parsers[name] = sub.add_parser(name, help=line, fill=lambda g=group: fill(g))
    return parsers


def fill_all(parsers: dict[str, CommandParser]) -> None:
    """Add every command's arguments now (the manual page and tests read them all)."""
    for parser in parsers.values():
        parser.filled()
