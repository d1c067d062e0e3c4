"""`crmnote sync`, `crmnote team join` and `crmnote conflicts`: a field copy joined to a team
book and synced with it, two books that share a past merged both ways (docs/sync.md), and the
values that lost a merge, to confirm or restore."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, TextIO

from crmnote.cli import language
from crmnote.cli.values import whole

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
        line = f"crmnote: {stage}ed {done} of {total} changes"
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
            return _conflicts(ConflictService(sessions, wall_clock, wall_ms=_wall_ms), args)
        service = SyncService(sessions, wall_clock, _wall_ms)
        where = args.other
        if where is None:
            team = service.team()
            if team is None:
                raise SyncRefused(
                    "this book is no field copy of a team book: crmnote team join URL makes it "
                    "one, or name another book with --with OTHER"
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
    print(f"pushed {report.pushed} changes, pulled {report.pulled}")
    if report.unpushed:
        print(
            f"{report.unpushed} changes stay here: you may only read {other.shown}",
            file=sys.stderr,
        )
    if report.conflicts:
        print(f"{report.conflicts} sync conflicts to look at: crmnote conflicts")
    if report.ahead_ms:
        hours = report.ahead_ms / 3_600_000
        print(f"note: a clock among the changes runs {hours:.1f} hours ahead of this computer's")
    for line in report.held_back:
        print(f"held back, not synced: {line} (written around crmnote: crmnote verify-log)",
              file=sys.stderr)  # fmt: skip
    for name in report.handed_on:
        print(f"{name} is someone else's customer now: left this copy (the team book keeps them)")
    for name in report.handed_kept:
        print(
            f"{name} is someone else's customer now, kept here until the changes made to them "
            "on this computer are synced",
            file=sys.stderr,
        )
    if report.moved_off:
        print(
            f"{report.moved_off} record(s) moved onto someone else's customer left this copy "
            "(the team book keeps them)"
        )
    if report.moved_kept:
        print(
            f"{report.moved_kept} record(s) moved onto someone else's customer kept here until "
            "the changes made to them on this computer are synced",
            file=sys.stderr,
        )
    for line in report.skipped:
        print(f"not applied yet: {line}", file=sys.stderr)
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
        from crmnote.domain.reasons import Typed, say

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
        _print_offer(report.offer, joined=report.joined)
    if not report.joined:
        print(
            "nothing was changed: run again with --offer to add these records to the team "
            "book and make this book its field copy",
            file=sys.stderr,
        )
        return 1
    if report.synced is not None:
        print(
            f"this book shares {report.team}'s past: it is its field copy now; pushed "
            f"{report.synced.pushed} changes, pulled {report.synced.pulled}"
        )
        return 0
    print(f"{local} is a field copy of {report.team}: {report.records} rows copied")
    if report.left_out is not None:
        print(
            f"it holds only your customers: {report.left_out} of others' left out (they "
            "arrive when you own or serve them)"
        )
    if report.backup is not None:
        print(f"the book as it was is kept in {report.backup}")
    print("it works offline; crmnote sync brings it and the team book up to date")
    return 0


def _print_offer(report: Any, *, joined: bool) -> None:
    from crmnote.services.transfer_report import RowAction

    verb = "" if joined else "would be "
    for r in report.rows:
        if r.kind == "customer" and r.action in (RowAction.MATCHED, RowAction.MERGED):
            print(f"customer {r.line} {verb}{r.action.value} with the team's {r.name!r}")
        elif r.action is RowAction.REJECTED:
            said = language.sentence(r.message)
            print(f"{r.kind} {r.line}: rejected ({r.name}): {r.field}: {said}")
    counts: dict[str, dict[str, int]] = {}
    for r in report.rows:
        counts.setdefault(r.kind, {}).setdefault(r.action.value, 0)
        counts[r.kind][r.action.value] += 1
    for kind, by_action in counts.items():
        said = ", ".join(f"{n} {action}" for action, n in sorted(by_action.items()))
        print(f"{kind}: {said}")


def _conflicts(service: Any, args: argparse.Namespace) -> int:
    if args.confirm:
        service.confirm(args.confirm)
        print(f"confirmed {args.confirm}")
        return 0
    if args.restore:
        service.restore(args.restore)
        print(f"restored {args.restore}")
        return 0
    found = service.list(include_resolved=args.all)
    if args.json:
        rows = [
            {
                "id": c.id,
                "kind": c.kind,
                "record_id": c.record_id,
                "field": c.field,
                "reason": c.reason,
                "kept": c.kept,
                "set_aside": c.set_aside,
                "resolved": c.resolved,
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no sync conflicts")
    for c in found:
        where = f"{c.kind} {c.record_id if c.record_id is not None else '(deleted)'}"
        if c.field is None and c.reason == "kept_for_records":
            print(f"{c.id}  {where}: deleted, but kept for records of theirs changed meanwhile")
        elif c.field is None:
            print(f"{c.id}  {where}: a delete was undone by a concurrent edit")
        else:
            print(f"{c.id}  {where} {c.field}: kept {c.kept!r}, set aside {c.set_aside!r}")
    return 0
