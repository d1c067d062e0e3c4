"""Is it us? Difficulty per staff member, and whether friction concentrates with one of them."""

from __future__ import annotations

import math
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


def _group_masses(
    by_staff: dict[int, list[ScoreEvent]], as_of: datetime, w: Weights
) -> dict[int, tuple[float, float, int]]:
    """Friction mass, exposure and interaction count per staff member: one pass over events."""
    out = {}
    for staff_id, events in by_staff.items():
        m = decayed_masses(events, as_of, w)
        n = sum(1 for ev in events if ev.kind is ScoreEventKind.INTERACTION and ev.at <= as_of)
        out[staff_id] = (m.friction, m.exposure, n)
    return out


def _by_staff(events: Iterable[ScoreEvent]) -> dict[int, list[ScoreEvent]]:
    by_staff: dict[int, list[ScoreEvent]] = {}
    for ev in events:
        if ev.staff_id is not None:
            by_staff.setdefault(ev.staff_id, []).append(ev)
    return by_staff


def staff_friction(
    events: Iterable[ScoreEvent], as_of: datetime, weights: Weights
) -> dict[int, StaffFriction]:
    """Difficulty and interaction count per staff member; unattributed events are left out."""
    masses = _group_masses(_by_staff(events), as_of, weights)
    return {
        staff_id: StaffFriction(staff_id, base_difficulty(f, e, weights), n)
        for staff_id, (f, e, n) in sorted(masses.items())
    }


def friction_concentration(
    events: Iterable[ScoreEvent], as_of: datetime, weights: Weights
) -> StaffFlag | None:
    """The staff member with whom the customer is hardest, if markedly so; else None.

    Flagged when their difficulty is at least `staff_margin` points above the difficulty over all
    other staff members' events, and both sides have at least `staff_min_interactions`
    interactions. Of several such staff members, the one with the largest excess (then lowest id).
    Masses are sums, so everyone else's are the other staff members' totals added up: each event
    is weighted once, however many staff members there are.
    """
    return concentration_of(_group_masses(_by_staff(events), as_of, weights), weights)


def concentration_of(
    masses: dict[int, tuple[float, float, int]], weights: Weights
) -> StaffFlag | None:
    """`friction_concentration` from each staff member's (friction, exposure, interactions)."""
    best: StaffFlag | None = None
    for staff_id, (f, e, n) in sorted(masses.items()):
        if n < weights.staff_min_interactions:
            continue
        rest = [m for other, m in sorted(masses.items()) if other != staff_id]
        n_others = sum(m[2] for m in rest)
        if n_others < weights.staff_min_interactions:
            continue
        d_others = base_difficulty(
            math.fsum(m[0] for m in rest), math.fsum(m[1] for m in rest), weights
        )
        flag = StaffFlag(staff_id, base_difficulty(f, e, weights), d_others, n, n_others)
        if flag.excess >= weights.staff_margin and (best is None or flag.excess > best.excess):
            best = flag
    return best


@dataclass(frozen=True)
class TeamLine:
    """One staff member against the rest of the team, over every customer they served.

    `difficulty` is computed over only the events they handled, `rest_difficulty` over every
    other staff member's events taken together (the same formula as a customer's difficulty,
    without the cost term). `flagged`: the stated rule holds (`team_outliers`).
    """

    staff_id: int
    difficulty: float
    rest_difficulty: float
    interactions: int
    rest_interactions: int
    flagged: bool

    @property
    def excess(self) -> float:
        return self.difficulty - self.rest_difficulty


StaffMasses = dict[int, tuple[float, float, int]]


def team_masses(events: Iterable[ScoreEvent], as_of: datetime, weights: Weights) -> StaffMasses:
    """Decayed friction, exposure and interaction count per staff member, over all customers."""
    return _group_masses(_by_staff(events), as_of, weights)


def team_outliers(masses: StaffMasses, weights: Weights) -> tuple[TeamLine, ...]:
    """Every staff member against the rest of the team, by staff id.

    Flagged when all of: they handled at least `staff_team_min_interactions` interactions, so
    did the rest of the team together, and the difficulty over their events is at least
    `staff_margin` points above the difficulty over everyone else's.
    """
    total_f = math.fsum(m[0] for m in masses.values())
    total_e = math.fsum(m[1] for m in masses.values())
    total_n = sum(m[2] for m in masses.values())
    least = weights.staff_team_min_interactions
    out = []
    for staff_id, (f, e, n) in sorted(masses.items()):
        mine = base_difficulty(f, e, weights)
        rest = base_difficulty(max(0.0, total_f - f), max(0.0, total_e - e), weights)
        enough = n >= least and total_n - n >= least
        flagged = enough and mine - rest >= weights.staff_margin
        out.append(TeamLine(staff_id, mine, rest, n, total_n - n, flagged))
    return tuple(out)
