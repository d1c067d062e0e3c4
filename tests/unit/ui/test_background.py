"""Background: a worker's outcome on the GUI thread, and whether the window has settled."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from PySide6.QtCore import QObject

from crmnote.ui import background
from crmnote.ui.background import Background, Pending
from crmnote.ui.newest import Newest


def test_busy_until_the_outcome_is_shown_not_only_until_the_worker_ends(qtbot: Any) -> None:
    gate = threading.Event()

    def work() -> int:
        while not gate.is_set():  # a sleep loop: a timed wait never wakes under faketime
            time.sleep(0.002)
        return 7

    owner = QObject()
    job = Background(work, owner)
    shown: list[int] = []
    job.done.connect(lambda result: shown.append(result))
    # Workers of earlier tests in this process deliver their outcomes first.
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    job.start()
    assert Background.busy()
    gate.set()
    deadline = time.monotonic() + 5
    while job.running() and time.monotonic() < deadline:  # no events: nothing delivered
        time.sleep(0.002)
    assert not job.running()
    assert Background.busy() and shown == []  # ended, its outcome not yet delivered
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    assert shown == [7]


def test_a_job_deleted_with_its_owner_before_its_outcome_is_not_counted(qtbot: Any) -> None:
    gate = threading.Event()

    def work() -> None:
        while not gate.is_set():
            time.sleep(0.002)

    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    owner = QObject()
    Background(work, owner).start()
    assert Pending.count == 1
    owner.deleteLater()
    qtbot.waitUntil(lambda: not Pending.count, timeout=5000)
    gate.set()
    assert Background.finish_all(5)
    assert not Background.busy()


def held_until(gate: threading.Event, value: Any) -> Any:
    def work() -> Any:
        while not gate.is_set():  # a sleep loop: a timed wait never wakes under faketime
            time.sleep(0.002)
        return value

    return work


def test_newest_counts_its_request_until_the_outcome_is_delivered(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    gate = threading.Event()
    owner = QObject()
    newest = Newest(owner)
    shown: list[str] = []
    newest.submit(held_until(gate, "old"), shown.append)
    newest.submit(held_until(gate, "new"), shown.append)  # overtakes: still counted once
    assert Pending.count == 1 and Background.busy()
    gate.set()
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    assert Pending.count == 0
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)  # the worker thread ends


def test_a_cancelled_newest_request_is_not_counted(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    gate = threading.Event()
    owner = QObject()
    newest = Newest(owner)
    shown: list[str] = []
    newest.submit(held_until(gate, "gone"), shown.append)
    assert Pending.count == 1
    newest.cancel()
    assert Pending.count == 0
    gate.set()
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    assert shown == []


def test_a_newest_deleted_with_its_owner_while_a_request_is_pending_is_not_counted(
    qtbot: Any,
) -> None:
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    gate = threading.Event()
    owner = QObject()
    newest = Newest(owner)
    newest.submit(held_until(gate, "lost"), lambda _: None)
    newest.submit(held_until(gate, "lost too"), lambda _: None)
    assert Pending.count == 1
    del newest
    owner.deleteLater()
    qtbot.waitUntil(lambda: not Pending.count, timeout=5000)
    gate.set()  # the worker ends with nobody to tell
    assert Background.finish_all(5)
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    assert Pending.count == 0


def test_a_worker_gives_freed_memory_back_as_it_ends(qtbot: Any, monkeypatch: Any) -> None:
    from crmnote.ui import background, newest

    given_back: list[str] = []

    def release() -> None:
        given_back.append(threading.current_thread().name)

    monkeypatch.setattr(background, "release_freed_memory", release)
    monkeypatch.setattr(newest, "release_freed_memory", release)
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
    owner = QObject()
    job = Background(lambda: given_back.append("work"), owner)
    job.start()
    reader = Newest(owner)
    reader.submit(lambda: None, lambda _: None)
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    assert sorted(given_back) == ["crmnote-background", "crmnote-newest", "work"]
    assert given_back.index("work") < given_back.index("crmnote-background")


def test_freed_memory_is_given_back_through_glibc_on_linux() -> None:
    import sys

    from crmnote.ui.background import _malloc_trim, release_freed_memory

    release_freed_memory()  # never fails, whatever the C library
    if sys.platform.startswith("linux") and os.confstr("CS_GNU_LIBC_VERSION"):
        assert _malloc_trim() is not None


def test_newests_deleted_as_their_workers_end_crash_nothing(
    qtbot: Any,
) -> None:
    # The worker emits on the long-lived relay, never on the Newest its owner is deleting.
    told: list[Any] = []
    for round_ in range(60):
        owner = QObject()
        newest = Newest(owner)
        gate = threading.Event()
        newest.submit(held_until(gate, round_), told.append)
        gate.set()  # the worker ends as the owner goes
        del newest
        owner.deleteLater()
        qtbot.wait(1)
    assert Background.finish_all(5)
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    # an outcome that arrived before its owner went was delivered once; the rest were dropped
    assert sorted(told) == sorted(set(told)) and set(told) <= set(range(60))
    assert Pending.count == 0


def test_a_new_stage_at_the_same_fraction_is_reported_once(qtbot: Any) -> None:
    """A stage that starts where the last ended still reaches the GUI (a move's status line
    names the table being copied); a repeat of the same report does not."""
    seen: list[tuple[int, int]] = []

    def until_seen(n: int) -> None:
        while len(seen) < n:  # a sleep loop: a timed wait never wakes under faketime
            time.sleep(0.002)

    def work() -> None:
        job.report(5, 10, "customers")
        until_seen(1)
        job.report(5, 10, "interactions")
        until_seen(2)
        job.report(5, 10, "interactions")

    owner = QObject()
    job = Background(work, owner)
    job.progress.connect(lambda done, total: seen.append((done, total)))
    job.start()
    qtbot.waitUntil(lambda: not job.running() and not Background.busy())
    assert seen == [(5, 10), (5, 10)]


def test_the_outcome_is_shown_as_the_work_ends_not_at_the_next_poll(
    qtbot: Any, monkeypatch: Any
) -> None:
    """The worker wakes the GUI thread: a poll ten minutes away is not waited for, and the
    `done` handler already sees the job as no longer running (the sync and move dialogs
    enable their actions from it)."""
    monkeypatch.setattr(background, "POLL_MS", 600_000)
    owner = QObject()
    job = Background(lambda: 7, owner)
    seen: list[tuple[int, bool]] = []
    job.done.connect(lambda result: seen.append((result, job.running())))
    with qtbot.waitSignal(job.done, timeout=30_000):
        job.start()
    assert seen == [(7, False)]


def test_jobs_run_without_the_cyclic_collector_which_resumes_after_the_last(
    qtbot: Any,
) -> None:
    """A full collection on a worker holds the interpreter and stalls the window: jobs of
    Background and Newest run with the collector paused, even when one fails; it runs again
    once the last of them has ended."""
    import gc

    was = gc.isenabled()
    gc.enable()
    try:
        qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)
        seen: list[bool] = []
        gate = threading.Event()

        def held() -> None:
            seen.append(gc.isenabled())
            while not gate.is_set():
                time.sleep(0.002)

        def failing() -> None:
            seen.append(gc.isenabled())
            raise ValueError("refused")

        owner = QObject()
        first, second = Background(held, owner), Background(failing, owner)
        failures: list[object] = []
        second.failed.connect(failures.append)
        first.start()
        second.start()
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
        assert not gc.isenabled()  # the first job still runs
        gate.set()
        qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
        assert gc.isenabled()
        newest = Newest(owner)
        shown: list[object] = []
        newest.submit(gc.isenabled, shown.append)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        assert seen == [False, False] and shown == [False] and gc.isenabled()
    finally:
        if not was:
            gc.disable()
