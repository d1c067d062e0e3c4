"""One blocking service call on a worker thread, its outcome delivered on the GUI thread.

The services open their own session per call and the engine's pool hands each thread its own
SQLite connection, so a long write (recomputing every score) can run while the window repaints.

A job runs with Python's cyclic collector paused (services/collector.py). A full collection
holds the interpreter while it walks every object made since start-up (~45 ms with a
100,000-customer book's screens open), and a job that builds a large result (Insights, the
staff report, a customer's history) started one after another: the window could not repaint
meanwhile (stalls of 100-160 ms). What a job leaves is freed by reference counting as before;
cycles wait for the first collection after the last job ended.
"""

from __future__ import annotations

import ctypes
import functools
import importlib
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from crmnote.services.collector import collector_paused

POLL_MS = 50  # how often a job's progress is shown while it runs


class Pending:
    """An outcome a worker will hand to the GUI thread, counted in `Background.busy()` from
    `hold()` until `release()` or until `owner` is destroyed, whichever comes first. Holding
    twice counts once: a request overtaken by a newer one is replaced, not added (GUI thread
    only)."""

    count: ClassVar[int] = 0  # outcomes held and not released, over every owner

    def __init__(self, owner: QObject) -> None:
        held = self._held = [False]  # the destroyed handler must not keep `self` or `owner`
        owner.destroyed.connect(lambda *_: Pending._release(held))

    @property
    def held(self) -> bool:
        return self._held[0]

    def hold(self) -> None:
        if not self._held[0]:
            self._held[0] = True
            Pending.count += 1

    def release(self) -> None:
        Pending._release(self._held)

    @staticmethod
    def _release(held: list[bool]) -> None:
        if held[0]:
            held[0] = False
            Pending.count -= 1


class _Waker(QObject):
    """Hands a job's end to the GUI thread at once (its outcome was waiting for the next poll,
    25 ms on average). Workers emit on this one object, made once on the GUI thread and never
    deleted, not on their job, which may be deleted with its parent meanwhile (as
    `newest._Relay`)."""

    ended = Signal(int)  # the job's key

    def __init__(self) -> None:
        super().__init__()
        self.jobs: weakref.WeakValueDictionary[int, Background] = weakref.WeakValueDictionary()
        self.ended.connect(self._wake, Qt.ConnectionType.QueuedConnection)

    def _wake(self, key: int) -> None:
        job = self.jobs.get(key)
        if job is not None and shiboken6.isValid(job):
            job._poll()


_waker: list[_Waker] = []  # made by the first job, on the GUI thread
_keys = iter(range(1, 2**62))


class Background(QObject):
    """Emits `done(result)` or `failed(exception)` once `work` has returned or raised, and
    `progress(done, total)` on the GUI thread when the work calls `report` from its thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    # Every worker started and not yet finished, so that quitting can let them finish before
    # the database's connections close (a query cut off mid-way is an error, not a result).
    _live: ClassVar[weakref.WeakSet[threading.Thread]] = weakref.WeakSet()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._outcome: dict[str, Any] = {}
        # (done, total, detail), replaced whole: safe across threads
        self._reported: tuple[int, int, object] | None = None
        self._shown: tuple[int, int, object] | None = None
        self._thread = threading.Thread(target=self._run, name="crmnote-background", daemon=True)
        self._ended = threading.Event()  # the outcome is in `_outcome`
        self._delivered = False
        if not _waker:
            _waker.append(_Waker())
        self._key = next(_keys)
        _waker[0].jobs[self._key] = self
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        # Counted in busy() until shown; a job deleted with its parent first is uncounted then.
        self._pending = Pending(self)

    def start(self) -> None:
        self._pending.hold()
        Background._live.add(self._thread)
        self._thread.start()
        self._timer.start()

    @classmethod
    def track(cls, thread: threading.Thread) -> None:
        """Count `thread` (another kind of worker) among those quitting waits for."""
        cls._live.add(thread)

    @classmethod
    def finish_all(cls, timeout: float = 30.0) -> bool:
        """Wait for every running worker, up to `timeout` seconds in all; True when none is
        left running."""
        # Short sleeps, not Thread.join(timeout): a timed join waits for an absolute time and,
        # under a shifted clock (libfaketime, `make test-future`), never wakes if it runs out.
        deadline = time.monotonic() + timeout
        while any(t.is_alive() for t in list(cls._live)) and time.monotonic() < deadline:
            time.sleep(0.005)
        return not any(t.is_alive() for t in list(cls._live))

    @classmethod
    def busy(cls) -> bool:
        """True while any worker runs or a job's outcome is still to be shown: the window
        has not settled yet (tests and the stall benchmark wait for this)."""
        return Pending.count > 0 or any(t.is_alive() for t in list(cls._live))

    def running(self) -> bool:
        """True from `start` until the work has returned or raised (its outcome may still be
        on its way to the GUI thread; `done` handlers see False)."""
        return self._thread.is_alive() and not self._ended.is_set()

    def report(self, done: int, total: int, detail: object = None) -> None:
        """How far the work is (called from the worker thread); shown at the next poll.
        `detail` (what is being done) counts as news too: a new stage that starts where the
        last one ended is still said."""
        self._reported = (done, total, detail)

    def _run(self) -> None:
        try:
            with collector_paused():  # why: the module's docstring
                self._outcome["result"] = self._work()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self._outcome["error"] = exc
        release_freed_memory()
        self._ended.set()
        _waker[0].ended.emit(self._key)

    def _poll(self) -> None:
        reported = self._reported
        if reported is not None and reported != self._shown:
            self._shown = reported
            self.progress.emit(reported[0], reported[1])
        if not self._ended.is_set() or self._delivered:
            return  # still working, or already shown (a poll and a wake both came)
        self._delivered = True
        self._timer.stop()
        self._pending.release()
        if "error" in self._outcome:
            self.failed.emit(self._outcome["error"])
        else:
            self.done.emit(self._outcome.get("result"))


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # glibc's
    except (OSError, AttributeError):  # another C library: nothing to give back this way
        return None
    return trim


def release_freed_memory() -> None:
    """Give the pages a finished job freed back to the system (called on the worker as it
    ends). glibc keeps what a thread freed in that thread's malloc arena for reuse: after a
    tour of every screen of a 100,000-customer book, ~35 MB of the resident memory was such
    free space (an export, the staff report and the map read large results on workers)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)  # a foreign call: the interpreter runs other threads meanwhile


def import_soon(module: str, parent: QObject, then: Callable[[], object] | None = None) -> None:
    """Import `module` on a worker thread (a window's modules made on first use: the page a
    user opens next, phonenumbers' tables in it, a quarter of a second on the GUI thread);
    `then` runs on the GUI thread once it is imported."""
    job = Background(lambda: importlib.import_module(module), parent)
    job.done.connect(job.deleteLater)
    if then is not None:
        job.done.connect(lambda _module: then())
    job.failed.connect(job.deleteLater)  # imported on the GUI thread when needed, as before
    job.start()
