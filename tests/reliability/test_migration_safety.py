"""Migrations cannot eat data: golden databases of every past revision upgraded with every row
kept, and a migration failing halfway leaves the file exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import alembic.op
import pytest
from alembic.script import ScriptDirectory

from crmnote.bootstrap import open_database
from crmnote.storage.backup import integrity_ok, schema_revision
from crmnote.storage.engine import database_url
from crmnote.storage.migrate import alembic_config, head_revision, prepare_database
from tests.reliability.conftest import (
    DATA,
    assert_sound,
    columns,
    connect_ro,
    file_sha256,
    table_digest,
    tables,
)

Digests = dict[str, tuple[int, str]]
Schema = list[tuple[str, str]]
SCHEMA = "SELECT type, name FROM sqlite_master ORDER BY type, name"


def past_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return sorted(r.revision for r in script.walk_revisions() if r.revision != head_revision())


GOLDEN = sorted(p.stem.removeprefix("schema-") for p in DATA.glob("schema-*.sqlite3"))
# The golden books with something to upgrade: the newest release's schema may still be the
# head (tests/data/releases.toml), until the next migration.
OLDER = [revision for revision in GOLDEN if revision != head_revision()]


def digests(path: Path, like: Path | None = None) -> Digests:
    """Per table: row count and a hash of the rows ordered by primary key. With `like`, only
    the tables of `like` over the columns both files have (a migration may add columns)."""
    con = connect_ro(path)
    other = connect_ro(like) if like is not None else con
    try:
        out = {}
        for table in tables(other):
            if table == "alembic_version":
                continue
            keep = [c for c in columns(other, table) if c in columns(con, table)]
            out[table] = table_digest(con, table, keep)
        return out
    finally:
        con.close()
        if like is not None:
            other.close()


def settings_added(path: Path, backup: Path) -> dict[str, str]:
    """Settings rows in `path` that `backup` did not have."""
    rows: list[dict[str, str]] = []
    for file in (path, backup):
        con = connect_ro(file)
        try:
            rows.append(dict(con.execute("SELECT key, value FROM settings").fetchall()))
        finally:
            con.close()
    return {k: v for k, v in rows[0].items() if k not in rows[1]}


def rows_of(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = connect_ro(path)
    try:
        return [tuple(r) for r in con.execute(sql)]
    finally:
        con.close()


def marked_files(path: Path) -> list[tuple[Any, ...]]:
    """(id, uuid) of the evidence files marked dirty (none: no such table yet)."""
    if "sync_dirty" not in tables_of(path):
        return []
    return rows_of(
        path,
        "SELECT record_id, record_uuid FROM sync_dirty WHERE kind = 'attachment' ORDER BY 1",
    )


def tables_of(path: Path) -> list[str]:
    con = connect_ro(path)
    try:
        return tables(con)
    finally:
        con.close()


def golden_copy(revision: str, tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / f"user-{revision}.sqlite3"
    shutil.copyfile(DATA / f"schema-{revision}.sqlite3", path)
    return path


def test_every_past_revision_has_a_golden_database() -> None:
    """A new migration makes the revision before it 'past': its golden file must be added."""
    assert set(past_revisions()) <= set(GOLDEN)
    for revision in GOLDEN:
        assert schema_revision(DATA / f"schema-{revision}.sqlite3") == revision


@pytest.mark.parametrize("revision", OLDER)
def test_golden_database_upgrades_without_losing_a_row(revision: str, tmp_path: Path) -> None:
    path = golden_copy(revision, tmp_path)
    before = digests(path)
    for table in ("customers", "customer_contacts", "customer_tags", "interactions", "promises"):
        assert before[table][0] > 0, f"{table} must have rows to show cascades survive"
    if revision >= "0002":  # the files made since these tests exist fill every table
        assert all(count > 0 for count, _ in before.values())
    report = prepare_database(database_url(path), tmp_path / "backups")
    assert (report.before, report.after) == (revision, head_revision())
    assert report.backup is not None and integrity_ok(report.backup)
    assert digests(report.backup) == before  # the backup is the database as it was
    assert_sound(path)
    after = digests(path, like=report.backup)
    # Migration 0010 writes down the currency a book's money is kept in as its home currency
    # when none was set: one settings row more, every other row as it was.
    added = settings_added(path, report.backup)
    assert added in ({}, {"currency": '"EUR"'})
    if added:
        after["settings"] = before["settings"]
    # Migration 0012 marks every evidence file dirty (files attached before it have no change
    # in the sync log: the next capture gives them one): those marks more, every other row kept.
    files = marked_files(path)
    if files and "sync_dirty" in before:  # (a book before 0011 gets the table and the marks)
        assert files == rows_of(path, "SELECT id, uuid FROM attachments ORDER BY id")
        assert after["sync_dirty"][0] == before["sync_dirty"][0] + len(files)
        after["sync_dirty"] = before["sync_dirty"]
    assert after == before
    # The upgraded file works: the full-text index covers the rows that were already there.
    opened = open_database(str(path))
    try:
        hits = opened.services.search.search("Ångström")
        assert any(hit.customer_name.startswith("Zoë") for hit in hits)
    finally:
        opened.close()


class Boom(Exception):
    """Raised from inside a migration, after it has already changed the schema."""


def counting_ops(
    monkeypatch: pytest.MonkeyPatch, fail_at: int | None, seen: list[Schema] | None = None
) -> Callable[[], int]:
    """Wrap `op.execute`, `op.create_table` and `op.create_index`; raise on call `fail_at`,
    after noting in `seen` the schema that the migration's own connection sees then."""
    calls = {"n": 0}

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == fail_at:
                assert seen is not None
                rows = alembic.op.get_bind().exec_driver_sql(SCHEMA).fetchall()
                seen.append([(str(r[0]), str(r[1])) for r in rows])
                raise Boom(f"failed at schema operation {fail_at}")
            return original(*args, **kwargs)

        return wrapper

    for name in ("execute", "create_table", "create_index"):
        monkeypatch.setattr(alembic.op, name, wrap(getattr(alembic.op, name)))
    return lambda: calls["n"]


