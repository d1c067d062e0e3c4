"""Waiting for a threading.Event in short sleeps. Event.wait(timeout) waits for an absolute
time on the monotonic clock, which libfaketime shifts (make test-future): a timed wait that
runs out then never wakes, and a worker held that way outlives a failed test and fails the
ones after it. A relative sleep works under faketime."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crmnote.bootstrap import OpenDatabase


def wait_for(event: threading.Event, seconds: float) -> bool:
    """True once `event` is set, False after about `seconds` (counted in sleeps)."""
    for _ in range(int(seconds / 0.002) + 1):
        if event.is_set():
            return True
        time.sleep(0.002)
    return event.is_set()


def close_after_workers(opened: OpenDatabase) -> None:
    """Close a book once the window's workers (its reads, the reminders' check) have ended: a
    connection still out when the engine is disposed is left open, a server book's drop
    waits on it, and its garbage collection later fails another test with a ResourceWarning."""
    from crmnote.ui.background import Background

    assert Background.finish_all(), "a worker thread was still running after the test"
    opened.close()
