"""File → Move to a team server…: the copy runs on a worker thread with a progress bar, the
window keeps answering, Stop leaves the target empty, and what failed is said in the dialog."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import URL

from crmnote.bootstrap import open_database
from crmnote.demo.service import DemoService
from crmnote.services.book_copy import BookCopyService, CopyProgress
from crmnote.services.book_services import Services
from crmnote.storage.book_tables import row_counts
from crmnote.storage.engine import database_url, make_engine
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.move_dialog import STEPS, MoveDialog
from crmnote.ui.window.main_window import MainWindow


@pytest.fixture
def target(tmp_path: Path, request: pytest.FixtureRequest, target_kind: str) -> Iterator[str]:
    if target_kind == "sqlite":
        yield str(tmp_path / "team.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    url: URL = server.empty()
    yield url.render_as_string(hide_password=False)
    server.drop(url)


def counts(where: str) -> dict[str, int]:
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn:
            return row_counts(conn)
    finally:
        engine.dispose()


def filled(services: Services) -> None:
    """Thirty demo customers in the book the window shows."""
    DemoService.beside(services.records).generate(customers=30, seed=3)


class Held(BookCopyService):
    """The real copy, held on its worker thread in the middle of the interactions until the
    test lets it go: what the window shows meanwhile does not depend on the machine's speed."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.reached, self.go = threading.Event(), threading.Event()

    def copy_to(self, target_db: str, progress: Any = None, **options: Any) -> Any:
        def held(p: CopyProgress) -> None:
            progress(p)
            if p.stage == "copy" and p.table == "interactions" and not self.reached.is_set():
                self.reached.set()
                # Short sleeps up to about a minute, not go.wait(60): a timed wait that runs
                # out never wakes under faketime (make test-future).
                for _ in range(30_000):
                    if self.go.is_set():
                        break
                    time.sleep(0.002)

        return super().copy_to(target_db, held, **options)


TARGETS = pytest.mark.parametrize(
    "target_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)


@TARGETS
def test_the_move_copies_the_book_with_a_progress_bar(
    qtbot: Any, services: Services, ui_settings: QSettings, target: str
) -> None:
    filled(services)
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.MOVE_TO_SERVER)
    shown = window.findChild(MoveDialog, "move_dialog")
    assert shown is not None and shown.isVisible()
    shown.close()
    copier = Held.beside(services.book_copy)
    dialog = MoveDialog(copier, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, target)
    values: list[int] = []
    dialog.bar.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running() and not dialog.url.isEnabled()
    assert dialog.close_button.text() == "Stop"
    # Half-way: the bar has moved, the status names the table, and the window still answers
    # (the customer filter works while the copy waits on its thread).
    qtbot.waitUntil(lambda: dialog.status.text() == "Copying interactions…", timeout=60000)
    assert 0 < dialog.bar.value() < STEPS
    qtbot.keyClicks(window.customer_list.search, "zzz-nobody")
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 0, timeout=10000)
    copier.go.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert values == sorted(values) and values[-1] == STEPS
    assert dialog.report is not None
    assert dialog.report.rows == sum(counts(target).values()) > 300
    assert str(dialog.report.rows) in dialog.status.text()
    assert dialog.close_button.text() == "Close" and not dialog.start_button.isEnabled()
    copy = open_database(target)
    try:
        assert copy.services.customers.count() == services.customers.count() == 30
    finally:
        copy.close()


@TARGETS
def test_stop_leaves_nothing_on_the_target(qtbot: Any, services: Services, target: str) -> None:
    filled(services)
    copier = Held.beside(services.book_copy)
    dialog = MoveDialog(copier)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText(target)
    job = dialog.start()
    assert job is not None
    qtbot.waitUntil(copier.reached.is_set, timeout=60000)  # rows are going in
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # "Stop"
    assert dialog.isVisible() and dialog.status.text() == "Stopping…"
    with qtbot.waitSignal(job.failed, timeout=60000):
        copier.go.set()
    assert dialog.status.text() == "Stopped: nothing was copied to the server."
    assert set(counts(target).values()) == {0}
    assert dialog.url.isEnabled() and dialog.start_button.isEnabled()


def test_a_refused_target_is_said_in_the_dialog(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    filled(services)
    taken = tmp_path / "taken.sqlite3"
    other = open_database(str(taken))
    other.services.records.add("customer", {"name": "Already here"})
    other.close()
    dialog = MoveDialog(services.book_copy)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and "Name the server database" in dialog.error.text()
    dialog.url.setText(str(taken))
    job = dialog.start()
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=60000):
        pass
    assert dialog.error.text().startswith("Nothing was copied: the target already holds records")
    assert dialog.bar.value() == 0
