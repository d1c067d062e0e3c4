"""Sync in the desktop app: File → Join a team book… (a dry run first for a book with records
of its own), File → Sync now and the rounds every few minutes on a worker thread (the window
keeps answering), the status bar's "changes not yet synced · last sync", and the Sync
conflicts screen (confirm, restore)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.errors import DatabaseUnreachableError
from crmnote.services.book_services import Services
from crmnote.services.sync.join import JoinService
from crmnote.services.sync.rounds import RoundReport
from crmnote.storage.engine import make_engine
from crmnote.storage.sync_peer_books import open_peer
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.join_dialog import JoinDialog
from crmnote.ui.dialogs.sync_conflicts import SyncConflictsDialog
from crmnote.ui.window.main_window import MainWindow
from tests.waits import wait_for

pytestmark = pytest.mark.sqlite_only  # a field copy is a file (its team book: tests/unit/services)
AT = datetime(2026, 11, 2, 10, 0)


class Books:
    """The team book and the laptop's book (files), opened as the tests need them."""

    def __init__(self, tmp_path: Path, template: Path) -> None:
        self.hub_file, self.laptop_file = tmp_path / "hub.sqlite3", tmp_path / "laptop.sqlite3"
        shutil.copyfile(template, self.hub_file)  # the laptop's book is made anew: its own past
        self.open: list[OpenDatabase] = []
        self.hub = self._open(self.hub_file)
        self.hub.services.records.add("customer", {"name": "Fjord Bikes AS"})

    def _open(self, file: Path) -> OpenDatabase:
        opened = open_database(str(file))
        self.open.append(opened)
        return opened

    def joined_laptop(self) -> OpenDatabase:
        team = open_peer(str(self.hub_file))
        try:
            JoinService(datetime.now, lambda: 1_793_000_000_000).join(self.laptop_file, team)
        finally:
            team.close()
        return self._open(self.laptop_file)

    def laptop(self) -> OpenDatabase:
        return self._open(self.laptop_file)

    def close(self) -> None:
        for opened in self.open:
            opened.close()


