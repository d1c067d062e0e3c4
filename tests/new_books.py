"""New SQLite books made by copying one the migrations made, instead of migrating each.

Hundreds of tests make a new book (the command line on a new file, a laptop joining, a copy's
target), and each ran every migration, Alembic's batch operations and ADD COLUMNs on SQLite
included: a fifth of the suite's CPU. In a test process the first new book is migrated for
real into a file of its own (`_source`); every later new, empty SQLite file at head is that
file copied with SQLite's backup API, after the same owner-only creation `make_engine` does.
`tests/unit/storage/test_new_books.py` checks that such a copy equals a migrated book (schema,
every table's rows, pragmas, file mode). Everything else (a file with tables, an older
target, PostgreSQL, an encrypted book) is migrated as before, and a test marked
`real_migrations` always migrates. Only the test process does this: the product makes one new
book at a time. Installed by tests/conftest.py.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine

import crmnote.storage.migrate as migrate
from crmnote.storage.engine import database_url, sqlite_path
from crmnote.storage.private_files import create_owner_only, tighten_empty

_real: Any = None
_source: Path | None = None
enabled = True  # False while a `real_migrations` test runs (tests/conftest.py)


def _copy(source: Path, path: Path) -> None:
    if path.exists():
        tighten_empty(path)
    else:
        create_owner_only(path)
    src, dst = sqlite3.connect(source), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _source_book() -> Path:
    """The book the migrations make, made once per process."""
    global _source
    if _source is None:
        folder = Path(tempfile.mkdtemp(prefix="crmnote-new-book-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        made = folder / "migrated.sqlite3"
        _real(database_url(made), None, datetime.now, "head")
        _source = made
    return _source


def _prepare(
    url: URL,
    backup_dir: Path | None,
    now: Callable[[], datetime],
    target: str,
    shared: Engine | None = None,
) -> migrate.MigrationReport:
    path = sqlite_path(url)
    new = path is not None and (not path.exists() or path.stat().st_size == 0)
    if not (enabled and new and target == "head" and url.get_backend_name() == "sqlite"):
        return _real(url, backup_dir, now, target, shared)  # type: ignore[no-any-return]
    assert path is not None
    _copy(_source_book(), path)
    head = migrate.head_revision()
    return migrate.MigrationReport(None, head, True, None)


def install() -> None:
    global _real
    if _real is None:
        _real = migrate._prepare
        migrate._prepare = _prepare
