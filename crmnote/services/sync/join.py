"""Joining a team book: a book on this computer becomes a field copy of it (docs/sync.md).

A new (empty) book is filled from the server: every record, the change log and its shadows,
copied in one verified transaction into a file beside it that then takes its name, so an
interrupted join leaves the book as it was. A book with records of its own offers them to the
team first: they are matched against the team book's customers as imports match duplicates
(email, phone, name) in a dry run, then written there in one transaction, and the book is
filled from the server as above (its old file kept as a backup). A book that already shares
the team book's past (a copy of it) just becomes its field copy and syncs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmnote import paths
from crmnote.domain import settings as declared
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.services.base import Clock, environment_errors
from crmnote.services.book_copy import BookCopyService, CopyProgress
from crmnote.services.sync import identity
from crmnote.services.sync.capture import capture
from crmnote.services.sync.rounds import RoundReport, SyncRefused, SyncService
from crmnote.services.sync.scope import SCOPE
from crmnote.services.transfer_report import ImportReport
from crmnote.services.transfer_snapshot import SnapshotImport, is_empty, read_snapshot
from crmnote.storage import sync_records as records
from crmnote.storage import sync_scope
from crmnote.storage import sync_store as store
from crmnote.storage.backup import timestamped_backup
from crmnote.storage.engine import (
    database_url,
    fold_wal,
    make_engine,
    make_sessionmaker,
    sqlite_path,
)
from crmnote.storage.migrate import prepare_database
from crmnote.storage.private_files import temporary_beside
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Engine, Session
from crmnote.storage.settings_store import write_setting
from crmnote.storage.sync_peer_books import PeerBook, can_write, member_staff


def _ignore(_: CopyProgress) -> None:
    pass


@dataclass(frozen=True)
class JoinReport:
    """What a join did: `joined` False for a dry run (the offer shown, nothing changed)."""

    team: str
    joined: bool
    records: int = 0  # records in the field copy
    offer: ImportReport | None = None  # the local records offered to the team
    backup: Path | None = None  # the book as it was before it joined
    synced: RoundReport | None = None  # a book sharing the team book's past: its first round
    left_out: int | None = None  # --mine: the customers of others left out (None: all kept)


@dataclass(frozen=True)
class _Local:
    team: str | None
    team_url: str | None
    book: str
    empty: bool


class JoinService:
    """Turns the SQLite book at a path into a field copy of a team book."""

    def __init__(self, clock: Clock, wall_ms: Callable[[], int]) -> None:
        self._clock = clock
        self._wall_ms = wall_ms

    def join(
        self,
        local: Path,
        team: PeerBook,
        *,
        offer: bool = False,
        only_mine: bool = False,
        progress: Callable[[CopyProgress], None] = _ignore,
    ) -> JoinReport:
        """Join `team` (open); a book with records of its own needs `offer`, else the dry run
        of offering them is returned and nothing changes. `only_mine`: the copy holds only the
        customers the signed-in staff member owns or served (services/sync/scope.py)."""
        url = database_url(str(local))
        if sqlite_path(url) is None:
            raise DatabaseError(
                say(
                    "db.join_file",
                    "a field copy is a file on this computer: give --db FILE.sqlite3",
                )
            )
        prepare_database(url, paths.backup_dir_for(local))  # a book at this schema (made if new)
        engine = make_engine(url)
        try:
            mine = _local_state(engine)
            theirs = self._team_state(team)
            _refuse(mine, theirs, team)
            staff = _scope_staff(team, mine) if only_mine else None
            if mine.book == theirs.book and not mine.empty:  # a copy of the team book
                return self._adopt(engine, team, theirs)
            plan = None
            if not mine.empty:
                plan = self._offer(engine, team, dry_run=not offer)
                if not offer or not plan.committed:
                    return JoinReport(team.shown, joined=False, offer=plan)
        finally:
            engine.dispose()
        backup = None
        if not mine.empty:
            backup = timestamped_backup(
                local, paths.backup_dir_for(local), "before-join", self._clock()
            )
        records, left = self._fill(local, team, theirs, progress, staff)
        return JoinReport(
            team.shown, joined=True, records=records, offer=plan, backup=backup, left_out=left
        )

    def _team_state(self, team: PeerBook) -> _Local:
        """The team book's identity (given it on first use, when the role may write)."""
        sessions = make_sessionmaker(team.engine)
        with environment_errors(), sessions() as session, session.begin():
            writes = can_write(session)
            if writes:
                store.serialize_writers(session)
                capture(session)  # what was written there around crmnote joins the log first
                identity.device(session)
            return _state_in(session, keep=writes)

    def _offer(self, engine: Engine, team: PeerBook, *, dry_run: bool) -> ImportReport:
        sessions = make_sessionmaker(engine)
        with environment_errors(), sessions() as session:
            snapshot = read_snapshot(Repository(session))
        into = SnapshotImport(make_sessionmaker(team.engine), self._clock(), match_customers=True)
        with environment_errors():
            return into.run(snapshot, dry_run=dry_run, skip_invalid=False)

    def _adopt(self, engine: Engine, team: PeerBook, theirs: _Local) -> JoinReport:
        """A book that began as a copy of the team book: it belongs to it from now on."""
        sessions = make_sessionmaker(engine)
        with environment_errors(), sessions() as session, session.begin():
            store.set_state(session, identity.TEAM, theirs.book)
            store.set_state(session, identity.TEAM_URL, team.shown)
            identity.new_device(session)  # the copy never stamps as the book it copied
        report = SyncService(sessions, self._clock, self._wall_ms).sync_with(
            make_sessionmaker(team.engine), team.shown
        )
        return JoinReport(team.shown, joined=True, synced=report)

    def _fill(
        self,
        local: Path,
        team: PeerBook,
        theirs: _Local,
        progress: Callable[[CopyProgress], None],
        staff: int | None = None,
    ) -> tuple[int, int | None]:
        """Copy the team book into a file beside `local`, make it a field copy (with `staff`:
        of that staff member's customers only), put it in `local`'s place. Returns the rows
        copied and the customers left out."""
        tmp = temporary_beside(local, "joining")
        _remove(tmp)
        try:
            copier = BookCopyService(make_sessionmaker(team.engine), self._clock)
            report = copier.copy_to(str(tmp), progress, log=False)  # nothing waits: see below
            engine = make_engine(database_url(str(tmp)))
            try:
                sessions = make_sessionmaker(engine)
                with environment_errors(), sessions() as session, session.begin():
                    store.clear_all_dirty(session)  # the rows' marks: each came from there
                    left = None if staff is None else _leave_out(session, staff, self._clock())
                    _make_field_copy(session, theirs, team.shown, member_staff(team.engine))
                fold_wal(engine)  # the file whole in itself before it moves
            finally:
                engine.dispose()
            _remove(Path(f"{local}-wal"), Path(f"{local}-shm"))  # the old file's, if any
            os.replace(tmp, local)
        finally:
            _remove(tmp)
        return report.rows, left


