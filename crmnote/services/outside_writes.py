"""Has another process (the command line, another tool) written to the database since we looked?

The desktop app asks every second or so; the answer is one cheap pragma, `PRAGMA data_version`,
read on one connection of our own (`storage/data_version.py`).

Our own writes go through the engine's other, pooled connections, so they move that value too.
They are told apart, so a save in the app does not cause a second refresh: just before each of
our COMMITs (our write lock still held, so nobody else can commit) the value is read; if it moved
since the last look, someone else wrote before us and that is kept as news. Right after the
commit the value is read again and taken as seen. An outside commit landing in the microseconds
between our COMMIT and that read would pass for ours; a writer that waited for our lock sleeps in
its busy handler for a millisecond or more, then needs its own commit, so in practice none does.
The look before our commit is made when our transaction begins (BEGIN IMMEDIATE holds the
write lock from there): a writer restarting the write-ahead log moves the value at its first
write, long before its COMMIT. While a transaction of ours is under way on another thread (a
sync round's worker, batch after batch) the GUI thread does not look: the value may have moved
for our own write, and taking that for someone else's would reload every view in the middle of
the round.
"""

from __future__ import annotations

import threading
from collections import Counter

from crmnote.services.base import Clock, ServiceBase, wall_clock
from crmnote.storage.data_version import DataVersion, on_commits
from crmnote.storage.sessions import Session, sessionmaker


class OutsideWritesService(ServiceBase):
    """`changed()` answers once per batch of outside commits; never for other databases."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        super().__init__(sessions, clock)
        # Commits may come from worker threads; the probe is shared with the GUI thread's looks.
        # Reentrant: a pooled connection collected by the GC is checked in on whatever thread
        # runs then, possibly one holding the lock already.
        self._lock = threading.RLock()
        self._probe: DataVersion | None = None
        self._seen: int | None = None
        self._news = False
        self._lost = False  # the probe was closed: what happened meanwhile is unknown
        self._hooked = False
        # Transactions of ours under way, by thread: the GUI thread does not look meanwhile.
        self._committing: Counter[int] = Counter()

    def changed(self) -> bool:
        """True when another connection committed since the last call (the first call starts
        watching and says False). After the connections were closed (a restore) it says True:
        the file may have been replaced meanwhile."""
        with self._lock:
            if self._probe is None and not self._open():
                return False
            if not self._committing:  # else the next call looks (a commit of ours is on)
                self._look()  # when it cannot answer now, the next call looks again
            news, self._news = self._news, False
            return news

    def watching(self) -> bool:
        return self._probe is not None

    def close(self) -> None:
        """Close the probe's connection (also done when the engine's connections are closed)."""
        with self._lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None
                self._lost = True
            self._committing.clear()

    def _open(self) -> bool:
        engine = self.engine()
        if engine is None:
            return False
        self._probe = DataVersion.open(engine)
        if self._probe is None:
            return False
        if not self._hooked:
            on_commits(engine, self._before_own_commit, self._after_own_commit, self.close)
            self._hooked = True
        self._seen = self._probe.read()
        self._news, self._lost = self._lost, False
        return True

    def _look(self) -> bool:
        """Note as news any move of the value since it was last seen; False if SQLite could not
        answer now (busy, failing)."""
        assert self._probe is not None
        version = self._probe.read()
        if version is None:
            return False
        if self._seen is not None and version != self._seen:
            self._news = True
        self._seen = version
        return True

    def _before_own_commit(self) -> None:
        """A transaction of ours begins: what moved the value before it was someone else."""
        with self._lock:
            self._committing[threading.get_ident()] += 1
            if self._probe is not None and not self._look():
                # Cannot tell whether someone wrote before us: say so, at worst one extra refresh.
                self._news = True

    def _after_own_commit(self, committed: bool) -> None:
        """It ended (`committed`: with a commit, whose moving of the value is ours)."""
        with self._lock:
            me = threading.get_ident()
            self._committing[me] -= 1
            if self._committing[me] <= 0:
                del self._committing[me]
            if committed and self._probe is not None:
                version = self._probe.read()
                # If it cannot be read, the next look counts our commit as news: one extra refresh.
                if version is not None:
                    self._seen = version
