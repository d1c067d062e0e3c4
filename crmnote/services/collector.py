"""Pausing Python's cyclic garbage collector while a service makes many plain objects.

Explaining a long history or rebuilding 500 customers' histories makes 10,000s of tuples,
datetimes and points that all survive until the work is done. Each batch of 700 new objects
starts a collection, and the survivors make the collector walk the whole heap again and again
(half of explaining a 10,000-interaction customer's scores was collection). These objects
hold no reference cycles, so reference counting frees them as before; the collector resumes
when the last paused section ends (sections may nest and run on several threads).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside; the collector's state as before once every section ended."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
