"""Writes tests/data/schema-0011.sqlite3: the data of `make_schema_0002.py` at revision 0011,
plus a change log and an insight written by crmnote's own code (as for schema 0004), a team
member (as for schema 0009), and evidence files (as for schema 0010): one on a claim with a
note, one on an interaction, so migration 0012 has attachments to give uuids to; and what 0011
added: the book synced with a copy of itself (`crmnote sync --with`) after both edited one
field (a sync conflict, a peer), then edited with plain SQL (a record marked dirty, not yet
captured).

The book a user has before migration 0012 (attachments sync). Made by the services of the
commit whose head revision is 0011 (their models match its schema): from a checkout of that
commit (`git archive COMMIT | tar -x -C DIR`), run
`PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0011.py` with this file copied there.
That commit is 165ff5a (main with the team book, the facts and sync, before migration 0012).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

from crmnote.services.book_services import Services
from crmnote.storage.engine import database_url, make_engine


def write_synced(revision: str) -> None:
    """schema-REVISION.sqlite3: what the docstring above lists, at REVISION."""
    out = Path(__file__).with_name(f"schema-{revision}.sqlite3")
    write_with_log(revision)
    con = sqlite3.connect(out)
    con.execute("INSERT INTO team_members (role, staff_id) VALUES ('anna', 1)")
    con.commit()
    con.close()
    engine = make_engine(database_url(out))
    try:
        services = Services.over(engine, lambda: datetime(2025, 6, 4, 12, 0))
        claim = services.records.list("claim")[0]
        services.attachments.attach(
            "claim", claim.id, "delivery-note.txt", b"Signed for: 3 of 4 boxes\n", "scan"
        )
        interaction = services.records.list("interaction")[0]
        services.attachments.attach(
            "interaction", interaction.id, "call.eml", b"Subject: call\n\nThanks.\n", ""
        )
    finally:
        engine.dispose()
    with tempfile.TemporaryDirectory() as folder:
        laptop = Path(folder) / "laptop.sqlite3"
        shutil.copyfile(out, laptop)
        for book, company in ((out, "Fjord (desk)"), (laptop, "Fjord (laptop)")):
            cli = [sys.executable, "-m", "crmnote", "--db", str(book)]
            subprocess.run([*cli, "set", "customer", "1", "--company", company], check=True)
        subprocess.run([*cli[:-2], "--db", str(out), "sync", "--with", str(laptop)], check=True)
    con = sqlite3.connect(out)  # written around the app: marked by 0011's triggers only
    con.execute("UPDATE customers SET company = 'Later' WHERE id = 2")
    con.commit()
    for table in ("sync_changes", "sync_shadow", "sync_dirty", "sync_conflicts", "sync_peers"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    assert con.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    write_synced("0011")
