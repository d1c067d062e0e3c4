"""Demo data: the mix of what customers do — how often, which kinds, how it tends to end.

Cumulative weights (`cw`) for `random.choices`, computed once; each follows its enum's order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from itertools import accumulate
from typing import Any

from crmnote.demo import text as txt
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    CustomerStatus,
    FeedbackKind,
    Judgment,
    MoneyKind,
    Outcome,
    PromiseStatus,
    RequestKind,
    Resolution,
    Verdict,
)


def cw(*weights: float) -> tuple[float, ...]:
    """Cumulative weights for `Random.choices` (computed once, not on every call)."""
    return tuple(accumulate(weights))


@dataclass(frozen=True)
class Temper:
    """How a kind of customer behaves; cumulative weights follow the enum order used below."""

    name: str
    activity: float  # interactions relative to the average customer
    mood: float  # mean mood before the staff member's own effect
    inbound: float
    minutes: float
    claim: float  # chance of a claim per interaction
    request: float
    returns: float  # chance a sale comes back
    channels: tuple[float, ...]
    topics: tuple[float, ...]
    statuses: tuple[float, ...]
    verdicts: tuple[float, ...]
    judgments: tuple[float, ...]
    feedback: tuple[float, ...]


PROMISE_CATS = tuple(Category)
PROMISE_CAT_CW = cw(35, 15, 12, 20, 10, 8)
TO_CLAIM = {
    Category.SPEED: ClaimCategory.SPEED,
    Category.QUALITY: ClaimCategory.QUALITY,
    Category.QUANTITY: ClaimCategory.QUANTITY,
    Category.COMMUNICATION: ClaimCategory.CONDUCT,
    Category.PRICE: ClaimCategory.PRICE,
    Category.OTHER: ClaimCategory.OTHER,
}
# Order: open, kept, broken, renegotiated, cancelled — for promises not yet due, just due, long due.
PROMISE_STATUSES = tuple(PromiseStatus)
NOT_DUE_CW = cw(70, 20, 2, 4, 4)
JUST_DUE_CW = cw(30, 55, 7, 5, 3)
LONG_DUE_CW = cw(3, 72, 10, 8, 7)
CLAIM_CATS = tuple(ClaimCategory)
CLAIM_CW = cw(30, 25, 15, 12, 10, 8)
CLAIM_CW_FRICTION = cw(20, 15, 10, 10, 40, 5)  # with the staff member customers clash with
VERDICTS = (Verdict.SUBSTANTIATED, Verdict.PARTLY, Verdict.UNSUBSTANTIATED, Verdict.UNDETERMINABLE)
OUR_FAULT_CW = cw(60, 25, 5, 10)
RESOLUTIONS = tuple(Resolution)
RESOLUTION_CW = {
    Verdict.SUBSTANTIATED: cw(30, 30, 25, 15, 0),
    Verdict.PARTLY: cw(10, 25, 40, 25, 0),
    Verdict.UNSUBSTANTIATED: cw(0, 0, 0, 30, 70),
    Verdict.UNDETERMINABLE: cw(0, 0, 20, 50, 30),
}
REQUEST_KINDS = tuple(RequestKind)
REQUEST_KIND_CW = cw(40, 20, 30, 10)
REQUESTS = {k: tuple(r for r in txt.REQUESTS if r[0] is k) for k in RequestKind}
JUDGMENTS = (Judgment.WITHIN_STANDARD, Judgment.CHARGEABLE_EXTRA, Judgment.UNREASONABLE)
OUTCOMES = tuple(Outcome)
OUTCOME_CW = {
    Judgment.WITHIN_STANDARD: cw(85, 0, 15),
    Judgment.CHARGEABLE_EXTRA: cw(50, 20, 30),
    Judgment.UNREASONABLE: cw(0, 70, 30),
}
THEME_CW = cw(20, 12, 12, 14, 14, 8, 12, 8)
UNHAPPY_CW = cw(70, 25, 5)
HAPPY_CW = cw(8, 32, 60)
FEEDBACK_INDEX = {k: i for i, k in enumerate(txt.FEEDBACK_KINDS)}
QUANTITIES = (2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 25, 50, 100, 120, 200)
ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
OPENING = time(8)  # working hours are 8:00 to 18:00
COVER: dict[str, tuple[Any, ...]] = {
    "status": tuple(CustomerStatus),
    "promise": PROMISE_STATUSES,
    "claim_category": tuple(ClaimCategory),
    "verdict": tuple(Verdict),
    "request_kind": REQUEST_KINDS,
    "judgment": tuple(Judgment),
    "insight": (True,),
    "feedback": tuple(FeedbackKind),
    "money": tuple(MoneyKind),
}
