"""Migration 0010 on books of revisions 0007 and 0009: untouched values, a home currency, a
verified log."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from alembic import command

from crmnote.domain import settings as declared
from crmnote.services.book_services import Services
from crmnote.storage.book_shape import HEAD_REVISION
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.migrate import alembic_config, prepare_database

FIXTURE_0007 = Path(__file__).parents[2] / "data" / "schema-0007.sqlite3"
FIXTURE_0009 = Path(__file__).parents[2] / "data" / "schema-0009.sqlite3"


def copy(tmp_path: Path) -> Path:
    """The release 0.1.0 book (schema 0007), its money kept in Norwegian kroner and no currency
    setting: the book of a business that never told crmnote its currency."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_0007, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE money SET currency = 'NOK'")
    con.execute("DELETE FROM settings WHERE key = 'currency'")
    con.commit()
    con.close()
    return path


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def services_over(path: Path) -> tuple[Services, object]:
    engine = make_engine(database_url(path))
    return Services.over(engine, lambda: datetime(2026, 12, 1, 9)), engine


def test_a_single_currency_book_keeps_its_values_and_its_currency(tmp_path: Path) -> None:
    path = copy(tmp_path)
    amounts = rows(path, "SELECT id, amount FROM money ORDER BY id")
    prepare_database(database_url(path), tmp_path / "backups")
    assert rows(path, "SELECT id, amount FROM money ORDER BY id") == amounts
    assert rows(path, "SELECT DISTINCT currency, rate FROM money") == [("NOK", "1")]
    assert rows(path, "SELECT count(*) FROM money WHERE home_amount IS NOT amount") == [(0,)]
    services, engine = services_over(path)
    try:
        assert services.settings.get(declared.CURRENCY) == "NOK"
        # Promises logged before they had quantities still verify; so does everything else.
        report = services.audit.verify()
        assert report.ok, report.findings
        # The fixture's score history was written by hand (two points a customer): the only
        # finding, as before the migration; the search and filter triggers came through.
        assert {f.check for f in services.consistency.find()} == {"score-points-missing"}
        customer = services.customers.summaries()[0].id
        scores = services.scores.explain(customer)
        assert scores.cost.revenue == Decimal(amounts[customer - 1][1]) / 100  # type: ignore[operator]
        services.decisions.decide(
            customer,
            {"action": "fix_our_side", "follow_up": "call back", "follow_up_due": "2026-12-05"},
        )
    finally:
        engine.dispose()  # type: ignore[attr-defined]


def test_money_in_another_currency_gets_no_rate_and_is_left_out(tmp_path: Path) -> None:
    path = copy(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE money SET currency = 'usd' WHERE id = 1")
    con.commit()
    con.close()
    prepare_database(database_url(path), None)
    assert rows(path, "SELECT currency, rate, home_amount FROM money WHERE id = 1") == [
        ("usd", None, None)
    ]
    services, engine = services_over(path)
    try:
        assert services.settings.get(declared.CURRENCY) == "NOK"  # most of the money
        customer = rows(path, "SELECT customer_id FROM money WHERE id = 1")[0][0]
        assert services.scores.explain(int(customer)).cost.revenue == Decimal(0)  # type: ignore[arg-type]
    finally:
        engine.dispose()  # type: ignore[attr-defined]


def test_the_migration_goes_back_down_to_0007(tmp_path: Path) -> None:
    path = copy(tmp_path)
    before = rows(path, "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    prepare_database(database_url(path), None)
    engine = make_engine(database_url(path), foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0007")
    finally:
        engine.dispose()
    after = rows(path, "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    assert sorted(after) == sorted(before)
    assert rows(path, "SELECT version_num FROM alembic_version") == [("0007",)]


def test_a_book_of_revision_0009_keeps_its_versions_members_and_log(tmp_path: Path) -> None:
    """The book a team member has before 0010 (golden schema-0009, made by the code at 0009):
    record versions and members kept, the change log still verifies, the facts work on it."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(FIXTURE_0009, path)
    versions = rows(path, "SELECT id, version FROM promises ORDER BY id")
    prepare_database(database_url(path), tmp_path / "backups")
    assert rows(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert rows(path, "SELECT id, version FROM promises ORDER BY id") == versions
    assert rows(path, "SELECT role, staff_id FROM team_members") == [("anna", 1)]
    services, engine = services_over(path)
    try:
        report = services.audit.verify()
        assert report.ok, report.findings
        promise = int(versions[0][0])  # type: ignore[call-overload]
        services.records.update("promise", promise, {"quantity": 12, "unit": "tables"})
        saved = services.records.get("promise", promise)
        assert saved.version == int(versions[0][1]) + 1  # type: ignore[call-overload]
        assert services.audit.verify().ok
    finally:
        engine.dispose()  # type: ignore[attr-defined]
