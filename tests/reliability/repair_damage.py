"""Damage for `test_check_and_repair.py`: a database with records of every kind for three
customers, and each logical damage done for real with plain SQL, with the checks that must
name it; snapshots of what a repair must leave untouched."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmnote.bootstrap import open_database
from crmnote.domain import entities as e
from crmnote.domain.types import Category, Judgment, Outcome, PromiseStatus
from crmnote.services.book_services import Services
from tests.conftest import TickingClock
from tests.reliability.conftest import connect_ro

T0 = datetime(2026, 3, 2, 9, 0, 0)
LATER = datetime(2026, 11, 2, 9, 0, 0)
CUSTOMER_TABLES = (
    "customer_contacts",
    "customer_tags",
    "interactions",
    "promises",
    "claims",
    "requests",
    "feedback",
    "money",
    "effort",
    "decisions",
    "score_history",
    "search_index",
)


def _records(s: Services, customer: int, staff: int, standard: int) -> dict[str, int]:
    """Records of every kind for one customer, each naming the others where it can."""
    add = s.records.add
    ids: dict[str, int] = {}
    i1, _ = s.interactions.log(customer, minutes=20, mood=1, summary="call", staff_id=staff)
    i2, _ = s.interactions.log(customer, minutes=5, mood=-1, summary="visit", staff_id=staff)
    ids |= {"i1": i1.id, "i2": i2.id}
    common = {"made_by": staff, "standard_id": standard, "category": Category.SPEED}
    p_open, _ = add("promise", {"text": "call back", "due": date(2026, 12, 1), **common}, customer)
    p_kept, _ = add("promise", {"text": "deliver", "interaction_id": i2.id, **common}, customer)
    s.records.update("promise", p_kept.id, {"status": PromiseStatus.KEPT})
    p_orig, _ = add("promise", {"text": "install", **common}, customer)
    s.records.update(
        "promise", p_orig.id, {"status": PromiseStatus.RENEGOTIATED, "due": date(2026, 12, 9)}
    )
    p_follow = s.records.list("promise", customer)[-1]
    assert p_follow.renegotiated_from_id == p_orig.id
    ids |= {"p_open": p_open.id, "p_kept": p_kept.id, "p_orig": p_orig.id, "p_follow": p_follow.id}
    claim, _ = add(
        "claim",
        {"text": "late", "promise_id": p_orig.id, "interaction_id": i2.id, "staff_id": staff},
        customer,
    )
    s.records.update("claim", claim.id, {"verdict": "substantiated", "resolution": "refund"})
    request, _ = add(
        "request",
        {
            "text": "free delivery",
            "judgment": Judgment.WITHIN_STANDARD,
            "outcome": Outcome.GRANTED,
            "insight": True,
            "standard_id": standard,
            "interaction_id": i2.id,
            "staff_id": staff,
        },
        customer,
    )
    feedback, _ = add(
        "feedback",
        {"kind": "complaint", "text": "slow", "theme": "speed", "interaction_id": i2.id},
        customer,
    )
    sale, _ = add("money", {"kind": "sale", "amount": Decimal("120.50")}, customer)
    back, _ = add(
        "money", {"kind": "return", "amount": Decimal("20"), "interaction_id": i2.id}, customer
    )
    effort, _ = add("effort", {"minutes": 30, "text": "quote", "staff_id": staff}, customer)
    decision, _ = add("decision", {"action": "watch", "decided_by": staff}, customer)
    return ids | {
        "claim": claim.id,
        "request": request.id,
        "feedback": feedback.id,
        "sale": sale.id,
        "return": back.id,
        "effort": effort.id,
        "decision": decision.id,
    }


def build(path: Path) -> dict[str, Any]:
    opened = open_database(str(path))
    try:
        s = Services.over(opened.engine, TickingClock(T0))
        kim = int(s.records.list("staff")[0].id)  # the current staff member
        lee, _ = s.records.add("staff", {"name": "Lee"})
        keep, _ = s.records.add("standard", {"name": "Reply in a day", "category": "speed"})
        gone, _ = s.records.add("standard", {"name": "Old rule", "category": "speed"})
        ids: dict[str, Any] = {"kim": kim, "lee": lee.id, "keep": keep.id, "gone": gone.id}
        for name, staff, standard in (
            ("bystander", kim, keep.id),
            ("victim", lee.id, gone.id),
            ("other", kim, keep.id),
            ("doomed", kim, keep.id),
        ):
            customer, _ = s.records.add(
                "customer",
                {
                    "name": name.title(),
                    "owner_id": staff,
                    "tags": ("vip",),
                    "emails": (e.ContactPoint(value=f"{name}@example.com"),),
                    "phones": (e.ContactPoint(value="+47 22 33 44 55"),),
                    "notes": f"notes of {name}",
                },
            )
            ids[name] = {"id": customer.id, **_records(s, customer.id, staff, standard)}
        assert s.consistency.find() == ()
        assert s.audit.verify().findings == ()
    finally:
        opened.close()
    return ids


def damages(ids: dict[str, Any]) -> dict[str, tuple[list[str], set[str]]]:
    """Name → (SQL statements, the checks that must report it)."""
    v, o = ids["victim"], ids["other"]
    cid = v["id"]
    return {
        "customer deleted": (
            [f"DELETE FROM customers WHERE id = {ids['doomed']['id']}"],
            {f"missing-{t}-customer_id" for t in CUSTOMER_TABLES if t != "search_index"},
        ),
        "staff deleted": (
            [f"DELETE FROM staff WHERE id = {ids['lee']}"],
            {
                "missing-customers-owner_id",
                "missing-interactions-staff_id",
                "missing-promises-made_by",
                "missing-claims-staff_id",
                "missing-requests-staff_id",
                "missing-effort-staff_id",
                "missing-decisions-decided_by",
            },
        ),
        "interaction deleted": (
            [f"DELETE FROM interactions WHERE id = {v['i2']}"],
            {
                *(f"missing-{t}-interaction_id" for t in ("promises", "claims", "requests")),
                *(f"missing-{t}-interaction_id" for t in ("feedback", "money")),
                "score-points-stale",
            },
        ),
        "promise deleted": (
            [f"DELETE FROM promises WHERE id = {v['p_orig']}"],
            {"missing-claims-promise_id", "missing-promises-renegotiated_from_id"},
        ),
        "standard deleted": (
            [f"DELETE FROM standards WHERE id = {ids['gone']}"],
            {"missing-promises-standard_id", "missing-requests-standard_id"},
        ),
        "another customer's records": (
            [
                f"UPDATE claims SET promise_id = {o['p_kept']}, interaction_id = {o['i1']} "
                f"WHERE id = {v['claim']}",
                f"UPDATE promises SET interaction_id = {o['i1']} WHERE id = {v['p_kept']}",
                f"UPDATE promises SET renegotiated_from_id = {o['p_orig']} "
                f"WHERE id = {v['p_follow']}",
                *(
                    f"UPDATE {t} SET interaction_id = {o['i1']} WHERE customer_id = {cid}"
                    for t in ("requests", "feedback", "money")
                ),
            ],
            {
                "foreign-claims-promise_id",
                "foreign-claims-interaction_id",
                "foreign-promises-interaction_id",
                "foreign-promises-renegotiated_from_id",
                "foreign-requests-interaction_id",
                "foreign-feedback-interaction_id",
                "foreign-money-interaction_id",
            },
        ),
        "promise stamps": (
            [
                f"UPDATE promises SET status = 'kept' WHERE id = {v['p_open']}",
                f"UPDATE promises SET status = 'open' WHERE id = {v['p_kept']}",
            ],
            {"promise-closed-unstamped", "promise-open-stamped", "customer-summary"},
        ),
        "impossible values": (
            [
                f"UPDATE interactions SET mood = 9 WHERE id = {v['i1']}",
                f"UPDATE interactions SET minutes = -5 WHERE id = {v['i2']}",
                f"UPDATE effort SET minutes = -30 WHERE id = {v['effort']}",
                f"UPDATE money SET amount = -12050 WHERE id = {v['sale']}",
                f"UPDATE requests SET judgment = 'unreasonable' WHERE id = {v['request']}",
            ],
            {
                "interaction-mood",
                "interaction-minutes",
                "effort-minutes",
                "money-negative",
                "request-insight",
            },
        ),
        "search index": (
            [
                "DROP TRIGGER search_claims_update",
                f"DELETE FROM search_index WHERE rowid = {cid} * 8 + 1",
                f"UPDATE search_index SET body = 'tampered' WHERE rowid = {v['i1']} * 8 + 2",
                "INSERT INTO search_index(rowid, kind, record_id, customer_id, title, body) "
                f"VALUES (999999 * 8 + 3, 'promise', 999999, {cid}, 'ghost', '')",
            ],
            {"search-triggers", "search-entries"},
        ),
        "list columns": (
            [
                "UPDATE customers SET open_promises = 42, next_due = '2001-01-01', "
                f"last_contact_at = NULL WHERE id = {cid}"
            ],
            {"customer-summary"},
        ),
        "scores": (
            [
                f"UPDATE customers SET trust = NULL WHERE id = {cid}",
                f"DELETE FROM score_history WHERE customer_id = {cid} AND cause_kind = 'claim'",
                "INSERT INTO score_history(customer_id, at, difficulty, trust, cause_kind, "
                f"cause_id, state) VALUES ({cid}, '2026-01-01 00:00:00.000000', 0, 0, "
                "'feedback', 987654, '{}')",
            ],
            {"scores-missing", "score-points-missing", "score-points-stale"},
        ),
        # Migration 0006's customer filter: a text per customer and its trigram index.
        "filter text deleted": (
            [f"DELETE FROM customer_text WHERE id = {cid}"],
            {"filter-texts"},
        ),
        "filter text altered": (
            [
                f"UPDATE customer_text SET text = 'tampered' WHERE id = {cid}",
                "INSERT INTO customer_text(id, text) VALUES (999999, 'ghost')",
            ],
            # No trigger on UPDATE: the index still holds the old text.
            {"filter-texts", "filter-index"},
        ),
        "filter trigger dropped": (
            [
                "DROP TRIGGER customer_text_customers_update",
                f"UPDATE customers SET company = 'Renamed AS' WHERE id = {cid}",
            ],
            {"filter-triggers", "filter-texts"},
        ),
        "filter index out of step": (
            [
                "DROP TRIGGER customer_text_insert",
                f"INSERT INTO customer_tags(customer_id, tag) VALUES ({cid}, 'priority')",
            ],
            # The text is rewritten by the tag's trigger, but never reaches the index.
            {"filter-triggers", "filter-index"},
        ),
    }


# Filter damages → text the customer list's filter no longer finds the victim by, until the
# repair. "ct" (two letters) reads customer_text itself; three or more read the trigram index.
FILTERED = {
    "filter text deleted": "ct",
    "filter text altered": "ct",
    "filter trigger dropped": "Renamed",
    "filter index out of step": "priority",
}


# Checks that find a damage but not at their turn in the repair: an earlier mend settled it
# (the texts' mend rebuilds the index too).
SETTLED_EARLIER = {"filter text altered": {"filter-index"}}


def filtered(s: Services, search: str) -> set[str]:
    return {c.name for c in s.customers.summaries(search=search)}


# Damages that delete a logged record behind the app's back: the change log keeps saying so.
DELETES_LOGGED = {"interaction deleted": "interaction", "promise deleted": "promise"}


def break_with_sql(path: Path, statements: list[str]) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        for stmt in statements:
            con.execute(stmt)
        con.commit()
    finally:
        con.close()


def snapshot(path: Path, ids: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a repair must leave alone: the bystander's rows, staff, standards, settings,
    and the change log's entries (the log is append-only: a repair may only add)."""
    cid = ids["bystander"]["id"]
    con = connect_ro(path)
    try:
        out = {
            "customer": con.execute(f"SELECT * FROM customers WHERE id = {cid}").fetchall(),
            "staff": con.execute(f"SELECT * FROM staff WHERE id = {ids['kim']}").fetchall(),
            "standards": con.execute(
                f"SELECT * FROM standards WHERE id = {ids['keep']}"
            ).fetchall(),
            "settings": con.execute("SELECT * FROM settings ORDER BY key").fetchall(),
            "change_log": con.execute("SELECT * FROM change_log ORDER BY id").fetchall(),
        }
        for table in CUSTOMER_TABLES:
            rows = f"SELECT rowid, * FROM {table} WHERE customer_id = {cid} ORDER BY rowid"
            out[table] = con.execute(rows).fetchall()
        out["customer_text"] = con.execute(
            f"SELECT * FROM customer_text WHERE id = {cid}"
        ).fetchall()
        return out
    finally:
        con.close()


def indexes_sound(path: Path) -> bool:
    """FTS5's integrity check (rank 1: each index against its content) on both indexes."""
    con = sqlite3.connect(path)
    try:
        for index in ("search_index", "customer_text_index"):
            con.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()
