"""The Today agenda: overdue and due-soon promises, claims and requests awaiting a judgment."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from crmnote.domain.settings import Setting
from crmnote.services.agenda import Agenda, AgendaItem, Row, agenda, due_by, due_ids
from crmnote.services.base import ServiceBase
from crmnote.storage import report_queries, today_queries
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_setting

__all__ = ["Agenda", "AgendaItem", "SessionRows", "TodayService"]


class SessionRows:
    """The agenda's reads (`services.agenda.AgendaRows`) through one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def setting(self, setting: Setting) -> Any:
        return read_setting(self._session, setting)

    def promises_due(self, before: date | None, until: date, limit: int) -> list[Row]:
        return today_queries.promises_due(self._session, before, until, limit)

    def promise_ids_due(self, until: date, limit: int) -> list[int]:
        return today_queries.promise_ids_due(self._session, until, limit)

    def pending_claims(self, limit: int) -> list[Row]:
        return today_queries.pending_claims(self._session, limit)

    def claims_pending_before(self, cutoff: datetime, limit: int) -> list[Row]:
        return list(report_queries.claims_pending_before(self._session, cutoff, limit))

    def pending_requests(self, limit: int) -> list[Row]:
        return today_queries.pending_requests(self._session, limit)

    def our_follow_ups(self, limit: int) -> list[Row]:
        return today_queries.our_follow_ups(self._session, limit)


class TodayService(ServiceBase):
    def agenda(self, today: date | None = None, limit: int = 500) -> Agenda:
        day = today or self.now().date()
        with self.reading() as repo:
            return agenda(SessionRows(repo.session), day, limit)

    def due_by(self, today: date | None = None, limit: int = 1000) -> tuple[AgendaItem, ...]:
        """Open promises due today or earlier (for reminders)."""
        day = today or self.now().date()
        with self.reading() as repo:
            return due_by(SessionRows(repo.session), day, limit)

    def due_ids(self, today: date | None = None, limit: int = 1000) -> frozenset[int]:
        """The ids of `due_by`'s promises, read from an index alone (the reminders' check)."""
        day = today or self.now().date()
        with self.reading() as repo:
            return due_ids(SessionRows(repo.session), day, limit)
