"""Dated service standards: which version is in force on a day, deadlines, weaker promises."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmnote.domain import entities as e
from crmnote.domain import rule_messages as m
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, Unit, figure, message
from crmnote.domain.types import Category, StandardId, TargetUnit
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar

# Units that measure a delay from the moment a promise is made.
TIME_UNITS = frozenset({TargetUnit.HOURS, TargetUnit.DAYS, TargetUnit.WORKING_DAYS})
# Categories whose time target is a maximum ("deliver within", "reply within"); for the others a
# number of days is a minimum period (a price held 30 days), which a due date says nothing about.
_TARGET = message("standard.target", "{value} {unit}")

WITHIN_CATEGORIES = frozenset({Category.SPEED, Category.COMMUNICATION})


def in_force(standard: e.Standard, day: date) -> bool:
    """`valid_from` ≤ day ≤ `valid_until`: both ends inclusive (`valid_until` is the last day)."""
    until = standard.valid_until
    return standard.valid_from <= day and (until is None or day <= until)


def version_on(versions: Iterable[e.Standard], series_id: int, day: date) -> e.Standard | None:
    """The version of one series in force on a day (the latest start wins should two overlap)."""
    found = [s for s in versions if s.series_id == series_id and in_force(s, day)]
    return max(found, key=lambda s: (s.valid_from, s.id)) if found else None


def all_in_force(
    versions: Iterable[e.Standard], day: date, category: Category | None = None
) -> tuple[e.Standard, ...]:
    """Every standard in force on a day, one version per series, optionally of one category."""
    by_series: dict[int, e.Standard] = {}
    for s in versions:
        if not in_force(s, day) or (category is not None and s.category is not category):
            continue
        held = by_series.get(s.series_id)
        if held is None or (s.valid_from, s.id) > (held.valid_from, held.id):
            by_series[s.series_id] = s
    return tuple(sorted(by_series.values(), key=lambda s: (s.name.lower(), s.id)))


def has_time_target(standard: e.Standard) -> bool:
    return standard.target_value is not None and standard.target_unit in TIME_UNITS


def add_working_days(start: date, n: int, calendar: WorkCalendar = WEEKENDS_ONLY) -> date:
    """The day `n` working days after `start` (weekends, and the calendar's public holidays)."""
    return calendar.add_working_days(start, n)


def working_days_between(start: date, end: date, calendar: WorkCalendar = WEEKENDS_ONLY) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
    return calendar.working_days_between(start, end)


def deadline(
    made_at: datetime, value: float, unit: TargetUnit, calendar: WorkCalendar = WEEKENDS_ONLY
) -> datetime:
    """When a time target runs out for something asked at `made_at`.

    Hours count from the moment; days and working days run to the end of the last day (a
    3-day target from Monday 15:00 allows all of Thursday).
    """
    if unit is TargetUnit.HOURS:
        return made_at + timedelta(hours=value)
    if unit is TargetUnit.DAYS:
        last = made_at.date() + timedelta(days=math.ceil(value))
    elif unit is TargetUnit.WORKING_DAYS:
        last = add_working_days(made_at.date(), math.ceil(value), calendar)
    else:
        raise ValueError(f"{unit.value} is not a time unit")
    return datetime.combine(last, datetime.max.time())


def describe_target(standard: e.Standard) -> str:
    """`3 working days`, `24 hours`, `98 percent`; empty without a target."""
    if standard.target_value is None or standard.target_unit is None:
        return ""
    unit = standard.target_unit.value.replace("_", " ")
    if standard.target_value == 1 and unit.endswith("s"):  # 1 working day, 1 unit
        unit = unit[:-1]
    return Reason(_TARGET, value=figure(standard.target_value), unit=Unit(unit))


def allowance(
    promise: e.Promise, unit: TargetUnit, calendar: WorkCalendar = WEEKENDS_ONLY
) -> float | None:
    """How long the promise gives itself, from the day it was made to its due date, in `unit`."""
    if promise.due is None:
        return None
    made = promise.made_at.date()
    if unit is TargetUnit.WORKING_DAYS:
        return float(working_days_between(made, promise.due, calendar))
    if unit is TargetUnit.DAYS:
        return float((promise.due - made).days)
    # A due date means "by the end of that day": the hours from the promise to then.
    end = datetime.combine(promise.due, datetime.max.time())
    return math.floor((end - promise.made_at).total_seconds() / 3600)


@dataclass(frozen=True)
class WeakerPromise:
    """A promise allowing more time than the standard in force when it was made."""

    promise_id: int
    standard_id: int
    series_id: int
    standard_name: str
    promised: float
    target: float
    unit: TargetUnit

    @property
    def message(self) -> str:
        unit = self.unit.value.replace("_", " ")
        return (
            f"promise {self.promise_id or '(new)'} allows {self.promised:g} {unit} where the "
            f"standard '{self.standard_name}' in force says {self.target:g} {unit}"
        )


def weaker_than(
    promise: e.Promise, standard: e.Standard, calendar: WorkCalendar = WEEKENDS_ONLY
) -> WeakerPromise | None:
    """The flag when `promise` is due later than `standard`'s time target allows, else None.

    Only "within" targets (speed, communication) in hours, days or working days are compared:
    the promise is weaker when its due date falls after the day the target runs out.
    """
    if promise.due is None or standard.category not in WITHIN_CATEGORIES:
        return None
    if standard.target_value is None or standard.target_unit not in TIME_UNITS:
        return None
    unit = standard.target_unit
    assert unit is not None
    if promise.due <= deadline(promise.made_at, standard.target_value, unit, calendar).date():
        return None
    promised = allowance(promise, unit, calendar)
    assert promised is not None
    return WeakerPromise(
        promise_id=promise.id,
        standard_id=standard.id,
        series_id=standard.series_id,
        standard_name=standard.name,
        promised=promised,
        target=standard.target_value,
        unit=unit,
    )


def standards_for(promise: e.Promise, versions: Sequence[e.Standard]) -> tuple[e.Standard, ...]:
    """The standards a promise answers to on the day it was made.

    The linked standard's series when there is one (the version in force then, not necessarily
    the version linked); otherwise every standard in force of the promise's category.
    """
    day = promise.made_at.date()
    if promise.standard_id is not None:
        linked = next((s for s in versions if s.id == promise.standard_id), None)
        if linked is None:
            return ()
        version = version_on(versions, linked.series_id, day)
        return () if version is None else (version,)
    return all_in_force(versions, day, promise.category)


def check_promise(
    promise: e.Promise, versions: Sequence[e.Standard], calendar: WorkCalendar = WEEKENDS_ONLY
) -> tuple[WeakerPromise, ...]:
    """Every standard in force that the promise is weaker than."""
    found = (weaker_than(promise, s, calendar) for s in standards_for(promise, versions))
    return tuple(w for w in found if w is not None)


def plan_revision(
    current: e.Standard,
    successor: e.Standard | None,
    changes: dict[str, object],
    effective: date,
    now: datetime,
) -> tuple[e.Standard, e.Standard]:
    """(the current version closed the day before `effective`, the new version from it).

    The new version keeps the series and any end date the current one had; history is never
    rewritten, so only the latest version of a series can be revised, from a later day.
    """
    if successor is not None:
        raise ValidationError(
            "standard",
            Reason(m.REPLACED, id=current.id, since=successor.valid_from, successor=successor.id),
        )
    if effective <= current.valid_from:
        raise ValidationError(
            "valid_from",
            Reason(m.START_AFTER, since=current.valid_from, id=current.id),
        )
    if current.valid_until is not None and effective > current.valid_until:
        raise ValidationError(
            "valid_from", Reason(m.RETIRED, id=current.id, until=current.valid_until)
        )
    for name in ("id", "series_id", "valid_from", "created_at", "updated_at"):
        if name in changes:
            raise ValidationError(name, Reason(m.KEPT_BY_APP))
    closed = dataclasses.replace(current, valid_until=effective - timedelta(days=1), updated_at=now)
    fresh = dataclasses.replace(
        current,
        **changes,  # type: ignore[arg-type]
        id=StandardId(0),
        valid_from=effective,
        created_at=now,
        updated_at=now,
    )
    return closed, fresh
