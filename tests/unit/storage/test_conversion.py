"""Encrypting in place keeps the original, refuses a database in use, and never half-converts;
an encrypted file is recognised without its passphrase."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from crmnote.domain.errors import DatabaseError
from crmnote.storage import conversion
from crmnote.storage.conversion import encrypt_in_place
from crmnote.storage.encrypted_copies import backup_encrypted
from crmnote.storage.encryption import PAGE_SIZE, looks_encrypted

pytestmark = pytest.mark.sqlite_only  # SQLCipher files

pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")

PASS = "pass phrase"
NOW = datetime(2026, 11, 2, 9, 0)


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    db = tmp_path / "crm.sqlite3"
    opened = open_database(str(db))
    opened.services.records.add("customer", {"name": "Plain Ltd"})
    opened.close()
    return db


def test_encrypting_keeps_the_plain_original_aside(plain: Path) -> None:
    original = plain.read_bytes()
    aside = encrypt_in_place(plain, PASS, NOW)
    assert aside.name == "crm.sqlite3.unencrypted-20261102-090000"
    assert aside.read_bytes() == original
    assert looks_encrypted(plain) and b"Plain Ltd" not in plain.read_bytes()
    assert sorted(p.name for p in plain.parent.iterdir() if p.is_file()) == sorted(
        [plain.name, aside.name]
    )


def test_a_database_in_use_is_not_converted(plain: Path) -> None:
    other = sqlite3.connect(plain)  # another program has it open: -wal and -shm exist
    try:
        other.execute("SELECT count(*) FROM customers").fetchone()
        before = plain.read_bytes()
        with pytest.raises(DatabaseError, match="open in another program"):
            encrypt_in_place(plain, PASS, NOW)
    finally:
        other.close()
    assert plain.read_bytes() == before
    assert [p.name for p in plain.parent.iterdir() if p.is_file()] == [plain.name]


def test_a_copy_that_differs_changes_nothing(plain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    digests = iter(["original", "different"])
    monkeypatch.setattr(conversion, "_digest", lambda read, path: next(digests))
    before = plain.read_bytes()
    with pytest.raises(DatabaseError, match="differs"):
        encrypt_in_place(plain, PASS, NOW)
    assert plain.read_bytes() == before
    assert [p.name for p in plain.parent.iterdir() if p.is_file()] == [plain.name]


def test_a_leftover_from_an_interrupted_conversion_is_not_overwritten(plain: Path) -> None:
    leftover = plain.with_name(plain.name + ".converting")
    leftover.write_bytes(b"whatever was written before the crash")
    with pytest.raises(DatabaseError, match="interrupted conversion"):
        encrypt_in_place(plain, PASS, NOW)
    assert leftover.read_bytes() == b"whatever was written before the crash"


def test_an_encrypted_file_is_recognised_without_its_passphrase(
    plain: Path, tmp_path: Path
) -> None:
    assert not looks_encrypted(plain)
    header_lost = tmp_path / "header-lost.sqlite3"
    data = bytearray(plain.read_bytes())
    data[:16] = bytes(16)  # a plain file whose first bytes were overwritten
    header_lost.write_bytes(bytes(data))
    assert not looks_encrypted(header_lost)

    encrypt_in_place(plain, PASS, NOW)
    assert looks_encrypted(plain)
    backup = backup_encrypted(plain, tmp_path / "b.sqlite3", PASS)
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(plain.read_bytes()[: PAGE_SIZE * 3 + 10])
    # Cut short, it is damaged either way; its newest backup says which kind it was.
    assert looks_encrypted(cut, [backup])
    assert not looks_encrypted(cut)
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert not looks_encrypted(tmp_path / "empty.sqlite3")
