"""Filtering the customer list never makes the window wait: the rows are read on a worker, the
newest filters win, and what happens meanwhile (a sort, a change) is not lost."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import Qt

from crmnote.domain.errors import DatabaseError
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus
from crmnote.ui.models.customer_list import Column
from crmnote.ui.newest import Newest
from crmnote.ui.widgets.customer_list import CustomerListPanel
from tests.unit.ui.conftest import add
from tests.waits import wait_for


class Gated:
    """The list service, whose reads for the searches in `held` wait until `release`."""

    def __init__(self, service: Any, *held: str) -> None:
        self._service = service
        self.held = set(held)
        self.gate = threading.Event()
        self.started = threading.Event()
        self.fail_with: Exception | None = None

    def first_page(self, query: Any, limit: int = 200, stop: Any = None) -> Any:
        """What the panel reads at each keystroke."""
        self._hold(query, stop)
        return self._service.first_page(query, limit, stop)

    def page(self, query: Any, offset: int = 0, limit: int = 200, stop: Any = None) -> Any:
        self._hold(query, stop)
        return self._service.page(query, offset, limit, stop)

    def _hold(self, query: Any, stop: Any) -> None:
        if query.search in self.held:
            self.started.set()
            # Released, or stopped by a later keystroke (short sleeps: no timed waits).
            for _ in range(1000):
                if self.gate.is_set() or (stop is not None and stop.stopped):
                    break
                time.sleep(0.01)
            else:
                raise AssertionError("never released")
        if self.fail_with is not None and query.search:
            raise self.fail_with

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


def names(panel: CustomerListPanel) -> list[str]:
    return [r.name for r in panel.model.rows()]


def test_a_slow_read_keeps_the_window_going_and_the_newest_filter_wins(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    gated = Gated(services.customer_list, "b")
    panel = CustomerListPanel(gated)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    shown: list[list[str]] = []
    panel.model.modelReset.connect(lambda: shown.append(names(panel)))
    panel.search.setText("b")
    panel.apply_filters()
    assert wait_for(gated.started, 5)
    # The read waits; the window does not: events are processed, the old rows stay.
    ticks: list[int] = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3)
    assert panel.filtering and names(panel) == ["Ann Archer", "Bob Baker", "Cat Cole"]
    panel.search.setText("bak")  # the next keystroke, while "b" is still being read
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        panel.apply_filters()
        gated.gate.set()
    assert names(panel) == ["Bob Baker"] and not panel.filtering
    assert shown == [["Bob Baker"]]  # the rows of "b" were never shown
    assert panel.count_label.text() == "1 customer(s)"


def test_a_sort_while_reading_is_kept(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    gated = Gated(services.customer_list, "a")
    panel = CustomerListPanel(gated)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.search.setText("a")
    panel.apply_filters()
    assert wait_for(gated.started, 5)
    panel.model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    gated.held.clear()
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        gated.gate.set()
    assert panel.model.query.search == "a" and panel.model.query.descending
    assert names(panel) == sorted(names(panel), reverse=True) and len(names(panel)) >= 2


def test_a_change_while_reading_is_shown(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    bus = Bus()
    gated = Gated(services.customer_list, "ba")
    panel = CustomerListPanel(gated, bus=bus)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.search.setText("ba")
    panel.apply_filters()
    assert wait_for(gated.started, 5)
    dan = add(services, "customer", name="Dan Bates")
    bus.publish(Changes.of("customer", dan.id, dan.id, new=True))
    gated.held.clear()
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        gated.gate.set()
    assert names(panel) == ["Bob Baker", "Dan Bates"]


def test_a_failed_read_is_said_under_the_list(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    gated = Gated(services.customer_list)
    gated.fail_with = DatabaseError("the disk is gone")
    panel = CustomerListPanel(gated)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.search.setText("ann")
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        panel.apply_filters()
    assert "the disk is gone" in panel.count_label.text()
    assert len(names(panel)) == 3  # what was shown stays


def test_only_the_newest_request_is_answered(qtbot: Any) -> None:
    newest = Newest()
    gate = threading.Event()
    answered: list[str] = []

    def held() -> str:
        assert wait_for(gate, 10)
        return "first"

    newest.submit(held, answered.append)
    newest.submit(lambda: "second", answered.append)
    newest.submit(lambda: "third", answered.append)
    assert newest.busy
    with qtbot.waitSignal(newest.settled, timeout=5000):
        gate.set()
    assert answered == ["third"] and not newest.busy
    failures: list[Exception] = []
    with qtbot.waitSignal(newest.settled, timeout=5000):
        newest.submit(lambda: 1 // 0, answered.append, failures.append)
    assert isinstance(failures[0], ZeroDivisionError) and answered == ["third"]


def test_a_read_overtaken_by_the_next_keystroke_is_stopped(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    """The held read of "b" is never released: only the stop pressed when "bak" is typed
    ends it (the database's own cancel is tested in tests/unit/storage/test_interrupt.py)."""
    gated = Gated(services.customer_list, "b")
    panel = CustomerListPanel(gated)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.search.setText("b")
    panel.apply_filters()
    assert wait_for(gated.started, 5)
    panel.search.setText("bak")
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        panel.apply_filters()
    assert names(panel) == ["Bob Baker"] and not gated.gate.is_set()
    assert panel.count_label.text() == "1 customer(s)"


def test_newest_stops_the_request_it_overtakes_and_only_that_one(qtbot: Any) -> None:
    newest = Newest()
    stopped: list[str] = []
    started = threading.Event()
    halt = threading.Event()

    def held() -> str:
        started.set()
        while not halt.is_set():
            time.sleep(0.01)
        return "first"

    newest.submit(held, print, stop=lambda: (stopped.append("first"), halt.set()))
    assert wait_for(started, 5)
    answered: list[str] = []
    with qtbot.waitSignal(newest.settled, timeout=5000):
        newest.submit(lambda: "second", answered.append, stop=lambda: stopped.append("second"))
    assert answered == ["second"] and stopped == ["first"]
    # Nothing under way: a cancel stops nothing.
    newest.cancel()
    assert stopped == ["first"]
