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
from crmnote.domain.reasons import Field, Kind, Reason, Typed, listing, message, say

COMMANDS = ("sync", "conflicts")
BATCH = whole(1, 100_000)
# A customer of `team join --offer`'s report that matched or merged a team's customer.
_OFFERED = {
    (True, "matched"): message(
        "cli.join.matched", "customer {line} matched with the team's '{name}'"
    ),
    (True, "merged"): message("cli.join.merged", "customer {line} merged with the team's '{name}'"),
    (False, "matched"): message(
        "cli.join.would_match", "customer {line} would be matched with the team's '{name}'"
    ),
    (False, "merged"): message(
        "cli.join.would_merge", "customer {line} would be merged with the team's '{name}'"
    ),
}
_COUNTED = {
    "created": message("cli.join.created", "{count} created"),
    "matched": message("cli.join.counted_matched", "{count} matched"),
    "merged": message("cli.join.counted_merged", "{count} merged"),
    "rejected": message("cli.join.counted_rejected", "{count} rejected"),
}


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
            return _conflicts(ConflictService(sessions, wall_clock, wall_ms=_wall_ms), args)
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
    print(
        _said(
            say(
                "cli.sync.done",
                "pushed %n change(s), pulled {pulled}",
                n=report.pushed,
                pulled=report.pulled,
            )
        )
    )
    if report.unpushed:
        print(
            _said(
                say(
                    "cli.sync.unpushed",
                    "%n change(s) stay here: you may only read {book}",
                    n=report.unpushed,
                    book=other.shown,
                )
            ),
            file=sys.stderr,
        )
    if report.conflicts:
        print(
            _said(
                say(
                    "cli.sync.conflicts",
                    "%n sync conflict(s) to look at: {command}",
                    n=report.conflicts,
                    command=Typed("crmnote conflicts"),
                )
            )
        )
    if report.ahead_ms:
        hours = report.ahead_ms / 3_600_000
        print(
            _said(
                say(
                    "cli.sync.ahead",
                    "note: a clock among the changes runs {hours:.1f} "
                    "hours ahead of this computer's",
                    hours=hours,
                )
            )
        )
    for line in report.held_back:
        print(
            _said(
                say(
                    "cli.sync.held_back",
                    "held back, not synced: {record} (written around crmnote: {command})",
                    record=language.sentence(line),
                    command=Typed("crmnote verify-log"),
                )
            ),
            file=sys.stderr,
        )
    for name in report.handed_on:
        print(
            _said(
                say(
                    "cli.sync.handed_on",
                    "{name} is someone else's customer now: left "
                    "this copy (the team book keeps them)",
                    name=name,
                )
            )
        )
    for name in report.handed_kept:
        print(
            _said(
                say(
                    "cli.sync.handed_kept",
                    "{name} is someone else's customer now, kept "
                    "here until the changes made to them on this computer are synced",
                    name=name,
                )
            ),
            file=sys.stderr,
        )
    for line in report.skipped:
        print(
            _said(
                say("cli.sync.skipped", "not applied yet: {change}", change=language.sentence(line))
            ),
            file=sys.stderr,
        )
    return 0


def _said(reason: str) -> str:
    return language.sentence(reason)


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
        _print_offer(report.offer, joined=report.joined)
    if not report.joined:
        print(
            _said(
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
            _said(
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
        _said(
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
            _said(
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
            _said(
                say(
                    "cli.join.backup",
                    "the book as it was is kept in {path}",
                    path=str(report.backup),
                )
            )
        )
    print(
        _said(
            say(
                "cli.join.offline",
                "it works offline; {command} brings it and the team book up to date",
                command=Typed("crmnote sync"),
            )
        )
    )
    return 0


def _print_offer(report: Any, *, joined: bool) -> None:
    from crmnote.services.transfer_report import RowAction

    for r in report.rows:
        if r.kind == "customer" and r.action in (RowAction.MATCHED, RowAction.MERGED):
            offered = _OFFERED[joined, r.action.value]
            print(_said(Reason(offered, line=r.line, name=r.name)))
        elif r.action is RowAction.REJECTED:
            print(
                _said(
                    say(
                        "cli.join.rejected",
                        "{kind} {line}: rejected ({name}): {field}: {why}",
                        kind=Kind(r.kind),
                        line=r.line,
                        name=r.name,
                        field=Field(r.field),
                        why=r.message,
                    )
                )
            )
    counts: dict[str, dict[RowAction, int]] = {}
    for r in report.rows:
        counts.setdefault(r.kind, {}).setdefault(r.action, 0)
        counts[r.kind][r.action] += 1
    for kind, by_action in counts.items():
        said = listing(Reason(_COUNTED[a.value], count=n) for a, n in sorted(by_action.items()))
        print(_said(say("cli.join.counts", "{kind}: {counts}", kind=Kind(kind), counts=said)))


def _conflicts(service: Any, args: argparse.Namespace) -> int:
    if args.confirm:
        service.confirm(args.confirm)
        print(_said(say("cli.conflicts.confirmed", "confirmed {id}", id=Typed(args.confirm))))
        return 0
    if args.restore:
        service.restore(args.restore)
        print(_said(say("cli.conflicts.restored", "restored {id}", id=Typed(args.restore))))
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
        print(_said(say("cli.conflicts.none", "no sync conflicts")))
    for c in found:
        if c.record_id is None:
            where = say("cli.conflicts.gone", "{kind} (deleted)", kind=Kind(c.kind))
        else:
            where = say("cli.conflicts.record", "{kind} {id}", kind=Kind(c.kind), id=c.record_id)
        if c.field is None and c.reason == "kept_for_records":
            said = say(
                "cli.conflicts.kept",
                "{where}: deleted, but kept for records of theirs changed meanwhile",
                where=where,
            )
        elif c.field is None:
            said = say(
                "cli.conflicts.undone",
                "{where}: a delete was undone by a concurrent edit",
                where=where,
            )
        else:
            said = say(
                "cli.conflicts.value",
                "{where} {field}: kept {kept}, set aside {aside}",
                where=where,
                field=Field(c.field),
                kept=repr(c.kept),
                aside=repr(c.set_aside),
            )
        print(f"{c.id}  {_said(said)}")  # the id first, as scripts read it
    return 0
