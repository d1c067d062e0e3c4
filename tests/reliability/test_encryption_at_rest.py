"""SQLCipher: nothing readable in the database, its WAL or its backups; a wrong passphrase is
told apart from a damaged file."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import daily_backup, open_database
from crmnote.domain.errors import DatabaseError, DatabaseTooNewError
from crmnote.services.book_services import Services
from crmnote.storage.encrypted_copies import backup_encrypted, encrypt_copy, upgrade_encrypted
from crmnote.storage.encryption import (
    PAGE_SIZE,
    DamagedDatabaseError,
    Diagnosis,
    NotEncryptedError,
    WrongPassphraseError,
    check_can_open,
    connect,
    dbapi,
    diagnose,
    make_encrypted_engine,
)
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.migrate import head_revision, prepare_database
from tests.key_derivation import ROUNDS, TEST_ROUNDS
from tests.reliability.conftest import DATA, raw_bytes

pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")

PASS = "correct horse 'battery' staple"
MARKER = "MARKER-7f3a-Ørsted"
NOW = datetime(2026, 11, 2, 9, 0)


def write_markers(services: Services) -> None:
    customer, _ = services.records.add(
        "customer", {"name": f"{MARKER} name", "notes": f"{MARKER} " * 3000}
    )
    services.interactions.log(customer.id, notes=f"talked about {MARKER}")
    assert services.search.search(MARKER.split("-")[0])  # the index works, and is encrypted


def leaks(*paths: Path) -> list[str]:
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), b"MARKER-7f3a"]
    return [p.name for p in paths if any(n in raw_bytes(p) for n in needles)]


def side_files(db: Path) -> tuple[Path, Path, Path]:
    return db, Path(f"{db}-wal"), Path(f"{db}-shm")


def test_marker_never_appears_in_the_raw_bytes(tmp_path: Path) -> None:
    db = tmp_path / "secret.sqlite3"
    engine = upgrade_encrypted(db, PASS, tmp_path / "backups", NOW)
    try:
        write_markers(Services.over(engine))
        wal = Path(f"{db}-wal")
        assert wal.stat().st_size > 0  # the WAL holds the new pages right now
        assert leaks(*side_files(db)) == []
        backup = backup_encrypted(db, tmp_path / "backups" / "manual.sqlite3", PASS)
        assert leaks(backup) == []
        assert repr(engine).count(PASS) == 0 and PASS not in str(engine.url)
        for path in (db, wal, Path(f"{db}-shm"), backup):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        engine.dispose()
    assert leaks(*side_files(db)) == []
    con = connect(backup, PASS)
    try:
        assert con.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
    finally:
        con.close()


@pytest.mark.slow  # four child processes with the real key derivation
def test_a_marker_added_through_the_cli_and_the_app_never_appears(
    tmp_path: Path, real_key_derivation: None
) -> None:
    """The whole path a user takes: `crmnote encrypt`, commands with CRMNOTE_PASSPHRASE, the
    desktop app's `open_database` with its WAL and its daily backup, a manual backup."""
    db = tmp_path / "crm.sqlite3"
    env = {**os.environ, "CRMNOTE_DB": str(db), "HOME": str(tmp_path), "CRMNOTE_PASSPHRASE": PASS}

    def crmnote(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "crmnote", *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    crmnote("encrypt")  # a new database, encrypted from its first page
    crmnote("add", "customer", f"{MARKER} name", "--notes", f"{MARKER} " * 2000)
    crmnote("log", f"{MARKER} name", "--note", f"talked about {MARKER}")
    opened = open_database(str(db), PASS)
    try:
        write_markers(opened.services)
        assert Path(f"{db}-wal").stat().st_size > 0
        assert leaks(*side_files(db)) == []
        daily_backup(opened, keep=30)  # what the desktop app runs after its window shows
    finally:
        opened.close()
    manual = Path(crmnote("backup").strip())
    backups = sorted((tmp_path / "backups").iterdir())
    assert [p.name.rsplit("-", 1)[-1] for p in backups] == ["daily.sqlite3", "manual.sqlite3"]
    assert manual in backups
    assert leaks(*side_files(db), *backups) == []
    for backup in backups:
        assert diagnose(backup, PASS) is Diagnosis.OK
    assert f"{MARKER} name" in crmnote("customers")


def test_the_same_check_finds_the_marker_in_a_plain_database(tmp_path: Path) -> None:
    """The leak check above can fail: unencrypted, the marker is right there."""
    db = tmp_path / "plain.sqlite3"
    prepare_database(database_url(db), None)
    engine = make_engine(database_url(db))
    try:
        write_markers(Services.over(engine))
        assert leaks(*side_files(db))
    finally:
        engine.dispose()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    db = tmp_path / "enc.sqlite3"
    engine = upgrade_encrypted(db, PASS, tmp_path / "backups", NOW)
    try:
        services = Services.over(engine)
        for n in range(40):
            services.records.add("customer", {"name": f"c{n}", "notes": "n " * 2000})
    finally:
        engine.dispose()
    return db


def damage(path: Path, offset: int, length: int = 64) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes(b ^ 0x5A for b in data[offset : offset + length])
    path.write_bytes(bytes(data))


def test_wrong_passphrase_and_damage_are_told_apart(encrypted: Path, tmp_path: Path) -> None:
    backup = backup_encrypted(encrypted, tmp_path / "b.sqlite3", PASS)
    assert diagnose(encrypted, PASS) is Diagnosis.OK
    assert diagnose(encrypted, "wrong") is Diagnosis.WRONG_PASSPHRASE
    assert diagnose(encrypted, "wrong", [backup]) is Diagnosis.WRONG_PASSPHRASE
    with pytest.raises(WrongPassphraseError):
        check_can_open(encrypted, "wrong")

    middle = tmp_path / "middle.sqlite3"
    shutil.copyfile(encrypted, middle)
    damage(middle, 5 * PAGE_SIZE + 200)
    assert diagnose(middle, PASS) is Diagnosis.DAMAGED  # opens, but a page fails its HMAC
    assert diagnose(middle, "wrong") is Diagnosis.WRONG_PASSPHRASE

    first = tmp_path / "first.sqlite3"
    shutil.copyfile(encrypted, first)
    damage(first, 100)
    # The first page no longer authenticates: only a backup can show the passphrase is right.
    assert diagnose(first, PASS, [backup]) is Diagnosis.DAMAGED
    with pytest.raises(DamagedDatabaseError):
        check_can_open(first, PASS, [backup])
    assert diagnose(first, PASS) is Diagnosis.WRONG_PASSPHRASE  # no witness: the limit, documented

    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(encrypted.read_bytes()[:-100])
    assert diagnose(cut, PASS) is Diagnosis.DAMAGED

    plain = tmp_path / "plain.sqlite3"
    shutil.copyfile(DATA / "schema-0003.sqlite3", plain)
    with pytest.raises(NotEncryptedError):
        check_can_open(plain, PASS)
    assert diagnose(tmp_path / "missing.sqlite3", PASS) is Diagnosis.NEW


def test_an_older_encrypted_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    db = encrypt_copy(DATA / "schema-0002.sqlite3", tmp_path / "old.sqlite3", PASS)
    assert "Zoë Ångström".encode() not in db.read_bytes()
    engine = upgrade_encrypted(db, PASS, tmp_path / "backups", NOW)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                head_revision()
            )
            assert conn.exec_driver_sql("SELECT count(*) FROM interactions").scalar() == 30
        hits = Services.over(engine).search.search("Ångström")
        assert any(h.customer_name.startswith("Zoë") for h in hits)
    finally:
        engine.dispose()
    (backup,) = (tmp_path / "backups").iterdir()
    assert "pre-migration" in backup.name and diagnose(backup, PASS) is Diagnosis.OK
    assert "Zoë Ångström".encode() not in backup.read_bytes()


