"""What goes into the calendar export: promises by their due day, follow-ups by theirs.

Pure rules: which day a follow-up falls on, the UID that names an entry in every export of the
same book (so a calendar that imports the file again updates its events instead of adding a
second copy), and the SEQUENCE that tells a client which of two exports is newer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

FOLLOW_UP_DAYS = 7  # a claim or request still open a week after it was raised needs chasing
RECENT_DAYS = 60  # settled records this recent are exported as cancelled, so a re-import
#                   takes them off the calendar
CALENDAR_KINDS = ("promise", "claim", "request")
_SEQUENCE_EPOCH = datetime(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One promise falling due, or one claim or request to follow up, on `day`.

    `open` is False for a record settled since the last exports (kept, given a verdict…): it
    is written as a cancelled event with the same UID.
    """

    kind: str
    id: int
    customer_name: str
    text: str
    day: date
    open: bool
    updated_at: datetime


def follow_up_day(raised_at: datetime | date) -> date:
    """The day an open claim or request should have its verdict or judgment by."""
    day = raised_at.date() if isinstance(raised_at, datetime) else raised_at
    return day + timedelta(days=FOLLOW_UP_DAYS)


def calendar_uid(kind: str, record_id: int, book_id: str) -> str:
    """The same for a record in every export of one book, different across books."""
    if kind not in CALENDAR_KINDS:
        raise ValueError(f"no calendar entries for {kind!r}")
    return f"{kind}-{record_id}.{book_id}@crmnote"


def sequence(updated_at: datetime) -> int:
    """Grows with every change of the record (minutes since 2000), so a client comparing two
    exports' SEQUENCE keeps the newer one; never negative."""
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds() // 60))


def settled_since(today: date) -> datetime:
    """Records settled at or after this time are still exported (as cancelled)."""
    return datetime.combine(today - timedelta(days=RECENT_DAYS), datetime.min.time())
