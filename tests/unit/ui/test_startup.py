"""Start-up with a damaged or too-new database: the user chooses, nothing is lost."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crmnote import bootstrap
from crmnote.app import _open_interactively
from crmnote.bootstrap import EXIT_TOO_NEW, EXIT_UNREACHABLE, open_database
from crmnote.services.maintenance import MaintenanceService
from crmnote.ui.startup import dialogs as startup
from crmnote.ui.startup.dialogs import DamagedChoice


def make_damaged_with_backup(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "crm.sqlite3"
    opened = open_database(str(path))
    opened.services.records.add("customer", {"name": "Saved"})
    opened.close()
    MaintenanceService(path, path.parent / "backups").backup()
    damage = b"garbage that is not sqlite" * 100
    path.write_bytes(damage)
    return path, damage


def aside(path: Path) -> list[Path]:
    return [
        p
        for p in path.parent.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]


def test_restore_the_newest_backup(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, damage = make_damaged_with_backup(tmp_path)
    asked: list[str] = []

    def choose(message: str, backup: Path | None, parent: Any = None, **_: Any) -> DamagedChoice:
        asked.append(message)
        assert backup is not None
        return DamagedChoice.RESTORE

    monkeypatch.setattr(startup, "ask_about_damaged", choose)
    opened, code = _open_interactively(str(path))
    assert opened is not None and code == 0
    try:
        assert [r.name for r in opened.services.customers.summaries()] == ["Saved"]
    finally:
        opened.close()
    assert "damaged" in asked[0]
    (kept,) = aside(path)
    assert kept.read_bytes() == damage


def test_start_empty_keeps_the_damaged_file(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, damage = make_damaged_with_backup(tmp_path)
    monkeypatch.setattr(startup, "ask_about_damaged", lambda *a, **k: DamagedChoice.NEW)
    opened, _ = _open_interactively(str(path))
    assert opened is not None
    try:
        assert opened.services.customers.count() == 0
    finally:
        opened.close()
    assert aside(path)[0].read_bytes() == damage


def test_quit_leaves_everything_as_it_was(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, damage = make_damaged_with_backup(tmp_path)
    monkeypatch.setattr(startup, "ask_about_damaged", lambda *a, **k: DamagedChoice.QUIT)
    opened, code = _open_interactively(str(path))
    assert opened is None and code == bootstrap.EXIT_DATABASE
    assert path.read_bytes() == damage and aside(path) == []


def test_newer_database_is_refused(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'future'")
    con.commit()
    con.close()
    told: list[str] = []
    monkeypatch.setattr(startup, "tell_refused", lambda message, parent=None: told.append(message))
    opened, code = _open_interactively(str(path))
    assert opened is None and code == EXIT_TOO_NEW
    assert "newer version of crmnote" in told[0]


def test_a_server_that_cannot_be_reached_is_one_sentence(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop app shows the sentence the command line prints, and exits with its code."""
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    told: list[str] = []
    monkeypatch.setattr(startup, "tell_refused", lambda message, parent=None: told.append(message))
    opened, code = _open_interactively(f"postgresql+psycopg://anna@127.0.0.1:{port}/crm")
    assert opened is None and code == EXIT_UNREACHABLE
    assert told == [
        f"cannot reach the PostgreSQL server at 127.0.0.1:{port}: nothing answers there "
        "(is the server running and accepting TCP connections?)"
    ]
