"""Writes tests/data/schema-0001.sqlite3: a database at the first released schema, with data.

Run once when the fixture must be remade; the file is committed so later migrations are always
tested against what revision 0001 really wrote.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crmnote.storage.engine import database_url
from crmnote.storage.migrate import prepare_database

OUT = Path(__file__).with_name("schema-0001.sqlite3")
T = "2025-03-04 10:00:00.000000"
LONG = "Long note. " * 2000


def main() -> None:
    OUT.unlink(missing_ok=True)
    prepare_database(database_url(OUT), None, target="0001")
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO staff VALUES (1, 'Åse Nilsen', 'ase@example.no', 1, ?, ?)", (T, T))
    names = ["Fjord Bikes AS", "Zoë Ångström", "Иван Петров", "王小明", "مريم الحسن", "שרה כהן"]
    for i, name in enumerate(names, start=1):
        con.execute(
            "INSERT INTO customers (id, name, company, address, status, owner_id, source, notes,"
            " created_at, updated_at) VALUES (?, ?, '', '', 'active', 1, 'fixture', ?, ?, ?)",
            (i, name, LONG if i == 1 else "🙂 notes", T, T),
        )
        con.execute(
            "INSERT INTO customer_contacts (customer_id, kind, value, label, position)"
            " VALUES (?, 'email', ?, 'work', 0)",
            (i, f"c{i}@example.com"),
        )
        con.execute("INSERT INTO customer_tags VALUES (?, 'fixture')", (i,))
        for j in range(3):
            con.execute(
                "INSERT INTO interactions (customer_id, at, channel, direction, minutes, staff_id,"
                " summary, notes, mood, created_at, updated_at)"
                " VALUES (?, ?, 'call', 'in', 10, 1, 'call', ?, -1, ?, ?)",
                (i, f"2025-03-0{j + 1} 09:00:00.000000", f"note {j} for {name}", T, T),
            )
        con.execute(
            "INSERT INTO promises (customer_id, text, category, made_at, made_by, due, status,"
            " evidence, created_at, updated_at)"
            " VALUES (?, 'deliver', 'speed', ?, 1, '2025-03-10', 'open', '', ?, ?)",
            (i, T, T, T),
        )
        con.execute(
            "INSERT INTO money (customer_id, at, kind, amount, currency, reference,"
            " created_at, updated_at) VALUES (?, '2025-03-04', 'sale', 123456, 'EUR', 'inv', ?, ?)",
            (i, T, T),
        )
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
