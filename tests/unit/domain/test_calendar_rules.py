"""Calendar rules: follow-up days, UIDs stable per book and record, SEQUENCE that grows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.calendar import (
    FOLLOW_UP_DAYS,
    RECENT_DAYS,
    calendar_uid,
    follow_up_day,
    sequence,
    settled_since,
)


def test_follow_up_falls_a_week_after_raising() -> None:
    assert follow_up_day(datetime(2026, 3, 30, 23, 59)) == date(2026, 4, 6)
    assert follow_up_day(date(2026, 12, 30)) == date(2027, 1, 6)
    assert FOLLOW_UP_DAYS == 7


def test_uid_names_kind_record_and_book() -> None:
    uid = calendar_uid("promise", 12, "b00c")
    assert uid == calendar_uid("promise", 12, "b00c")
    others = {
        calendar_uid("claim", 12, "b00c"),
        calendar_uid("promise", 13, "b00c"),
        calendar_uid("promise", 12, "other"),
    }
    assert uid not in others and len(others) == 3
    with pytest.raises(ValueError):
        calendar_uid("money", 1, "b00c")


@given(st.datetimes(min_value=datetime(2000, 1, 1)), st.timedeltas(min_value=timedelta(minutes=1)))
def test_sequence_never_falls_when_a_record_changes_later(at: datetime, later: timedelta) -> None:
    try:
        after = at + later
    except OverflowError:
        return
    assert 0 <= sequence(at) <= sequence(after)


def test_sequence_counts_minutes_and_is_never_negative() -> None:
    assert sequence(datetime(2000, 1, 1, 1, 30)) == 90
    assert sequence(datetime(1999, 1, 1)) == 0


def test_settled_since_goes_back_the_recent_days() -> None:
    assert settled_since(date(2026, 3, 1)) == datetime(2026, 3, 1) - timedelta(days=RECENT_DAYS)
