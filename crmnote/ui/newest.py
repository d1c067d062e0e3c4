"""Work whose newest request is the only one that matters, on a worker thread.

Filtering the customer list as the user types asks the database once a keystroke; a request
that a later keystroke has overtaken is of no use. `Newest` runs one request at a time on a
worker thread, keeps only the newest of those waiting, and hands the GUI thread the outcome of
the newest request only (an overtaken one is dropped when it ends). The GUI thread never waits
for the database: the window repaints and takes keys while the query runs (SQLite lets go of
the interpreter while it works). A request may come with a `stop` callable: when a newer request
overtakes it while it runs, `stop()` is called (on the GUI thread) so the database stops working
on it too, and the newer one starts sooner (the list's reads pass their `Interrupt.stop`).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from crmnote.services.collector import collector_paused
from crmnote.ui.background import Background, Pending, release_freed_memory

Work = Callable[[], Any]
Stop = Callable[[], None]


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread. Workers emit on this one object, made once
    on the GUI thread and never deleted, not on their `Newest`: a `Newest` deleted with its
    owner while its worker emitted on it crashed the interpreter (the emit's check that the
    object is alive and the emit itself are not one step)."""

    ended = Signal(int, int, object, object)  # (Newest key, request number, result, exception)

    def __init__(self) -> None:
        super().__init__()
        self.listeners: weakref.WeakValueDictionary[int, Newest] = weakref.WeakValueDictionary()
        self.ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, key: int, number: int, result: Any, error: Exception | None) -> None:
        newest = self.listeners.get(key)
        if newest is not None and shiboken6.isValid(newest):
            newest._deliver(number, result, error)


_relay: list[_Relay] = []  # made by the first Newest, on the GUI thread
_keys = iter(range(1, 2**62))


class Newest(QObject):
    """`submit(work, then, failed)`: `then(result)` (or `failed(exception)`) is called on the
    GUI thread if no later request was submitted meanwhile."""

    settled = Signal()  # the newest request's outcome was delivered

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # number of the newest request (GUI thread)
        self._then: tuple[Callable[[Any], None], Callable[[Exception], None] | None] | None = None
        self._lock = threading.Lock()
        self._waiting: tuple[int, Work, Stop | None] | None = None  # newest not yet started
        self._running: tuple[int, Work, Stop | None] | None = None  # the one under way
        self._worker: threading.Thread | None = None
        # The newest request's outcome counts in Background.busy() until delivered or cancelled.
        self._pending = Pending(self)
        if not _relay:
            _relay.append(_Relay())
        self._relay = _relay[0]
        self._key = next(_keys)
        self._relay.listeners[self._key] = self

    @property
    def busy(self) -> bool:
        """True until the newest request's outcome has been delivered."""
        return self._then is not None

    def submit(
        self,
        work: Work,
        then: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
        stop: Stop | None = None,
    ) -> None:
        """Run `work` when the worker is free; `stop()` is called if a later request overtakes
        it while it runs."""
        self._asked += 1
        self._then = (then, failed)
        self._pending.hold()  # an overtaken request's count passes to this one
        with self._lock:
            self._waiting = (self._asked, work, stop)
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._run, name="crmnote-newest", daemon=True
                )
                Background.track(self._worker)  # quitting waits for a query under way
                self._worker.start()
        self._stop_running()

    def cancel(self) -> None:
        """Drop the outcome of every request made so far; the one under way is stopped if it
        came with a `stop`."""
        self._asked += 1
        self._then = None
        self._pending.release()
        self._stop_running()

    def _stop_running(self) -> None:
        """Stop the request under way if it is older than the newest (and can be stopped)."""
        with self._lock:
            running = self._running
        if running is not None and running[0] != self._asked and running[2] is not None:
            running[2]()

    def _run(self) -> None:
        relay, key = self._relay, self._key  # the worker touches no Qt object but the relay
        while True:
            with self._lock:
                job, self._waiting = self._waiting, None
                self._running = job
                if job is None:
                    self._worker = None
                    break
            number, work, _ = job
            result: Any = None
            error: Exception | None = None
            try:
                with collector_paused():  # as Background's jobs (ui/background.py)
                    result = work()
            except Exception as exc:  # handed to the GUI thread, which reports it
                error = exc
            with self._lock:
                self._running = None
            relay.ended.emit(key, number, result, error)
        release_freed_memory()  # nothing left to read: what the reads freed goes back

    def _deliver(self, number: int, result: Any, error: Exception | None) -> None:
        if number != self._asked or self._then is None:
            return  # overtaken by a later request
        then, failed = self._then
        self._then = None
        self._pending.release()
        if error is None:
            then(result)
        elif failed is not None:
            failed(error)
        else:
            raise error
        self.settled.emit()
