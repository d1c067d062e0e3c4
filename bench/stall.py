"""How long the GUI thread kept its event loop from running: a heartbeat timer's longest gap.

A precise 1 ms timer ticks whenever the event loop gets to run; the longest time between two
ticks (or between the start and the first tick, the last tick and the stop) is the longest
the window could neither repaint nor take a key. Work on another thread shows up only as far
as it keeps the interpreter from the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, SignalInstance


class StallProbe(QObject):
    """`start()`, drive the event loop, `stop()` → the longest stall in seconds."""

    def __init__(self, interval_ms: int = 1) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


def wait_for(signal: SignalInstance, timeout_ms: int = 60_000) -> None:
    """Run the event loop until `signal` is emitted (or the timeout passes)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        loop.exec()
    finally:
        signal.disconnect(loop.quit)
