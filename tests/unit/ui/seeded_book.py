"""The widget tests' `seeded` book, built once per test process and copied for each test.

Adding the three customers and Ann's records through the services (each add rescoring) cost
~0.24 s of CPU per test; a copy of a book seeded once costs a file copy (SQLite) or a
`CREATE DATABASE … TEMPLATE` (PostgreSQL). The dates stay relative to the day the tests run:
the book is seeded with the same relative dates as before (ten days ago, due two days ago)
and seeded again when the date has changed since (a run crossing midnight).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crmnote.bootstrap import open_database
from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.ui.background import Background
from tests.pg.databases import PgServer


def add(services: Services, kind: str, customer_id: int | None = None, **values: Any) -> Any:
    record, _ = services.records.add(kind, values, customer_id)
    return record


def seed(services: Services) -> dict[str, Any]:
    """Three customers; Ann has an interaction, an overdue promise, a claim and a request."""
    ann = add(services, "customer", name="Ann Archer", company="Acme", tags=("vip",))
    bob = add(services, "customer", name="Bob Baker", company="Bakery")
    cat = add(
        services, "customer", name="Cat Cole", company="Coleworks", status=CustomerStatus.WATCH
    )
    long_ago = datetime.now().replace(microsecond=0) - timedelta(days=10)
    talk = add(
        services, "interaction", ann.id, at=long_ago, minutes=12, summary="Called about order"
    )
    promise = add(
        services,
        "promise",
        ann.id,
        text="Deliver the order",
        made_at=long_ago,
        due=date.today() - timedelta(days=2),
    )
    claim = add(services, "claim", ann.id, text="Box arrived damaged", promise_id=promise.id)
    request = add(services, "request", ann.id, text="Gift wrapping for free")
    money = add(services, "money", ann.id, amount=Decimal("120.00"))
    return {
        "ann": ann,
        "bob": bob,
        "cat": cat,
        "interaction": talk,
        "promise": promise,
        "claim": claim,
        "request": request,
        "money": money,
    }


@dataclass(frozen=True)
class Seeded:
    """A seeded book on one back end: the SQLite file or the PostgreSQL database to copy, the
    records seeding added (frozen values, the same ids in every copy), and the day it was seeded."""

    source: str
    records: dict[str, Any]
    day: date


class SeededBooks:
    """The seeded books of this test process, one per back end, made when first asked for."""

    def __init__(self, folder: Path, sqlite_template: Path) -> None:
        self.folder = folder
        self.sqlite_template = sqlite_template
        self.books: dict[str, Seeded] = {}
        self.made = 0

    def get(self, backend: str, request: pytest.FixtureRequest) -> Seeded:
        book = self.books.get(backend)
        if book is None or book.day != date.today():
            book = self.books[backend] = self._seed(backend, request)
        return book

    def _seed(self, backend: str, request: pytest.FixtureRequest) -> Seeded:
        day = date.today()
        self.made += 1
        if backend == "sqlite":
            where = self.folder / f"seeded-{self.made}" / "t.sqlite3"
            where.parent.mkdir()
            shutil.copyfile(self.sqlite_template, where)
            source = str(where)
        else:
            server: PgServer = request.getfixturevalue("pg_server")
            url = server.fresh()
            source = url.render_as_string(hide_password=False)
        with pytest.MonkeyPatch.context() as mp:
            home = self.folder / f"home-{self.made}"
            mp.setenv("HOME", str(home))
            mp.setenv("XDG_DATA_HOME", str(home / "data"))
            mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
            opened = open_database(source)
            try:
                records = seed(opened.services)
                assert Background.finish_all(), "a worker thread outlived seeding the book"
            finally:
                opened.close()
        if backend != "sqlite":
            source = url.database or ""
        return Seeded(source, records, day)
