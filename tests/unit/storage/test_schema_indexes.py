"""Deleting a record never scans a table: references to records deleted in daily use are indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Staff members and standards are deleted rarely (and a standard is revised, not deleted): a
# scan of the tables naming them is an acceptable price for not indexing every row's staff_id.
RARELY_DELETED = {"staff", "standards"}


def test_references_to_records_deleted_in_daily_use_are_indexed(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    try:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith(("sqlite_", "search_index", "customer_text"))
        ]
        unindexed = []
        for table in tables:
            leading = {
                con.execute(f"PRAGMA index_info('{index[1]}')").fetchone()[2]
                for index in con.execute(f"PRAGMA index_list('{table}')")
            }
            pk = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')") if r[5] == 1]
            leading.update(pk[:1])
            for fk in con.execute(f"PRAGMA foreign_key_list('{table}')"):
                parent, column = fk[2], fk[3]
                if parent not in RARELY_DELETED and column not in leading:
                    unindexed.append(f"{table}.{column} → {parent}")
    finally:
        con.close()
    assert unindexed == []
