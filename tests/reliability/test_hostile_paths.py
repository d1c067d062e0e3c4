"""Every path reaches SQLite intact: folders and files named with `#`, `?`, `%`, newlines,
spaces, glob and URI characters, any script (promise 10 of docs/reliability.md).

A path pasted into a `file:` URI unquoted ends at `#` or `?`: SQLite then opened, and
created, a different file beside the chosen folder ("Kunden " for "Kunden #2"). Each test
checks that nothing appears outside the book's folder and that the book's own backups are
found, checked and restored.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmnote.bootstrap import open_database
from crmnote.cli import main
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.encryption import Diagnosis, available
from crmnote.storage.sqlite_files import sqlite_uri

HOSTILE = [
    "Kunden #2",
    "C# projects",
    "100% sure?",
    "a?mode=rwc&cache=shared",
    "%23%3F%25 encoded",
    "line\nbreak",
    " spaces around ",
    "tab\there",
    "Ümlaut ß 日本語 🙂 שלום",
    "semi;colon 'single' \"double\" `back`",
    "star*[glob]?",
    "file:not-a-uri",
    "..dots..",
    "-starts-with-dash",
]


def everything_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


def exercise(folder: Path, name: str) -> None:
    """Create a book in `folder`, write, back up, check, damage and restore it; nothing may
    appear outside `folder`."""
    root = folder.parent
    outside = everything_under(root)
    db = folder / f"{name}.sqlite3"
    opened = open_database(str(db))
    try:
        opened.services.records.add("customer", {"name": "Ann"})
    finally:
        opened.close()
    care = MaintenanceService(db, folder / "backups")
    assert care.probe() is Diagnosis.OK
    made = care.backup()
    assert [p for _, p in care.backups()] == [made]
    assert care.newest_good_backup() == made
    assert care.check() == []
    assert care.validate(made)
    db.write_bytes(b"no longer a database" * 300)  # damage; the backup must bring it back
    with pytest.raises(Exception, match="newest good backup is"):
        care.probe()
    care.restore(made)
    opened = open_database(str(db))
    try:
        assert [r.name for r in opened.services.customers.summaries()] == ["Ann"]
    finally:
        opened.close()
    strays = everything_under(root) - outside
    assert all(folder in p.parents for p in strays), sorted(map(str, strays))


@pytest.mark.parametrize("name", HOSTILE)
def test_a_book_in_a_hostile_folder_is_that_book(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    exercise(folder, name)


@pytest.mark.parametrize("name", HOSTILE)
def test_the_command_line_in_a_hostile_folder(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "root"
    folder = root / name
    folder.mkdir(parents=True)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    db = str(folder / f"{name}.sqlite3")
    assert main(["--db", db, "add", "customer", "Ann"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "backup"]) == 0
    backup = capsys.readouterr().out[:-1]  # the path as printed, its own newlines kept
    assert Path(backup).parent == folder / "backups"
    assert main(["--db", db, "check"]) == 0
    assert main(["--db", db, "export", str(folder / "out.json")]) == 0
    assert main(["--db", db, "restore", backup]) == 0
    assert list(cwd.iterdir()) == []
    assert [p.name for p in root.iterdir()] == [name]
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(not available(), reason="sqlcipher3 is not installed")
@pytest.mark.parametrize("name", ["Kunden #2", "100% sure?", "line\nbreak"])
def test_an_encrypted_book_in_a_hostile_folder(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "root"
    folder = root / name
    folder.mkdir(parents=True)
    monkeypatch.setenv("CRMNOTE_PASSPHRASE", "correct horse")
    db = str(folder / "book.sqlite3")
    assert main(["--db", db, "add", "customer", "Ann"]) == 0
    assert main(["--db", db, "encrypt"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "backup"]) == 0
    backup = capsys.readouterr().out[:-1]
    assert main(["--db", db, "check"]) == 0
    assert main(["--db", db, "restore", backup]) == 0
    assert main(["--db", db, "customers"]) == 0
    assert "Ann" in capsys.readouterr().out
    assert [p.name for p in root.iterdir()] == [name]


def test_the_uri_percent_encodes_every_byte_sqlite_would_read_as_syntax(tmp_path: Path) -> None:
    path = tmp_path / "a #?%&=b"
    uri = sqlite_uri(path, mode="ro")
    assert uri.endswith("/a%20%23%3F%25%26%3Db?mode=ro")
    # The same file, not a new one: SQLite decodes it back to the path.
    sqlite3.connect(path).close()
    con = sqlite3.connect(uri, uri=True)
    try:
        assert con.execute("PRAGMA database_list").fetchone()[2] == str(path)
    finally:
        con.close()


# Any name a Linux file system takes: every character but "/" and NUL (and not "." or "..").
names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=24,
).filter(lambda s: s not in (".", "..") and len(s.encode("utf-8")) < 200)


@settings(
    max_examples=15,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(names)
def test_any_folder_name(name: str) -> None:
    root = Path(tempfile.mkdtemp(prefix="crmnote-paths-"))
    try:
        folder = root / name
        folder.mkdir()
        exercise(folder, "book")
    finally:
        shutil.rmtree(root)
    assert not os.path.exists(root)
