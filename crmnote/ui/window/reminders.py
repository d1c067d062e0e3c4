"""Reminders: notice when a promise falls due while the app runs (tray message and in-window),
and the daily catch-ups that keep scores and advice current while it runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from crmnote.domain.errors import CrmError
from crmnote.services.changes import Changes
from crmnote.ui.background import Background
from crmnote.ui.bus import Bus
from crmnote.ui.newest import Newest

if TYPE_CHECKING:
    from crmnote.services.today import AgendaItem, TodayService

CHECK_EVERY_MS = 60_000
FIRST_CATCH_UP_MS = 2_000  # after the window has painted


class DailyCatchUp(QObject):
    """Soon after start and then with every check, on a worker thread (the GUI never waits
    for the book to load nor for a large book's pass): `work` brings what the list and the
    advice read up to today — the scores take in promises that fell overdue
    (`ScoreService.catch_up`), the team comparison is renewed when a day old
    (`StaffReportService.refresh_team`), each a write at most once a day. What it changed is
    published like any change."""

    def __init__(
        self,
        work: Callable[[], Changes],
        publish: Callable[[Changes], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._publish = publish
        self.job: Background | None = None
        self._stopped = False
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_CATCH_UP_MS)
        self.first.timeout.connect(self.run)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.first.start()
        self.timer.start()

    def stop(self) -> None:
        """No more catch-ups; one under way finishes unheard (the app waits for workers on
        quit, and the book may close before its result arrives)."""
        self._stopped = True
        self.first.stop()
        self.timer.stop()

    def run(self) -> Background | None:
        """Start a catch-up unless one is under way or it was stopped; the worker, or None."""
        if self._stopped or (self.job is not None and self.job.running()):
            return None
        job = Background(self._work, self)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job
        job.start()
        return job

    def _done(self, changes: Changes) -> None:
        if changes and not self._stopped:
            self._publish(changes)

    def _failed(self, error: Exception) -> None:
        # A busy or read-only book: the list shows what is stored; try at the next check.
        # After stop, the book may be gone.
        if not isinstance(error, CrmError) and not self._stopped:
            raise error


class DueWatcher(QObject):
    """Emits `fell_due` with promises that became due since the last check.

    Promises already due when the app starts, or made already due by the user, are not announced:
    a reminder is for a date that arrives while the app runs. `first_count` gives how many are
    due or overdue once they are first read. Every read is on a worker (`Newest`): on a big book
    the read of the due promises' ids took 60–200 ms on the GUI thread when a worker held the
    interpreter, a stall every minute.
    """

    fell_due = Signal(list)
    first_count = Signal(int)

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
        # The ids alone (an index read): the items are read only when one is news. None until
        # first read.
        self._known: frozenset[int] | None = None
        self.reads = Newest(self)  # `settled` once the newest read's outcome is in
        self._read_known()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def overdue_count(self) -> int:
        return len(self._known or ())

    def stop(self) -> None:
        """No more checks; a read under way is dropped (the book may close before it ends)."""
        self.timer.stop()
        self.reads.cancel()

    def absorb(self, changes: Changes) -> None:
        """After a user change, what is due now is known, not news."""
        if changes.touches("promise"):
            self._read_known()

    def _read_known(self) -> None:
        service, day = self._service, self._today()
        self.reads.submit(lambda: service.due_ids(day), self._knew, self._failed)

    def _knew(self, due: frozenset[int]) -> None:
        first = self._known is None
        self._known = due
        if first:
            self.first_count.emit(len(due))

    def check(self) -> None:
        """Read what is due now (on a worker); what fell due since the last read is announced."""
        if self._known is None:  # nothing can be news before the first read (or it failed)
            if not self.reads.busy:
                self._read_known()
            return
        service, day, known = self._service, self._today(), self._known

        def work() -> tuple[frozenset[int], list[AgendaItem]]:
            due = service.due_ids(day)
            news = due - known
            return due, [p for p in service.due_by(day) if p.id in news] if news else []

        self.reads.submit(work, self._checked, self._failed)

    def _checked(self, read: tuple[frozenset[int], list[AgendaItem]]) -> None:
        due, items = read
        news = due - (self._known or frozenset())
        self._known = due
        fresh = [p for p in items if p.id in news]
        if fresh:
            self.fell_due.emit(fresh)

    def _failed(self, error: Exception) -> None:
        # A busy or unreachable book: the next check tries again.
        if not isinstance(error, CrmError):
            raise error
