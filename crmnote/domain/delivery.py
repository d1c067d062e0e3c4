"""Delivery timing of a promise against its due date and the standard's time target."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.measures import time_taken
from crmnote.domain.types import ClaimCategory, PromiseStatus
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar


@dataclass(frozen=True)
class Timing:
    """Delivery against the due date and against the standard's time target.

    `late_days` counts calendar days from the due date to the delivery (or to today while the
    promise is open): positive is late, 0 or less on time. `took` is the delivery time in the
    standard's unit (hours, days or working days).
    """

    due: date | None
    delivered_at: datetime | None
    late_days: int | None
    late_working_days: int | None
    target: str
    target_deadline: datetime | None
    took: float | None
    beyond_target: bool | None

    @property
    def late(self) -> bool:
        return self.late_days is not None and self.late_days > 0


def judged_standard(
    claim: e.Claim, promise: e.Promise, candidates: Sequence[e.Standard]
) -> e.Standard | None:
    """The one standard to measure against: the linked one, else the only one that applies.

    With several standards of the category in force and none linked, the record cannot say
    which the customer was promised, so none is used (they are still shown).
    """
    if promise.standard_id is not None:
        return candidates[0] if candidates else None
    usable = [s for s in candidates if claim.category is not ClaimCategory.SPEED or _timed(s)]
    return usable[0] if len(usable) == 1 else None


def _timed(standard: e.Standard) -> bool:
    return st.has_time_target(standard) and standard.category in st.WITHIN_CATEGORIES


def timing(
    promise: e.Promise,
    standard: e.Standard | None,
    today: date,
    calendar: WorkCalendar = WEEKENDS_ONLY,
) -> Timing:
    """Delivery timing of a promise as of `today` (only a kept promise counts as delivered).

    Working days skip weekends and the public holidays of `calendar`.
    """
    delivered = promise.resolved_at if promise.status is PromiseStatus.KEPT else None
    if delivered is not None:
        reference: date | None = delivered.date()
    else:
        reference = today if promise.status is PromiseStatus.OPEN else None
    late = late_wd = None
    if promise.due is not None and reference is not None:
        late = (reference - promise.due).days
        late_wd = st.working_days_between(promise.due, reference, calendar)
    target, limit, took, beyond = "", None, None, None
    if standard is not None and _timed(standard):
        assert standard.target_value is not None and standard.target_unit is not None
        target = st.describe_target(standard)
        unit = standard.target_unit
        limit = st.deadline(promise.made_at, standard.target_value, unit, calendar)
        if delivered is not None:
            took = time_taken(promise.made_at, delivered, unit, calendar)
            beyond = delivered > limit
        elif promise.status is PromiseStatus.OPEN:
            beyond = today > limit.date()
    return Timing(promise.due, delivered, late, late_wd, target, limit, took, beyond)
