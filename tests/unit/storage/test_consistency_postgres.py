"""The logical checks on PostgreSQL agree with migration 0008 and with what the server stores,
and each finds and mends what it is about on a real server book."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.storage import derived_postgres
from crmnote.storage.consistency import CHECKS, POSTGRES_CHECKS, offending

MIGRATIONS = Path(__file__).parents[3] / "crmnote/storage/migrations/versions"
ON_SERVER = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgres)]
)


def _executed_by_0008() -> list[str]:
    path = MIGRATIONS / "0008_postgresql_search_and_filter.py"
    spec = importlib.util.spec_from_file_location("m0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    executed: list[str] = []
    no_icu = SimpleNamespace(first=lambda: None)
    bind = SimpleNamespace(
        dialect=SimpleNamespace(name="postgresql"), exec_driver_sql=lambda sql: no_icu
    )
    module.op = SimpleNamespace(execute=executed.append, get_bind=lambda: bind)
    module.upgrade()
    return executed


def test_the_functions_and_triggers_are_those_migration_0008_made() -> None:
    executed = _executed_by_0008()
    made = [
        s for s in executed if s.startswith(("CREATE FUNCTION search_", "CREATE TRIGGER search_"))
    ]
    assert made == derived_postgres.search_statements()
    made = [
        s
        for s in executed
        if s.startswith(("CREATE FUNCTION customer_text_", "CREATE TRIGGER customer_text_"))
    ]
    assert made == derived_postgres.filter_statements()
    fills = [
        s
        for s in executed
        if s.startswith(("INSERT INTO search_index", "INSERT INTO customer_text"))
    ]
    assert fills == [*derived_postgres.search_fill(), derived_postgres.filter_fill()]


def test_both_back_ends_check_the_same_things_in_the_same_order() -> None:
    sqlite = [c.name for c in CHECKS if not c.probe]
    assert [c.name for c in POSTGRES_CHECKS] == sqlite
    assert len({c.name for c in POSTGRES_CHECKS}) == len(POSTGRES_CHECKS)


@ON_SERVER
def test_what_the_server_stores_is_what_the_checks_expect(opened: OpenDatabase) -> None:
    with opened.engine.connect() as conn:
        stored = dict(
            conn.execute(
                text("SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(:names)"),
                {"names": list(derived_postgres.functions())},
            ).all()
        )
        keys = {
            (r[0], r[1])
            for r in conn.execute(
                text(
                    "SELECT tc.table_name, kcu.column_name FROM information_schema."
                    "table_constraints tc JOIN information_schema.key_column_usage kcu "
                    "ON kcu.constraint_name = tc.constraint_name "
                    "WHERE tc.constraint_type = 'FOREIGN KEY'"
                )
            )
        }
    assert stored == derived_postgres.functions()
    checked = {c.name for c in POSTGRES_CHECKS if c.name.startswith("missing-")}
    assert checked == {f"missing-{t}-{c}" for t, c in keys}


@ON_SERVER
def test_a_book_the_app_wrote_has_no_findings(opened: OpenDatabase) -> None:
    opened.demo().generate(customers=30, seed=11)
    with Session(opened.engine) as session:
        found = {c.name: offending(session, c) for c in POSTGRES_CHECKS}
    assert {name: rows for name, rows in found.items() if rows} == {}


# Damage done with plain SQL as another tool could, the check that must see it, and the rows.
DAMAGES: dict[str, tuple[list[str], str]] = {
    "closed promise unstamped": (
        ["UPDATE promises SET status = 'kept', resolved_at = NULL WHERE id = 1"],
        "promise-closed-unstamped",
    ),
    "open promise stamped": (
        ["UPDATE promises SET status = 'open', resolved_at = made_at WHERE id = 2"],
        "promise-open-stamped",
    ),
    "negative minutes": (["UPDATE effort SET minutes = -5 WHERE id = 1"], "effort-minutes"),
    "negative amount": (["UPDATE money SET amount = -100 WHERE id = 1"], "money-negative"),
    "insight not reasonable": (
        ["UPDATE requests SET insight = true, judgment = 'unreasonable' WHERE id = 1"],
        "request-insight",
    ),
    "interaction of another customer": (
        [
            "UPDATE promises SET interaction_id = (SELECT i.id FROM interactions i "
            "WHERE i.customer_id <> promises.customer_id LIMIT 1) WHERE id = 3"
        ],
        "foreign-promises-interaction_id",
    ),
    "search trigger dropped": (
        ["DROP TRIGGER search_claims_insert ON claims"],
        "search-triggers",
    ),
    "search entry altered": (
        ["UPDATE search_index SET body = 'nothing' WHERE kind = 'interaction' AND record_id = 4"],
        "search-entries",
    ),
    "filter function altered": (
        [
            "CREATE OR REPLACE FUNCTION customer_text_refresh(ids integer[]) RETURNS void "
            "LANGUAGE plpgsql AS $$ BEGIN END $$"
        ],
        "filter-triggers",
    ),
    "filter text missing": (["DELETE FROM customer_text WHERE id = 2"], "filter-texts"),
    "list columns stale": (
        ["UPDATE customers SET open_promises = 99 WHERE id = 5"],
        "customer-summary",
    ),
    "scores missing": (["UPDATE customers SET trust = NULL WHERE id = 6"], "scores-missing"),
    "score point stale": (
        ["UPDATE score_history SET cause_id = cause_id + 100000 WHERE id = 3"],
        "score-points-stale",
    ),
}


@ON_SERVER
@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_each_damage_is_found_and_repaired(
    opened: OpenDatabase, damage: str, tmp_path: Path
) -> None:
    opened.demo().generate(customers=12, seed=2)
    statements, check = DAMAGES[damage]
    with opened.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    found = opened.services.consistency.find()
    assert check in {f.check for f in found}
    report = opened.services.consistency.repair(lambda: tmp_path / "no-backup-needed-here")
    assert check in {f.check for f in report.repaired}
    assert opened.services.consistency.find() == ()
    assert opened.services.audit.verify().ok
