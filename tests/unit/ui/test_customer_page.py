"""The customer page: header, tabs, timeline double-click, and Today with reminders."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from crmnote.domain.errors import DatabaseError
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.window.main_window import MainWindow
from crmnote.ui.window.reminders import DueWatcher
from tests.waits import wait_for


def window_on(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    return window


def test_selecting_a_customer_shows_their_page(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    assert window.right.currentWidget() is window.today_view
    window.customer_list.select(seeded["ann"].id)
    page = window.customer_page
    assert window.right.currentWidget() is page
    assert page.header.name.text() == "Ann Archer"
    assert "Owner:" in page.header.facts.text()
    assert page.header.difficulty.value.text().isdigit()  # scored by the services
    # The timeline's first page and the cost are read on workers: "Loading…" meanwhile.
    assert page.loading() and page.timeline.loader.note.text() == "Loading…"
    assert page.timeline.model.rowCount() == 0 and page.cost.cost is None
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert page.timeline.loader.note.isHidden() and page.cost.loader.note.isHidden()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Timeline",
        "Promises",
        "Claims",
        "Requests",
        "Money && effort",
        "Scores",
    ]
    assert page.timeline.model.rowCount() == 5
    assert page.record_tabs["promise"].model.rowCount() == 1
    assert page.record_tabs["money"].model.rowCount() == 1


def test_timeline_filters_by_kind_and_double_click_opens_the_editor(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    window.show()
    qtbot.waitExposed(window)
    window.customer_list.select(seeded["ann"].id)
    timeline = window.customer_page.timeline
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData("claim"))
    qtbot.waitUntil(lambda: not timeline.loading(), timeout=10_000)
    assert timeline.model.rowCount() == 1
    view = timeline.view
    rect = view.visualRect(timeline.model.index(0, 2))
    # QTest's double click is only the second click; a view needs the first press too.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.findChild(RecordForm, "record_form_claim")
    assert form is not None
    assert form.editor("text").value() == "Box arrived damaged"
    form.reject()


def test_editing_a_record_refreshes_the_page_through_the_bus(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    window.customer_list.select(seeded["ann"].id)
    tab = window.customer_page.record_tabs["promise"]
    tab.select_row(0)
    tab.buttons["Kept…"].click()
    form = window.findChild(RecordForm, "record_form_promise")
    assert form is not None
    form.editor("evidence").set_value("Signed delivery note")
    form.accept()
    assert tab.model.data(tab.model.index(0, 4)) == "Kept"
    row = window.customer_list.model.row_of(seeded["ann"].id)
    assert window.customer_list.model.row_at(row).open_promises == 0
    qtbot.waitUntil(lambda: not window.today_view.loader.busy, timeout=10_000)
    assert window.today_view.groups["overdue"].childCount() == 0


def test_deleting_the_shown_customer_and_undoing_it(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    window.customer_list.select(seeded["bob"].id)
    assert window.editing.delete("customer", seeded["bob"].id, confirm=False)
    assert window.right.currentWidget() is window.today_view
    assert window.customer_list.model.row_of(seeded["bob"].id) == -1
    window.registry[next(a for a in window.registry._actions if a.name == "UNDO")].trigger()
    assert window.customer_list.model.row_of(seeded["bob"].id) >= 0


def test_today_lists_what_needs_attention(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    groups = window.today_view.groups
    assert groups["overdue"].childCount() == 1
    assert groups["claims"].childCount() == 1
    assert groups["requests"].childCount() == 1
    # How many promises are due is read on a worker, then said in the notice bar.
    qtbot.waitUntil(lambda: window.notice.isVisibleTo(window), timeout=5000)
    assert window.notice.message.text() == "1 promise(s) due or overdue."
    line = groups["requests"].child(0)
    window.today_view.tree.itemActivated.emit(line, 0)
    form = window.findChild(RecordForm, "record_form_request")
    assert form is not None and next(iter(form.editors)) == "judgment"
    assert window.customer_page.customer_id == seeded["ann"].id
    form.reject()


def test_a_promise_falling_due_while_running_is_announced(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], add_record: Any
) -> None:
    day = [date.today()]
    add_record(services, "promise", seeded["bob"].id, text="Call back", due=day[0] + timedelta(1))
    watcher = DueWatcher(services.today, lambda: day[0])
    with qtbot.waitSignal(watcher.first_count) as counted:
        pass  # the first read is on a worker
    assert counted.args == [1]  # Ann's overdue promise (seeded)
    heard: list[list[Any]] = []
    watcher.fell_due.connect(heard.append)
    with qtbot.waitSignal(watcher.reads.settled):
        watcher.check()
    assert heard == []  # nothing fell due
    day[0] += timedelta(days=1)
    with qtbot.waitSignal(watcher.fell_due) as blocker:
        watcher.check()
    [item] = blocker.args[0]
    assert item.customer_name == "Bob Baker" and item.text == "Call back"
    assert watcher.overdue_count() == 2
    with qtbot.waitSignal(watcher.reads.settled):
        watcher.check()
    assert len(heard) == 1  # announced once
    window = window_on(qtbot, services, ui_settings)
    window.remind([item])
    assert "Bob Baker" in window.notice.message.text()
    watcher.stop()


def test_the_due_promises_are_read_on_a_worker(
    qtbot: Any, services: Services, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watcher's reads (at start, after a change, every minute) never hold the window."""
    threads: list[str] = []
    due_ids = services.today.due_ids

    def traced(day: Any) -> frozenset[int]:
        threads.append(threading.current_thread().name)
        return due_ids(day)

    monkeypatch.setattr(services.today, "due_ids", traced)
    bus = Bus()
    watcher = DueWatcher(services.today, date.today, bus=bus)
    assert watcher.overdue_count() == 0  # not read yet: the constructor did not wait
    with qtbot.waitSignal(watcher.first_count) as counted:
        pass
    assert counted.args == [1]  # Ann's overdue promise (seeded)
    with qtbot.waitSignal(watcher.reads.settled):
        bus.publish(Changes(kinds=frozenset({"promise"})))
    with qtbot.waitSignal(watcher.reads.settled):
        watcher.check()
    assert len(threads) == 3 and "MainThread" not in threads
    watcher.stop()


