"""One blocking service call on a worker thread, its outcome delivered on the GUI thread.

The services open their own session per call and the engine's pool hands each thread its own
SQLite connection, so a long write (recomputing every score) can run while the window repaints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 50


class Background(QObject):
    """Emits `done(result)` or `failed(exception)` once `work` has returned or raised."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._outcome: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._run, name="crmnote-background", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            self._outcome["result"] = self._work()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self._outcome["error"] = exc

    def _poll(self) -> None:
        if self._thread.is_alive():
            return
        self._timer.stop()
        if "error" in self._outcome:
            self.failed.emit(self._outcome["error"])
        else:
            self.done.emit(self._outcome.get("result"))
