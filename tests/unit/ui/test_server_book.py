"""File → Back up now, Restore from backup… and Check database on a book on a PostgreSQL
server: pg_dump backups into the server book's folder, the logical checks and their repair."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from crmnote.services.book_services import Services
from crmnote.storage import pg_tools
from crmnote.ui.actions import ActionId
from crmnote.ui.window.main_window import MainWindow

pytestmark = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgres)]
)


def window(qtbot: Any, services: Services, settings: QSettings) -> tuple[MainWindow, list[str]]:
    w = MainWindow(services, "crm on a server", settings)
    qtbot.addWidget(w)
    told: list[str] = []
    w.files.tell = told.append
    return w, told


def server_backups(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "home/data/crmnote/server-backups").glob("*/*.dump"))


def test_back_up_now_dumps_the_server_book(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    job = w.files.backup_now()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running(), timeout=60000)
    (dump,) = server_backups(tmp_path)
    qtbot.waitUntil(lambda: str(dump) in w.statusBar().currentMessage(), timeout=10000)
    assert pg_tools.is_dump(dump) and dump.name.endswith("-manual.dump") and told == []


def test_restore_from_backup_says_how_a_server_book_is_restored(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    w, told = window(qtbot, services, ui_settings)
    w.registry.trigger(ActionId.RESTORE_BACKUP)
    assert len(told) == 1 and "crmnote restore" in told[0] and "new, empty database" in told[0]


def test_check_database_finds_and_repairs_on_the_server(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    engine = services.database.engine()
    assert engine is not None
    with engine.begin() as conn:
        conn.execute(text("UPDATE interactions SET mood = 9"))
        conn.execute(text("UPDATE customers SET open_promises = 40"))
    asked: list[str] = []
    w.files.ask = lambda q: asked.append(q) or True
    published: list[Any] = []
    w.bus.changed.connect(lambda changes, _by: published.append(changes))
    w.registry.trigger(ActionId.CHECK_DATABASE)
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert len(asked) == 1
    assert "interactions: 1 interaction with a mood outside" in asked[0]
    assert "customers: 3 customers whose list columns" in asked[0]
    assert "server-backups" in asked[0]
    assert told[0].startswith("Repaired:") and "mood cleared" in told[0]
    (dump,) = server_backups(tmp_path)
    assert str(dump) in told[0] and dump.name.endswith("-before-repair.dump")
    assert services.consistency.find() == ()
    assert published and seeded["ann"].id in published[-1].customer_ids


def test_check_database_on_a_sound_server_book(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    w, told = window(qtbot, services, ui_settings)
    w.registry.trigger(ActionId.CHECK_DATABASE)
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert "Nothing wrong found" in told[0] or "never logged" in told[0]
