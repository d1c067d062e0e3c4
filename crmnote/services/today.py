"""The Today agenda: overdue and due-soon promises, claims and requests awaiting a judgment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmnote.domain import settings as declared
from crmnote.services.base import ServiceBase
from crmnote.storage.settings_store import read_setting
from crmnote.storage.today_queries import pending_claims, pending_requests, promises_due


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A record that needs attention, with its customer's name for display."""

    kind: str
    id: int
    customer_id: int
    customer_name: str
    text: str
    when: date | datetime | None


@dataclass(frozen=True)
class Agenda:
    overdue: tuple[AgendaItem, ...]
    due_soon: tuple[AgendaItem, ...]
    claims: tuple[AgendaItem, ...]
    requests: tuple[AgendaItem, ...]


def _items(kind: str, rows: list[tuple[int, int, str, str, object]]) -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(kind, r[0], r[1], r[2], r[3], r[4]) for r in rows)  # type: ignore[arg-type]


class TodayService(ServiceBase):
    def agenda(self, today: date | None = None, limit: int = 500) -> Agenda:
        day = today or self.now().date()
        with self.reading() as repo:
            soon = int(read_setting(repo.session, declared.DUE_SOON_DAYS) or 3)
            s = repo.session
            return Agenda(
                overdue=_items("promise", promises_due(s, None, day - timedelta(days=1), limit)),
                due_soon=_items("promise", promises_due(s, day, day + timedelta(days=soon), limit)),
                claims=_items("claim", pending_claims(s, limit)),
                requests=_items("request", pending_requests(s, limit)),
            )

    def due_by(self, today: date | None = None, limit: int = 1000) -> tuple[AgendaItem, ...]:
        """Open promises due today or earlier (for reminders)."""
        day = today or self.now().date()
        with self.reading() as repo:
            return _items("promise", promises_due(repo.session, None, day, limit))
