"""ui/loading.py: a window's read on a worker, "Loading…" meanwhile, the newest result shown."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from crmnote.domain.errors import DatabaseError
from crmnote.ui.background import Background, import_soon
from crmnote.ui.loading import Loader
from crmnote.ui.widgets.region_box import RegionBox, region_name


def held(gate: threading.Event, value: Any) -> Callable[[], Any]:
    """Work that waits for `gate` (short sleeps: no timed waits under faketime)."""

    def work() -> Any:
        while not gate.is_set():
            time.sleep(0.001)
        return value() if callable(value) else value

    return work


@pytest.fixture
def loader(qtbot: Any) -> Iterator[Loader]:
    window = QWidget()
    qtbot.addWidget(window)
    yield Loader(window)
    qtbot.waitUntil(lambda: not Background.busy())  # nothing left for the next test


def test_the_result_is_read_on_a_worker_and_shown_on_the_gui_thread(
    qtbot: Any, loader: Loader
) -> None:
    gate = threading.Event()
    shown: list[tuple[str, bool]] = []

    def show(name: str) -> None:
        shown.append((name, threading.current_thread() is threading.main_thread()))

    loader.load(held(gate, lambda: threading.current_thread().name), show)
    assert loader.busy and loader.note.text() == "Loading…" and not loader.note.isHidden()
    assert shown == []
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        gate.set()
    assert shown == [("crmnote-newest", True)]
    assert not loader.busy and loader.note.isHidden()


def test_only_the_newest_request_is_shown(qtbot: Any, loader: Loader) -> None:
    gate = threading.Event()
    shown: list[str] = []
    loader.load(held(gate, "old"), shown.append)
    loader.load(held(gate, "new"), shown.append)
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: not loader.busy)
    assert shown == ["new"]


def test_a_cancelled_request_shows_nothing(qtbot: Any, loader: Loader) -> None:
    gate = threading.Event()
    shown: list[str] = []
    loader.load(held(gate, "gone"), shown.append)
    loader.cancel()
    assert not loader.busy and loader.note.isHidden()
    gate.set()
    loader.load(held(gate, "after"), shown.append)
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        pass
    assert shown == ["after"]


def test_a_failed_read_says_why_where_the_loading_line_was(qtbot: Any, loader: Loader) -> None:
    shown: list[str] = []

    def fails() -> str:
        raise DatabaseError("the book is locked")

    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        loader.load(fails, shown.append)
    assert shown == [] and loader.error == "the book is locked"
    assert loader.note.text() == "Could not read: the book is locked"
    assert not loader.note.isHidden() and not loader.busy


def test_regions_are_named_with_their_calling_code(qtbot: Any) -> None:
    assert region_name("DE") == "Deutschland (DE, +49)"
    assert region_name("US").endswith("(US, +1)")
    box = RegionBox("none")
    qtbot.addWidget(box)
    codes = {box.itemData(i) for i in range(box.count())}
    assert {"", "DE", "FR", "JP"} <= codes and box.count() > 200


def test_the_region_box_is_sized_for_a_usual_name_without_measuring_every_region(
    qtbot: Any,
) -> None:
    """Its width comes from a count of characters: the same with one entry as with ~250 (each
    measured in its own script cost the Settings ~60 ms on first opening), and room enough
    for the "none" entry and a usual name with its codes."""
    none = "None: numbers carry their +country code"
    full, bare = RegionBox(none), RegionBox(none)
    qtbot.addWidget(full)
    qtbot.addWidget(bare)
    while bare.count() > 1:
        bare.removeItem(1)
    assert full.sizeHint() == bare.sizeHint()
    metrics = full.fontMetrics()
    usual = max(metrics.horizontalAdvance(region_name("DE")), metrics.horizontalAdvance(none))
    assert full.sizeHint().width() > usual


def test_a_module_is_imported_on_a_worker(qtbot: Any, loader: Loader) -> None:
    sys.modules.pop("colorsys", None)
    import_soon("colorsys", loader)
    qtbot.waitUntil(lambda: "colorsys" in sys.modules, timeout=10_000)