def test_a_newer_encrypted_database_is_refused_unchanged(encrypted: Path, tmp_path: Path) -> None:
    con = connect(encrypted, PASS)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = encrypted.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        upgrade_encrypted(encrypted, PASS, tmp_path / "backups", NOW).dispose()
    assert encrypted.read_bytes() == before


def test_engine_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="passphrase"):
        make_encrypted_engine(tmp_path / "x.sqlite3", "")
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_new_encrypted_book_derives_its_key_with_sqlcipher_4s_rounds(
    tmp_path: Path, real_key_derivation: None
) -> None:
    """The tests' lowered round count (tests/key_derivation.py) is theirs alone: with
    SQLCipher's default restored, a book crmnote creates opens with 256,000 PBKDF2 rounds
    and with no other count."""
    assert ROUNDS.real == 256_000
    db = tmp_path / "rounds.sqlite3"
    open_database(str(db), PASS).close()

    def opens_with(rounds: int) -> bool:
        con = dbapi().connect(str(db))
        try:
            quoted = PASS.replace("'", "''")
            con.execute(f"PRAGMA key = '{quoted}'")
            con.execute(f"PRAGMA kdf_iter = {rounds}")
            con.execute("SELECT count(*) FROM customers").fetchone()
        except dbapi().DatabaseError:
            return False
        finally:
            con.close()
        return True

    assert opens_with(256_000)
    assert not opens_with(TEST_ROUNDS)
