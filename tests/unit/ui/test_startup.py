"""Start-up with a damaged or too-new database: the user chooses, nothing is lost."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

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


def _free_port() -> int:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answer_server_dialogs(
    qtbot: Any, answers: list[str], seen: list[str], before: Any = None
) -> None:
    """Click the buttons named in `answers`, one per server dialog as each shows; what each
    said goes to `seen`; `before(n)` runs before the n-th click."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "server_refused":
            QTimer.singleShot(20, click)
            return
        seen.append(box.informativeText())
        if before is not None:
            before(len(seen))
        name = answers.pop(0)
        button = next(b for b in box.buttons() if b.text() == name)
        if answers:
            QTimer.singleShot(20, click)
        # click(), not a mouse click at the button's centre: a box shown while an earlier
        # window's events are pending may not be laid out yet, and the centre hits another button.
        button.click()

    QTimer.singleShot(0, click)


def test_a_server_that_cannot_be_reached_asks_to_try_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop app shows the sentence the command line prints, offers to try again or to
    open a local file; quitting exits with the command line's code."""
    port = _free_port()
    told: list[str] = []
    monkeypatch.setattr(startup, "tell_refused", lambda message, parent=None: told.append(message))
    seen: list[str] = []
    answer_server_dialogs(qtbot, ["Try again", "Quit"], seen)
    opened, code = _open_interactively(f"postgresql+psycopg://anna@127.0.0.1:{port}/crm")
    assert opened is None and code == EXIT_UNREACHABLE
    sentence = (
        f"cannot reach the PostgreSQL server at 127.0.0.1:{port}: nothing answers there "
        "(is the server running and accepting TCP connections?)"
    )
    assert seen == [sentence, sentence]  # asked again after trying again
    assert told == []


def test_a_server_that_cannot_be_reached_lets_you_open_a_local_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local.sqlite3"
    open_database(str(local)).close()
    monkeypatch.setattr(startup, "choose_database", lambda parent=None: str(local))
    seen: list[str] = []
    answer_server_dialogs(qtbot, ["Open a local file…"], seen)
    opened, code = _open_interactively(f"postgresql+psycopg://anna@127.0.0.1:{_free_port()}/crm")
    assert opened is not None and code == 0
    try:
        assert opened.name == "local.sqlite3"
    finally:
        opened.close()
    assert len(seen) == 1 and seen[0].startswith("cannot reach the PostgreSQL server")


@pytest.mark.postgres
def test_a_missing_database_opens_once_it_is_there(qtbot: Any, pg_server: Any) -> None:
    """Told there is no such database, the owner creates it and tries again."""
    name = f"{pg_server.prefix}_later"
    url = pg_server.url_of(name)
    seen: list[str] = []

    def create_it(n: int) -> None:
        if n == 1:
            pg_server._execute(f"CREATE DATABASE {name} TEMPLATE {pg_server.template()}")
            pg_server._made.add(name)

    answer_server_dialogs(qtbot, ["Try again"], seen, create_it)
    opened, code = _open_interactively(url.render_as_string(hide_password=False))
    assert opened is not None and code == 0
    opened.close()
    pg_server.drop(url)
    assert seen == [f"there is no database {name!r} on the PostgreSQL server at {_where(url)}"]


def _where(url: Any) -> str:
    return f"{url.host}:{url.port or 5432}"
