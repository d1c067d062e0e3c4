"""Is it us? Difficulty per staff member, and whether friction concentrates with one of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from crmnote.domain.scoring_events import ScoreEvent, ScoreEventKind
from crmnote.domain.scoring_model import base_difficulty, decayed_masses
from crmnote.domain.scoring_weights import Weights


@dataclass(frozen=True)
class StaffFriction:
    """Difficulty computed over only the events one staff member handled."""

    staff_id: int
    difficulty: float
    interactions: int


@dataclass(frozen=True)
class StaffFlag:
    """Friction concentrated with one staff member compared with everyone else who served them."""

    staff_id: int
    difficulty: float
    others_difficulty: float
    interactions: int
    others_interactions: int

    @property
    def excess(self) -> float:
        """How many points harder the customer is with this staff member than with the others."""
        return self.difficulty - self.others_difficulty


def _friction(events: list[ScoreEvent], as_of: datetime, w: Weights) -> tuple[float, int]:
    m = decayed_masses(events, as_of, w)
    count = sum(1 for ev in events if ev.kind is ScoreEventKind.INTERACTION and ev.at <= as_of)
    # The cost to serve belongs to the customer, not to whoever served them: left out here.
    return base_difficulty(m.friction, m.exposure, w), count


def staff_friction(
    events: Iterable[ScoreEvent], as_of: datetime, weights: Weights
) -> dict[int, StaffFriction]:
    """Difficulty and interaction count per staff member; unattributed events are left out."""
    by_staff: dict[int, list[ScoreEvent]] = {}
    for ev in events:
        if ev.staff_id is not None:
            by_staff.setdefault(ev.staff_id, []).append(ev)
    out: dict[int, StaffFriction] = {}
    for staff_id in sorted(by_staff):
        d, n = _friction(by_staff[staff_id], as_of, weights)
        out[staff_id] = StaffFriction(staff_id, d, n)
    return out


def friction_concentration(
    events: Iterable[ScoreEvent], as_of: datetime, weights: Weights
) -> StaffFlag | None:
    """The staff member with whom the customer is hardest, if markedly so; else None.

    Flagged when their difficulty is at least `staff_margin` points above the difficulty over all
    other staff members' events, and both sides have at least `staff_min_interactions`
    interactions. Of several such staff members, the one with the largest excess (then lowest id).
    """
    attributed = [ev for ev in events if ev.staff_id is not None]
    best: StaffFlag | None = None
    for s in staff_friction(attributed, as_of, weights).values():
        if s.interactions < weights.staff_min_interactions:
            continue
        others = [ev for ev in attributed if ev.staff_id != s.staff_id]
        d_others, n_others = _friction(others, as_of, weights)
        if n_others < weights.staff_min_interactions:
            continue
        flag = StaffFlag(s.staff_id, s.difficulty, d_others, s.interactions, n_others)
        if flag.excess >= weights.staff_margin and (best is None or flag.excess > best.excess):
            best = flag
    return best
