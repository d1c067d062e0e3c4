"""Migration 0004 on the first-revision fixture: the change log starts empty and can baseline."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.services.audit import AuditService
from crmnote.storage.engine import database_url, make_engine, make_sessionmaker
from crmnote.storage.migrate import head_revision, prepare_database

pytestmark = pytest.mark.sqlite_only  # upgrading SQLite files of an older schema

FIXTURE_0001 = Path(__file__).parents[2] / "data" / "schema-0001.sqlite3"


def test_upgrade_from_0001_then_baseline_and_verify(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_0001, path)
    report = prepare_database(database_url(path), tmp_path / "backups")
    assert report.before == "0001" and report.after == head_revision()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    rows = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("interactions", "promises", "claims")
    }
    con.close()
    assert {"change_log", "change_log_head", "insights"} <= tables
    engine = make_engine(database_url(path))
    try:
        audit = AuditService(make_sessionmaker(engine), lambda: datetime(2026, 11, 2, 9))
        before = audit.verify()
        assert before.ok and before.entries == 0
        assert before.unlogged == {
            k: n
            for k, n in (
                ("interaction", rows["interactions"]),
                ("promise", rows["promises"]),
                ("claim", rows["claims"]),
            )
            if n
        }
        count, _ = audit.baseline()
        assert count == sum(rows.values())
        after = audit.verify()
        assert after.ok and after.unlogged == {} and after.entries == count
    finally:
        engine.dispose()
