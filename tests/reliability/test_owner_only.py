"""Owner-only whatever already exists (promise 8c of docs/reliability.md): an empty file given
as a new book is made 0600 before a byte goes into it; folders an export creates are 0700,
every one of them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from crmnote.cli import main
from crmnote.storage import engine as engine_module


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.real_migrations  # watches the engine the migrations of a new book open
def test_an_existing_empty_file_is_made_private_before_anything_is_written(
    tmp_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "given.sqlite3"
    db.write_bytes(b"")
    db.chmod(0o644)
    seen: list[tuple[int, int]] = []
    create = engine_module.create_engine

    def watched(*args: object, **kwargs: object) -> object:
        seen.append((db.stat().st_size, mode(db)))  # the moment SQLite gets the file
        return create(*args, **kwargs)

    monkeypatch.setattr(engine_module, "create_engine", watched)
    opened = open_database(str(db))
    try:
        opened.services.records.add("customer", {"name": "Private Person"})
        assert seen and seen[0] == (0, 0o600)
        for side in ("-wal", "-shm"):
            assert mode(db.with_name(db.name + side)) == 0o600
    finally:
        opened.close()
    assert mode(db) == 0o600


def test_export_creates_every_missing_folder_owner_only(
    tmp_path: Path, permissive_umask: None
) -> None:
    db = str(tmp_path / "b.sqlite3")
    assert main(["--db", db, "add", "customer", "Ann"]) == 0
    assert main(["--db", db, "export", str(tmp_path / "a" / "b" / "one.json")]) == 0
    assert main(["--db", db, "export", str(tmp_path / "c" / "d" / "per-kind")]) == 0
    for folder in ("a", "a/b", "c", "c/d", "c/d/per-kind"):
        assert mode(tmp_path / folder) == 0o700, folder
    assert mode(tmp_path / "a" / "b" / "one.json") == 0o600
    assert {mode(p) for p in (tmp_path / "c" / "d" / "per-kind").iterdir()} == {0o600}
    assert os.listdir(tmp_path / "a" / "b") == ["one.json"]  # no temporary file left
