"""Waiting for a threading.Event in short sleeps. Event.wait(timeout) waits for an absolute
time on the monotonic clock, which libfaketime shifts (make test-future): a timed wait that
runs out then never wakes, and a worker held that way outlives a failed test and fails the
ones after it. A relative sleep works under faketime."""

from __future__ import annotations

import threading
import time


def wait_for(event: threading.Event, seconds: float) -> bool:
    """True once `event` is set, False after about `seconds` (counted in sleeps)."""
    for _ in range(int(seconds / 0.002) + 1):
        if event.is_set():
            return True
        time.sleep(0.002)
    return event.is_set()
