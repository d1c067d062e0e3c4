"""Writes made by the command line while the desktop app is open show up in it by themselves.

The real main window over a temporary database; `crmnote` runs in a subprocess, as a user or a
script would run it beside the open window. Nothing in the window is touched afterwards: the
test only waits (`qtbot.waitUntil`) for the window's own watcher to notice.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crmnote.bootstrap import OpenDatabase
from crmnote.services.changes import Changes
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.window import outside_watcher
from crmnote.ui.window.main_window import MainWindow

UPDATED = "Updated with changes made outside this window"


@pytest.fixture
def window(
    qtbot: Any, opened: OpenDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    # The window looks every 0.1 s instead of the app's 1.5 s: what it finds is the point here.
    monkeypatch.setattr(outside_watcher, "CHECK_EVERY_MS", 100)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(opened.services, opened.name, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def crmnote(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "crmnote", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def names_listed(window: MainWindow) -> list[str]:
    return [row.name for row in window.customer_list.model.rows()]


def test_customers_added_from_the_command_line_appear(
    qtbot: Any, window: MainWindow, db_path: Path
) -> None:
    assert window.pages.currentWidget() is window.start_page  # an empty database
    crmnote(db_path, "add", "customer", "Cli Carl")
    qtbot.waitUntil(lambda: names_listed(window) == ["Cli Carl"])
    assert window.pages.currentWidget() is window.splitter  # the start page gave way
    assert window.customer_list.count_label.text() == "1 customer(s)"
    assert window.statusBar().currentMessage() == UPDATED

    # One selected and shown: a second one from outside leaves the selection where it was.
    carl = window.customer_list.model.row_at(0).id
    assert window.customer_list.select(carl)
    assert window.current_customer() == carl
    crmnote(db_path, "add", "customer", "Abe Early")  # sorts before the selected customer
    qtbot.waitUntil(lambda: names_listed(window) == ["Abe Early", "Cli Carl"])
    assert window.customer_list.current_id() == carl
    assert window.current_customer() == carl
    assert window.customer_page.header.name.text() == "Cli Carl"


def test_a_contact_logged_from_the_command_line_appears_on_the_open_page(
    qtbot: Any, window: MainWindow, db_path: Path
) -> None:
    crmnote(db_path, "add", "customer", "Dora Dunn")
    qtbot.waitUntil(lambda: names_listed(window) == ["Dora Dunn"])
    dora = window.customer_list.model.row_at(0).id
    window.customer_list.select(dora)
    timeline = window.customer_page.timeline.model
    assert timeline.rowCount() == 0
    crmnote(db_path, "log", "Dora Dunn", "--minutes", "15", "--note", "Asked for a quote")
    qtbot.waitUntil(lambda: timeline.rowCount() == 1)
    assert window.current_customer() == dora
    assert window.customer_list.model.row_at(0).last_contact_at is not None


def test_saves_made_in_the_window_are_not_taken_for_outside_writes(window: MainWindow) -> None:
    published: list[Changes] = []
    window.bus.changed.connect(lambda changes, _by: published.append(changes))
    window.registry.trigger(ActionId.NEW_CUSTOMER)
    form = window.findChild(RecordForm, "record_form_customer")
    assert form is not None
    form.editor("name").set_value("Eva Inside")
    form.accept()
    assert names_listed(window) == ["Eva Inside"]
    assert window.outside.check() is False
    assert len(published) == 1  # the save's own change only, no second "everything"
    assert published[0] != Changes.everything()
