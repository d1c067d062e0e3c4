"""`crmnote sync`, `crmnote team join` and `crmnote conflicts`: a field copy joined to a team
book and synced with it, two books that share a past merged both ways (docs/sync.md), and the
values that lost a merge, to confirm or restore."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from crmnote.cli import language
from crmnote.cli.sync_lines import print_offer, print_sync_report, run_conflicts
from crmnote.cli.values import whole
from crmnote.domain.reasons import Typed, say

COMMANDS = ("sync", "conflicts")
BATCH = whole(1, 100_000)


def add_sync_commands(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="sync this field copy with its team book (or with another book: --with)",
        description="Pushes the changes the other book has not acknowledged and pulls the ones "
        "this book has not seen, in batches, each one transaction on each side. Run again after "
        "an interruption: nothing is doubled or lost. Values that lost a merge are listed by "
        "`crmnote conflicts`.",
    )
    sync.add_argument(
        "--with",
        dest="other",
        metavar="OTHER",
        help="another book that shares this one's past: file or URL (default: the team book "
        "this field copy joined)",
    )
    sync.add_argument("--batch", type=BATCH, default=2000, help="changes per batch (default 2000)")
    conflicts = sub.add_parser(
        "conflicts",
        help="list sync conflicts; confirm the value kept or restore the one set aside",
    )
    group = conflicts.add_mutually_exclusive_group()
    group.add_argument("--confirm", metavar="ID", help="keep the current value")
    group.add_argument("--restore", metavar="ID", help="write the set-aside value back")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="machine-readable output")


def add_join_action(actions: Any) -> None:
    """`crmnote team join URL` (an action of `crmnote team`)."""
    join = actions.add_parser(
        "join",
        help="make this book (--db, a file) a field copy of a team book that works offline",
        description="A new or empty book is filled from the team book. A book with records of "
        "its own is shown what offering them to the team would do (customers matched by email, "
        "phone and name, as imports do); --offer then adds them to the team book and fills "
        "this one from it (the old file is kept as a backup). Afterwards `crmnote sync` brings "
        "both up to date.",
    )
    join.add_argument("url", help="the team book: postgresql+psycopg://ROLE@HOST/DATABASE")
    join.add_argument(
        "--offer", action="store_true", help="add this book's own records to the team book"
    )
    join.add_argument(
        "--mine",
        action="store_true",
        help="only the customers you own or served, with their records (a new or empty book)",
    )


def is_join(args: argparse.Namespace) -> bool:
    return args.command == "team" and getattr(args, "team_command", None) == "join"


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class _Progress:
    """`crmnote: pushed 500 of 1200 changes` on stderr (its lines begin with crmnote, as every
    line it writes there), one line rewritten on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._tty = out.isatty()
        self._open = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "push":
            said = say("cli.sync.pushing", "pushed {done} of %n change(s)", done=done, n=total)
        else:
            said = say("cli.sync.pulling", "pulled {done} of %n change(s)", done=done, n=total)
        line = "crmnote: " + language.sentence(said)
        if self._tty:
            self._out.write(f"\r{line:<50}")
            self._open = True
        else:
            self._out.write(line + "\n")
        self._out.flush()

    def end(self) -> None:
        if self._open:
            self._out.write("\n")
            self._out.flush()


def run_sync_command(args: argparse.Namespace) -> int:
    from crmnote.bootstrap import open_database
    from crmnote.services.base import wall_clock
    from crmnote.services.sync.conflicts import ConflictService
    from crmnote.services.sync.rounds import SyncRefused, SyncService
    from crmnote.storage.engine import make_sessionmaker
    from crmnote.storage.sync_peer_books import open_peer

    opened = open_database(args.db)
    try:
        sessions = make_sessionmaker(opened.engine)
        if args.command == "conflicts":
            return run_conflicts(ConflictService(sessions, wall_clock, wall_ms=_wall_ms), args)
        service = SyncService(sessions, wall_clock, _wall_ms)
        where = args.other
        if where is None:
            team = service.team()
            if team is None:
                raise SyncRefused(
                    say(
                        "cli.sync.no_team",
                        "this book is no field copy of a team book: {join} makes it one, or "
                        "name another book with {other}",
                        join=Typed("crmnote team join URL"),
                        other=Typed("--with OTHER"),
                    )
                )
            where = team[1]
        other = open_peer(where)
        progress = _Progress(sys.stderr)
        try:
            report = service.sync_with(
                make_sessionmaker(other.engine), other.shown, batch=args.batch, progress=progress
            )
        finally:
            progress.end()
            other.close()
    finally:
        opened.close()
    print_sync_report(report, other.shown)
    return 0


def run_join_command(args: argparse.Namespace) -> int:
    from crmnote.bootstrap import database_file, open_database
    from crmnote.cli.copy import Percent
    from crmnote.domain.errors import DatabaseError
    from crmnote.services.base import wall_clock
    from crmnote.services.sync.join import JoinService
    from crmnote.storage.sync_peer_books import open_peer

    local = database_file(args.db)
    if local is None:
        raise DatabaseError(
            say(
                "cli.field_copy_file",
                "a field copy is a file on this computer: give {option} FILE.sqlite3",
                option=Typed("--db"),
            )
        )
    open_database(args.db).close()  # a crmnote book at this version (made if new)
    team = open_peer(args.url)
    percent = Percent(sys.stderr)
    try:
        report = JoinService(wall_clock, _wall_ms).join(
            local, team, offer=args.offer, only_mine=args.mine, progress=percent
        )
    finally:
        percent.end()
        team.close()
    if report.offer is not None:
        print_offer(report.offer, joined=report.joined)
    if not report.joined:
        print(
            language.sentence(
                say(
                    "cli.join.offer",
                    "nothing was changed: run again with {offer} to add "
                    "these records to the team book and make this book its field copy",
                    offer=Typed("--offer"),
                )
            ),
            file=sys.stderr,
        )
        return 1
    if report.synced is not None:
        print(
            language.sentence(
                say(
                    "cli.join.shared",
                    "this book shares the past of {team}: it is its field "
                    "copy now; pushed %n change(s), pulled {pulled}",
                    team=report.team,
                    n=report.synced.pushed,
                    pulled=report.synced.pulled,
                )
            )
        )
        return 0
    print(
        language.sentence(
            say(
                "cli.join.copied",
                "{book} is a field copy of {team}: %n row(s) copied",
                book=str(local),
                team=report.team,
                n=report.records,
            )
        )
    )
    if report.left_out is not None:
        print(
            language.sentence(
                say(
                    "cli.join.left_out",
                    "it holds only your customers: {left} of others' "
                    "left out (they arrive when you own or serve them)",
                    left=report.left_out,
                )
            )
        )
    if report.backup is not None:
        print(
            language.sentence(
                say(
                    "cli.join.backup",
                    "the book as it was is kept in {path}",
                    path=str(report.backup),
                )
            )
        )
    print(
        language.sentence(
            say(
                "cli.join.offline",
                "it works offline; {command} brings it and the team book up to date",
                command=Typed("crmnote sync"),
            )
        )
    )
    return 0
