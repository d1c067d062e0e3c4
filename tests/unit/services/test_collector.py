"""The collector pause nests, spans threads and leaves the collector as it found it."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

import pytest

from crmnote.services.collector import collector_paused


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_resumed_after(collecting: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer section still runs
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused(collecting: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_resumed_after_an_error(collecting: None) -> None:
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_sections_on_two_threads_resume_once_both_ended(collecting: None) -> None:
    entered, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with collector_paused():
            entered.set()
            while not release.is_set():
                time.sleep(0.001)
        seen.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        while not entered.is_set():
            time.sleep(0.001)
    assert not gc.isenabled()  # the other thread's section still runs
    release.set()
    thread.join()
    assert gc.isenabled()
    assert seen == [True]
