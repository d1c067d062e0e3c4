"""A sync round between this book and another (a team book on a server, or another local
book): push what the other has not acknowledged, pull what this one has not seen, in batches,
each batch one transaction on each side, cursors moved only after the receiving side committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from crmnote.domain.errors import CrmError
from crmnote.services.base import ServiceBase, environment_errors, wall_clock, wall_ms
from crmnote.services.sync import identity
from crmnote.services.sync.apply import HOUR_MS, Applied, apply_changes
from crmnote.services.sync.capture import capture, held_back
from crmnote.services.sync.scope import handed_on, let_go, narrow, scope_of
from crmnote.storage import sync_store as store
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.migrate import current_revision
from crmnote.storage.sessions import Session, sessionmaker
from crmnote.storage.sync_peer_books import can_write, open_peer

BATCH = 2000  # changes per batch: each one transaction on each side, customers rescored once
# The desktop app's rounds run beside the window: smaller batches keep each step short.
WINDOW_BATCH = 500
Progress = Callable[[str, int, int], None]  # stage ("push", "pull"), changes moved, of how many


class SyncRefused(CrmError):
    """The other book cannot be synced with this one; nothing was changed."""


@dataclass
class RoundReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    customers: set[int] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)
    ahead_ms: int = 0
    unpushed: int = 0  # local changes left here: the other book may only be read
    held_back: list[str] = field(default_factory=list)  # records written around crmnote
    # a copy of one's own customers: customers handed on to someone else that left it, and
    # those that stay until the changes made to them here are synced
    handed_on: list[str] = field(default_factory=list)
    handed_kept: list[str] = field(default_factory=list)
    # and records moved onto someone else's customer: how many left, how many stay for now
    moved_off: int = 0
    moved_kept: int = 0

    def add(self, applied: Applied) -> None:
        self.customers |= applied.customers
        self.skipped += applied.skipped
        self.ahead_ms = max(self.ahead_ms, applied.ahead_ms)


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar: changes not yet synced, when the last round ended, open conflicts,
    and the team book (None: not a field copy)."""

    waiting: int
    last_sync: datetime | None
    conflicts: int
    team: str | None


