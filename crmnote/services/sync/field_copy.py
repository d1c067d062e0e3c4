"""Joining a team book from the desktop app: this book (its file) becomes a field copy."""

from __future__ import annotations

from collections.abc import Callable

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.services.base import Clock, ServiceBase, wall_clock, wall_ms
from crmnote.services.book_copy import CopyProgress
from crmnote.services.sync.join import JoinReport, JoinService
from crmnote.storage.engine import sqlite_path
from crmnote.storage.sessions import Session, sessionmaker
from crmnote.storage.sync_peer_books import open_peer


def _ignore(_: CopyProgress) -> None:
    pass


class FieldCopyService(ServiceBase):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock = wall_clock,
        wall_ms: Callable[[], int] = wall_ms,
    ) -> None:
        super().__init__(sessions, clock)
        self._wall_ms = wall_ms

    def join(
        self,
        team: str,
        *,
        password: str | None = None,
        offer: bool = False,
        only_mine: bool = False,
        progress: Callable[[CopyProgress], None] = _ignore,
    ) -> JoinReport:
        """Join the team book at `team` (a URL). A book with records of its own returns the
        dry run of offering them (nothing changed) unless `offer`; `only_mine`: only the
        customers the signed-in member owns or served. The book's file is then
        replaced: its connections are closed first, and the app opens it again."""
        engine = self.engine()
        file = None if engine is None else sqlite_path(engine.url)
        if engine is None or file is None:
            raise DatabaseError(
                say(
                    "db.field_copy_file",
                    "this book is not a file on this computer: a field copy is a file, so open "
                    "or make one (crmnote --db FILE.sqlite3) and join from there",
                )
            )
        if not team.strip():
            raise DatabaseError(say("db.name_team_book", "name the team book, as in the example"))
        peer = open_peer(team.strip(), password)
        try:
            engine.dispose()  # the file may be replaced: nothing of this process holds it
            return JoinService(self._clock, self._wall_ms).join(
                file, peer, offer=offer, only_mine=only_mine, progress=progress
            )
        finally:
            peer.close()
