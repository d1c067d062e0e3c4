"""Reminders: notice when a promise falls due while the app runs (tray message and in-window)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus

if TYPE_CHECKING:
    from crmnote.services.today import AgendaItem, TodayService

CHECK_EVERY_MS = 60_000


class DueWatcher(QObject):
    """Emits `fell_due` with promises that became due since the last check.

    Promises already due when the app starts, or made already due by the user, are not announced:
    a reminder is for a date that arrives while the app runs.
    """

    fell_due = Signal(list)

    def __init__(
        self,
        service: TodayService,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
        *,
        bus: Bus | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        if bus is not None:
            bus.subscribe(self, self.absorb)
        self._today = today
        self._known: set[int] = {p.id for p in service.due_by(today())}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def overdue_count(self) -> int:
        return len(self._known)

    def absorb(self, changes: Changes) -> None:
        """After a user change, what is due now is known, not news."""
        if changes.touches("promise"):
            self._known = {p.id for p in self._service.due_by(self._today())}

    def check(self) -> list[AgendaItem]:
        due = self._service.due_by(self._today())
        fresh = [p for p in due if p.id not in self._known]
        self._known = {p.id for p in due}
        if fresh:
            self.fell_due.emit(fresh)
        return fresh