class SyncService(ServiceBase):
    """Sync rounds and the state the status bar shows. `skew_ms` shifts this copy's clock
    (fault tests: a laptop a day ahead or behind)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime] = wall_clock,
        wall_ms: Callable[[], int] = wall_ms,
        skew_ms: int = 0,
    ) -> None:
        super().__init__(sessions, clock)
        self._wall_ms = wall_ms
        self.skew_ms = skew_ms

    def capture(self) -> int:
        """Log local edits now; returns how many changes that made."""
        with environment_errors(), self._sessions() as session, session.begin():
            return len(capture(session, self.skew_ms))

    def team(self) -> tuple[str, str] | None:
        """(team book identity, where it is) when this book is a field copy, else None."""
        with environment_errors(), self._sessions() as session:
            team = store.get_state(session, identity.TEAM)
            where = store.get_state(session, identity.TEAM_URL)
        return None if team is None or where is None else (team, where)

    def status(self) -> SyncStatus:
        """What the status bar says: changes waiting, the last round's time, conflicts."""
        with environment_errors(), self._sessions() as session:
            peers = store.peers(session)
            waiting = 0  # a book that never synced has nothing waiting to sync
            if peers:
                cursor = min(p.pushed for p in peers)
                waiting = store.made_here_after(session, cursor) + store.dirty_count(session)
            last = max((p.last_sync for p in peers if p.last_sync), default=None)
            team = store.get_state(session, identity.TEAM_URL)
            conflicts = store.open_conflict_count(session)
        shown = None if last is None else datetime.fromisoformat(last)
        return SyncStatus(waiting, shown, conflicts, team)

    def sync_team(
        self,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        batch: int = WINDOW_BATCH,
    ) -> RoundReport:
        """One round with the team book this field copy joined (the desktop app's Sync now and
        its rounds every few minutes)."""
        team = self.team()
        if team is None:
            raise SyncRefused(
                "this book is no field copy of a team book: File → Join a team book… makes it one"
            )
        other = open_peer(team[1], password)
        try:
            return self.sync_with(
                make_sessionmaker(other.engine), other.shown, batch=batch, progress=progress
            )
        finally:
            other.close()

    def sync_with(
        self,
        other: sessionmaker[Session],
        url: str,
        *,
        batch: int = BATCH,
        progress: Progress | None = None,
        other_skew_ms: int = 0,
    ) -> RoundReport:
        """One round with the book `other` opens (named `url` in the state)."""
        me, them, writes = self._introduce(other)
        report = RoundReport()
        now_ms = self._wall_ms()
        with environment_errors(), self._sessions() as session, session.begin():
            capture(session, self.skew_ms)
            report.held_back = held_back(session)
            scope = scope_of(session)
            cursor = store.peer(session, them, url).pushed
            waiting = store.count_after(session, cursor, not_from=them)
        if waiting and not writes:
            report.unpushed = waiting
        while writes:  # push
            with environment_errors(), self._sessions() as session:
                part = store.after(session, cursor, batch, not_from=them)
            if not part:
                break
            with environment_errors(), other() as theirs, theirs.begin():
                applied = apply_changes(
                    theirs, [c for _i, c in part], me, self.now(), now_ms, other_skew_ms
                )
            report.pushed += applied.new
            cursor = part[-1][0]
            with environment_errors(), self._sessions() as session, session.begin():
                store.move_cursor(session, them, url, pushed=cursor)
            if progress:
                progress("push", min(report.pushed, waiting), waiting)
        if writes:  # what was written there around crmnote joins its log first
            with environment_errors(), other() as theirs, theirs.begin():
                capture(theirs, other_skew_ms)
        with environment_errors(), self._sessions() as session:
            pulled = store.peer(session, them, url).pulled
        with environment_errors(), other() as theirs:
            coming = store.count_after(theirs, pulled, not_from=me)
        read = 0
        handed: set[str] = set()  # customers handed on to someone else (a copy of one's own)
        moved: dict[str, str] = {}  # records moved onto customers such a copy does not hold
        while True:  # pull
            with environment_errors(), other() as theirs:
                part = store.after(theirs, pulled, batch, not_from=me)
                changes = [c for _i, c in part]
                if scope is not None and part:  # a copy of one's own customers only
                    with self._sessions() as session:
                        narrowed = narrow(session, theirs, changes, scope)
                    changes = narrowed.changes
                    handed |= handed_on(changes, scope)
                    moved |= narrowed.moved_off
            if not part:
                break
            with environment_errors(), self._sessions() as session, session.begin():
                applied = apply_changes(session, changes, them, self.now(), now_ms, self.skew_ms)
                store.move_cursor(session, them, url, pulled=part[-1][0])
            pulled = part[-1][0]
            read += len(part)
            report.pulled += applied.new
            report.add(applied)
            if progress:
                progress("pull", min(read, coming), coming)
        with environment_errors(), self._sessions() as session, session.begin():
            if scope is not None:
                gone = let_go(session, handed, scope, cursor, self.now(), moved)
                report.handed_on, report.handed_kept = gone.left, gone.kept
                report.moved_off, report.moved_kept = gone.records_left, gone.records_kept
            store.move_cursor(
                session, them, url, last_sync=self.now().isoformat(timespec="seconds")
            )
            report.conflicts = store.open_conflict_count(session)
        report.ahead_ms = report.ahead_ms if report.ahead_ms > HOUR_MS else 0
        return report

    def _introduce(self, other: sessionmaker[Session]) -> tuple[str, str, bool]:
        """(my device, theirs, whether I may write there) once both books are known to be one
        book at one schema."""
        with environment_errors(), self._sessions() as session, session.begin():
            mine = current_revision(session.connection())
            book = identity.book_id(session)
            team = store.get_state(session, identity.TEAM)
            me = identity.device(session)
        with environment_errors(), other() as theirs, theirs.begin():
            writes = can_write(theirs)
            revision = current_revision(theirs.connection())
            if revision != mine:
                raise SyncRefused(
                    f"the other book is at schema {revision} and this one at {mine}: "
                    "open both with the same version of crmnote first"
                )
            their_book = identity.book_id(theirs, keep=writes)
            if team is not None and their_book != team:
                raise SyncRefused("this copy belongs to another team book; nothing was synced")
            if team is None and their_book != book:
                raise SyncRefused(
                    "the two books share no past (neither began as a copy of the other): "
                    "use crmnote import to bring one into the other"
                )
            them = identity.device(theirs) if writes else _known(theirs, identity.DEVICE)
            if them == me:  # a copied file still stamping as its original
                them = identity.new_device(theirs)
        return me, them, writes


def _known(session: Session, key: str) -> str:
    """A state the other book must have already (a reader cannot give it one)."""
    found = store.get_state(session, key)
    if found is None:
        raise SyncRefused(
            "the other book has not synced yet and you may only read it: someone who may "
            "write there syncs once first"
        )
    return found
