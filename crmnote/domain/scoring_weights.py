"""The adjustable weights of the difficulty and trust scores, validated for Settings."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from crmnote.domain import rule_messages as rm
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason


class WeightsError(ValidationError, ValueError):
    """A weight that makes no sense (negative, not a number…); `field` names it."""


@dataclass(frozen=True)
class Weights:
    """Every number the scores depend on; docs/scoring.md says why each default is what it is."""

    half_life_days: float = 180.0
    # Trust: a smoothed rate of kept (K) against broken (B) mass, with a prior of each.
    prior_kept: float = 5.0
    prior_broken: float = 5.0
    kept: float = 1.0
    kept_late: float = 0.5
    broken_penalty: float = 2.0
    renegotiated: float = 0.25
    substantiated: float = 2.0
    partly: float = 1.0
    granted_reasonable: float = 0.5
    praise: float = 0.25
    quick_resolution_days: float = 7.0
    resolution_recovery: float = 0.5
    # Difficulty: friction (F) per unit of exposure (E), with prior f0 friction over e0 contacts.
    f0: float = 1.0
    e0: float = 10.0
    k: float = 2.0
    friction_hostile: float = 1.0
    friction_frustrated: float = 0.4
    friction_unsubstantiated: float = 1.5
    friction_partly: float = 0.25
    friction_undeterminable: float = 0.5
    friction_unreasonable: float = 1.0
    friction_renegotiation: float = 0.75
    friction_return: float = 0.5
    friction_complaint: float = 0.5
    # Cost to serve: at most `cost_weight` points once cost exceeds `cost_threshold` × revenue.
    cost_weight: float = 20.0
    cost_threshold: float = 1.0
    # A prospect may take this many hours with no revenue before "cost without income" counts.
    prospect_allowance_hours: float = 2.0
    # Is it us? A staff member is flagged `staff_margin` points above the others: within one
    # customer with `staff_min_interactions` each side, across the team with
    # `staff_team_min_interactions` each side.
    staff_margin: float = 20.0
    staff_min_interactions: int = 5
    staff_team_min_interactions: int = 10
    # An open promise this many days past its due date weighs on trust like a broken one.
    overdue_grace_days: int = 7

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in (int, "int"):
                least = 0 if f.name == "overdue_grace_days" else 1
                if type(value) is not int or value < least:
                    raise WeightsError(
                        f.name, Reason(rm.WHOLE_AT_LEAST, least=least, value=repr(value))
                    )
                continue
            if type(value) not in (int, float) or not math.isfinite(value):
                raise WeightsError(f.name, Reason(rm.FINITE, value=repr(value)))
            check, need = _RULES.get(f.name, _NON_NEGATIVE)
            if not check(float(value)):
                raise WeightsError(f.name, Reason(need, value=repr(value)))

    @classmethod
    def default(cls) -> Weights:
        """The documented defaults."""
        return cls()

    def to_dict(self) -> dict[str, float | int]:
        """Plain values keyed by field name, for storing in settings."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Weights:
        """Weights from stored settings: missing keys take the default, unknown keys are ignored.

        Numbers may arrive as text (settings files store text); anything else raises
        `WeightsError` (a `ValueError`) naming the key.
        """
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in data:
                values[f.name] = _number(f.name, data[f.name], whole=f.type in (int, "int"))
        return cls(**values)


# (the test, the message id saying what it asks for)
_NON_NEGATIVE: tuple[Callable[[float], bool], str] = (lambda v: v >= 0, rm.WEIGHT_NON_NEGATIVE)
_POSITIVE: tuple[Callable[[float], bool], str] = (lambda v: v > 0, rm.WEIGHT_POSITIVE)
_POINTS: tuple[Callable[[float], bool], str] = (lambda v: 0 <= v <= 100, rm.WEIGHT_POINTS)
_RULES: dict[str, tuple[Callable[[float], bool], str]] = {
    "half_life_days": _POSITIVE,
    "prior_kept": _POSITIVE,
    "prior_broken": _POSITIVE,
    "broken_penalty": (lambda v: v > 1, rm.WEIGHT_BROKEN),
    "quick_resolution_days": _POSITIVE,
    "resolution_recovery": (lambda v: 0 <= v <= 1, rm.WEIGHT_SHARE),
    "e0": _POSITIVE,
    "k": _POSITIVE,
    "cost_weight": _POINTS,
    "cost_threshold": _POSITIVE,
    "staff_margin": _POINTS,
}


def _number(key: str, value: Any, *, whole: bool) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise WeightsError(key, Reason(rm.A_NUMBER, value=repr(value)))
    try:
        number = float(value)
    except ValueError:
        raise WeightsError(key, Reason(rm.A_NUMBER, value=repr(value))) from None
    if not math.isfinite(number):
        raise WeightsError(key, Reason(rm.FINITE, value=repr(value)))
    if whole:
        if number != int(number):
            raise WeightsError(key, Reason(rm.WHOLE, value=repr(value)))
        return int(number)
    return number
