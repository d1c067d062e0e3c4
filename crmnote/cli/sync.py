"""`crmnote sync --with OTHER` and `crmnote conflicts`: two books that share a past merged both
ways (docs/sync.md), and the values that lost a merge, to confirm or restore."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from crmnote.cli.values import whole

COMMANDS = ("sync", "conflicts")
BATCH = whole(1, 100_000)


def add_sync_commands(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="sync this book with another that shares its past (both end with the union)",
        description="Pushes the changes the other book has not acknowledged and pulls the ones "
        "this book has not seen, in batches, each one transaction on each side. Run again after "
        "an interruption: nothing is doubled or lost. Values that lost a merge are listed by "
        "`crmnote conflicts`.",
    )
    sync.add_argument(
        "--with", dest="other", metavar="OTHER", required=True, help="the other book: file or URL"
    )
    sync.add_argument("--batch", type=BATCH, default=500, help="changes per batch (default 500)")
    conflicts = sub.add_parser(
        "conflicts",
        help="list sync conflicts; confirm the value kept or restore the one set aside",
    )
    group = conflicts.add_mutually_exclusive_group()
    group.add_argument("--confirm", metavar="ID", help="keep the current value")
    group.add_argument("--restore", metavar="ID", help="write the set-aside value back")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="machine-readable output")


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def run_sync_command(args: argparse.Namespace) -> int:
    from crmnote.bootstrap import open_database
    from crmnote.services.base import wall_clock
    from crmnote.services.sync.conflicts import ConflictService
    from crmnote.services.sync.rounds import SyncService
    from crmnote.storage.engine import make_sessionmaker

    opened = open_database(args.db)
    try:
        sessions = make_sessionmaker(opened.engine)
        if args.command == "conflicts":
            return _conflicts(ConflictService(sessions, wall_clock, wall_ms=_wall_ms), args)
        other = open_database(args.other)
        try:
            service = SyncService(sessions, wall_clock, _wall_ms)

            def progress(stage: str, moved: int) -> None:
                print(f"{stage}ed: {moved}", file=sys.stderr)

            report = service.sync_with(
                make_sessionmaker(other.engine), args.other, batch=args.batch, progress=progress
            )
        finally:
            other.close()
    finally:
        opened.close()
    print(f"pushed {report.pushed} changes, pulled {report.pulled}")
    if report.conflicts:
        print(f"{report.conflicts} sync conflicts to look at: crmnote conflicts")
    if report.ahead_ms:
        hours = report.ahead_ms / 3_600_000
        print(f"note: a clock among the changes runs {hours:.1f} hours ahead of this computer's")
    for line in report.skipped:
        print(f"not applied yet: {line}", file=sys.stderr)
    return 0


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
        if c.field is None:
            print(f"{c.id}  {where}: a delete was undone by a concurrent edit")
        else:
            print(f"{c.id}  {where} {c.field}: kept {c.kept!r}, set aside {c.set_aside!r}")
    return 0
