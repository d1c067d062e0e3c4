"""A child process for the sync fault tests: one sync round of LOCAL with OTHER, killed with
SIGKILL at a chosen instant, or run whole.

Usage: sync_killer.py LOCAL OTHER [STAGE N]. STAGE says where the N-th batch dies:
  push-remote   the other book has applied the batch, not yet committed
  push-cursor   the other book committed the batch; this one has not moved its push cursor
  pull-local    this book has applied the batch, not yet committed (with its pull cursor)
  pull-commit   this book committed the batch and its cursor
"""

from __future__ import annotations

import os
import signal
import sys
import time
from typing import Any

from crmnote.services.base import wall_clock
from crmnote.services.sync import rounds
from crmnote.services.sync.rounds import SyncService
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.sync_peer_books import open_peer

BATCH = 5


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    local, other = sys.argv[1], sys.argv[2]
    stage, n = (sys.argv[3], int(sys.argv[4])) if len(sys.argv) > 4 else ("", 0)
    seen: dict[str, int] = {}

    def count(what: str) -> bool:
        seen[what] = seen.get(what, 0) + 1
        return stage == what and seen[what] == n

    real_apply, real_move = rounds.apply_changes, rounds.store.move_cursor

    def apply_changes(session: Any, changes: Any, source: Any, *args: Any) -> Any:
        out = real_apply(session, changes, source, *args)
        pushing = session.get_bind().url.database == other_db
        if pushing and count("push-remote"):
            die()
        return out

    def move_cursor(session: Any, peer: str, url: str, **values: Any) -> None:
        if "pushed" in values and count("push-cursor"):
            die()
        real_move(session, peer, url, **values)
        if "pulled" in values and count("pull-local"):
            die()

    def progress(stage_now: str, _done: int, _total: int) -> None:
        if stage_now == "pull" and count("pull-commit"):
            die()

    rounds.apply_changes = apply_changes
    rounds.store.move_cursor = move_cursor  # type: ignore[assignment]
    me = open_peer(local)
    them = open_peer(other)
    other_db = them.engine.url.database
    service = SyncService(
        make_sessionmaker(me.engine), wall_clock, lambda: time.time_ns() // 1_000_000
    )
    report = service.sync_with(
        make_sessionmaker(them.engine), them.shown, batch=BATCH, progress=progress
    )
    print(f"pushed {report.pushed} pulled {report.pulled}")


if __name__ == "__main__":
    main()
