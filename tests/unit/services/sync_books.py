"""Books for the sync tests: laptops that began as copies of one book, with their services."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_services import Services
from crmnote.services.sync.conflicts import ConflictService
from crmnote.services.sync.rounds import SyncService
from crmnote.storage.engine import make_sessionmaker

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

    def __init__(self, tmp_path: Path, clock: Callable[[], datetime]) -> None:
        self.tmp_path = tmp_path
        self.clock = clock
        self.ticks = itertools.count()
        self.books: list[Book] = []

    def wall_ms(self) -> int:
        return T0 + next(self.ticks) * 1000

    def open(self, name: str, skew_ms: int = 0) -> Book:
        opened = open_database(str(self.tmp_path / f"{name}.sqlite3"))
        book = Book(
            opened,
            Services.over(opened.engine, self.clock),
            SyncService(make_sessionmaker(opened.engine), self.clock, self.wall_ms, skew_ms),
            ConflictService(make_sessionmaker(opened.engine), self.clock, wall_ms=self.wall_ms),
        )
        self.books.append(book)
        return book

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
