"""Standards in force on a day, deadlines by unit, weaker promises and revisions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.errors import ValidationError
from crmnote.domain.types import Category, PromiseStatus, StandardId, TargetUnit

NOW = datetime(2026, 11, 2, 9, 0)  # a Monday


def standard(**values: object) -> e.Standard:
    base: dict[str, object] = {
        "id": StandardId(1),
        "series_id": 1,
        "name": "Delivery time",
        "category": Category.SPEED,
        "target_value": 3.0,
        "target_unit": TargetUnit.WORKING_DAYS,
        "valid_from": date(2026, 1, 1),
    }
    base.update(values)
    return e.Standard(**base)  # type: ignore[arg-type]


def promise(made: datetime, due: date | None, **values: object) -> e.Promise:
    return e.Promise(
        customer_id=1,  # type: ignore[arg-type]
        text="deliver",
        category=Category.SPEED,
        made_at=made,
        due=due,
        status=PromiseStatus.OPEN,
        **values,  # type: ignore[arg-type]
    )


def test_in_force_both_ends_inclusive() -> None:
    s = standard(valid_from=date(2026, 1, 1), valid_until=date(2026, 3, 31))
    assert not st.in_force(s, date(2025, 12, 31))
    assert st.in_force(s, date(2026, 1, 1))
    assert st.in_force(s, date(2026, 3, 31))
    assert not st.in_force(s, date(2026, 4, 1))
    assert st.in_force(standard(valid_until=None), date(2099, 1, 1))


def test_version_on_a_day_picks_the_one_in_force() -> None:
    old = standard(id=1, valid_from=date(2026, 1, 1), valid_until=date(2026, 5, 31))
    new = standard(id=2, valid_from=date(2026, 6, 1), target_value=2.0)
    versions = [old, new]
    assert st.version_on(versions, 1, date(2026, 5, 31)) == old
    assert st.version_on(versions, 1, date(2026, 6, 1)) == new
    assert st.version_on(versions, 1, date(2025, 6, 1)) is None
    assert st.all_in_force(versions, date(2026, 7, 1), Category.SPEED) == (new,)
    assert st.all_in_force(versions, date(2026, 7, 1), Category.PRICE) == ()


def test_working_days() -> None:
    friday = date(2026, 11, 6)
    assert st.add_working_days(friday, 1) == date(2026, 11, 9)  # Monday
    assert st.add_working_days(date(2026, 11, 2), 3) == date(2026, 11, 5)
    assert st.working_days_between(date(2026, 11, 2), date(2026, 11, 9)) == 5
    assert st.working_days_between(date(2026, 11, 9), date(2026, 11, 2)) == -5
    assert st.working_days_between(friday, date(2026, 11, 8)) == 0


def test_deadlines_by_unit() -> None:
    assert st.deadline(NOW, 24, TargetUnit.HOURS) == datetime(2026, 11, 3, 9, 0)
    assert st.deadline(NOW, 3, TargetUnit.DAYS).date() == date(2026, 11, 5)
    assert st.deadline(NOW, 5, TargetUnit.WORKING_DAYS).date() == date(2026, 11, 9)
    with pytest.raises(ValueError):
        st.deadline(NOW, 1, TargetUnit.PERCENT)


def test_a_promise_weaker_than_the_standard_is_flagged() -> None:
    s = standard()  # 3 working days: due by Thursday 5 November
    assert st.weaker_than(promise(NOW, date(2026, 11, 5)), s) is None
    flag = st.weaker_than(promise(NOW, date(2026, 11, 9)), s)  # next Monday
    assert flag is not None and flag.promised == 5 and flag.target == 3
    assert "allows 5 working days" in flag.message and "says 3 working days" in flag.message


def test_weaker_by_days_and_hours() -> None:
    days = standard(target_value=3.0, target_unit=TargetUnit.DAYS)
    assert st.weaker_than(promise(NOW, date(2026, 11, 5)), days) is None
    flag = st.weaker_than(promise(NOW, date(2026, 11, 7)), days)
    assert flag is not None and flag.promised == 5
    hours = standard(
        category=Category.COMMUNICATION, target_value=24.0, target_unit=TargetUnit.HOURS
    )
    assert st.weaker_than(promise(NOW, date(2026, 11, 3)), hours) is None
    assert st.weaker_than(promise(NOW, date(2026, 11, 4)), hours) is not None


def test_minimum_periods_and_open_ended_promises_are_not_flagged() -> None:
    price = standard(category=Category.PRICE, target_value=30.0, target_unit=TargetUnit.DAYS)
    assert st.weaker_than(promise(NOW, date(2027, 1, 1)), price) is None
    assert st.weaker_than(promise(NOW, None), standard()) is None
    percent = standard(target_value=98.0, target_unit=TargetUnit.PERCENT)
    assert st.weaker_than(promise(NOW, date(2027, 1, 1)), percent) is None


def test_check_promise_uses_the_version_in_force_when_made() -> None:
    old = standard(id=1, valid_until=date(2026, 10, 31), target_value=5.0)
    new = standard(id=2, valid_from=date(2026, 11, 1), target_value=3.0)
    late = promise(NOW, date(2026, 11, 7), standard_id=StandardId(1))  # links the old version
    found = st.check_promise(late, [old, new])
    assert [w.standard_id for w in found] == [2]
    before = promise(datetime(2026, 10, 26, 9), date(2026, 10, 30))
    assert st.check_promise(before, [old, new]) == ()


def test_plan_revision_closes_the_day_before() -> None:
    current = standard()
    closed, fresh = st.plan_revision(current, None, {"target_value": 2.0}, date(2026, 6, 1), NOW)
    assert closed.valid_until == date(2026, 5, 31) and closed.target_value == 3.0
    assert fresh.valid_from == date(2026, 6, 1) and fresh.target_value == 2.0
    assert fresh.series_id == 1 and fresh.id == 0 and fresh.valid_until is None
    with pytest.raises(ValidationError) as info:
        st.plan_revision(current, None, {}, date(2026, 1, 1), NOW)
    assert info.value.field == "valid_from"
    with pytest.raises(ValidationError):
        st.plan_revision(current, standard(id=2), {}, date(2026, 6, 1), NOW)