def schema_of(path: Path) -> Schema:
    con = connect_ro(path)
    try:
        return [(str(r[0]), str(r[1])) for r in con.execute(SCHEMA)]
    finally:
        con.close()


@pytest.mark.parametrize("revision", OLDER)
def test_a_migration_failing_halfway_leaves_the_file_unchanged(
    revision: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # How many schema operations the upgrade makes, counted on a spare copy.
    with monkeypatch.context() as m:
        total = counting_ops(m, None)
        spare = golden_copy(revision, tmp_path / "spare")
        prepare_database(database_url(spare), None)
        steps = total()
    if steps == 0:
        # The migrations after this revision build PostgreSQL objects only (0008): a file's
        # upgrade moves its version stamp and nothing else, so it has no halfway to fail at.
        assert schema_revision(spare) == head_revision()
        assert schema_of(spare) == schema_of(golden_copy(revision, tmp_path / "as-is"))
        return
    # At least one step is done before the one made to fail.
    assert steps >= 2
    path = golden_copy(revision, tmp_path)
    # A user's file is in WAL mode (crmnote sets it on every connection, and that flag lives
    # in the file header), so put the copy there first, then close every connection.
    sqlite3.connect(path).execute("PRAGMA journal_mode = WAL").connection.close()
    digest, before, schema = file_sha256(path), digests(path), schema_of(path)
    fail_at = steps // 2 + 1
    seen: list[Schema] = []
    counting_ops(monkeypatch, fail_at, seen)
    with pytest.raises(Boom):
        prepare_database(database_url(path), tmp_path / "backups")
    # The failing step really came after earlier steps had changed the schema.
    assert seen and seen[-1] != schema
    # prepare_database disposed of its engine: no connection is open, so the WAL is gone.
    assert not Path(f"{path}-wal").exists()
    assert file_sha256(path) == digest
    assert digests(path) == before and schema_of(path) == schema
    assert schema_revision(path) == revision
    backups = sorted((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and "pre-migration" in backups[0].name
    assert integrity_ok(backups[0]) and digests(backups[0]) == before
