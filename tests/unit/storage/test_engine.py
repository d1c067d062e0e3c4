"""Every connection gets crmnote's pragmas; paths and URLs both name a database."""

from __future__ import annotations

from pathlib import Path

from crmnote.storage.engine import database_url, make_engine, sqlite_path


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(database_url(tmp_path / "p.sqlite3"))
    try:
        with engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("busy_timeout") == 5000
            assert pragma("synchronous") == 2  # FULL
    finally:
        engine.dispose()


def test_wal_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    engine = make_engine(database_url(path))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x)")
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
            for suffix in ("", "-wal", "-shm"):
                assert (tmp_path / f"w.sqlite3{suffix}").stat().st_mode & 0o777 == 0o600
    finally:
        engine.dispose()


def test_paths_and_urls() -> None:
    assert sqlite_path(database_url("/tmp/x.sqlite3")) == Path("/tmp/x.sqlite3")
    assert database_url("postgresql+psycopg://u@h/db").get_backend_name() == "postgresql"
    assert sqlite_path(database_url("sqlite://")) is None
    assert sqlite_path(database_url("postgresql+psycopg://u@h/db")) is None
