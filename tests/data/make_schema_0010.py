"""Writes tests/data/schema-0010.sqlite3: the data of `make_schema_0002.py` at revision 0010,
plus a change log and an insight written by crmnote's own code (as for schema 0004), a team
member (as for schema 0009), and what 0010 added: an evidence file on a claim, a promise with
its quantity and what was delivered, a request with a quantity, and money in another currency
with its rate (its home amount set by crmnote's own code).

The book a user has before migration 0011 (record uuids and sync). Made by the services of the
commit whose head revision is 0010 (their models match its schema): from a checkout of that
commit (`git archive COMMIT | tar -x -C DIR`), run
`PYTHONPATH=DIR .venv/bin/python DIR/tests/data/make_schema_0010.py` with this file copied there.
That commit is 0df4f8c (main with the team book and the facts, before migration 0011).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from make_schema_0004 import write_with_log  # a sibling script: its folder is on the path

from crmnote.services.book_services import Services
from crmnote.storage.engine import database_url, make_engine

if __name__ == "__main__":
    out = Path(__file__).with_name("schema-0010.sqlite3")
    write_with_log("0010")
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
        customer = claim.customer_id
        services.records.add(
            "promise",
            {
                "text": "Four boxes by Friday",
                "made_at": datetime(2025, 6, 2, 9, 0),
                "due": date(2025, 6, 6),
                "quantity": 4,
                "unit": "boxes",
                "delivered_quantity": 3,
            },
            customer,
        )
        services.records.add(
            "request",
            {
                "text": "Two extra boxes",
                "raised_at": datetime(2025, 6, 3, 9, 0),
                "quantity": 2,
                "unit": "boxes",
            },
            customer,
        )
        services.records.add(
            "money",
            {
                "at": date(2025, 6, 3),
                "amount": Decimal("120.00"),
                "currency": "USD",
                "rate": Decimal("0.92"),
            },
            customer,
        )
    finally:
        engine.dispose()
    con = sqlite3.connect(out)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0010"
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()
