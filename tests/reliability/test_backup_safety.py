"""A backup is whole or absent (promise 3c of docs/reliability.md): killed, on a full disk or
from a damaged source, it never leaves a file that looks like a backup, and the damage
message never names a bad file as the newest good backup."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmnote.domain.errors import DatabaseDamagedError, DatabaseError
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage import backup as backup_module
from crmnote.storage.backup import backup_problem, list_backups
from crmnote.storage.private_files import stale_partials
from tests.reliability.disk_tools import damage_table, make_book, one_line, run_cli

BACKUP_LOOP = """
import sys
from pathlib import Path
from crmnote.services.maintenance import MaintenanceService
db = Path(sys.argv[1])
care = MaintenanceService(db, db.parent / "backups")
print("ready", flush=True)
while True:
    care.backup()
"""


def stamp(n: int) -> str:
    return (datetime(2031, 1, 1) + timedelta(days=n)).strftime("%Y%m%d-%H%M%S")


@pytest.mark.slow
def test_a_killed_backup_leaves_no_file_that_looks_like_one(tmp_path: Path) -> None:
    db = make_book(tmp_path / "big.sqlite3", customers=600, note_chars=8000)
    folder = tmp_path / "backups"
    rng = random.Random(12)
    checked: set[Path] = set()
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKUP_LOOP, str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.6))  # the kill lands at a seeded random moment
        finally:  # whatever fails here, the loop of backups never outlives the test
            child.kill()
            child.communicate()
        # A backup is renamed into place whole and never written again: each is checked once.
        for _, path in list_backups(folder, db.stem):
            if path not in checked:
                assert backup_problem(path) is None, path
                checked.add(path)
        for path in folder.iterdir():
            # Anything else is a hidden temporary file, never named like a backup.
            hidden = path.name.startswith(".") and ".partial" in path.name
            assert hidden or path in checked or backup_problem(path) is None, path.name
    # The next backup clears what killed ones left.
    care = MaintenanceService(db, folder)
    care.backup()
    assert stale_partials(folder) == []
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []


def test_a_full_disk_leaves_no_backup_and_says_so_in_one_line(tmp_path: Path) -> None:
    db = make_book(tmp_path / "book.sqlite3", customers=200)
    assert db.stat().st_size > 300_000
    done = run_cli("--db", str(db), "backup", limit_bytes=200_000)
    assert done.returncode == 4
    assert "no backup" in one_line(done.stderr)
    assert list((tmp_path / "backups").iterdir()) == []  # not even a hidden partial


def test_a_damaged_source_leaves_no_backup(tmp_path: Path) -> None:
    db = make_book(tmp_path / "book.sqlite3")
    damage_table(db, "customers")
    done = run_cli("--db", str(db), "backup")
    assert done.returncode == 4
    assert "failed its check" in one_line(done.stderr)
    assert list((tmp_path / "backups").iterdir()) == []
    with pytest.raises(DatabaseError, match="failed its check"):
        MaintenanceService(db, tmp_path / "backups").backup(tmp_path / "explicit.sqlite3")
    assert not (tmp_path / "explicit.sqlite3").exists()


def plant_bad_backups(db: Path, folder: Path, good: Path) -> list[Path]:
    """Files named like newer backups that are not good ones."""
    empty, short, foreign, newer, incomplete = (
        folder / f"{db.stem}-{stamp(n)}-daily.sqlite3" for n in range(1, 6)
    )
    empty.write_bytes(b"")  # a backup killed before its first page
    short.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # cut short
    con = sqlite3.connect(foreign)  # another application's database
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    for path, change in (
        (newer, "UPDATE alembic_version SET version_num = '9999'"),  # a newer crmnote's
        (incomplete, "DROP TABLE money"),  # a table of its revision missing
    ):
        shutil.copyfile(good, path)
        con = sqlite3.connect(path)
        con.execute(change)
        con.commit()
        con.close()
    return [empty, short, foreign, newer, incomplete]


def test_the_damage_message_never_names_a_bad_file(tmp_path: Path) -> None:
    db = make_book(tmp_path / "book.sqlite3")
    folder = tmp_path / "backups"
    care = MaintenanceService(db, folder, clock=lambda: datetime(2030, 6, 1, 12))
    good = care.backup()
    bad = plant_bad_backups(db, folder, good)
    assert [p for _, p in care.backups()][-len(bad) :] == bad  # all newer than the good one
    assert care.newest_good_backup() == good
    for path in bad:
        assert backup_problem(path) is not None, path
        with pytest.raises(DatabaseError):
            care.validate(path)
    db.write_bytes(b"\x00" * 8192)
    with pytest.raises(DatabaseDamagedError) as refused:
        care.probe()
    assert str(refused.value).endswith(f"the newest good backup is {good}")
    done = run_cli("--db", str(db), "customers")
    assert done.returncode == 4
    assert one_line(done.stderr).endswith(f"the newest good backup is {good}")


def test_a_backup_is_named_only_once_checked_and_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_book(tmp_path / "book.sqlite3")
    dest = tmp_path / "out" / "copy.sqlite3"
    seen: list[tuple[str, bool]] = []
    check = backup_module.backup_problem
    fsync = os.fsync

    def watched_check(path: Path) -> str | None:
        seen.append(("check", dest.exists()))
        return check(path)

    def watched_fsync(fd: int) -> None:
        seen.append(("fsync", dest.exists()))
        fsync(fd)

    monkeypatch.setattr(backup_module, "backup_problem", watched_check)
    monkeypatch.setattr(os, "fsync", watched_fsync)
    MaintenanceService(db, tmp_path / "backups").backup(dest)
    assert seen[:2] == [("check", False), ("fsync", False)]  # the file, before its name
    assert ("fsync", True) in seen  # the folder, after the rename
    assert backup_problem(dest) is None
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite3"]
    assert dest.stat().st_mode & 0o777 == 0o600