def test_a_first_read_that_fails_is_tried_again_at_the_next_check(
    qtbot: Any, services: Services, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    due_ids = services.today.due_ids

    def busy(day: Any) -> frozenset[int]:
        raise DatabaseError("the database is busy")

    monkeypatch.setattr(services.today, "due_ids", busy)
    watcher = DueWatcher(services.today, date.today)
    qtbot.waitUntil(lambda: not watcher.reads.busy, timeout=5000)
    assert watcher.overdue_count() == 0
    monkeypatch.setattr(services.today, "due_ids", due_ids)
    with qtbot.waitSignal(watcher.first_count) as counted:
        watcher.check()
    assert counted.args == [1] and watcher.overdue_count() == 1
    watcher.stop()


def test_record_tabs_read_their_rows_when_first_shown(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = window_on(qtbot, services, ui_settings)
    window.show()
    window.customer_list.select(seeded["ann"].id)
    page = window.customer_page
    promises = page.record_tabs["promise"]
    assert page.tabs.currentWidget() is page.timeline
    assert not promises.loaded()  # opening the customer read no promise
    page.tabs.setCurrentWidget(promises)
    assert promises.loaded() and promises.view.model().rowCount() == 1
    window.customer_list.select(seeded["bob"].id)
    assert promises.loaded()  # the tab shown reads at once
    assert promises.view.model().rowCount() == 0
    assert not page.record_tabs["claim"].loaded()


def test_scores_arrive_from_a_worker_and_a_late_result_is_dropped(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ann_may_finish = threading.Event()
    finished: list[int] = []
    real_read = services.scores.view

    def read(customer_id: int) -> Any:
        if customer_id == seeded["ann"].id:
            wait_for(ann_may_finish, 10)  # Ann's read comes back only after Bob's
        loaded = real_read(customer_id)
        finished.append(customer_id)
        return loaded

    monkeypatch.setattr(services.scores, "view", read)
    window = window_on(qtbot, services, ui_settings)
    window.show()
    page = window.customer_page
    window.customer_list.select(seeded["ann"].id)
    assert page.scores is None and page.scores_pending()
    qtbot.waitUntil(lambda: page._scores_job is not None)  # Ann's read has started
    window.customer_list.select(seeded["bob"].id)
    qtbot.waitUntil(lambda: not page.scores_pending(), timeout=5000)
    assert page.scores is not None and page.scores.customer_id == seeded["bob"].id
    assert page.scores_tab.summary.text().startswith("Difficulty")
    ann_may_finish.set()
    qtbot.waitUntil(lambda: seeded["ann"].id in finished, timeout=5000)
    qtbot.wait(200)  # the worker's result is picked up by a 50 ms poll
    assert page.scores.customer_id == seeded["bob"].id
