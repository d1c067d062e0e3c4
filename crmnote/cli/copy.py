"""`crmnote copy --from SRC --to DST`: the whole book into an empty database, verified."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from crmnote.cli.values import whole
from crmnote.domain.reasons import say

COMMANDS = ("copy",)
BATCH = whole(1, 1_000_000)


def add_copy_command(sub: Any) -> None:
    copy = sub.add_parser(
        "copy",
        help="copy the whole book into a new or empty database (SQLite file or PostgreSQL)",
        description="Copies every record, the change log and the scores into a database that "
        "holds no records yet, in one transaction on the target, and compares per-table counts "
        "and a content checksum of both before committing. An interrupted copy leaves the "
        "target empty: run it again.",
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="SRC",
        help="the book to copy: a file or URL (default: --db, $CRMNOTE_DB or your book)",
    )
    copy.add_argument(
        "--to",
        dest="target",
        metavar="DST",
        required=True,
        help="a new file, or postgresql+psycopg://USER@HOST/DATABASE of an empty database",
    )
    copy.add_argument(
        "--batch", type=BATCH, default=5000, help="rows read per batch (default 5000)"
    )


class Percent:
    """`crmnote: copying: N%` on stderr (every stderr line says whose it is) whenever the
    whole number changes; one line rewritten on a terminal, a line each otherwise."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._tty = out.isatty()
        self._shown = -1

    def __call__(self, progress: Any) -> None:
        percent = int(progress.fraction * 100)
        if percent == self._shown:
            return
        self._shown = percent
        words = {
            "copy": "copying",
            "index": "indexing",
            "verify": "verifying",
            "log": "logging for sync",
        }[progress.stage]
        line = f"crmnote: {words}: {percent}% ({progress.table})"
        if self._tty:
            self._out.write(f"\r{line:<60}")
        else:
            self._out.write(line + "\n")
        self._out.flush()

    def end(self) -> None:
        if self._tty and self._shown >= 0:
            self._out.write("\n")
            self._out.flush()


def run_copy_command(args: argparse.Namespace) -> int:
    from crmnote.bootstrap import database_file, database_is_encrypted, open_database
    from crmnote.cli.encryption import read_passphrase
    from crmnote.domain.errors import NotFoundError

    source = args.source or args.db
    passphrase = None
    file = database_file(source)
    if file is not None and not file.exists():  # opening it would make an empty book to copy
        raise NotFoundError(
            say(
                "cli.copy_no_book",
                "{path}: no such book (copy reads a book that exists)",
                path=str(file),
            )
        )
    if file is not None and database_is_encrypted(source):
        passphrase = read_passphrase(args, file, f"Passphrase of {file.name}: ")
    opened = open_database(source, passphrase)
    percent = Percent(sys.stderr)
    try:
        report = opened.services.book_copy.copy_to(args.target, percent, batch=args.batch)
    finally:
        percent.end()
        opened.close()
    width = max(len(name) for name in report.tables)
    print(f"copied {report.rows} rows of {opened.name} into {report.target}:")
    for name, rows in report.tables.items():
        print(f"  {name:<{width}}  {rows:>9}")
    print(f"per-table counts and content checksum match: sha256 {report.checksum}")
    return 0
