"""Notice writes made outside this window: by another process on a SQLite book (the command
line, a second tool), by colleagues on a team book on PostgreSQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from crmnote.services.colleagues import ColleagueWatch
    from crmnote.services.outside_writes import OutsideWritesService

CHECK_EVERY_MS = 1500
# A team book: colleagues' changes wait on a thread of their own; taking them is a queue read.
DRAIN_EVERY_MS = 250


class OutsideWatcher(QObject):
    """Emits `wrote` when another process committed to a SQLite book since the last look, and
    `colleagues` with the ColleagueChange list of a team book's colleagues as they commit.

    A SQLite look is one `PRAGMA data_version` (microseconds), so it runs on the GUI thread;
    on PostgreSQL the database's notices are waited for on the watch's own thread and only
    taken from the queue here. The reloading that follows is the views' own, as after any
    change made in the window.
    """

    wrote = Signal()
    colleagues = Signal(object)

    def __init__(
        self,
        service: OutsideWritesService,
        parent: QObject | None = None,
        *,
        colleagues: ColleagueWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.held = False
        self._colleagues = colleagues
        # Started before the views load what they show: nothing committed later is missed.
        self.listening = colleagues is not None and colleagues.start()
        if not self.listening:
            service.changed()  # the starting point
        self.timer = QTimer(self)
        self.timer.setInterval(DRAIN_EVERY_MS if self.listening else CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def hold(self, held: bool) -> None:
        """While held, a SQLite book is not looked at: a sync round is writing it batch after
        batch on a worker and tells the views itself when it ends. Another program's write
        meanwhile is still found at the first look after."""
        self.held = held

    def check(self) -> bool:
        if self.held and not self.listening:
            return False
        if self.listening:
            assert self._colleagues is not None
            found = self._colleagues.drain()
            if found:
                self.colleagues.emit(found)
            return bool(found)
        if not self._service.changed():
            return False
        self.wrote.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()
        self._service.close()
        if self.listening and self._colleagues is not None:
            self._colleagues.stop()
