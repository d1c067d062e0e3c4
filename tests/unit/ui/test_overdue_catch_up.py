"""While the app runs, what the list and the advice read is brought up to today on a worker
(docs/scoring.md): promises fallen overdue reach the scores, the team comparison is renewed;
what changed is published, a busy book is tried again later, and it all stops with the window."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.domain.errors import StorageError
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.window.main_window import MainWindow
from crmnote.ui.window.reminders import DailyCatchUp


def finished(qtbot: Any, catch_up: DailyCatchUp) -> Changes:
    """Run one catch-up and wait for what its worker returned."""
    job = catch_up.run()
    assert job is not None
    with qtbot.waitSignal(job.done) as blocker:
        pass
    changes = blocker.args[0]
    assert isinstance(changes, Changes)
    return changes


def test_the_window_catches_up_on_promises_fallen_overdue(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], add_record: Any
) -> None:
    now = datetime.now().replace(microsecond=0)
    bob = seeded["bob"].id
    add_record(
        services, "promise", bob, text="Send the invoice", made_at=now - timedelta(days=40),
        due=(now - timedelta(days=30)).date(),
    )  # fmt: skip
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    published: list[Changes] = []
    window.bus.subscribe(window, published.append)
    changes = finished(qtbot, window.catch_up)
    assert bob in changes.customer_ids and changes.touches("scores")
    assert published and bob in published[-1].customer_ids
    published.clear()
    assert not finished(qtbot, window.catch_up)  # once a day: nothing new, nothing published
    assert published == []
    assert window.catch_up.first.isActive() and window.catch_up.timer.isActive()
    window.close()
    assert not window.catch_up.first.isActive() and not window.catch_up.timer.isActive()
    assert window.catch_up.run() is None  # closed: the book may be closing too


def test_the_window_renews_the_team_comparison(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    """The advice's team comparison is renewed without anyone opening the Staff report; the
    views hear of it when who is an outlier changed."""
    dana, _ = services.records.add("staff", {"name": "Dana"})
    alex, _ = services.records.add("staff", {"name": "Alex"})
    now = datetime.now().replace(microsecond=0)
    for k in range(12):
        at = now - timedelta(days=2 * k + 1)
        services.records.add("interaction", {"mood": -2, "staff_id": dana.id, "at": at},
                             seeded["ann"].id)  # fmt: skip
        services.records.add("interaction", {"mood": 0, "staff_id": alex.id, "at": at},
                             seeded["bob"].id)  # fmt: skip
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    published: list[Changes] = []
    window.bus.subscribe(window, published.append)
    job = window.catch_up.run()
    assert job is not None
    assert window.catch_up.run() is None or not job.running()  # one worker at a time
    with qtbot.waitSignal(job.done) as blocker:
        pass
    assert blocker.args[0].touches("staff")
    assert published and published[-1].touches("staff")
    assert services.staff_report.refresh_team() == Changes()  # kept: fresh for a day
    assert not finished(qtbot, window.catch_up)
    window.close()


def test_a_busy_book_is_tried_again_later(qtbot: Any) -> None:
    published: list[Changes] = []

    def busy() -> Changes:
        raise StorageError("the database is busy; nothing was saved")

    catch_up = DailyCatchUp(busy, published.append)
    job = catch_up.run()
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert published == [] and catch_up.timer.isActive()  # the next check tries again
    catch_up.stop()
    assert not catch_up.timer.isActive() and not catch_up.first.isActive()
