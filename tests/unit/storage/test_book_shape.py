"""What a file holds, read without writing: the table list agrees with every golden database
and with the models, and each shape is told apart."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from crmnote.storage.backup import file_shape
from crmnote.storage.base import Base
from crmnote.storage.book_shape import (
    HEAD_REVISION,
    TABLES_ADDED,
    Shape,
    expected_tables,
    is_known_revision,
    scripts_head,
)
from crmnote.storage.migrate import head_revision
from crmnote.storage.sqlite_files import sqlite_uri

DATA = Path(__file__).parents[2] / "data"
GOLDEN = sorted(DATA.glob("schema-*.sqlite3"))
FTS_SHADOWS = ("_config", "_content", "_data", "_docsize", "_idx")


def tables(path: Path) -> set[str]:
    con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    shadows = {n for n in names if n.endswith(FTS_SHADOWS) and n.rsplit("_", 1)[0] in names}
    return names - shadows - {"alembic_version"}


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_the_table_list_is_every_golden_databases(golden: Path) -> None:
    revision = golden.stem.removeprefix("schema-")
    assert tables(golden) == expected_tables(revision)
    assert file_shape(golden).shape is Shape.BOOK


def test_the_table_list_at_head_is_the_models_and_the_migrations(tmp_path: Path) -> None:
    db = tmp_path / "head.sqlite3"
    open_database(str(db)).close()
    assert expected_tables(head_revision()) == tables(db)
    assert set(Base.metadata.tables) <= tables(db)
    assert all(is_known_revision(r) for r in TABLES_ADDED)


def test_the_head_constant_is_the_newest_migration_script() -> None:
    # A new migration moves HEAD_REVISION on: books at head are opened without Alembic.
    assert HEAD_REVISION == scripts_head() == head_revision()


def test_a_book_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    db = tmp_path / "head.sqlite3"
    open_database(str(db)).close()  # created at head (this one needs Alembic)
    probe = (
        "import sys; from crmnote.bootstrap import open_database; "
        f"opened = open_database({str(db)!r}); opened.services.customers.count(); "
        "opened.close(); print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_each_shape_is_told_apart(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    open_database(str(book)).close()
    assert file_shape(book).shape is Shape.BOOK

    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert file_shape(empty).shape is Shape.EMPTY

    def changed(name: str, sql: str) -> Path:
        path = tmp_path / name
        shutil.copyfile(book, path)
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()
        return path

    newer = changed("newer.sqlite3", "UPDATE alembic_version SET version_num = '0999x'")
    assert file_shape(newer).shape is Shape.TOO_NEW
    missing = changed("missing.sqlite3", "DROP TABLE effort")
    assert file_shape(missing).missing == frozenset({"effort"})
    assert file_shape(missing).shape is Shape.INCOMPLETE

    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('abc123')")
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    assert file_shape(other).shape is Shape.FOREIGN  # another application's Alembic database
