"""File-level care of an encrypted database: backups stay encrypted, checks read through the
passphrase, a wrong passphrase is not called damage."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.errors import DatabaseDamagedError, DatabaseError
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.encryption import PAGE_SIZE, WrongPassphraseError, connect

pytestmark = pytest.mark.sqlite_only  # SQLCipher files

pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")

PASS = "sesam, åpne deg"
PLAIN_HEADER = b"SQLite format 3\x00"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenDatabase]:
    db = open_database(str(tmp_path / "enc.sqlite3"), PASS)  # a new file: created encrypted
    yield db
    db.close()


@pytest.fixture
def care(opened: OpenDatabase, tmp_path: Path) -> tuple[MaintenanceService, Clock]:
    clock = Clock()
    db = Path(str(opened.engine.url.database))
    return MaintenanceService(db, tmp_path / "backups", clock, passphrase=PASS), clock


def names(path: Path) -> list[str]:
    con = connect(path, PASS)
    try:
        return [r[0] for r in con.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        con.close()


def test_backups_are_encrypted_and_read_back_with_the_passphrase(
    opened: OpenDatabase, care: tuple[MaintenanceService, Clock], tmp_path: Path
) -> None:
    service = care[0]
    assert service.encrypted and opened.services.database.encrypted
    opened.services.records.add("customer", {"name": "Åse Kvist"})
    for made in (service.backup(), service.backup(tmp_path)):
        raw = made.read_bytes()
        assert not raw.startswith(PLAIN_HEADER) and "Åse Kvist".encode() not in raw
        assert names(made) == ["Åse Kvist"]
        assert made.stat().st_mode & 0o777 == 0o600
    assert service.check() == []


def test_daily_backup_only_when_something_changed(
    opened: OpenDatabase, care: tuple[MaintenanceService, Clock]
) -> None:
    """Two encrypted copies of the same content differ in every byte; the content decides."""
    service, clock = care
    first = service.auto_backup(keep_days=30)
    assert first.path is not None and not first.unchanged
    clock.now += timedelta(days=1)
    assert service.auto_backup(keep_days=30).unchanged
    opened.services.records.add("customer", {"name": "Bo"})
    clock.now += timedelta(days=1)
    second = service.auto_backup(keep_days=30)
    assert second.path is not None and names(second.path) == ["Bo"]


def test_restore_takes_encrypted_backups_only(
    opened: OpenDatabase, care: tuple[MaintenanceService, Clock], tmp_path: Path
) -> None:
    service, clock = care
    opened.services.records.add("customer", {"name": "Before"})
    backup = service.backup()
    opened.services.records.add("customer", {"name": "After"})
    plain = tmp_path / "plain.sqlite3"
    open_database(str(plain)).close()
    opened.close()
    with pytest.raises(DatabaseError, match="is not encrypted; this database is"):
        service.restore(plain)
    with pytest.raises(DatabaseError, match="does not open with this database's passphrase"):
        MaintenanceService(service.db, service.backup_dir, passphrase="other").restore(backup)
    clock.now += timedelta(minutes=1)
    kept = service.restore(backup)
    assert names(service.db) == ["Before"]
    assert kept is not None and names(kept) == ["Before", "After"]
    assert not kept.read_bytes().startswith(PLAIN_HEADER)


def test_probe_tells_a_wrong_passphrase_from_damage(
    opened: OpenDatabase, care: tuple[MaintenanceService, Clock]
) -> None:
    service = care[0]
    opened.services.records.add("customer", {"name": "Kept"})
    good = service.backup()
    opened.close()
    service.probe()
    wrong = MaintenanceService(service.db, service.backup_dir, passphrase="not it")
    with pytest.raises(WrongPassphraseError) as refused:
        wrong.probe()
    assert not isinstance(refused.value, DatabaseDamagedError)

    sound = service.db.read_bytes()
    service.db.write_bytes(sound[:100] + bytes(64) + sound[164:])  # page 1 no longer authenticates
    with pytest.raises(DatabaseDamagedError, match=f"newest good backup is {good}"):
        service.probe()
    with pytest.raises(WrongPassphraseError):
        wrong.probe()  # a wrong passphrase is still just that


def test_check_finds_a_damaged_page_and_skips_plain_backups(
    opened: OpenDatabase, care: tuple[MaintenanceService, Clock], tmp_path: Path
) -> None:
    service, clock = care
    for n in range(30):
        opened.services.records.add("customer", {"name": f"c{n}", "notes": "n " * 2000})
    good = service.backup()
    opened.close()
    clock.now += timedelta(minutes=1)
    plain_later = service.backup_dir / f"{service.db.stem}-20261101-091000-manual.sqlite3"
    open_database(str(tmp_path / "p.sqlite3")).close()
    shutil.copyfile(tmp_path / "p.sqlite3", plain_later)
    assert service.newest_good_backup() == good  # the newer plain file does not open keyed

    data = bytearray(service.db.read_bytes())
    data[5 * PAGE_SIZE + 200 : 5 * PAGE_SIZE + 264] = bytes(64)
    service.db.write_bytes(bytes(data))
    assert any(p.startswith("integrity:") for p in service.check())
