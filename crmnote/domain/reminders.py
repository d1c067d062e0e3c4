"""Reminders of promises falling due: which to send today, and which were sent already.

Pure rules. `crmnote remind` runs at login and once a day (and whenever the user runs it): a
promise is announced at most once a day, however often it runs; a promise still overdue the
next day is announced again that day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

MAX_LINES = 6  # lines of a notification before "and N more"


@dataclass(frozen=True, slots=True)
class Reminder:
    """One open promise to mention; `days_late` > 0 overdue, 0 due today, < 0 due in -n days."""

    promise_id: int
    customer_name: str
    text: str
    due: date
    days_late: int


@dataclass(frozen=True)
class SentLog:
    """The promises announced on `day` (None: nothing announced yet)."""

    day: date | None = None
    sent: frozenset[int] = field(default_factory=frozenset)

    def to_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat() if self.day else None, "sent": sorted(self.sent)}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> SentLog:
        """A log from its JSON form; anything malformed reads as an empty log (a reminder sent
        twice is better than one lost)."""
        try:
            day = date.fromisoformat(data["day"]) if data.get("day") else None
            sent = frozenset(int(i) for i in data.get("sent", ()))
        except (TypeError, ValueError, AttributeError, KeyError):
            return SentLog()
        return SentLog(day, sent)


def reminders_to_send(
    candidates: Iterable[Reminder], log: SentLog, today: date
) -> tuple[list[Reminder], SentLog]:
    """The candidates not announced today yet, most overdue first, and the log once they are."""
    sent_today = log.sent if log.day == today else frozenset()
    fresh = sorted(
        (r for r in candidates if r.promise_id not in sent_today),
        key=lambda r: (-r.days_late, r.customer_name.casefold(), r.promise_id),
    )
    return fresh, SentLog(today, sent_today | {r.promise_id for r in fresh})


def first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""