def _scope_staff(team: PeerBook, mine: _Local) -> int:
    """The staff member whose customers a `--mine` copy holds: the signed-in member's."""
    if not mine.empty:
        raise SyncRefused(
            "only your customers (--mine) fill a new or empty book: join with a new file "
            "(--db NEW.sqlite3), or offer this book's records without --mine"
        )
    staff = member_staff(team.engine)
    if staff is None:
        raise SyncRefused(
            f"{team.shown} knows no staff member of yours: only your customers (--mine) needs "
            "a team book on a server that you sign in to as a member (crmnote team add)"
        )
    return staff


def _leave_out(session: Session, staff: int, now: datetime) -> int:
    """Everyone else's customers leave the fresh copy; returns how many. A record kept whose
    reference to one of theirs the database cleared (a promise of one's own customer made in
    a call since moved onto someone else's) keeps the mark that clearing made: the first
    round captures it as an ordinary edit of this copy and pushes it, as when a later round
    lets such a record go (services/sync/scope.py), so the team book and the copy agree and
    the old value stays in the record's history there. The marks of what left are no edits."""
    staff_uuid = records.uuid_of(session, "staff", staff)
    if staff_uuid is None:
        raise SyncRefused("your staff record is not in the team book; nothing was changed")
    left = sync_scope.leave_out(
        session, sync_scope.owned_or_served(session, staff_uuid), now, staff
    )
    sync_scope.forget_marks_of_gone(session)
    store.set_state(session, SCOPE, staff_uuid)
    return left


def _remove(*files: Path) -> None:
    for file in files:
        for side in (file, Path(f"{file}-wal"), Path(f"{file}-shm"), Path(f"{file}-journal")):
            side.unlink(missing_ok=True)


def _state_in(session: Session, *, keep: bool = True) -> _Local:
    return _Local(
        team=store.get_state(session, identity.TEAM),
        team_url=store.get_state(session, identity.TEAM_URL),
        book=identity.book_id(session, keep=keep),
        empty=is_empty(session),
    )


def _local_state(engine: Engine) -> _Local:
    with environment_errors(), make_sessionmaker(engine)() as session, session.begin():
        return _state_in(session)


def _refuse(mine: _Local, theirs: _Local, team: PeerBook) -> None:
    if theirs.team is not None:
        raise SyncRefused(
            f"{team.shown} is itself a field copy of a team book, not the team book: join the "
            f"team book ({theirs.team_url or 'its server'})"
        )
    if mine.team == theirs.book:
        raise SyncRefused("this book is a field copy of that team book already: crmnote sync")
    if mine.team is not None:
        raise SyncRefused(
            f"this book is a field copy of another team book ({mine.team_url}): join with a "
            "new file (--db NEW.sqlite3); nothing was changed"
        )


def _make_field_copy(session: Session, theirs: _Local, shown: str, staff: int | None) -> None:
    """A fresh copy of the team book becomes its field copy: a device of its own, the team
    book named, both cursors at its end; nothing waiting (every record came from there, the
    caller cleared their marks) but the references a `--mine` join cleared (`_leave_out`)."""
    # The copied state still names the team book's device (a book that never wrote a change
    # has none yet: it is given one here, as the team book will know it from the first push).
    server_device = identity.device(session)
    store.set_state(session, identity.TEAM, theirs.book)
    store.set_state(session, identity.TEAM_URL, shown)
    identity.new_device(session)
    store.forget_peers(session)
    end = store.last_id(session)
    store.move_cursor(session, server_device, shown, pushed=end, pulled=end)
    if staff is not None:
        write_setting(session, declared.CURRENT_STAFF, staff)
