"""Due promises and follow-ups as an iCalendar file (RFC 5545) any calendar can import.

Every entry is an all-day event on its day with a UID that stays the same from one export to
the next (domain/calendar.py), so importing a newer file updates the events; a record settled
since is exported as a cancelled event with the same UID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from crmnote import __version__
from crmnote.domain.calendar import CalendarItem, calendar_uid, sequence
from crmnote.importers.files import write_private
from crmnote.services.calendar import CalendarContent

PRODUCT_ID = f"-//crmnote//crmnote {__version__}//EN"
REMIND_AT = timedelta(hours=9)  # the reminder of an all-day event: 09:00 on its day


@dataclass(frozen=True)
class Wording:
    """The sentences of the file, in the user's language ({text}, {customer} filled in)."""

    calendar_name: str = "crmnote: promises and follow-ups"
    promise: str = "Promise due: {text} ({customer})"
    claim: str = "Verdict due on a claim: {text} ({customer})"
    request: str = "Judgment due on a request: {text} ({customer})"
    description: str = "{customer}\n{text}"

    def summary(self, item: CalendarItem) -> str:
        template = {"promise": self.promise, "claim": self.claim, "request": self.request}
        return template[item.kind].format(text=_line(item.text), customer=item.customer_name)


def _line(text: str) -> str:
    """A summary is one line: the first line of the text."""
    first = text.strip().splitlines()
    return first[0] if first else ""


def _event(item: CalendarItem, content: CalendarContent, wording: Wording) -> Event:
    event = Event()
    event.add("uid", calendar_uid(item.kind, item.id, content.book_id))
    event.add("dtstamp", content.now.astimezone(UTC))
    event.add("last-modified", item.updated_at.astimezone(UTC))
    event.add("sequence", sequence(item.updated_at))
    event.add("dtstart", item.day)
    event.add("dtend", item.day + timedelta(days=1))
    event.add("summary", wording.summary(item))
    event.add(
        "description", wording.description.format(text=item.text, customer=item.customer_name)
    )
    event.add("categories", ["crmnote", item.kind])
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    event.add("status", "CONFIRMED" if item.open else "CANCELLED")
    if item.open:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", wording.summary(item))
        alarm.add("trigger", REMIND_AT)
        event.add_component(alarm)
    return event


def calendar_bytes(content: CalendarContent, wording: Wording | None = None) -> bytes:
    """The whole calendar as iCalendar text (UTF-8, CRLF line ends, folded lines)."""
    wording = wording or Wording()
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", wording.calendar_name)
    for item in content.items:
        cal.add_component(_event(item, content, wording))
    return bytes(cal.to_ical())


def write_calendar(target: Path, content: CalendarContent, wording: Wording | None = None) -> int:
    """Write the calendar to `target` (owner-only, whole or not at all); the number of events
    still to do (open records) it holds."""
    write_private(target, calendar_bytes(content, wording))
    return sum(1 for item in content.items if item.open)
