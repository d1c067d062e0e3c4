"""Notice writes made by another process (the command line, a second tool) while the app runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from crmnote.services.outside_writes import OutsideWritesService


CHECK_EVERY_MS = 1500


class OutsideWatcher(QObject):
    """Emits `wrote` when another process committed since the last look.

    A look is one `PRAGMA data_version` (microseconds), so it runs on the GUI thread; the
    reloading that follows is the views' own, as after any change made in the window.
    """

    wrote = Signal()

    def __init__(self, service: OutsideWritesService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        service.changed()  # the starting point: made before the views load what they show
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        if not self._service.changed():
            return False
        self.wrote.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()
        self._service.close()
