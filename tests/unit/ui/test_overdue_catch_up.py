"""While the app runs, promises falling overdue reach the scores (docs/scoring.md): the window's
catch-up publishes what it rescored, shrugs off a busy book, and stops with the window."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.domain.errors import StorageError
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.window.main_window import MainWindow
from crmnote.ui.window.reminders import OverdueCatchUp


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
    changes = window.overdue.run()
    assert bob in changes.customer_ids and changes.touches("scores")
    assert published and bob in published[-1].customer_ids
    assert not window.overdue.run()  # once a day: nothing new, nothing published
    assert window.overdue.first.isActive() and window.overdue.timer.isActive()
    window.close()
    assert not window.overdue.first.isActive() and not window.overdue.timer.isActive()


def test_a_busy_book_is_tried_again_later(qtbot: Any) -> None:
    published: list[Changes] = []

    def busy() -> Changes:
        raise StorageError("the database is busy; nothing was saved")

    catch_up = OverdueCatchUp(busy, published.append)
    assert not catch_up.run() and published == []
    assert catch_up.timer.isActive()  # the next check tries again
    catch_up.stop()
    assert not catch_up.timer.isActive() and not catch_up.first.isActive()


def test_the_window_renews_the_team_comparison_on_a_worker(
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
    job = window.team_refresh.run()
    assert job is not None
    assert window.team_refresh.run() is None or not job.running()  # one worker at a time
    with qtbot.waitSignal(job.done) as blocker:
        pass
    assert blocker.args[0].touches("staff")
    assert published and published[-1].touches("staff")
    assert services.staff_report.refresh_team() == Changes()  # kept: fresh for a day
    second = window.team_refresh.run()
    assert second is not None
    with qtbot.waitSignal(second.done) as blocker:
        pass
    assert not blocker.args[0]
    window.close()
    assert not window.team_refresh.first.isActive() and not window.team_refresh.timer.isActive()
    assert window.team_refresh.run() is None  # closed: the book may be closing too
