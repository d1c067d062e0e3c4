"""tests/new_books.py: a new book copied from one the migrations made equals a migrated one."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from crmnote.storage.engine import database_url
from crmnote.storage.migrate import head_revision, prepare_database
from tests import new_books

PRAGMAS = ("user_version", "application_id", "journal_mode", "page_size", "auto_vacuum", "encoding")


def _canonical(sql: str | None) -> str | None:
    """A table's SQL with its named constraints in one order: Alembic's batch operations on
    SQLite write them in an order that differs from one run of the migrations to the next
    (a set's), so two migrated books differ there too. Columns keep their order."""
    if sql is None or not sql.endswith("\n)"):
        return sql
    parts = sql[: -len("\n)")].split(", \n\t")
    named = sorted(p for p in parts if p.lstrip().startswith("CONSTRAINT"))
    return ", \n\t".join([p for p in parts if not p.lstrip().startswith("CONSTRAINT")] + named)


def _contents(path: Path) -> dict[str, Any]:
    con = sqlite3.connect(path)
    try:
        schema = sorted(
            (kind, name, table, _canonical(sql))
            for kind, name, table, sql in con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
        tables = [name for kind, name, _, _ in schema if kind == "table"]
        rows = {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
        pragmas = {p: con.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS}
    finally:
        con.close()
    return {"schema": schema, "rows": rows, "pragmas": pragmas}


@pytest.mark.real_migrations
def test_a_migrated_book_and_a_copied_one_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrated, copied = tmp_path / "migrated.sqlite3", tmp_path / "copied.sqlite3"
    made = prepare_database(database_url(migrated), None)
    monkeypatch.setattr(new_books, "enabled", True)
    copy = prepare_database(database_url(copied), None)
    assert (copy.before, copy.after, copy.created) == (made.before, made.after, made.created)
    assert made.after == head_revision()
    seen = _contents(copied)
    assert seen == _contents(migrated)
    assert any(kind == "trigger" for kind, *_ in seen["schema"])  # the comparison saw them
    assert seen["rows"]["alembic_version"] == [(head_revision(),)]
    assert stat.S_IMODE(copied.stat().st_mode) == stat.S_IMODE(migrated.stat().st_mode) == 0o600


@pytest.mark.real_migrations
def test_a_real_migrations_test_migrates(tmp_path: Path) -> None:
    assert new_books.enabled is False
    assert prepare_database(database_url(tmp_path / "b.sqlite3"), None).created


def test_other_tests_copy(tmp_path: Path) -> None:
    assert new_books.enabled is True
    made = prepare_database(database_url(tmp_path / "b.sqlite3"), None)
    assert made.created and new_books._source is not None
