"""The business's working-day calendar, from the country in Settings."""

from __future__ import annotations

from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar, calendar_for
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_setting


def work_calendar(session: Session) -> WorkCalendar:
    """Weekends and the public holidays of the country set; weekends only without one (or with
    a code this version of the holidays tables no longer knows)."""
    try:
        return calendar_for(str(read_setting(session, declared.COUNTRY) or ""))
    except ValidationError:
        return WEEKENDS_ONLY
