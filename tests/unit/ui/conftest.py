"""Fixtures for widget tests: a migrated temporary database and settings kept out of $HOME."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crmnote.bootstrap import open_database
from crmnote.services.book_services import Services
from tests.pg.databases import PgServer
from tests.unit.ui.seeded_book import Seeded, SeededBooks, add
from tests.waits import close_after_workers

SEEDED = pytest.StashKey[Seeded]()


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def services(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, sqlite_template: Path
) -> Iterator[Services]:
    """The book the widgets show: `t.sqlite3`, or a PostgreSQL database (the `postgresql`
    runs of every widget test, tests/conftest.py). Workers the widgets started (a customer's
    scores, a check) finish before the connections close and the database is dropped."""
    seeded = None
    if "seeded" in request.fixturenames:  # a copy of the book seeded once (seeded_book.py)
        books: SeededBooks = request.getfixturevalue("seeded_books")
        seeded = request.node.stash[SEEDED] = books.get(backend, request)
    copy = None
    if backend == "sqlite":
        where = str(tmp_path / "t.sqlite3")
        shutil.copyfile(seeded.source if seeded else sqlite_template, where)
    elif seeded is not None:
        server: PgServer = request.getfixturevalue("pg_server")
        copy = server.copy(seeded.source)
        where = copy.render_as_string(hide_password=False)
    else:
        where = request.getfixturevalue("database")
    opened = open_database(where)
    yield opened.services
    close_after_workers(opened)
    if copy is not None:
        server.drop(copy)


@pytest.fixture
def add_record() -> Any:
    """`add_record(services, kind, customer_id, **values)` → the saved record."""
    return add


@pytest.fixture(scope="session")
def seeded_books(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> SeededBooks:
    return SeededBooks(tmp_path_factory.mktemp("seeded"), sqlite_template)


@pytest.fixture
def seeded(services: Services, request: pytest.FixtureRequest) -> dict[str, Any]:
    """Three customers; Ann has an interaction, an overdue promise, a claim and a request
    (`seeded_book.seed`). The `services` fixture opened a copy of the book seeded once per
    test process (on this test's day); these are its records."""
    return dict(request.node.stash[SEEDED].records)
