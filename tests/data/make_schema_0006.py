"""Writes tests/data/schema-0006.sqlite3: the data of `make_schema_0002.py` at revision 0006,
plus a change log and an insight written by crmnote's own code (as for schema 0004).

The change log is a hash chain, so it is made by `AuditService.baseline()` and a logged edit
rather than by hand; the insights board by `InsightsService.promote_request`. Those services
are the ones of the release that follows 0006, whose models match schema 0006 except for the
interaction reference indexes that 0007 adds.
Run from the repository root: `.venv/bin/python tests/data/make_schema_0006.py`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from make_schema_0002 import write  # a sibling script: run as a script, its folder is on the path

from crmnote.services.facade import Services
from crmnote.storage.engine import database_url, make_engine


def main() -> None:
    out = Path(__file__).with_name("schema-0006.sqlite3")
    write(out, "0006")
    engine = make_engine(database_url(out))
    try:
        services = Services.over(engine, lambda: datetime(2025, 6, 3, 12, 0))
        services.audit.baseline()
        services.records.update("interaction", 1, {"notes": "corrected: 👍 delivered"})
        services.insights.promote_request(1, "Gift wrap — ask about it at checkout")
    finally:
        engine.dispose()
    con = sqlite3.connect(out)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0006"
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
