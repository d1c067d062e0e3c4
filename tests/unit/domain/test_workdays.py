"""Working days: weekends, and the public holidays of the country in Settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain import standards
from crmnote.domain.errors import ValidationError
from crmnote.domain.types import TargetUnit
from crmnote.domain.workdays import WEEKENDS_ONLY, calendar_for

GERMANY = calendar_for("DE")


def test_weekends_only_skips_saturday_and_sunday() -> None:
    friday = date(2026, 4, 3)
    assert WEEKENDS_ONLY.add_working_days(friday, 1) == date(2026, 4, 6)
    assert WEEKENDS_ONLY.working_days_between(friday, date(2026, 4, 10)) == 5
    assert WEEKENDS_ONLY.working_days_between(date(2026, 4, 10), friday) == -5


def test_public_holidays_are_not_working_days() -> None:
    # Easter 2026 in Germany: Good Friday 3 April and Easter Monday 6 April.
    thursday = datetime(2026, 4, 2, 10, 0)
    assert GERMANY.holiday(date(2026, 4, 3)) == "Good Friday"
    assert not GERMANY.is_working_day(date(2026, 4, 6))
    plain = standards.deadline(thursday, 3, TargetUnit.WORKING_DAYS)
    german = standards.deadline(thursday, 3, TargetUnit.WORKING_DAYS, GERMANY)
    assert (plain.date(), german.date()) == (date(2026, 4, 7), date(2026, 4, 9))
    assert GERMANY.working_days_between(date(2026, 4, 2), date(2026, 4, 9)) == 3


def test_a_region_has_its_own_holidays() -> None:
    # Epiphany (6 January) is a holiday in Bavaria, not in Berlin.
    assert calendar_for("de-by").holiday(date(2026, 1, 6)) is not None
    assert calendar_for("DE-BE").holiday(date(2026, 1, 6)) is None


@pytest.mark.parametrize("code", ["ZZ", "DE-XX", "Germany", "1"])
def test_an_unknown_country_is_refused_naming_the_setting(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        calendar_for(code)
    assert caught.value.field == "country"


def test_no_country_means_weekends_only() -> None:
    assert calendar_for("") is WEEKENDS_ONLY
    assert calendar_for(None) is WEEKENDS_ONLY


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 40))
def test_adding_working_days_and_counting_them_agree(start: date, n: int) -> None:
    for calendar in (WEEKENDS_ONLY, GERMANY):
        end = calendar.add_working_days(start, n)
        assert calendar.working_days_between(start, end) == n
        assert n == 0 or calendar.is_working_day(end)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 60))
def test_the_weekend_formula_matches_counting_day_by_day(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    by_day = sum(1 for k in range(1, span + 1) if (start + timedelta(k)).weekday() < 5)
    assert WEEKENDS_ONLY.working_days_between(start, end) == by_day
