"""Writes tests/data/schema-0004.sqlite3: the data of `make_schema_0002.py` at revision 0004,
plus a change log and an insight written by crmnote's own code.

The change log is a hash chain, so it is made by `AuditService.baseline()` and a logged edit
rather than by hand; the insights board by `InsightsService.promote_request`. Those services
are the ones of the release that follows 0004, whose models match schema 0004 (0005 only adds
indexes). Run from the repository root: `.venv/bin/python tests/data/make_schema_0004.py`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from make_schema_0002 import write  # a sibling script: run as a script, its folder is on the path

from crmnote.services.book_services import Services
from crmnote.storage.engine import database_url, make_engine


def write_with_log(revision: str) -> None:
    """schema-REVISION.sqlite3: the data of `make_schema_0002.py`, a change log and an insight."""
    out = Path(__file__).with_name(f"schema-{revision}.sqlite3")
    write(out, revision)
    engine = make_engine(database_url(out))
    try:
        services = Services.over(engine, lambda: datetime(2025, 6, 3, 12, 0))
        services.audit.baseline()
        services.records.update("interaction", 1, {"notes": "corrected: 👍 delivered"})
        services.insights.promote_request(1, "Gift wrap — ask about it at checkout")
    finally:
        engine.dispose()
    con = sqlite3.connect(out)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def main() -> None:
    write_with_log("0004")


if __name__ == "__main__":
    main()
