"""Colleagues' changes to a team book, as they commit: what changed (a `Changes` value for the
app's bus) and who did what, for the status bar.

PostgreSQL sends a notice at each commit (storage/notifications.py); a thread of its own waits
for them, leaves out the app's own, reads the names that make them sentences ("Anna logged a
call with Fjord Bikes") and queues the result; the desktop app takes it from its GUI thread
(`drain`), which never waits. A lost connection is opened again; what happened meanwhile is
unknown, so that reports that anything may have changed. SQLite books have no such notices:
`start` says False and the app keeps asking `OutsideWritesService`.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass

from crmnote.domain.errors import CrmError, NotFoundError
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage.insight_queries import customer_names
from crmnote.storage.notifications import Listener, Notice, Wakeup, own_backends
from crmnote.storage.report_queries import staff_names

log = logging.getLogger("crmnote")
WAIT_S = 0.5  # each wait for notices (`stop` ends a wait at once)
RECONNECT_S = 2.0


@dataclass(frozen=True)
class ColleagueChange:
    """One colleague's change: `op` is insert, update or delete of `count` records of `kind`;
    `customer` names the one customer concerned (empty for none or several), `channel` an
    interaction's (call, email…) when one was logged. `resync` when anything may have changed
    (the connection was lost meanwhile)."""

    changes: Changes
    author: str = ""
    kind: str = ""
    op: str = ""
    count: int = 0
    customer: str = ""
    channel: str = ""
    resync: bool = False


def changes_of(notice: Notice) -> Changes:
    """The bus value of a notice: its kind, records and customers; everything when it lists
    too many to name (a bulk import)."""
    if notice.ids is None or notice.customers is None:
        return Changes.everything()
    return Changes(
        kinds=frozenset({notice.kind}),
        customer_ids=frozenset(notice.customers),
        records=frozenset((notice.kind, i) for i in notice.ids),
    )


def by_commit(notices: list[Notice], own: set[int]) -> list[list[Notice]]:
    """Others' notices grouped by the commit that sent them, in the order they committed;
    those of the backends in `own` (this app's) left out."""
    groups: dict[tuple[int, int], list[Notice]] = {}
    for n in notices:
        if n.pid not in own:
            groups.setdefault(n.commit, []).append(n)
    return list(groups.values())


class ColleagueWatch(ServiceBase):
    """Waits for colleagues' changes on a thread of its own while `start`ed."""

    _queue: queue.SimpleQueue[ColleagueChange]
    _thread: threading.Thread | None = None
    _stop: threading.Event
    _wakeup: Wakeup
    _own: set[int]

    def start(self) -> bool:
        """Begin watching (a PostgreSQL book); False where there is nothing to listen to."""
        engine = self.engine()
        if engine is None or engine.dialect.name != "postgresql" or self._thread is not None:
            return False
        self._queue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._wakeup = Wakeup()
        self._own = own_backends(engine)
        listener = Listener(engine)  # before returning: nothing committed after this is missed
        self._thread = threading.Thread(
            target=self._run, args=(listener,), name="crmnote-colleagues", daemon=True
        )
        self._thread.start()
        return True

    def drain(self) -> list[ColleagueChange]:
        """What arrived since the last call (never waits)."""
        if self._thread is None:
            return []
        out = []
        while True:
            try:
                out.append(self._queue.get_nowait())
            except queue.Empty:
                return out

    def stop(self) -> None:
        """Stop watching; the listening connection is closed when this returns (closing the
        window on a team book no longer waits for the current wait to run out)."""
        if self._thread is not None:
            self._stop.set()
            self._wakeup.set()
            self._thread.join(timeout=WAIT_S * 4)
            if not self._thread.is_alive():
                self._wakeup.close()
            self._thread = None

    def _paused(self, seconds: float) -> bool:
        """Wait `seconds` unless stopped first; True when stopped. Short relative sleeps, not
        a timed Event.wait: that waits for an absolute time and never wakes under a shifted
        clock (libfaketime, `make test-future`)."""
        for _ in range(max(1, round(seconds / 0.05))):
            if self._stop.is_set():
                return True
            time.sleep(0.05)
        return self._stop.is_set()

    def _run(self, listener: Listener | None) -> None:
        while not self._stop.is_set():
            if listener is None:
                listener = self._reconnect()
                continue
            try:
                notices = listener.wait(WAIT_S, self._wakeup)
            except listener.errors:
                listener.close()
                listener = None
                continue
            for theirs in by_commit(notices, self._own):
                self._queue.put(self._describe(theirs))
        if listener is not None:
            listener.close()

    def _reconnect(self) -> Listener | None:
        if self._paused(RECONNECT_S):
            return None
        engine = self.engine()
        try:
            assert engine is not None
            listener = Listener(engine)
        except Exception as exc:  # the server is still away: try again later
            log.info("colleagues' changes: cannot listen yet (%s)", exc)
            return None
        self._queue.put(ColleagueChange(Changes.everything(), resync=True))
        return listener

    def _describe(self, notices: list[Notice]) -> ColleagueChange:
        """One entry for the notices of one commit: every change on the bus, the sentence
        from its main record (an insert before an update, a record before its customer)."""
        changes = Changes()
        for n in notices:
            changes |= changes_of(n)
        main = min(notices, key=lambda n: (n.op != "insert", n.kind == "customer"))
        try:
            return self._named(changes, main)
        except CrmError:  # a name could not be read: the change still shows
            return ColleagueChange(changes, main.role, main.kind, main.op, main.count)

    def _named(self, changes: Changes, main: Notice) -> ColleagueChange:
        with self.reading() as repo:
            session = repo.session
            author = main.role
            if main.author is not None:
                author = staff_names(session, {main.author}).get(main.author, main.role)
            customer = ""
            if main.customers is not None and len(main.customers) == 1:
                customer = customer_names(session, list(main.customers)).get(main.customers[0], "")
            channel = ""
            if main.kind == "interaction" and main.op != "delete" and main.ids:
                try:
                    channel = str(repo.get("interaction", main.ids[0]).channel.value)
                except NotFoundError:
                    channel = ""
        return ColleagueChange(changes, author, main.kind, main.op, main.count, customer, channel)
