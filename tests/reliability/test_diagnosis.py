"""Start-up tells apart what it finds (promises 4b and 2d of docs/reliability.md): a read-only
book opens read-only; a damaged one offers its backups; an empty file with backups offers
them; another application's file and a newer book are refused and left byte for byte as
they were, before anything (not even the WAL switch) is written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crmnote.app import _open_interactively, _Started
from crmnote.bootstrap import EXIT_DATABASE, EXIT_TOO_NEW, open_database
from crmnote.domain.errors import StorageError
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.encryption import Diagnosis, looks_encrypted, needs_passphrase
from crmnote.ui.startup import dialogs as startup
from crmnote.ui.startup.dialogs import DamagedChoice
from tests.reliability.disk_tools import (
    make_book,
    one_line,
    read_only_file,
    read_only_folder,
    run_cli,
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def book_with_backup(folder: Path) -> tuple[Path, Path]:
    db = make_book(folder / "book.sqlite3", customers=3, note_chars=10)
    backup = MaintenanceService(db, folder / "backups").backup()
    return db, backup


def never_asked(*_: Any, **__: Any) -> Any:
    raise AssertionError("the damaged-database dialog must not be shown")


# -- read-only -------------------------------------------------------------------------------


def test_a_read_only_book_opens_read_only_and_is_never_renamed(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_book(tmp_path / "book.sqlite3", customers=3, note_chars=10)
    before = sha(db)
    with read_only_file(db):
        assert MaintenanceService(db, tmp_path / "backups").probe() is Diagnosis.READ_ONLY
        listed = run_cli("--db", str(db), "customers")
        assert listed.returncode == 0 and "Kunde 00002" in listed.stdout, listed.stderr
        logged = run_cli("--db", str(db), "log", "1", "--note", "hello")
        assert logged.returncode == 4
        assert "read-only" in one_line(logged.stderr)
        checked = run_cli("--db", str(db), "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        monkeypatch.setattr(startup, "ask_about_damaged", never_asked)
        started = _Started()
        shell = _Shell()
        started.open(qapp, shell, str(db))
        try:
            assert started.opened is not None and started.opened.read_only
            assert shell.closed and started.backup is None  # no daily backup to write
            assert "read-only" in started.window.notice.message.text()
            assert next(r.name for r in started.opened.services.customers.summaries()) == (
                "Kunde 00000"
            )
            with pytest.raises(StorageError, match="read-only"):
                started.opened.services.records.add("customer", {"name": "New"})
        finally:
            started.window.close()
            started.close()
    assert sha(db) == before
    assert db.exists() and not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


class _Shell:
    closed = False

    def close(self) -> None:
        self.closed = True


def test_a_book_on_read_only_media_opens_without_its_side_files(tmp_path: Path) -> None:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    db = make_book(folder / "book.sqlite3", customers=2, note_chars=10)
    assert not (folder / "book.sqlite3-wal").exists()
    with read_only_folder(folder):
        listed = run_cli("--db", str(db), "customers")
        assert listed.returncode == 0 and "Kunde 00001" in listed.stdout, listed.stderr
        checked = run_cli("--db", str(db), "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        logged = run_cli("--db", str(db), "log", "1", "--note", "x")
        assert logged.returncode == 4 and "read-only" in one_line(logged.stderr)


# -- damaged, and not encrypted --------------------------------------------------------------


def test_a_plain_book_with_a_zeroed_first_sector_is_damaged_not_encrypted(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backup = book_with_backup(tmp_path)
    data = bytearray(db.read_bytes())
    data[:512] = bytes(512)
    db.write_bytes(bytes(data))
    assert not looks_encrypted(db, [backup])
    assert not needs_passphrase(db, tmp_path / "backups")
    done = run_cli("--db", str(db), "customers")
    assert done.returncode == 4
    line = one_line(done.stderr)
    assert "damaged" in line and line.endswith(f"the newest good backup is {backup}")
    assert "passphrase" not in line
    offered: list[Path | None] = []

    def restore(message: str, good: Path | None, parent: Any = None, **_: Any) -> DamagedChoice:
        offered.append(good)
        return DamagedChoice.RESTORE

    monkeypatch.setattr(startup, "ask_about_damaged", restore)
    opened, code = _open_interactively(str(db))
    assert opened is not None and code == 0
    try:
        assert opened.services.customers.count() == 3
    finally:
        opened.close()
    assert offered == [backup]


# -- empty -----------------------------------------------------------------------------------


def test_an_empty_file_with_backups_offers_them_and_is_never_a_new_book(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backup = book_with_backup(tmp_path)
    db.write_bytes(b"")
    for command in (["customers"], ["add", "customer", "Eve"], ["check"]):
        done = run_cli("--db", str(db), *command)
        assert done.returncode == 4, command
        assert one_line(done.stderr).endswith(
            f"{backup}: restore it (crmnote restore FILE) or delete the empty file for a new book"
        )
        assert db.stat().st_size == 0  # no new empty book was made of it
    asked: list[bool] = []

    def restore(message: str, good: Path | None, parent: Any = None, **kw: Any) -> DamagedChoice:
        asked.append(kw.get("empty", False))
        assert good == backup
        return DamagedChoice.RESTORE

    monkeypatch.setattr(startup, "ask_about_damaged", restore)
    opened, _ = _open_interactively(str(db))
    assert opened is not None
    try:
        assert opened.services.customers.count() == 3
    finally:
        opened.close()
    assert asked == [True]


def test_an_empty_file_without_backups_becomes_a_new_book(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    db.write_bytes(b"")
    opened = open_database(str(db))
    try:
        assert opened.services.customers.count() == 0
    finally:
        opened.close()
    assert db.stat().st_size > 0


# -- refused and left as they are ------------------------------------------------------------


def foreign_file(path: Path) -> Path:
    con = sqlite3.connect(path)  # another application's database, in rollback-journal mode
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    con.commit()
    con.close()
    return path


def newer_book(path: Path) -> Path:
    make_book(path, customers=2, note_chars=10)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")  # as a newer crmnote might leave it
    con.close()
    return path


COMMANDS = (
    ["customers"],
    ["log", "1", "--note", "x"],
    ["add", "customer", "Eve"],
    ["export", "out.json"],
    ["backup"],
    ["check"],
    ["check", "--repair"],
    ["search", "holiday"],
)


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (foreign_file, 4, "another application's SQLite database"),
        (newer_book, EXIT_TOO_NEW, "newer version of crmnote"),
    ],
    ids=["foreign", "newer"],
)
def test_refused_files_stay_byte_for_byte(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Any, code: int, words: str
) -> None:
    db = make(tmp_path / "theirs.sqlite3")
    before = db.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal, not WAL
    monkeypatch.chdir(tmp_path)
    for command in COMMANDS:
        done = run_cli("--db", str(db), *command)
        expected = 4 if command[0] == "backup" else code
        assert done.returncode == expected, (command, done.stderr)
        assert words in one_line(done.stderr) or command[0] == "backup", command
        assert db.read_bytes() == before, command
    told: list[str] = []
    monkeypatch.setattr(startup, "ask_about_damaged", never_asked)
    monkeypatch.setattr(startup, "tell_refused", lambda message, parent=None: told.append(message))
    opened, exit_code = _open_interactively(str(db))
    assert opened is None and exit_code in (EXIT_DATABASE, EXIT_TOO_NEW)
    assert words in told[0]
    assert db.read_bytes() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


@pytest.mark.parametrize("command", [["customers"], ["backup"], ["check"], ["restore", "x"]])
def test_a_folder_given_as_the_book_is_refused(tmp_path: Path, command: list[str]) -> None:
    done = run_cli("--db", str(tmp_path), *command)
    assert done.returncode == 4 and "is a folder" in one_line(done.stderr)
    assert not (tmp_path / "backups").exists()
