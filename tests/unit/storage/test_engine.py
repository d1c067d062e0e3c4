"""Every connection gets crmnote's pragmas; paths and URLs both name a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmnote.domain.errors import DatabaseError, DatabaseUnreachableError
from crmnote.storage.engine import database_url, make_engine, sqlite_path
from crmnote.storage.postgres import connect_failure


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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("postgresql://u@h/db", None),
        ("postgres://u@h/db", None),
        ("postgresql+psycopg://u@h:5433/db?sslmode=require", None),
        ("postgresql+psycopg://u@h:54x/db", "is not a database URL"),
        ("postgresql+psycopg://u:secret@h:54x/db", "is not a database URL"),
        ("://db", "is not a database URL"),
        ("mysql+pymysql://u@h/db", "cannot use 'mysql' databases"),
        ("postgresql+psycopg2://u@h/db", "through psycopg 3"),
    ],
)
def test_urls_crmnote_can_use_and_the_others(text: str, message: str | None) -> None:
    if message is None:
        url = database_url(text)
        assert url.drivername == "postgresql+psycopg" and url.host == "h"
        return
    with pytest.raises(DatabaseError, match=message) as raised:
        database_url(text)
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(
    ("libpq", "unreachable", "sentence"),
    [
        (
            'connection failed: connection to server at "10.0.0.9", port 5432 failed: '
            "Connection refused\n\tIs the server running on that host?",
            True,
            "cannot reach the PostgreSQL server at db.lan:5432: nothing answers there",
        ),
        ("connection timeout expired", True, "did not answer within 10 s"),
        ("failed to resolve host 'db.lan': [Errno -2]", True, "cannot find the database server"),
        (
            'connection failed: FATAL:  password authentication failed for user "anna"',
            False,
            "refused the password of role 'anna'",
        ),
        ("connection failed: fe_sendauth: no password supplied", False, "~/.pgpass"),
        ('connection failed: FATAL:  database "crm" does not exist', False, "no database 'crm'"),
        ('connection failed: FATAL:  role "anna" does not exist', False, "no role 'anna'"),
        (
            'connection failed: FATAL:  no pg_hba.conf entry for host "10.0.0.2", user "anna"',
            False,
            "does not let role 'anna' connect to database 'crm' from this computer",
        ),
        ("SSL error: certificate verify failed", True, ": SSL error: certificate verify failed"),
    ],
)
def test_each_way_a_connection_fails_is_one_sentence(
    libpq: str, unreachable: bool, sentence: str
) -> None:
    error = connect_failure(database_url("postgresql+psycopg://anna@db.lan/crm"), libpq)
    assert isinstance(error, DatabaseUnreachableError) == unreachable
    assert sentence in str(error) and "\n" not in str(error)
