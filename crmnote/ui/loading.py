"""A window's reads on a worker thread, with a "Loading…" line while they run.

A screen over the whole book (the map, Insights, Cost ranking, Standards, Today) reads for up
to a second or two on a 100,000-customer book. `Loader` runs that read on a worker (`Newest`:
a request overtaken by a later one is dropped), shows its `note` meanwhile, and hands the
result to the GUI thread, which puts it on screen in one go. The window keeps showing what it
had until then, and stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel

from crmnote.domain.errors import CrmError
from crmnote.ui.newest import Newest


def loading_text() -> str:
    return QCoreApplication.translate("Loader", "Loading…")


class Loader(QObject):
    """`load(work, then)`: `work()` runs on a worker, `then(result)` on the GUI thread (only for
    the newest request). `loaded` is emitted once the newest result is on screen."""

    loaded = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject, note: QLabel | None = None) -> None:
        super().__init__(parent)
        self._newest = Newest(self)
        self.note = note if note is not None else QLabel()
        self.note.setObjectName(self.note.objectName() or "loading_note")
        self.note.hide()
        self.error: str | None = None  # the last read's failure, shown in `note`

    @property
    def busy(self) -> bool:
        """True from a request until its result is on screen."""
        return self._newest.busy

    def load(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self.error = None
        self.note.setText(loading_text())
        self.note.show()
        self.busy_changed.emit(True)

        def done(result: Any) -> None:
            self.note.hide()
            then(result)
            self.busy_changed.emit(False)
            self.loaded.emit()

        self._newest.submit(work, done, self._failed)

    def cancel(self) -> None:
        """Drop what the requests made so far bring back (the window moved on)."""
        self._newest.cancel()
        self.note.hide()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            raise exc
        self.error = str(exc)
        self.note.setText(
            QCoreApplication.translate("Loader", "Could not read: {0}").format(self.error)
        )
        self.busy_changed.emit(False)
        self.loaded.emit()
