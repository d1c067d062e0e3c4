"""Start-up by first paint: the window shell shows before the database opens.

Importing SQLAlchemy's ORM, Alembic and the services costs more than starting Qt, so
`app.run_gui` shows this light shell first (only PySide6 is imported by then) and opens the
database once it has painted; the main window then takes the shell's place.

Benchmark hook: with CRMNOTE_BENCH_EXIT_ON_PAINT=1 in the environment the app prints
`crmnote-bench first-paint T` when the first window has painted and `crmnote-bench
main-window T` when the main window has (T = time.monotonic()), then quits
(`bench/startup_bench.py`). Nothing else changes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

BENCH_ENV = "CRMNOTE_BENCH_EXIT_ON_PAINT"
# The main window's saved geometry (ui/window/layout.py), so the shell opens where it will be.
_GEOMETRY_KEY = "main/geometry"
# Fallback when the shell is never exposed (started minimised, or a platform without expose).
_NO_PAINT_MS = 300


def benchmarking() -> bool:
    return os.environ.get(BENCH_ENV) == "1"


def bench_stamp(what: str) -> None:
    print(f"crmnote-bench {what} {time.monotonic():.6f}", flush=True)


class AfterFirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `widget` first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 0) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        if fallback_ms:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            # The rest of the window paints in this same pass; `then` runs after it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


class Shell(QMainWindow):
    """What the user sees for the moment the database takes to open."""

    def __init__(self, db_name: str) -> None:
        super().__init__()
        self.setObjectName("start_shell")
        self.setWindowTitle(self.tr("crmnote — {0}").format(db_name))
        # A status line, not a centred label: the `Qt` namespace alone takes ~80 ms to load.
        self.statusBar().showMessage(self.tr("Opening {0}…").format(db_name))
        geometry = QSettings().value(_GEOMETRY_KEY)
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1280, 720)  # the main window's default (it places itself on screen)


def show_shell(db_name: str, then: Callable[[], None]) -> Shell:
    """Show the shell and call `then` once it has painted (or after a short while at most)."""
    shell = Shell(db_name)

    def painted() -> None:
        if benchmarking():
            bench_stamp("first-paint")
        then()

    AfterFirstPaint(shell, painted, 0 if benchmarking() else _NO_PAINT_MS)
    shell.show()
    return shell


def stamp_main_window(window: QWidget) -> None:
    """Under the benchmark hook: report the main window's first paint, then quit."""
    if not benchmarking():
        return

    def done() -> None:
        bench_stamp("main-window")
        app = QApplication.instance()
        if app is not None:
            app.quit()

    AfterFirstPaint(window, done)
