"""Books for the sync tests: laptops that began as copies of one book, with their services."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_services import Services
from crmnote.services.sync.conflicts import ConflictService
from crmnote.services.sync.join import JoinReport, JoinService
from crmnote.services.sync.rounds import RoundReport, SyncService
from crmnote.storage.engine import database_url, make_sessionmaker
from crmnote.storage.sync_peer_books import open_peer, shown_url

T0 = 1_793_000_000_000  # ms: 2026-10-26


@dataclass
class Book:
    opened: OpenDatabase
    services: Services
    sync: SyncService
    conflicts: ConflictService

    @property
    def sessions(self) -> sessionmaker[Session]:
        return make_sessionmaker(self.opened.engine)


class Laptops:
    """Opens books; every book is closed at the end of the test."""

    def __init__(
        self, tmp_path: Path, clock: Callable[[], datetime], template: Path | None = None
    ) -> None:
        """`template`: a migrated empty book (tests/conftest.py `migrated_template`) that a
        new file begins as, instead of running every migration on it; opening it then adds
        the book's own staff member (a uuid of its own), as on a new file."""
        self.tmp_path = tmp_path
        self.template = template
        self.clock = clock
        self.ticks = itertools.count()
        self.books: list[Book] = []

    def wall_ms(self) -> int:
        return T0 + next(self.ticks) * 1000

    def open(self, name: str, skew_ms: int = 0) -> Book:
        """The book `name` (a file in the test's folder, or a URL); its sync clock runs
        `skew_ms` ahead of the others' (behind, when negative)."""
        where = name if "/" in name else str(self.tmp_path / f"{name}.sqlite3")
        if "/" not in name:
            self._new_file(Path(where))
        opened = open_database(where)
        services = Services.over(
            opened.engine, self.clock, wall_ms=lambda: self.wall_ms() + skew_ms
        )
        book = Book(opened, services, services.sync, services.conflicts)
        self.books.append(book)
        return book

    def join(
        self, name: str, hub: str, *, offer: bool = False, only_mine: bool = False
    ) -> JoinReport:
        """The book `name` joins the team book at `hub` (a file or a URL)."""
        for b in list(self.books):  # closed first: the join puts a new file in its place
            if Path(str(b.opened.engine.url.database)).stem == name:
                b.opened.close()
                self.books.remove(b)
        path = self.tmp_path / f"{name}.sqlite3"
        self._new_file(path)
        open_database(str(path)).close()
        team = open_peer(hub)
        try:
            return JoinService(self.clock, self.wall_ms).join(
                path, team, offer=offer, only_mine=only_mine
            )
        finally:
            team.close()

    def _new_file(self, path: Path) -> None:
        if self.template is not None and not path.exists():
            shutil.copyfile(self.template, path)

    @staticmethod
    def shown(hub: str) -> str:
        return shown_url(database_url(hub))

    def sync(self, book: Book, hub: str) -> RoundReport:
        """One round of `book` with the team book at `hub`."""
        team = open_peer(hub)
        try:
            return book.sync.sync_with(make_sessionmaker(team.engine), team.shown)
        finally:
            team.close()

    def copy(self, source: str, name: str) -> None:
        """`name` begins as a copy of `source` (closed first, so the file is whole)."""
        for b in list(self.books):
            if Path(str(b.opened.engine.url.database)).stem == source:
                b.opened.close()
                self.books.remove(b)
        shutil.copyfile(self.tmp_path / f"{source}.sqlite3", self.tmp_path / f"{name}.sqlite3")

    def close(self) -> None:
        for b in self.books:
            b.opened.close()


def snapshot(book: Book) -> dict[str, Any]:
    """What the book holds of the kinds these tests write, compared by uuid (local ids and
    references by id differ between copies)."""
    out: dict[str, Any] = {}
    for kind in ("customer", "interaction", "promise", "staff"):
        rows = book.services.records.list(kind)
        out[kind] = sorted(
            (
                {
                    k: v
                    for k, v in r.__dict__.items()
                    if k
                    not in (
                        *("id", "updated_at", "version", "updated_by"),  # each copy's own
                        *("customer_id", "owner_id", "made_by", "staff_id"),  # local ids
                    )
                }
                for r in rows
            ),
            key=lambda d: d["uuid"],
        )
    return out
