"""Schema management: new files at head, older ones backed up and upgraded, newer ones refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from crmnote.domain.errors import DatabaseError, DatabaseTooNewError
from crmnote.storage.backup import integrity_ok
from crmnote.storage.base import Base
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.migrate import head_revision, prepare_database
from crmnote.storage.search_queries import in_models

FIXTURE_0001 = Path(__file__).parents[2] / "data" / "schema-0001.sqlite3"


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith("sqlite_")
        ]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def test_new_file_is_created_at_head_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    report = prepare_database(database_url(path), tmp_path / "backups")
    assert report.created and report.before is None and report.after == head_revision()
    assert report.backup is None
    assert path.stat().st_mode & 0o777 == 0o600


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    url = database_url(tmp_path / "db.sqlite3")
    prepare_database(url, None)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            opts = {
                "compare_type": True,
                "include_name": lambda name, type_, _: in_models(name, type_),
            }
            context = MigrationContext.configure(conn, opts=opts)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_first_revision_fixture_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_0001, path)
    before = counts(path)
    report = prepare_database(database_url(path), tmp_path / "backups")
    assert report.before == "0001" and report.after == head_revision()
    assert report.backup is not None and integrity_ok(report.backup)
    assert counts(report.backup) == before  # the backup is the database as it was
    after = counts(path)
    # Nothing lost: cascading child rows survive the table rebuilds. Migration 0010 records
    # the currency the money is kept in as the home currency (one settings row more).
    same = ("alembic_version", "settings")
    assert {t: after[t] for t in before if t not in same} == {
        t: n for t, n in before.items() if t not in same
    }
    assert after["settings"] == before["settings"] + 1
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        row = con.execute(
            "SELECT open_promises, next_due, last_contact_at FROM customers WHERE id = 4"
        ).fetchone()
        assert row[0] == 1 and row[1] == "2025-03-10" and row[2].startswith("2025-03-03 09:00")
        assert con.execute("SELECT name FROM customers WHERE id = 4").fetchone()[0] == "王小明"
    finally:
        con.close()


def test_newer_database_is_refused_and_left_unmodified(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    prepare_database(database_url(path), None)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNewError, match="newer version of crmnote"):
        prepare_database(database_url(path), tmp_path / "backups")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match="another application's SQLite database"):
        prepare_database(database_url(path), None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # not even switched to WAL


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_0001, path)
    con = sqlite3.connect(path)
    # A dangling reference that foreign_key_check will find after the upgrade.
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE interactions SET customer_id = 999 WHERE id = 1")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="broken references"):
        prepare_database(database_url(path), tmp_path / "backups")
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        columns = [r[1] for r in con.execute("PRAGMA table_info(customers)")]
        assert "open_promises" not in columns
    finally:
        con.close()
