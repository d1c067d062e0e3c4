"""Writes tests/data/schema-0002.sqlite3: a database at schema revision 0002, with data.

Run once when the fixture must be remade; the file is committed so later migrations are always
tested against what revision 0002 really held. Every table has rows; child rows hang off
customers by `ON DELETE CASCADE` (what a table rebuild with foreign keys on would delete);
names and notes are in several scripts, with emoji, combining marks, right-to-left text and a
note of 100,000 characters. `make_schema_0003.py` writes the same data at revision 0003.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from crmnote.storage.engine import database_url
from crmnote.storage.migrate import prepare_database

T = "2025-06-02 10:00:00.000000"
LONG = ("Lange notat om leveransen, ærlig talt. " * 2600)[:100_000]
NAMES = (
    "Fjord Bikes AS",
    "Zoë Ångström",
    "Иван Петров",
    "王小明",
    "مريم الحسن",
    "שרה כהן",
    "Nguyễn Thị Minh Khai",  # combining-heavy Vietnamese, stored as typed (NFC)
    "e\u0301le\u0300ve",  # decomposed: e + combining acute, kept as typed (NFD)
    "O'Brien; DROP TABLE customers; --",
    'Quote "the" *star* (paren) ^caret NEAR AND OR NOT',
)


def insert(con: sqlite3.Connection, table: str, **values: object) -> int:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = con.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
    return int(cursor.lastrowid or 0)


def stamp(day: int, hour: int = 9) -> str:
    return f"2025-05-{day:02d} {hour:02d}:00:00.000000"


def fill(con: sqlite3.Connection) -> None:
    """The same rows for every revision from 0002 on (the columns of 0002 exist in all)."""
    con.execute("INSERT INTO settings VALUES ('business_name', ?)", (json.dumps("Atelier Ünal"),))
    con.execute("INSERT INTO settings VALUES ('current_staff_id', '1')")
    con.execute("INSERT INTO settings VALUES ('hourly_cost', '72.5')")
    ase = insert(con, "staff", name="Åse Nilsen", email="ase@example.no", active=1,
                 created_at=T, updated_at=T)  # fmt: skip
    leif = insert(con, "staff", name="Leif Ørsted", email="", active=0, created_at=T, updated_at=T)
    std = insert(con, "standards", series_id=0, name="Deliver within 3 days", category="speed",
                 description="Från lager — 3 dagar", target_value=3.0, target_unit="days",
                 valid_from="2025-01-01", valid_until="2025-04-30",
                 created_at=T, updated_at=T)  # fmt: skip
    con.execute("UPDATE standards SET series_id = ? WHERE id = ?", (std, std))
    std2 = insert(con, "standards", series_id=std, name="Deliver within 2 days", category="speed",
                  description="", target_value=2.0, target_unit="days", valid_from="2025-05-01",
                  created_at=T, updated_at=T)  # fmt: skip
    for i, name in enumerate(NAMES, start=1):
        owner = ase if i % 3 else leif
        cid = insert(con, "customers", name=name, company=f"Firma {i} & Søn",
                     address="Storgata 1\n0155 Oslo" if i % 2 else "",
                     status=("active", "watch", "referred", "declined", "archived")[i % 5],
                     owner_id=owner, source="fixture", notes=LONG if i == 1 else f"🙂 notes {name}",
                     created_at=T, updated_at=T, difficulty=10.0 * i, trust=100 - 7.5 * i,
                     open_promises=0)  # fmt: skip
        for n, (kind, value) in enumerate(
            (("email", f"c{i}@example.com"), ("phone", f"+47 22 00 00 {i:02d}"))
        ):
            insert(con, "customer_contacts", customer_id=cid, kind=kind, value=value,
                   label=("work", "mobil")[n], position=n)  # fmt: skip
        for tag in ("fixture", f"group-{i % 3}", "vip ★"):
            insert(con, "customer_tags", customer_id=cid, tag=tag)
        talks = []
        for j in range(3):
            talks.append(insert(
                con, "interactions", customer_id=cid, at=stamp(j + 1), channel="call",
                direction=("in", "out")[j % 2], minutes=10 + j, staff_id=owner,
                summary=f"call {j} with {name}", notes=f"note {j}: {name}\nline two\u200f",
                mood=j - 1, created_at=T, updated_at=T,
            ))  # fmt: skip
        first = insert(con, "promises", customer_id=cid, text=f"deliver to {name}",
                       category="speed", made_at=stamp(1), made_by=owner, due="2025-05-04",
                       standard_id=std, interaction_id=talks[0], status="renegotiated",
                       resolved_at=stamp(3), evidence="", created_at=T, updated_at=T)  # fmt: skip
        again = insert(con, "promises", customer_id=cid, text="deliver, second try",
                       category="speed", made_at=stamp(3), made_by=owner, due="2025-05-20",
                       standard_id=std2, status="open", evidence="",
                       renegotiated_from_id=first, created_at=T, updated_at=T)  # fmt: skip
        insert(con, "claims", customer_id=cid, raised_at=stamp(5), category="speed",
               text="came late ⏰", promise_id=first, interaction_id=talks[2], staff_id=owner,
               verdict="substantiated" if i % 2 else "pending", verdict_note="checked the log",
               resolution="apology" if i % 2 else None,
               resolved_at=stamp(6) if i % 2 else None, created_at=T, updated_at=T)  # fmt: skip
        insert(con, "requests", customer_id=cid, raised_at=stamp(6), kind="extra",
               text="gift wrap 🎁", judgment="chargeable_extra", judgment_note="costs 5 min",
               outcome="granted", insight=1, standard_id=std2, interaction_id=talks[1],
               staff_id=owner, created_at=T, updated_at=T)  # fmt: skip
        insert(con, "feedback", customer_id=cid, at=stamp(7), kind="praise", theme="delivery",
               text="fast — merci", interaction_id=talks[1], staff_id=owner,
               created_at=T, updated_at=T)  # fmt: skip
        insert(con, "money", customer_id=cid, at="2025-05-02", kind="sale", amount=123456 + i,
               currency="EUR", reference=f"INV-{i}", interaction_id=talks[0],
               created_at=T, updated_at=T)  # fmt: skip
        insert(con, "effort", customer_id=cid, at=stamp(8), minutes=45, staff_id=owner,
               text="re-packed the order", created_at=T, updated_at=T)  # fmt: skip
        insert(con, "decisions", customer_id=cid, at=stamp(9), action="watch",
               reason="late payer", decided_by=owner, referral_to="", message="Hei!",
               created_at=T, updated_at=T)  # fmt: skip
        for k in range(2):
            insert(con, "score_history", customer_id=cid, at=stamp(k + 1), difficulty=12.5 * k,
                   trust=80.0 - k, cause_kind="interaction", cause_id=talks[k],
                   state=json.dumps({"difficulty": 12.5 * k, "trust": 80.0 - k}))  # fmt: skip
        con.execute(
            "UPDATE customers SET last_contact_at = ?, open_promises = 1, next_due = ?"
            " WHERE id = ?",
            (stamp(3), "2025-05-20", cid),
        )
        assert again


def write(out: Path, revision: str) -> None:
    out.unlink(missing_ok=True)
    prepare_database(database_url(out), None, target=revision)
    con = sqlite3.connect(out)
    con.execute("PRAGMA foreign_keys = ON")
    fill(con)
    con.commit()
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    # One self-contained file: no -wal beside it in the repository.
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("VACUUM")
    con.close()


def main() -> None:
    write(Path(__file__).with_name("schema-0002.sqlite3"), "0002")


if __name__ == "__main__":
    main()
