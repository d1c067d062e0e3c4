"""Start-up shows the main window with its list and Today before the services have loaded;
they load on a worker and take over; the window's own modules never import SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings

from crmnote import app as app_module
from crmnote.bootstrap import first_screen, open_database
from crmnote.services.book_services import Services
from crmnote.services.first_screen import DeferredServices
from crmnote.services.list_query import ListQuery
from crmnote.ui import accessibility
from crmnote.ui.accessibility import AccessibleNames
from crmnote.ui.window.main_window import MainWindow


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    opened = open_database(str(path))
    try:
        opened.demo().generate(customers=30, seed=2)
    finally:
        opened.close()
    return path


def test_the_window_paints_its_first_screen_before_the_services_load(
    qtbot: Any, book: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = first_screen(str(book))
    assert first is not None
    deferred = DeferredServices(first)

    def no_waiting() -> Services:
        raise AssertionError("the first screen waited for the services")

    monkeypatch.setattr(deferred, "wait", no_waiting)
    window = MainWindow(cast(Services, deferred), book.name, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = [r.name for r in window.customer_list.model.rows()]
    assert len(shown) == 30 and shown == sorted(shown)
    assert window.right.currentWidget() is window.today_view
    assert set(window.today_view.groups) >= {"overdue", "due_soon", "requests"}
    monkeypatch.undo()
    # The services arrive; what needs them works from then on.
    opened = open_database(str(book))
    try:
        deferred.provide(opened.services)
        deferred.settle()
        first_id = window.customer_list.model.row_at(0).id
        window.show_customer(first_id)
        assert window.customer_page.customer_id == first_id
        window.customer_list.search.setText(shown[0][:3])
        window.customer_list.apply_filters()
        query = ListQuery(search=shown[0][:3])
        expected = [r.name for r in opened.services.customer_list.page(query, 0, 200)]
        qtbot.waitUntil(lambda: [r.name for r in window.customer_list.model.rows()] == expected)
    finally:
        window.close()
        opened.close()


def test_quitting_before_the_services_load_does_not_wait_for_them(
    qtbot: Any, book: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the window right after start: the watcher for other programs' writes stops
    without waiting for the services still loading (it waited for them, ~0.4 s at 100k)."""
    first = first_screen(str(book))
    assert first is not None
    deferred = DeferredServices(first)

    def no_waiting() -> Services:
        raise AssertionError("quitting waited for the services")

    monkeypatch.setattr(deferred, "wait", no_waiting)
    window = MainWindow(cast(Services, deferred), book.name, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert not window.outside.timer.isActive()
    monkeypatch.undo()
    # The services arriving afterwards open nothing for the stopped watcher.
    opened = open_database(str(book))
    try:
        deferred.provide(opened.services)
        deferred.settle()
        assert not opened.services.outside_writes.watching()
    finally:
        opened.close()


class _Shell:
    closed = False

    def close(self) -> None:
        self.closed = True


def test_start_up_opens_the_book_behind_the_first_screen(qapp: Any, qtbot: Any, book: Path) -> None:
    started = app_module._Started()
    shell = _Shell()
    started.open(qapp, shell, str(book))
    try:
        assert shell.closed and started.window is not None
        assert started.window.customer_list.model.rowCount() == 30
        # Nothing built with the window waited for the services (that would hang: loading
        # starts after the first paint); sync takes its first look once they are in.
        assert not started.window.sync.started
        qtbot.waitUntil(lambda: started.opened is not None, timeout=20_000)
        assert started.window.sync.started
        assert started.opened is not None and started.opened.services.customers.count() == 30
        qtbot.waitUntil(
            lambda: started.backup is None or not started.backup.running(), timeout=20_000
        )
    finally:
        started.window.close()
        started.close()


def test_fields_are_named_from_the_main_windows_first_paint_on(
    qapp: Any, qtbot: Any, book: Path
) -> None:
    """The filter naming every window's fields sees every event in Python: start-up installs
    it once the main window has painted (and names that window's fields then), not before."""
    earlier = qapp.findChild(AccessibleNames, "accessible_names")
    if earlier is not None:  # installed by an earlier test in this process
        qapp.removeEventFilter(earlier)
        earlier.setParent(None)
    started = app_module._Started()
    started.open(qapp, _Shell(), str(book))
    try:
        assert qapp.findChild(AccessibleNames, "accessible_names") is None
        qtbot.waitUntil(lambda: qapp.findChild(AccessibleNames, "accessible_names") is not None)
        assert not accessibility.unnamed(started.window)
        qtbot.waitUntil(lambda: started.opened is not None, timeout=20_000)
        qtbot.waitUntil(
            lambda: started.backup is None or not started.backup.running(), timeout=20_000
        )
    finally:
        started.window.close()
        started.close()


def test_a_book_that_needs_more_than_reading_opens_the_usual_way(qapp: Any, tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    assert first_screen(str(new)) is None  # made at start-up, with Alembic
    started = app_module._Started()
    shell = _Shell()
    started.open(qapp, shell, str(new))
    try:
        assert started.opened is not None and started.loading is None
    finally:
        started.window.close()
        started.close()


def test_the_main_window_and_start_up_import_no_sqlalchemy() -> None:
    probe = (
        "import sys\n"
        "import crmnote.app, crmnote.bootstrap, crmnote.services.first_screen\n"
        "import crmnote.ui.window.main_window, crmnote.ui.widgets.today_view\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_start_up_leaves_the_field_naming_filter_to_after_the_paint() -> None:
    """`ui.accessibility` (~20 ms to import, and a filter that costs every event a call into
    Python) is for after the main window's first paint; the main window does not need it."""
    probe = (
        "import sys\n"
        "import crmnote.app, crmnote.bootstrap, crmnote.services.first_screen\n"
        "import crmnote.ui.window.main_window, crmnote.ui.widgets.today_view\n"
        "print('crmnote.ui.accessibility' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_main_window_leaves_the_record_kinds_to_first_use() -> None:
    """The record kinds, their entities and the standards (~40 ms to import) are for forms and
    messages about records: the list and Today paint without them."""
    heavy = ["crmnote.domain.entities", "crmnote.domain.kinds", "crmnote.domain.standards"]
    probe = (
        "import sys\n"
        "import crmnote.app, crmnote.bootstrap, crmnote.services.first_screen\n"
        "import crmnote.ui.window.main_window, crmnote.ui.widgets.today_view\n"
        f"print(sorted(set(sys.modules) & {set(heavy)!r}))\n"
        "from crmnote.ui import editing, labels\n"  # and the lazy imports still resolve
        "from crmnote.domain.entities import ContactPoint\n"
        "print(labels.show(ContactPoint(value='555 0100', label='work')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "555 0100 (work)"]


def test_waiting_for_the_services_first_starts_their_loading(book: Path) -> None:
    first = first_screen(str(book))
    assert first is not None
    deferred = DeferredServices(first)
    opened = open_database(str(book))
    starts: list[int] = []

    def start() -> None:  # what app.py's _start_loading does, the worker done at once
        starts.append(1)
        deferred.provide(opened.services)

    deferred.before_waiting(start)
    try:
        assert deferred.wait() is opened.services and starts == [1]
        assert deferred.wait() is opened.services and starts == [1]  # loaded: not again
    finally:
        deferred.settle()
        opened.close()
