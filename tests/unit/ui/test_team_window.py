"""The desktop app on a team book, signed in as a real viewer, staff member or owner role: a
viewer is offered nothing that writes; colleagues' changes show up with who did what."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.errors import NotAllowedError
from crmnote.ui.window.access import OWNER_ACTIONS, WRITING_ACTIONS
from crmnote.ui.window.main_window import MainWindow
from tests.pg.team import TeamBook
from tests.waits import close_after_workers

pytestmark = pytest.mark.postgres


@pytest.fixture
def book(team_book: TeamBook) -> Iterator[dict[str, Any]]:
    """Fjord Bikes with a promise, written by the owner."""
    opened = open_database(team_book.text("owner"))
    customer, _ = opened.services.records.add("customer", {"name": "Fjord Bikes"})
    promise, _ = opened.services.records.add("promise", {"text": "20 helmets"}, customer.id)
    yield {"owner": opened, "customer": customer, "promise": promise, "team": team_book}
    close_after_workers(opened)


def _window(qtbot: Any, tmp_path: Path, opened: OpenDatabase) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(opened.services, "team", settings)
    qtbot.addWidget(window)
    return window


def test_a_viewer_is_offered_nothing_that_writes(
    qtbot: Any, tmp_path: Path, book: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    viewer = open_database(book["team"].text("viewer"))
    try:
        window = _window(qtbot, tmp_path, viewer)
        role = book["team"].roles["viewer"]
        assert all(not window.registry[a].isEnabled() for a in WRITING_ACTIONS)
        assert window.findChild(QLabel, "signed_in").text() == "Signed in as Vera (viewer)"
        assert f"You are signed in as {role}, a viewer" in window.notice.message.text()
        window.show_customer(book["customer"].id)
        qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=10_000)
        tab = window.customer_page.record_tabs["promise"]
        visible = {b.text() for b in tab.findChildren(QPushButton) if not b.isHidden()}
        assert visible == {"Open…", "History…"}
        assert window.customer_page.advice.act_button.isHidden()
        form = window.editing.edit("promise", book["promise"].id)
        qtbot.addWidget(form)
        (box,) = form.findChildren(QDialogButtonBox)
        assert box.standardButtons() == QDialogButtonBox.StandardButton.Close
        text = form.editor("text").widget
        assert isinstance(text, QPlainTextEdit) and text.isReadOnly()
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: told.append(text))
        assert window.editing.new("promise", book["customer"].id) is None
        assert told == [window.editing.read_only_reason]
        with pytest.raises(NotAllowedError):
            window.editing.add("interaction", {"summary": "hi"}, book["customer"].id)
    finally:
        close_after_workers(viewer)


def test_staff_write_records_but_not_what_only_the_owner_may(
    qtbot: Any, tmp_path: Path, book: dict[str, Any]
) -> None:
    staff = open_database(book["team"].text("staff"))
    try:
        window = _window(qtbot, tmp_path, staff)
        off = {a for a in WRITING_ACTIONS if not window.registry[a].isEnabled()}
        assert off == set(OWNER_ACTIONS)
        assert window.findChild(QLabel, "signed_in").text() == "Signed in as Bob (staff)"
        dialog = window.screens.settings()
        qtbot.addWidget(dialog)
        assert "owner's to change" in dialog.general_error.text()
        assert dialog.business_name.isReadOnly()
    finally:
        close_after_workers(staff)


def test_a_colleagues_call_shows_up_with_who_logged_it(
    qtbot: Any, tmp_path: Path, book: dict[str, Any]
) -> None:
    """Anna's window is open; Bob logs a call from his own crmnote (another process)."""
    window = _window(qtbot, tmp_path, book["owner"])
    assert window.outside.listening
    window.show_customer(book["customer"].id)
    qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=10_000)
    timeline = window.customer_page.timeline
    before = timeline.model.rowCount()
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "crmnote", "--db", book["team"].text("staff"), "log",
         "Fjord Bikes", "--channel", "call", "--note", "wants them in red"],
        check=True, env=env, timeout=120, capture_output=True,
    )  # fmt: skip
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Bob logged a call with Fjord Bikes",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: timeline.model.rowCount() == before + 1, timeout=10_000)
    # The bus reloaded the page: its scores are read again in the background; let them land.
    qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=10_000)
    window.outside.stop()
