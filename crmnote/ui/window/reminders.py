"""Reminders: notice when a promise falls due while the app runs (tray message and in-window)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from crmnote.domain.errors import CrmError
from crmnote.services.changes import Changes
from crmnote.services.today import AgendaItem, TodayService
from crmnote.ui.bus import Bus

CHECK_EVERY_MS = 60_000
FIRST_CATCH_UP_MS = 2_000  # after the window has painted


class OverdueCatchUp(QObject):
    """Once soon after start and then with every check: the scores take in promises that fell
    overdue since the last time (`ScoreService.catch_up`, a write at most once a day); what it
    changed is published like any change."""

    def __init__(
        self,
        catch_up: Callable[[], Changes],
        publish: Callable[[Changes], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catch_up = catch_up
        self._publish = publish
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        QTimer.singleShot(FIRST_CATCH_UP_MS, self, self.run)
        self.timer.start()

    def run(self) -> Changes:
        try:
            changes = self._catch_up()
        except CrmError:  # a read-only or busy book: the list shows what is stored, try later
            return Changes()
        if changes:
            self._publish(changes)
        return changes


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