@pytest.fixture(autouse=True)
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Restarting the app is recorded, never done (it would start this test run again)."""
    made: list[bool] = []
    monkeypatch.setattr("crmnote.ui.dialogs.backups.restart_app", lambda: made.append(True))
    monkeypatch.setattr("crmnote.ui.window.main_window.QApplication.quit", lambda: None)
    return made


@pytest.fixture
def books(tmp_path: Path, sqlite_template: Path) -> Iterator[Books]:
    made = Books(tmp_path, sqlite_template)
    yield made
    from crmnote.ui.background import Background

    assert Background.finish_all()
    made.close()


def window_over(qtbot: Any, opened: OpenDatabase, settings: QSettings) -> MainWindow:
    window = MainWindow(opened.services, "laptop.sqlite3", settings)
    qtbot.addWidget(window)
    return window


def finish(qtbot: Any, window: MainWindow) -> None:
    job = window.sync.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running(), timeout=60000)
    qtbot.wait(150)  # the worker's outcome reaches the GUI thread at its next poll


def test_a_book_that_is_no_field_copy_says_nothing_of_sync(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    window = window_over(qtbot, books.laptop(), ui_settings)
    assert not window.sync.label.isVisibleTo(window)
    assert not window.registry[ActionId.SYNC_NOW].isEnabled()
    assert not window.sync.timer.isActive()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "join_team" in names and "sync_now" in names


def test_joining_fills_an_empty_book_and_restarts_on_it(
    qtbot: Any, books: Books, ui_settings: QSettings, restarts: list[bool]
) -> None:
    window = window_over(qtbot, books.laptop(), ui_settings)
    window.registry.trigger(ActionId.JOIN_TEAM)
    dialog = window.findChild(JoinDialog, "join_dialog")
    assert dialog is not None
    dialog.url.setText(str(books.hub_file))
    job = dialog.start()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report is not None and dialog.report.joined
    assert restarts == [True]
    joined = books.laptop()
    assert [c.name for c in joined.services.records.list("customer")] == ["Fjord Bikes AS"]
    assert joined.services.sync.team() is not None


def test_a_book_with_records_sees_the_offer_before_anything_changes(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    laptop = books.laptop()
    laptop.services.records.add("customer", {"name": "fjord bikes as"})
    laptop.services.records.add("customer", {"name": "Sykkel Ost"})
    window = window_over(qtbot, laptop, ui_settings)
    dialog = window.sync.join()
    dialog.url.setText(str(books.hub_file))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report is not None and not dialog.report.joined
    assert dialog.start_button.text() == "Offer my records and join"
    shown = dialog.status.text()
    assert "Customers: 1 new, 1 the team book has already" in shown
    assert "matched with the team's “Fjord Bikes AS”" in shown
    assert len(books.hub.services.records.list("customer")) == 1
    dialog.url.setText("")
    dialog.start()
    assert dialog.error.text() == "Name the team book, as in the example."


def test_a_team_book_that_cannot_be_reached_is_said_at_the_field(
    qtbot: Any, books: Books, ui_settings: QSettings, tmp_path: Path
) -> None:
    window = window_over(qtbot, books.laptop(), ui_settings)
    dialog = window.sync.join()
    dialog.url.setText(str(tmp_path / "nowhere.sqlite3"))
    job = dialog.start()
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=60000):
        pass
    assert dialog.error.text().startswith("Nothing was changed: there is no crmnote book at")
    assert dialog.start_button.isEnabled()


def test_only_my_customers_is_asked_of_the_team_book_and_its_refusal_shown(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    window = window_over(qtbot, books.laptop(), ui_settings)
    dialog = window.sync.join()
    dialog.url.setText(str(books.hub_file))
    dialog.mine.setChecked(True)
    job = dialog.start()
    assert job is not None and not dialog.mine.isEnabled()
    with qtbot.waitSignal(job.failed, timeout=60000):
        pass
    assert dialog.error.text().startswith("Nothing was changed: ")
    assert "knows no staff member of yours" in dialog.error.text()
    assert books.laptop().services.sync.team() is None  # still the book it was


def test_a_long_round_shows_its_progress_in_the_status_bar(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    from crmnote.domain import entities as e
    from crmnote.domain.types import CustomerId

    laptop = books.joined_laptop()
    window = window_over(qtbot, laptop, ui_settings)
    fjord = CustomerId(books.hub.services.records.list("customer")[0].id)
    with books.hub.services.records.transaction() as repo:
        for n in range(1200):  # more than two of the window's batches of 500
            repo.add(e.Interaction(customer_id=fjord, at=AT, summary=f"call {n}",
                                   created_at=AT, updated_at=AT))  # fmt: skip
    seen: list[tuple[int, int, bool, int]] = []
    shown = threading.Event()
    real = laptop.services.sync.sync_team

    def stepwise(**options: Any) -> Any:
        """The real round, each step waiting until the window has shown it."""
        tell = options.pop("progress")

        def step(stage: str, done: int, total: int) -> None:
            shown.clear()
            tell(stage, done, total)
            wait_for(shown, 30)

        return real(progress=step, **options)

    laptop.services.sync.sync_team = stepwise  # type: ignore[method-assign]
    bar = window.sync.progress
    assert not bar.isVisibleTo(window)
    window.outside.timer.stop()  # the test looks for other programs' writes itself
    window.registry.trigger(ActionId.SYNC_NOW)
    job = window.sync.job
    assert job is not None

    looked: list[bool] = []

    def record(done: int, total: int) -> None:
        seen.append((done, total, bar.isVisibleTo(window), bar.maximum()))
        if not looked:  # another program writes the laptop's book during the round
            other = make_engine(laptop.engine.url)
            Services.over(other).records.add("customer", {"name": "From a script"})
            other.dispose()
            looked.append(window.outside.check())
        shown.set()

    job.progress.connect(record)
    finish(qtbot, window)
    assert seen == [(500, 1200, True, 1200), (1000, 1200, True, 1200), (1200, 1200, True, 1200)]
    assert not bar.isVisibleTo(window)
    # The window does not look for other programs' writes while the round writes the book
    # batch after batch (it tells the views itself at the end); the script's is found after.
    assert looked == [False] and not window.outside.held
    assert (
        window.statusBar().currentMessage() == "Synced: sent 0 change(s), received 1200 change(s)"
    )
    assert window.outside.check() is True


def test_sync_now_sends_and_fetches_and_the_status_bar_says_what_waits(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    laptop = books.joined_laptop()
    window = window_over(qtbot, laptop, ui_settings)
    assert window.sync.timer.isActive() and window.registry[ActionId.SYNC_NOW].isEnabled()
    assert not window.sync.label.isVisibleTo(window)  # nothing to say
    fjord = laptop.services.records.list("customer")[0]
    window.editing.services.records.add(
        "interaction", {"at": AT, "summary": "call on the train"}, fjord.id
    )
    window.bus.publish(laptop.services.records.add("customer", {"name": "Helmets Ltd"})[1])
    assert window.sync.label.isVisibleTo(window)
    assert window.sync.label.plain() == "2 change(s) not yet synced · not synced yet"
    books.hub.services.records.add("customer", {"name": "From the office"})
    window.registry.trigger(ActionId.SYNC_NOW)
    finish(qtbot, window)
    assert window.statusBar().currentMessage() == "Synced: sent 2 change(s), received 1 change(s)"
    hub_names = sorted(c.name for c in books.hub.services.records.list("customer"))
    assert hub_names == ["Fjord Bikes AS", "From the office", "Helmets Ltd"]
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 3, timeout=10000)
    assert not window.sync.label.isVisibleTo(window)
    laptop.services.records.update("customer", fjord.id, {"company": "Fjord AS"})
    window.sync.refresh()
    assert window.sync.label.plain().startswith("1 change(s) not yet synced · last sync ")


def test_the_rounds_every_few_minutes_run_on_a_worker_and_the_window_answers(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    laptop = books.joined_laptop()
    window = window_over(qtbot, laptop, ui_settings)
    entered, go = threading.Event(), threading.Event()
    real = laptop.services.sync.sync_team

    def held(**options: Any) -> Any:
        entered.set()
        wait_for(go, 60)
        return real(**options)

    laptop.services.sync.sync_team = held  # type: ignore[method-assign]
    window.sync.timer.timeout.emit()
    qtbot.waitUntil(entered.is_set, timeout=10000)
    assert window.sync.running() and not window.registry[ActionId.SYNC_NOW].isEnabled()
    window.registry.trigger(ActionId.NEW_CUSTOMER)  # the window answers while the round waits
    assert window.sync.sync_quietly() is None  # one round at a time
    go.set()
    finish(qtbot, window)
    assert window.registry[ActionId.SYNC_NOW].isEnabled()
    assert window.sync.report is not None and window.sync.report.pushed == 0


def test_a_server_away_leaves_the_automatic_round_quiet(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    laptop = books.joined_laptop()
    window = window_over(qtbot, laptop, ui_settings)
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]

    def away(**_options: Any) -> Any:
        raise DatabaseUnreachableError("cannot reach the PostgreSQL server at db.lan:5432")

    laptop.services.sync.sync_team = away  # type: ignore[method-assign]
    laptop.services.records.add("customer", {"name": "Offline"})
    window.sync.sync_quietly()
    finish(qtbot, window)
    assert errors == []
    assert window.sync.label.plain() == "1 change(s) not yet synced · not synced yet"
    assert "cannot reach the PostgreSQL server" in window.sync.label.toolTip()


def test_conflicts_are_listed_and_restored_from_their_screen(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    laptop = books.joined_laptop()
    window = window_over(qtbot, laptop, ui_settings)
    fjord = laptop.services.records.list("customer")[0]
    laptop.services.records.update("customer", fjord.id, {"company": "from the laptop"})
    office = books.hub.services.records.list("customer")[0]
    books.hub.services.records.update("customer", office.id, {"company": "from the office"})
    window.sync.sync_now()
    finish(qtbot, window)
    assert window.sync.label.plain().startswith("1 sync conflict(s) · last sync ")
    window.registry.trigger(ActionId.SYNC_CONFLICTS)
    dialog = window.findChild(SyncConflictsDialog, "sync_conflicts")
    assert dialog is not None and len(dialog.rows) == 1
    cells = [dialog.model.index(0, c).data() for c in range(5)]
    assert cells == [
        "Customer: Fjord Bikes AS",
        "Company",
        "from the office",
        "from the laptop",
        "changed on two sides",
    ]
    assert dialog.detail.text().startswith("Kept: written by ")
    assert dialog.answer(restore=True)
    assert laptop.services.records.list("customer")[0].company == "from the laptop"
    assert dialog.rows == [] and dialog.empty.isVisibleTo(dialog)
    # The restore is a change of its own, waiting to reach the team book.
    assert window.sync.label.plain().startswith("1 change(s) not yet synced · last sync ")
    window.sync.sync_now()
    finish(qtbot, window)
    assert books.hub.services.records.list("customer")[0].company == "from the laptop"
    assert books.hub.services.conflicts.list() == []
    assert not window.sync.label.isVisibleTo(window)


def test_customers_handed_on_are_said_in_the_status_bar(
    qtbot: Any, books: Books, ui_settings: QSettings
) -> None:
    """A copy of one's own customers needs a team book on a server (tests/unit/services/
    test_sync_mine.py); here the window is given such a round's outcome."""
    window = window_over(qtbot, books.joined_laptop(), ui_settings)
    report = RoundReport(pulled=1, handed_on=["Fjord Bikes AS"], handed_kept=["Helmets Ltd"])
    window.sync._finished(report, quiet=True)
    assert window.statusBar().currentMessage() == (
        "Synced: sent 0 change(s), received 1 change(s)"
        " · 1 customer(s) handed on to someone else left this copy"
        " · 1 customer(s) handed on to someone else stay until your changes are synced"
    )
