"""The calendar export's content: due promises and follow-ups, named by this book's identity."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from crmnote.domain import settings as declared
from crmnote.domain.calendar import CalendarItem, follow_up_day, settled_since
from crmnote.services.base import ServiceBase
from crmnote.storage.calendar_queries import (
    calendar_claims,
    calendar_promises,
    calendar_requests,
)
from crmnote.storage.settings_store import read_setting, write_setting


@dataclass(frozen=True)
class CalendarContent:
    """What one export writes, as of `now`; `book_id` goes into every UID."""

    book_id: str
    now: datetime
    items: tuple[CalendarItem, ...]


class CalendarService(ServiceBase):
    def content(self, today: date | None = None) -> CalendarContent:
        """Open promises with a due day, claims and requests awaiting a decision (on their
        follow-up day), and those settled in the last RECENT_DAYS days (to cancel).

        The book's identity is made and stored on the first export, in the same transaction.
        """
        now = self.now()
        since = settled_since(today or now.date())
        with self.transaction() as repo:
            s = repo.session
            book_id = read_setting(s, declared.BOOK_ID)
            if not book_id:
                book_id = uuid.uuid4().hex
                write_setting(s, declared.BOOK_ID, book_id)
            items = [
                CalendarItem("promise", rid, name, text, due, bool(is_open), updated)
                for rid, name, text, due, is_open, updated in calendar_promises(s, since)
            ]
            for kind, rows in (
                ("claim", calendar_claims(s, since)),
                ("request", calendar_requests(s, since)),
            ):
                items += [
                    CalendarItem(kind, rid, name, text, follow_up_day(at), bool(op), updated)
                    for rid, name, text, at, op, updated in rows
                ]
        items.sort(key=lambda i: (i.day, i.kind, i.id))
        return CalendarContent(str(book_id), now, tuple(items))
