"""The test process's engines share a dialect and a compiled-statement cache once one of
their kind has connected (tests/shared_dialect.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import column, select, table

from crmnote.storage.engine import database_url, make_engine
from tests import shared_dialect

CUSTOMERS = table("customers", column("id"), column("name"))


def test_engines_share_compiled_statements_once_one_has_connected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared_dialect, "_shared", {})  # as in a process's first test
    never = make_engine(database_url(str(tmp_path / "never.sqlite3")))
    first = make_engine(database_url(str(tmp_path / "first.sqlite3")))
    assert first.dialect is not never.dialect  # `never` never connected: not handed on
    with first.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute(select(CUSTOMERS.c.id).where(CUSTOMERS.c.name == "x")).all()
    second = make_engine(database_url(str(tmp_path / "second.sqlite3")))
    assert second.dialect is first.dialect
    assert second._compiled_cache is first._compiled_cache
    cached = len(first._compiled_cache or {})
    with second.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        assert conn.execute(select(CUSTOMERS.c.id).where(CUSTOMERS.c.name == "y")).all() == []
    assert len(second._compiled_cache or {}) == cached  # compiled once, found the second time
    for engine in (never, first, second):
        engine.dispose()
