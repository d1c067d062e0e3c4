"""File → Export calendar…: due promises and follow-ups as an .ics file, worded in the UI's
language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from crmnote.importers.ical_write import Wording, write_calendar
from crmnote.services.calendar import CalendarService

_CONTEXT = "calendar"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _trn(text: str, n: int) -> str:
    """A plural: `%n` is `n`, in the language's form for it."""
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def calendar_wording() -> Wording:
    """The calendar's sentences in the language the app speaks."""
    return Wording(
        calendar_name=_tr("crmnote: promises and follow-ups"),
        promise=_tr("Promise due: {text} ({customer})"),
        claim=_tr("Verdict due on a claim: {text} ({customer})"),
        request=_tr("Judgment due on a request: {text} ({customer})"),
        description=_tr("{customer}\n{text}"),
    )


def export_calendar(calendar: CalendarService, target: Path) -> str:
    """Write the calendar to `target`; the status line that says what was written."""
    if not target.suffix:
        target = target.with_suffix(".ics")
    content = calendar.content()
    to_do = write_calendar(target, content, calendar_wording())
    return _trn("{0}: %n promise(s) or follow-up(s) to do", to_do).format(target)
