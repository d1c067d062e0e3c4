"""Moving a book between databases: every table, the same rows, verified, all or nothing.

Pairs: SQLite → SQLite, SQLite → PostgreSQL, PostgreSQL → SQLite (the PostgreSQL ones marked
`postgres`, skipped without a server). A demo book is copied; the copy must have the same
rows in every table of the models, the same checksum computed on each side, a change log that
verifies, no finding of `check`, the same search and list answers, and ids that go on after
the highest one.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.errors import DatabaseError
from crmnote.services.book_copy import CopyCancelled, CopyProgress
from crmnote.storage import book_copy as book_copy_storage
from crmnote.storage.book_digest import book_digest
from crmnote.storage.book_tables import copied_tables, is_derived, row_counts
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.search_queries import is_search_table

PG = pytest.mark.postgres
EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"
PAIRS = [
    ("sqlite", "sqlite"),
    pytest.param("sqlite", "postgresql", marks=PG),
    pytest.param("postgresql", "sqlite", marks=PG),
]


def demo_book(where: str, customers: int = 40) -> OpenDatabase:
    opened = open_database(where)
    opened.demo().generate(customers=customers, seed=5)
    return opened


def digest_of(where: str) -> Any:
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn, conn.begin():
            return book_digest(conn, batch=7)
    finally:
        engine.dispose()


def counts_of(where: str) -> dict[str, int]:
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn:
            return row_counts(conn)
    finally:
        engine.dispose()


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS)
def test_a_copy_holds_the_same_book(
    place: Callable[[str], str], source_kind: str, target_kind: str
) -> None:
    source_db, target_db = place(source_kind), place(target_kind)
    source = demo_book(source_db)
    try:
        source.services.audit.baseline()  # the demo's records logged: the log travels too
        files = {  # evidence files travel inside the book, bytes and hashes alike
            source.services.attachments.attach_file("interaction", 1, EVIDENCE / name)[0].id: name
            for name in ("delivery-note-88.png", "signed.pdf")
        }
        seen: list[CopyProgress] = []
        report = source.services.book_copy.copy_to(target_db, seen.append, batch=50)
        before = digest_of(source_db)
        names = [r.name for r in source.services.customers.summaries()]
        hits = [
            (h.kind, h.record_id) for h in source.services.search.search("delivery", limit=5000)
        ]
    finally:
        source.close()
    assert report.checksum == before.checksum == digest_of(target_db).checksum
    assert report.tables == counts_of(source_db) == counts_of(target_db)
    assert report.tables["interactions"] > 300 and report.tables["change_log"] > 0
    assert next(p.stage for p in seen) == "copy" and seen[-1].stage == "log"
    assert [s for s in dict.fromkeys(p.stage for p in seen) if s != "index"] == [
        "copy",
        "verify",
        "log",
    ]
    assert seen[-1].fraction == 1.0
    assert all(a.fraction <= b.fraction for a, b in itertools.pairwise(seen))
    copy = open_database(target_db)
    try:
        assert copy.services.audit.verify().ok  # the files' SHA-256 included
        for file_id, name in files.items():
            assert copy.services.attachments.data(file_id) == (EVIDENCE / name).read_bytes()
        assert report.tables["attachment_data"] == len(files)
        assert copy.services.consistency.find() == ()  # search index, filter, scores, summaries
        assert [r.name for r in copy.services.customers.summaries()] == names
        again = [(h.kind, h.record_id) for h in copy.services.search.search("delivery", limit=5000)]
        assert sorted(again) == sorted(hits)
        assert all(r.difficulty is not None for r in copy.services.customers.summaries())
        new, _ = copy.services.records.add("customer", {"name": "After the move"})
        assert new.id > report.tables["customers"]
        talk, _ = copy.services.records.add("interaction", {"summary": "hello"}, new.id)
        assert talk.id > report.tables["interactions"]
    finally:
        copy.close()


def test_every_table_of_a_migrated_book_is_copied_or_derived(tmp_path: Path) -> None:
    """Copying follows the models at the Alembic head; whatever else a book holds is derived
    (search index, filter texts) or Alembic's. A table added by a migration without a model
    fails here rather than be left behind by copies."""
    book = tmp_path / "b.sqlite3"
    open_database(str(book)).close()
    con = sqlite3.connect(book)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    copied = {t.name for t in copied_tables()}
    assert names - copied - {"alembic_version"} == {n for n in names if is_derived(n)}
    assert copied <= names
    assert not any(is_search_table(n) for n in copied)


@pytest.mark.postgres
def test_every_table_of_a_server_book_is_copied_or_derived(pg_server: Any) -> None:
    url = pg_server.fresh()
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
        pg_server.drop(url)
    copied = {t.name for t in copied_tables()}
    assert names - copied - {"alembic_version"} == {n for n in names if is_derived(n)}


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS)
def test_a_target_with_records_is_refused_and_left_as_it_was(
    place: Callable[[str], str], source_kind: str, target_kind: str
) -> None:
    source_db, target_db = place(source_kind), place(target_kind)
    source = demo_book(source_db, customers=5)
    other = demo_book(target_db, customers=3)
    other.close()
    before = digest_of(target_db)
    try:
        with pytest.raises(
            DatabaseError, match=r"^the target already holds records \(\d+ [a-z ]+, "
        ) as held:
            source.services.book_copy.copy_to(target_db)
        # tables counted in words, with their plural: "23 change log entries", never "change_log"
        assert "_" not in str(held.value) and "(s)" not in str(held.value)
    finally:
        source.close()
    assert digest_of(target_db) == before


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS)
def test_a_book_crmnote_only_opened_is_a_fine_target(
    place: Callable[[str], str], source_kind: str, target_kind: str
) -> None:
    """Opening a book writes its first staff member and a setting; nothing else is there, so
    the copy replaces them."""
    source_db, target_db = place(source_kind), place(target_kind)
    open_database(target_db).close()
    assert counts_of(target_db)["staff"] == 1
    source = demo_book(source_db, customers=5)
    try:
        report = source.services.book_copy.copy_to(target_db)
    finally:
        source.close()
    assert counts_of(target_db) == report.tables


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS)
def test_a_stopped_copy_leaves_the_target_empty_and_can_run_again(
    place: Callable[[str], str], source_kind: str, target_kind: str
) -> None:
    source_db, target_db = place(source_kind), place(target_kind)
    source = demo_book(source_db, customers=20)

    def stop_in_interactions(p: CopyProgress) -> None:
        if p.table == "interactions" and p.done > 0:
            raise CopyCancelled("stopped")

    try:
        with pytest.raises(CopyCancelled):
            source.services.book_copy.copy_to(target_db, stop_in_interactions, batch=10)
        assert set(counts_of(target_db).values()) == {0}
        if target_kind == "sqlite":  # back in WAL mode, the indexes set aside for it back
            assert journal_mode_of(target_db) == "wal"
            fresh = place("sqlite")
            open_database(fresh).close()
            assert indexes_of(target_db) == indexes_of(fresh)
        report = source.services.book_copy.copy_to(target_db, batch=10)
    finally:
        source.close()
    assert counts_of(target_db) == report.tables


def journal_mode_of(file: str) -> str:
    """The mode the file itself records (header bytes 18-19: 2 for WAL, 1 for a rollback
    journal), read without opening it as a database."""
    header = Path(file).read_bytes()[:20]
    return {1: "rollback", 2: "wal"}[header[18]]


def indexes_of(file: str) -> dict[str, str]:
    with sqlite3.connect(file) as con:
        found = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    return dict(found)


def test_a_sqlite_target_fills_with_a_rollback_journal_and_ends_in_wal_mode(
    tmp_path: Path,
) -> None:
    """Each page of the copy is written once, into the file, with a rollback journal beside
    it (no write-ahead log); the copy ends a WAL book with every index of the source."""
    source_db, target_db = str(tmp_path / "source.sqlite3"), str(tmp_path / "target.sqlite3")
    source = demo_book(source_db, customers=20)
    seen: list[tuple[bool, bool]] = []

    def look(p: CopyProgress) -> None:
        if p.stage == "copy" and p.done > 0:
            seen.append((Path(f"{target_db}-journal").exists(), Path(f"{target_db}-wal").exists()))

    try:
        source.services.book_copy.copy_to(target_db, look, batch=10)
    finally:
        source.close()
    assert seen and set(seen) == {(True, False)}
    assert journal_mode_of(target_db) == "wal"
    assert indexes_of(target_db) == indexes_of(source_db)
    with sqlite3.connect(target_db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS)
def test_a_row_altered_on_its_way_is_caught_and_nothing_is_copied(
    place: Callable[[str], str], source_kind: str, target_kind: str, monkeypatch: Any
) -> None:
    """The copy is read back and its checksum compared with the source's: one value changed
    in the target while it fills (a fault between the two databases) fails the copy."""
    source_db, target_db = place(source_kind), place(target_kind)
    source = demo_book(source_db, customers=5)
    writer = book_copy_storage.writer_for

    def tampering(conn: Any) -> Any:
        made = writer(conn)
        fill = made.table

        def table(table: Any, batches: Any, wrote: Any) -> None:
            fill(table, batches, wrote)
            if table.name == "interactions":
                conn.exec_driver_sql("UPDATE interactions SET summary = 'altered' WHERE id = 2")

        made.table = table  # type: ignore[method-assign]
        return made

    monkeypatch.setattr(book_copy_storage, "writer_for", tampering)
    try:
        with pytest.raises(
            DatabaseError, match=r"does not match this book \([a-z ]+: the same \d+ "
        ):
            source.services.book_copy.copy_to(target_db, batch=10)
    finally:
        source.close()
    assert set(counts_of(target_db).values()) == {0}


def test_the_book_itself_is_refused_as_target(place: Callable[[str], str]) -> None:
    where = place("sqlite")
    source = demo_book(where, customers=2)
    try:
        with pytest.raises(DatabaseError, match="the target is this book itself"):
            source.services.book_copy.copy_to(where)
        with pytest.raises(DatabaseError, match="name the database to copy into"):
            source.services.book_copy.copy_to("  ")
    finally:
        source.close()


@pytest.mark.parametrize(("source_kind", "target_kind"), PAIRS[:2])
def test_a_source_with_broken_references_is_one_sentence_and_copies_nothing(
    place: Callable[[str], str], source_kind: str, target_kind: str
) -> None:
    """A row naming a missing customer (left by a delete with foreign keys off) is refused by
    the target; `check --repair` mends it."""
    source_db, target_db = place(source_kind), place(target_kind)
    source = demo_book(source_db, customers=4)
    source.close()
    con = sqlite3.connect(source_db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM customers WHERE id = 2")
    con.commit()
    con.close()
    source = open_database(source_db)
    try:
        with pytest.raises(DatabaseError, match=r"check --repair.*nothing was copied"):
            source.services.book_copy.copy_to(target_db)
        assert set(counts_of(target_db).values()) == {0}
        source.services.consistency.repair()
        report = source.services.book_copy.copy_to(target_db)
    finally:
        source.close()
    assert report.tables["customers"] == 3


@pytest.mark.postgres
def test_a_value_postgresql_cannot_hold_is_one_sentence(place: Callable[[str], str]) -> None:
    """SQLite keeps a name longer than its column says; PostgreSQL refuses it: the copy says
    which and writes nothing."""
    source_db, target_db = place("sqlite"), place("postgresql")
    demo_book(source_db, customers=3).close()
    con = sqlite3.connect(source_db)
    con.execute("UPDATE customers SET company = ? WHERE id = 2", ("x" * 600,))
    con.commit()
    con.close()
    source = open_database(source_db)
    try:
        with pytest.raises(DatabaseError, match=r"value too long.*nothing was copied"):
            source.services.book_copy.copy_to(target_db)
    finally:
        source.close()
    engine = make_engine(database_url(target_db))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 0
    finally:
        engine.dispose()
