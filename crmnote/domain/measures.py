"""What a promise (or a request) measures as a number with a unit, and what was delivered.

`20 helmets`, `3 working days`, `99 percent`: a quantity and a unit typed freely. Units of time
(hours, days, working days) measure a delay from the moment the promise was made, so what was
delivered is the time it took (from `resolved_at`); percent and every other unit are counted
things, where what was delivered is the `delivered_quantity` recorded on the promise. More is
better for counted things; less is better for time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from crmnote.domain import entities as e
from crmnote.domain.reasons import Unit
from crmnote.domain.types import PromiseStatus, TargetUnit
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar


class MeasureKind(StrEnum):
    TIME = "time"
    PERCENT = "percent"
    COUNT = "count"


# Spellings of the units crmnote reads a meaning into; every other unit is a thing counted.
_UNITS = {
    "hour": TargetUnit.HOURS,
    "hours": TargetUnit.HOURS,
    "h": TargetUnit.HOURS,
    "day": TargetUnit.DAYS,
    "days": TargetUnit.DAYS,
    "calendar days": TargetUnit.DAYS,
    "working day": TargetUnit.WORKING_DAYS,
    "working days": TargetUnit.WORKING_DAYS,
    "working_days": TargetUnit.WORKING_DAYS,
    "workdays": TargetUnit.WORKING_DAYS,
    "business days": TargetUnit.WORKING_DAYS,
    "%": TargetUnit.PERCENT,
    "percent": TargetUnit.PERCENT,
    "per cent": TargetUnit.PERCENT,
}


def unit_of(text: str) -> TargetUnit | None:
    """The unit a typed unit stands for (`working days` → WORKING_DAYS), or None for things."""
    return _UNITS.get(" ".join(text.strip().lower().split()))


def kind_of(text: str) -> MeasureKind:
    unit = unit_of(text)
    if unit in (TargetUnit.HOURS, TargetUnit.DAYS, TargetUnit.WORKING_DAYS):
        return MeasureKind.TIME
    if unit is TargetUnit.PERCENT:
        return MeasureKind.PERCENT
    return MeasureKind.COUNT


# Units of time after the number 1: "within 1 working day".
_SINGULAR = {"hours": "hour", "days": "day", "working days": "working day"}


def unit_label(text: str, count: float | None = None) -> str:
    """How a unit reads after a number: `working days`, `percent`, `helmets`; a unit of time
    after `count` 1 in the singular (`working day`). A typed unit of things is kept as typed."""
    unit = unit_of(text)
    if unit is None:
        return text.strip()
    label = unit.value.replace("_", " ")
    return Unit(_SINGULAR.get(label, label) if count == 1 else label)


@dataclass(frozen=True)
class Delivery:
    """A promised figure against the delivered one, in the promise's unit.

    For time, `delivered` is how long delivery took and a larger figure is worse; for counted
    things a smaller one is worse. `short` is how far delivery fell short (0 when it did not).
    """

    promised: float
    delivered: float
    unit: str
    kind: MeasureKind

    @property
    def short(self) -> float:
        gap = (
            self.delivered - self.promised
            if self.kind is MeasureKind.TIME
            else (self.promised - self.delivered)
        )
        return max(0.0, gap)

    @property
    def share(self) -> float:
        """Delivered over promised for counted things (1.0 when all came); for time, promised
        over taken (1.0 when on time or quicker)."""
        if self.kind is MeasureKind.TIME:
            return 1.0 if self.delivered <= self.promised else self.promised / self.delivered
        return 1.0 if self.promised <= 0 else min(1.0, self.delivered / self.promised)

    @property
    def fully(self) -> bool:
        return self.short == 0


def time_taken(
    made_at: datetime, delivered: datetime, unit: TargetUnit, calendar: WorkCalendar
) -> float:
    """The delay from a promise to its delivery in `unit` (hours to two decimals)."""
    if unit is TargetUnit.HOURS:
        return round((delivered - made_at).total_seconds() / 3600, 2)
    if unit is TargetUnit.WORKING_DAYS:
        return float(calendar.working_days_between(made_at.date(), delivered.date()))
    return float((delivered.date() - made_at.date()).days)


def delivery(promise: e.Promise, calendar: WorkCalendar = WEEKENDS_ONLY) -> Delivery | None:
    """The promise's figure against what was delivered, or None when either is unknown.

    Time: only a kept promise was delivered, at `resolved_at`. Counted things: the
    `delivered_quantity` recorded, whatever the status (a broken promise may record part).
    """
    if promise.quantity is None:
        return None
    kind = kind_of(promise.unit)
    if kind is MeasureKind.TIME:
        unit = unit_of(promise.unit)
        assert unit is not None
        if promise.status is not PromiseStatus.KEPT or promise.resolved_at is None:
            return None
        took = time_taken(promise.made_at, promise.resolved_at, unit, calendar)
        return Delivery(promise.quantity, took, promise.unit, kind)
    if promise.delivered_quantity is None:
        return None
    return Delivery(promise.quantity, promise.delivered_quantity, promise.unit, kind)


def valid_figure(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and value >= 0)
