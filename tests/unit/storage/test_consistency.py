"""The logical checks agree with the schema, with migrations 0003 and 0006 and with the scoring
rules."""

from __future__ import annotations

import importlib.util
import sqlite3
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.domain.scoring import events_from
from crmnote.storage import filter_sources, search_sources
from crmnote.storage.consistency import CHECKS, offending
from crmnote.storage.consistency_rules import MAY_SCORE, SCORED
from crmnote.storage.repository import Repository

pytestmark = (
    pytest.mark.sqlite_only
)  # check --repair of a SQLite file (on PostgreSQL: a later step)

MIGRATIONS = Path(__file__).parents[3] / "crmnote/storage/migrations/versions"


def _migration_statements(script: str) -> list[str]:
    """What a migration's upgrade executes, captured instead of run."""
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), MIGRATIONS / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    executed: list[str] = []
    bind = SimpleNamespace(dialect=SimpleNamespace(name="sqlite"))
    module.op = SimpleNamespace(execute=executed.append, get_bind=lambda: bind)
    module.upgrade()
    return executed


def test_the_search_index_is_described_as_migration_0003_made_it() -> None:
    executed = _migration_statements("0003_full_text_search.py")
    triggers = [s for s in executed if s.startswith("CREATE TRIGGER")]
    assert triggers == list(search_sources.triggers().values())
    fills = [s for s in executed if s.startswith("INSERT INTO search_index")]
    assert fills == list(search_sources.rebuild()[1:])


def test_the_customer_filter_is_described_as_migration_0006_made_it() -> None:
    executed = _migration_statements("0006_customer_filter_index.py")
    triggers = [s for s in executed if s.startswith("CREATE TRIGGER")]
    assert triggers == list(filter_sources.triggers().values())
    fills = [s for s in executed if s.startswith("INSERT INTO customer_text")]
    assert fills == [filter_sources.fill()]
    assert filter_sources.fill() in filter_sources.rebuild()


def test_the_trigger_check_compares_with_what_sqlite_stores(db_path: Path) -> None:
    """sqlite_master keeps a trigger's text as created; the check compares that text."""
    con = sqlite3.connect(db_path)
    stored = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    con.close()
    assert {k: v for k, v in stored.items() if k.startswith("search_")} == (
        search_sources.triggers()
    )
    assert {k: v for k, v in stored.items() if k.startswith("customer_text_")} == (
        filter_sources.triggers()
    )


def test_reference_checks_cover_every_foreign_key_of_the_file(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    in_file = {
        f"missing-{t}-{fk[3]}"
        for t in tables
        for fk in con.execute(f'PRAGMA foreign_key_list("{t}")')
    }
    con.close()
    assert in_file == {c.name for c in CHECKS if c.name.startswith("missing-")}


def test_check_names_are_unique_and_messages_read_before_and_after() -> None:
    assert len({c.name for c in CHECKS}) == len(CHECKS)
    check = next(c for c in CHECKS if c.name == "interaction-mood")
    assert check.message(3, done=False) == (
        "interactions: 3 interactions with a mood outside -2 … +2 (scoring refuses it); "
        "the repair will clear the mood"
    )
    assert check.message(3, done=True).endswith("; mood cleared")
    # a count of one reads as one, in English too (no "(s)")
    assert check.message(1, done=True).startswith("interactions: 1 interaction with a mood ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from crmnote.bootstrap import open_database

    opened = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    opened.demo().generate(customers=80, seed=11)
    yield opened
    opened.close()


def _counted(record: Any) -> bool:
    """Whether a record's events are in the past (an overdue promise now counts)."""
    return any(ev.at <= datetime.now() for ev in events_from(record))


def test_a_database_the_app_wrote_has_no_findings(demo: Any) -> None:
    with Session(demo.engine) as session:
        assert {c.name: offending(session, c) for c in CHECKS if offending(session, c)} == {}


@pytest.mark.parametrize("kind", sorted(SCORED))
def test_scored_records_are_those_the_scoring_rules_give_events(demo: Any, kind: str) -> None:
    """The SQL that says which records have a score point mirrors domain/scoring_events.py.

    An open promise with a due date may have one (once overdue): it is in MAY_SCORE.
    """
    table, where = SCORED[kind]
    with Session(demo.engine) as session:
        sql = f"SELECT id FROM {table} WHERE {where}"
        in_sql = {r[0] for r in session.execute(text(sql))}
        maybe: set[int] = set()
        if kind in MAY_SCORE:
            sql = f"SELECT id FROM {table} WHERE {MAY_SCORE[kind]}"
            maybe = {r[0] for r in session.execute(text(sql))}
        records = Repository(session).list(kind)
    assert records, f"the demo data has no {kind}"
    by_rules = {r.id for r in records if events_from(r)}
    assert in_sql | maybe == by_rules
    assert not in_sql & maybe
    overdue = {r.id for r in records if r.id in maybe and _counted(r)}
    assert kind != "promise" or overdue, "the demo data has no overdue promise"
    assert by_rules, f"the demo data has no scored {kind}"
    if kind != "interaction":  # every interaction is scored
        assert len(by_rules) < len(records), f"the demo data has no unscored {kind}"
