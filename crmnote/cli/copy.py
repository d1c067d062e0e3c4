"""`crmnote copy --from SRC --to DST`: the whole book into an empty database, verified."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from crmnote.cli import language
from crmnote.cli.values import whole
from crmnote.domain.reasons import message, say

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


_STAGES = {
    "copy": message("cli.copy.copying", "copying: {share:.0%} ({table})"),
    "index": message("cli.copy.indexing", "indexing: {share:.0%} ({table})"),
    "verify": message("cli.copy.verifying", "verifying: {share:.0%} ({table})"),
    "log": message("cli.copy.logging", "logging for sync: {share:.0%} ({table})"),
}


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
        from crmnote.domain.reasons import Reason

        said = Reason(_STAGES[progress.stage], share=percent / 100, table=progress.table)
        line = "crmnote: " + language.sentence(said)
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
        asked = say("cli.copy.passphrase", "Passphrase of {name}: ", name=file.name)
        passphrase = read_passphrase(args, file, language.sentence(asked))
    opened = open_database(source, passphrase)
    percent = Percent(sys.stderr)
    try:
        report = opened.services.book_copy.copy_to(args.target, percent, batch=args.batch)
    finally:
        percent.end()
        opened.close()
    width = max(len(name) for name in report.tables)
    copied = say(
        "cli.copy.copied",
        "copied %n row(s) of {source} into {target}:",
        n=report.rows,
        source=opened.name,
        target=report.target,
    )
    print(language.sentence(copied))
    for name, rows in report.tables.items():  # the tables by name, as the database has them
        print(f"  {name:<{width}}  {rows:>9}")
    match = say(
        "cli.copy.match",
        "per-table counts and content checksum match: {checksum}",
        checksum=f"sha256 {report.checksum}",
    )
    print(language.sentence(match))
    return 0
