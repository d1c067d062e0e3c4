"""Backups are verified single files, thinned by age, taken only on change; restore is careful."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from crmnote.services.book_services import Services
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.backup import integrity_ok

pytestmark = (
    pytest.mark.sqlite_only
)  # backups, restore and probes of a SQLite file (PostgreSQL: pg_dump, a later step)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def care(db_path: Path, tmp_path: Path) -> tuple[MaintenanceService, Clock]:
    clock = Clock()
    return MaintenanceService(db_path, tmp_path / "backups", clock), clock


def names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        con.close()


def test_backup_is_a_verified_owner_only_single_file(
    services: Services, care: tuple[MaintenanceService, Clock], tmp_path: Path
) -> None:
    services.records.add("customer", {"name": "Åse"})
    made = care[0].backup()
    assert integrity_ok(made) and names(made) == ["Åse"]
    assert made.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    to_folder = care[0].backup(tmp_path)
    assert to_folder.parent == tmp_path and names(to_folder) == ["Åse"]
    with pytest.raises(DatabaseError, match="already exists"):
        care[0].backup(to_folder)


def test_daily_backup_only_when_something_changed(
    services: Services, care: tuple[MaintenanceService, Clock]
) -> None:
    service, clock = care
    first = service.auto_backup(keep_days=30)
    assert first.path is not None and not first.unchanged
    assert service.auto_backup(keep_days=30).path is None  # same day
    clock.now += timedelta(days=1)
    assert service.auto_backup(keep_days=30).unchanged  # nothing changed since
    services.records.add("customer", {"name": "Bo"})
    clock.now += timedelta(days=1)
    second = service.auto_backup(keep_days=30)
    assert second.path is not None and names(second.path) == ["Bo"]


def test_thinning_keeps_the_newest(
    services: Services, care: tuple[MaintenanceService, Clock]
) -> None:
    service, clock = care
    for day in range(12):
        services.records.add("customer", {"name": f"c{day}"})
        service.auto_backup(keep_days=3)
        clock.now += timedelta(days=1)
    times = [t for t, _ in service.backups()]
    assert max(times) == clock.now - timedelta(days=1)
    assert len(times) < 12
    recent = [t for t in times if t >= clock.now - timedelta(days=3)]
    assert len(recent) == 3


def test_restore_keeps_the_current_database_aside(
    services: Services, care: tuple[MaintenanceService, Clock], opened: object
) -> None:
    service, clock = care
    services.records.add("customer", {"name": "Before"})
    backup = service.backup()
    services.records.add("customer", {"name": "After"})
    opened.close()  # type: ignore[attr-defined]
    clock.now += timedelta(minutes=1)
    kept = service.restore(backup)
    assert names(service.db) == ["Before"]
    assert kept is not None and names(kept) == ["Before", "After"]


def test_restore_refuses_what_it_cannot_trust(
    care: tuple[MaintenanceService, Clock], tmp_path: Path, db_path: Path
) -> None:
    service = care[0]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError, match="not a sound SQLite database"):
        service.restore(junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a crmnote database"):
        service.restore(other)
    newer = service.backup()
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNewError):
        service.restore(newer)
    with pytest.raises(DatabaseError, match="no file"):
        service.restore(tmp_path / "missing.sqlite3")
    assert service.backups() == [] or all(
        "before-restore" not in p.name for _, p in service.backups()
    )


def test_check_reports_broken_references_and_damage(
    services: Services, care: tuple[MaintenanceService, Clock], opened: object
) -> None:
    service = care[0]
    record, _ = services.records.add("customer", {"name": "Acme"})
    services.interactions.log(record.id, notes="hello")
    assert service.check() == []
    opened.close()  # type: ignore[attr-defined]
    con = sqlite3.connect(service.db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE interactions SET customer_id = 77")
    con.commit()
    con.close()
    problems = service.check()
    assert any("interactions" in p and "customers" in p for p in problems)


def test_check_reports_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(200)])
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    problems = MaintenanceService(path, tmp_path / "b").check()
    assert problems == [
        "not a usable database: the file is damaged (database disk image is malformed)"
    ]


def test_start_up_refuses_a_damaged_file_and_names_the_newest_good_backup(
    services: Services, care: tuple[MaintenanceService, Clock], opened: object
) -> None:
    service, clock = care
    services.records.add("customer", {"name": "Kept"})
    good = service.backup()
    opened.close()  # type: ignore[attr-defined]
    service.probe()  # a sound file passes
    original = b"this is not a database, whatever its name says" * 50
    service.db.write_bytes(original)
    with pytest.raises(DatabaseDamagedError, match=f"newest good backup is {good}"):
        service.probe()
    assert service.db.read_bytes() == original  # never overwritten
    clock.now += timedelta(minutes=5)
    service.restore(good)
    assert names(service.db) == ["Kept"]
    aside = [
        p
        for p in service.db.parent.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == original


def test_open_database_refuses_a_damaged_file(tmp_path: Path) -> None:
    from crmnote.bootstrap import open_database

    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseDamagedError, match="there is no backup"):
        open_database(str(path))
    assert path.read_bytes() == b"\x00garbage" * 1000


def test_environment_refusals_become_a_clear_storage_error(
    services: Services, opened: OpenDatabase, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmnote.domain.errors import StorageError
    from crmnote.storage import engine

    services.records.add("customer", {"name": "Before"})
    # The engine's next connections wait 0.2 s for a lock instead of the product's 5 s.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    opened.engine.dispose()
    locker = sqlite3.connect(db_path, timeout=0)
    locker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:  # waits out the busy timeout, then gives up with a clear message
        with pytest.raises(StorageError, match="busy in another program"):
            services.records.add("customer", {"name": "Blocked"})
    finally:
        locker.rollback()
        locker.close()
    assert [r.name for r in services.customers.summaries()] == ["Before"]
