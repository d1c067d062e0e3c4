"""`crmnote check` finds logical problems and `--repair` mends them: a second check finds nothing.

A database is built through the services with records of every kind for three customers: a
bystander (whose rows must come through untouched), a victim (whose rows are broken) and
another customer (whose records the victim's are pointed at). Each damage is done for real
with plain SQL and foreign keys off, as another tool or an older version could. Then `find`
must name the checks expected, `repair` must leave nothing for a second `find`, no broken
reference (`PRAGMA foreign_key_check`), sound search and filter indexes (the customer list's
filter finds the customer again), a change log that verifies (except deletions made behind the
app's back: that evidence is kept), and the bystander's rows, the staff, standards and
settings, and every earlier change-log entry exactly as they were.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmnote.bootstrap import open_database
from crmnote.domain.errors import DatabaseError
from crmnote.services import consistency as consistency_module
from crmnote.services.book_services import Services
from crmnote.services.maintenance import MaintenanceService
from tests.conftest import TickingClock
from tests.reliability.conftest import DATA, connect_ro
from tests.reliability.repair_damage import (
    CUSTOMER_TABLES,
    DELETES_LOGGED,
    FILTERED,
    LATER,
    SETTLED_EARLIER,
    break_with_sql,
    build,
    damages,
    filtered,
    indexes_sound,
    snapshot,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    return path, build(path)


@pytest.fixture
def built(tmp_path: Path, template: tuple[Path, dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(template[0], path)  # closed cleanly: no -wal left beside it
    return path, template[1]


@pytest.fixture
def services_on(built: tuple[Path, dict[str, Any]]) -> Iterator[Any]:
    opened: list[Any] = []

    def open_services() -> Services:
        db = open_database(str(built[0]))
        opened.append(db)
        return Services.over(db.engine, TickingClock(LATER))

    yield open_services
    for db in opened:
        db.close()


def check_repaired(path: Path, s: Services, before: dict[str, Any], ids: dict[str, Any]) -> None:
    assert s.consistency.find() == ()
    con = connect_ro(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert indexes_sound(path)
    after = snapshot(path, ids)
    assert after.pop("change_log")[: len(before["change_log"])] == before["change_log"]
    assert after == {k: v for k, v in before.items() if k != "change_log"}


DAMAGES = (
    "customer deleted",
    "staff deleted",
    "interaction deleted",
    "promise deleted",
    "standard deleted",
    "another customer's records",
    "promise stamps",
    "impossible values",
    "search index",
    "list columns",
    "scores",
    *FILTERED,
)


@pytest.mark.parametrize("damage", DAMAGES)
def test_each_damage_is_found_then_repaired(
    damage: str, built: tuple[Path, dict[str, Any]], services_on: Any
) -> None:
    path, ids = built
    before = snapshot(path, ids)
    statements, expected = damages(ids)[damage]
    break_with_sql(path, statements)
    s = services_on()
    found = {f.check for f in s.consistency.find()}
    assert expected <= found, expected - found
    search = FILTERED.get(damage)
    if search is not None:
        assert "Victim" not in filtered(s, search)
    report = s.consistency.repair()
    assert report.backup is not None and report.backup.exists()
    assert expected - SETTLED_EARLIER.get(damage, set()) <= {f.check for f in report.repaired}
    check_repaired(path, s, before, ids)
    if search is not None:
        assert "Victim" in filtered(s, search)
        assert filtered(s, "ictim") == {"Victim"}
        assert filtered(s, "ghost") == set()
    log = s.audit.verify()
    if damage in DELETES_LOGGED:
        assert {(f.what, f.kind) for f in log.findings} == {("missing", DELETES_LOGGED[damage])}
    else:
        assert log.findings == ()
    assert log.unlogged == {}


def test_every_damage_at_once(built: tuple[Path, dict[str, Any]], services_on: Any) -> None:
    path, ids = built
    before = snapshot(path, ids)
    every = damages(ids)
    assert set(every) == set(DAMAGES)
    break_with_sql(path, [stmt for name in DAMAGES for stmt in every[name][0]])
    damaged_references = connect_ro(path).execute("PRAGMA foreign_key_check").fetchall()
    assert damaged_references
    s = services_on()
    found = s.consistency.find()
    assert len(found) >= 30
    report = s.consistency.repair()
    check_repaired(path, s, before, ids)
    assert {(f.what, f.kind) for f in s.audit.verify().findings} == {
        ("missing", "interaction"),
        ("missing", "promise"),
    }
    # The backup taken first holds the database as it was found, damage included.
    assert report.backup is not None
    backup = connect_ro(report.backup)
    assert backup.execute("PRAGMA foreign_key_check").fetchall() == damaged_references
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_repair_failing_halfway_changes_nothing(
    built: tuple[Path, dict[str, Any]], services_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = built
    every = damages(ids)
    break_with_sql(path, [stmt for name in DAMAGES for stmt in every[name][0]])
    s = services_on()
    found = s.consistency.find()
    con = connect_ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    con.close()
    calls = []
    real = consistency_module.mend

    def mend_then_fail(*args: Any) -> None:
        calls.append(args)
        real(*args)
        if len(calls) == 20:
            raise RuntimeError("disk pulled out")

    monkeypatch.setattr(consistency_module, "mend", mend_then_fail)
    with pytest.raises(RuntimeError):
        s.consistency.repair()
    assert len(calls) == 20
    con = connect_ro(path)
    assert {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables} == dump
    con.close()
    assert s.consistency.find() == found


def test_nothing_to_repair_takes_no_backup(
    built: tuple[Path, dict[str, Any]], services_on: Any
) -> None:
    path, _ = built
    s = services_on()
    report = s.consistency.repair()
    assert report.backup is None and report.repaired == () and not report.changes
    assert not (path.parent / "backups").exists()


def test_an_upgraded_golden_database_is_repaired_and_its_change_log_still_verifies(
    tmp_path: Path,
) -> None:
    """Schema 0004's golden file, written by plain SQL with crmnote's own change-log code,
    has score history that misses records: stale derived data, recomputed."""
    path = tmp_path / "golden.sqlite3"
    shutil.copyfile(DATA / "schema-0004.sqlite3", path)
    opened = open_database(str(path))
    try:
        s = Services.over(opened.engine, TickingClock(LATER))
        log = s.audit.verify()
        assert log.findings == ()
        assert {f.check for f in s.consistency.find()} == {"score-points-missing"}
        con = connect_ro(path)
        records = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in CUSTOMER_TABLES[:-2]}
        con.close()
        report = s.consistency.repair()
        assert [f.check for f in report.repaired] == ["score-points-missing"]
        assert s.consistency.find() == ()
        assert s.audit.verify().findings == ()
        con = connect_ro(path)
        assert {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in records} == records
        con.close()
    finally:
        opened.close()


def test_a_repair_that_would_leave_a_broken_reference_is_undone(
    built: tuple[Path, dict[str, Any]], services_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repair runs with foreign keys off (doing their ON DELETE actions itself); it commits
    only when `foreign_key_check` is empty. Leave one reference check out to see it refuse."""
    path, ids = built
    statements, _ = damages(ids)["promise deleted"]
    break_with_sql(path, statements)
    kept = tuple(c for c in consistency_module.CHECKS if c.name != "missing-claims-promise_id")
    monkeypatch.setattr(consistency_module, "CHECKS", kept)
    s = services_on()
    found = s.consistency.find()
    assert found
    with pytest.raises(DatabaseError, match=r"claims row \d+ still names a missing promises row"):
        s.consistency.repair()
    assert s.consistency.find() == found
    con = connect_ro(path)
    assert sorted(r[0] for r in con.execute("PRAGMA foreign_key_check")) == ["claims", "promises"]
    con.close()


def test_a_filter_index_out_of_step_is_no_damage_to_the_file(
    built: tuple[Path, dict[str, Any]],
) -> None:
    """The filter index keeps no copy of its texts: disagreeing with them is mended by a
    rebuild, so the damage check (which stops a repair) looks at its structure only."""
    path, ids = built
    break_with_sql(path, damages(ids)["filter text altered"][0])
    care = MaintenanceService(path, path.parent / "backups")
    assert care.damage() == []
    assert [p for p in care.check() if p.startswith("customer filter index:")]
