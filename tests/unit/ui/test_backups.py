"""File → Back up now, Restore from backup… (then a restart), Check database."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crmnote.services.book_services import Services
from crmnote.services.maintenance import MaintenanceService
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.backups import BackupList
from crmnote.ui.window.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # a file's backups; a server book's: test_server_book.py


def window(qtbot: Any, services: Services, settings: QSettings) -> tuple[MainWindow, list[str]]:
    w = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(w)
    told: list[str] = []
    w.files.tell = told.append
    return w, told


def test_database_file_is_known_to_the_services(services: Services, tmp_path: Path) -> None:
    assert services.database.file() == tmp_path / "t.sqlite3"
    care = services.database.maintenance()
    assert care is not None and care.backup_dir == tmp_path / "backups"


def test_back_up_now_says_where_in_the_status_bar(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    w.registry.trigger(ActionId.BACKUP_NOW)
    qtbot.waitUntil(lambda: "Backed up to" in w.statusBar().currentMessage(), timeout=10000)
    made = list((tmp_path / "backups").glob("t-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in w.statusBar().currentMessage()
    assert told == []  # no message box to take the next click


def test_restore_lists_backups_newest_good_first_and_restarts(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    care = services.database.maintenance()
    assert care is not None
    older = care.backup()
    services.records.add("customer", {"name": "Added After"}, None)
    backups = tmp_path / "backups"
    broken = backups / "t-20991231-235959-manual.sqlite3"  # newest, but not a database
    broken.write_bytes(b"not a database at all")
    asked: list[str] = []
    restarted: list[bool] = []
    w.files.ask = lambda q: asked.append(q) or True
    w.files.restart = lambda: restarted.append(True)
    w.registry.trigger(ActionId.RESTORE_BACKUP)
    dialog = w.findChild(BackupList, "restore_dialog")
    assert dialog is not None
    assert dialog.rows[0][1] == broken  # newest first
    qtbot.waitUntil(lambda: dialog.good is not None, timeout=10000)
    assert dialog.good == older
    assert dialog.view.currentIndex().row() == 1  # the newest good one is selected
    assert dialog.model.data(dialog.model.index(1, 3)) == "newest good"
    dialog.restore_selected()
    assert asked and older.name in asked[0]
    assert restarted == [True]
    assert "kept as" in told[-1]
    # The services reopen on the restored file: the customer added after the backup is gone.
    assert services.customers.count() == 3


def test_restore_refuses_a_file_that_is_not_a_database(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, _told = window(qtbot, services, ui_settings)
    errors: list[str] = []
    w.show_error = errors.append  # type: ignore[method-assign]
    w.files.ask = lambda q: True
    restarted: list[bool] = []
    w.files.restart = lambda: restarted.append(True)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk")
    care = services.database.maintenance()
    assert care is not None
    assert not w.files.restore_from(care, junk)
    assert errors and "Nothing was restored" in errors[0]
    assert restarted == [] and services.customers.count() == 3


def test_check_database_runs_on_a_worker(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    w, told = window(qtbot, services, ui_settings)
    w.registry.trigger(ActionId.CHECK_DATABASE)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "Nothing wrong found" in told[0] or "never logged" in told[0]


def test_check_database_offers_to_repair_what_it_finds(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    con = sqlite3.connect(tmp_path / "t.sqlite3")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE interactions SET mood = 9")
    con.execute("UPDATE money SET amount = -12000")
    con.commit()
    con.close()
    asked: list[str] = []
    w.files.ask = lambda q: asked.append(q) or True
    published: list[Any] = []
    w.bus.changed.connect(lambda changes, _by: published.append(changes))
    w.registry.trigger(ActionId.CHECK_DATABASE)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert len(asked) == 1
    assert "interactions: 1 interaction with a mood outside" in asked[0]
    assert "money: 1 amount below zero" in asked[0]
    assert str(tmp_path / "backups") in asked[0]
    assert told[0].startswith("Repaired:") and "mood cleared" in told[0]
    backups = list((tmp_path / "backups").glob("t-*-manual.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in told[0]
    assert services.consistency.find() == ()
    assert published and seeded["ann"].id in published[-1].customer_ids


def test_check_database_repairs_nothing_unless_asked_to(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w, told = window(qtbot, services, ui_settings)
    con = sqlite3.connect(tmp_path / "t.sqlite3")
    con.execute("UPDATE customers SET open_promises = 9")
    con.commit()
    con.close()
    asked: list[str] = []
    w.files.ask = lambda q: asked.append(q) or False
    job = w.files.check()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert told == [] and w.files.jobs == [job]  # no repair job was started
    assert [f.check for f in services.consistency.find()] == ["customer-summary"]
    assert not (tmp_path / "backups").exists()


def test_check_database_sends_a_damaged_file_to_its_backups(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, told = window(qtbot, services, ui_settings)
    monkeypatch.setattr(MaintenanceService, "damage", lambda self: ["integrity: page 3 is bad"])
    asked: list[str] = []
    w.files.ask = lambda q: asked.append(q) or True
    w.registry.trigger(ActionId.CHECK_DATABASE)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert asked == []
    assert "integrity: page 3 is bad" in told[0] and "Restore from backup" in told[0]
