"""Background: a worker's outcome on the GUI thread, and whether the window has settled."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject

from crmnote.ui.background import Background


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
    qtbot.waitUntil(lambda: not job.running(), timeout=5000)
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
    assert Background._pending == 1
    owner.deleteLater()
    qtbot.waitUntil(lambda: not Background._pending, timeout=5000)
    gate.set()
    assert Background.finish_all(5)
    assert not Background.busy()
