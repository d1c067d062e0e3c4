"""The Staff report: per staff member, what they did and how hard customers are with them.

Counts (interactions, mood, promises, claims) are SQL aggregates. "With them vs with others"
needs the decayed friction of each customer's history split by staff member, so it is computed
in Python for the customers served by at least two staff members, a chunk of customers at a
time; see docs/user-guide.md for what that costs on a large database.

Across the team: each staff member's friction over all their customers against the rest of the
team's (`scoring_staff.team_outliers`), one streamed pass over the staffed records. The result
is kept in the `staff_team` setting, which the customer advice reads (services/scores.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from crmnote.domain import settings as declared
from crmnote.domain.scoring import (
    ScoreEvent,
    ScoreEventKind,
    TeamLine,
    Weights,
    age_weight,
    base_difficulty,
    event_masses,
    events_from,
    friction_concentration,
    team_outliers,
)
from crmnote.domain.types import CustomerId
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage.settings_store import read_setting, write_setting
from crmnote.storage.staff_queries import (
    StaffedHistory,
    StaffTotals,
    shared_customer_ids,
    staff_totals,
    staffed_records,
    team_contacts,
    team_friction_records,
)
from crmnote.storage.team import access

CHUNK = 1000  # customers read at a time: bounds memory on a large database
# The advice reads the kept team comparison; older than this, `refresh_team` renews it.
TEAM_MAX_AGE = timedelta(days=1)
_PROBE_AT = datetime(2000, 1, 1)

# progress(done, total) → False to stop early (the report then covers what was done)
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class StaffLine:
    """One staff member's line of the report."""

    staff_id: int
    name: str
    interactions: int
    minutes: int
    customers: int
    average_mood: float | None
    promises_kept: int
    promises_broken: int
    substantiated_claims: int
    compared_customers: int = 0  # customers also served by others, where difficulty was compared
    difficulty_with: float | None = None  # mean over those customers, with this staff member
    difficulty_others: float | None = None  # mean over the same customers, with everyone else
    flagged_customers: int = 0  # customers where friction concentrates with this staff member
    team: TeamLine | None = None  # across all their customers against the rest of the team

    @property
    def excess(self) -> float | None:
        """How many points harder their customers are with them than with the others."""
        if self.difficulty_with is None or self.difficulty_others is None:
            return None
        return self.difficulty_with - self.difficulty_others


@dataclass(frozen=True)
class StaffReport:
    as_of: datetime
    lines: tuple[StaffLine, ...]
    customers_compared: int
    complete: bool = True
    # The rule behind `StaffLine.team.flagged`, with the figures it uses.
    team_min_interactions: int = 0
    margin: float = 0.0

    @property
    def outliers(self) -> tuple[StaffLine, ...]:
        """Staff members flagged across the team."""
        return tuple(line for line in self.lines if line.team is not None and line.team.flagged)


@dataclass
class _Tally:
    customers: int = 0
    with_sum: float = 0.0
    others_sum: float = 0.0
    flagged: int = 0


@dataclass
class _Comparison:
    """Difficulty with each staff member against the others, summed over customers.

    One pass over a customer's events: per staff member the decayed friction and exposure (the
    masses `staff_friction` sums) and the interaction count; "others" is the total less theirs.
    Per-kind masses are looked up once per report, not once per customer. The authoritative
    `friction_concentration` is only asked when these figures say a flag is within reach.
    """

    weights: Weights
    tallies: dict[int, _Tally] = field(default_factory=dict)
    customers: int = 0
    _masses: dict[tuple[ScoreEventKind, int | None], tuple[float, float]] = field(
        default_factory=dict
    )

    def _friction(self, ev: ScoreEvent) -> tuple[float, float]:
        if ev.kind is ScoreEventKind.CLAIM_RESOLVED:  # trust only, and depends on more fields
            return (0.0, 0.0)
        key = (ev.kind, ev.mood)
        found = self._masses.get(key)
        if found is None:
            m = event_masses(ev, self.weights)
            found = self._masses[key] = (m.friction, m.exposure)
        return found

    def _contact(self, mood: int | None) -> tuple[float, float]:
        """Friction and exposure of one interaction with this mood (via `event_masses`)."""
        key = (ScoreEventKind.INTERACTION, mood)
        found = self._masses.get(key)
        if found is None:
            probe = ScoreEvent(ScoreEventKind.INTERACTION, _PROBE_AT, "interaction", 0, mood=mood)
            found = self._friction(probe)
        return found

    def add(self, customer_id: CustomerId, history: StaffedHistory, as_of: datetime) -> None:
        """Compare one customer's difficulty with each staff member against the others."""
        w = self.weights
        per: dict[int, list[float]] = {}  # staff → [friction, exposure, interactions]
        half_life = w.half_life_days
        for _rid, at, staff, mood in history.contacts:
            friction, exposure = self._contact(mood)
            a = age_weight(at, as_of, half_life)
            acc = per.setdefault(staff, [0.0, 0.0, 0.0])
            acc[0] += a * friction
            acc[1] += a * exposure
            acc[2] += 1
        events = [ev for r in history.records for ev in events_from(r)]
        for ev in events:
            if ev.staff_id is None or ev.at > as_of:
                continue
            friction, exposure = self._friction(ev)
            if friction or exposure:
                a = age_weight(ev.at, as_of, half_life)
                acc = per.setdefault(ev.staff_id, [0.0, 0.0, 0.0])
                acc[0] += a * friction
                acc[1] += a * exposure
        served = [s for s, acc in per.items() if acc[2]]
        if len(served) < 2:
            return
        self.customers += 1
        total_f = sum(acc[0] for acc in per.values())
        total_e = sum(acc[1] for acc in per.values())
        total_n = sum(acc[2] for acc in per.values())
        near = False
        for s in served:
            f, x, n = per[s]
            mine = base_difficulty(f, x, w)
            theirs = base_difficulty(total_f - f, total_e - x, w)
            tally = self.tallies.setdefault(s, _Tally())
            tally.customers += 1
            tally.with_sum += mine
            tally.others_sum += theirs
            enough = min(n, total_n - n) >= w.staff_min_interactions
            near = near or (enough and mine - theirs >= w.staff_margin - 1e-6)
        if near:  # rare: let the domain's rule decide, over the full events
            contacts = history.interactions(customer_id)
            flag = friction_concentration(
                [*events, *(ev for i in contacts for ev in events_from(i))], as_of, w
            )
            if flag is not None and flag.staff_id in self.tallies:
                self.tallies[flag.staff_id].flagged += 1


class StaffReportService(ServiceBase):
    """Builds the Staff report over every customer."""

    def report(
        self,
        as_of: datetime | None = None,
        progress: Progress | None = None,
        *,
        remember: bool | None = None,
    ) -> StaffReport:
        """The report as of a time (default now). `remember` (default: when as of now) keeps
        the team comparison for the customer advice."""
        when = as_of or self.now()
        complete = True
        with self.reading() as repo:
            session = repo.session
            stored = read_setting(session, declared.SCORE_WEIGHTS)
            weights = Weights.default() if stored is None else Weights.from_dict(stored)
            comparison = _Comparison(weights)
            totals = staff_totals(session, when)
            team = {line.staff_id: line for line in _team(session, when, comparison)}
            ids = shared_customer_ids(session, when)
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                for cid, history in staffed_records(session, chunk, when).items():
                    comparison.add(cid, history, when)
                if progress is not None and not progress(start + len(chunk), len(ids)):
                    complete = start + len(chunk) >= len(ids)
                    break
        lines = tuple(
            _line(t, comparison.tallies.get(t.staff_id), team.get(t.staff_id)) for t in totals
        )
        if as_of is None if remember is None else remember:
            self._remember(when, team.values())  # the advice reads it as things stand now
        return StaffReport(
            when,
            lines,
            comparison.customers,
            complete,
            weights.staff_team_min_interactions,
            weights.staff_margin,
        )

    def refresh_team(self, max_age: timedelta = TEAM_MAX_AGE) -> Changes:
        """Renew the team comparison the customer advice reads when there is none or it is
        older than `max_age` (a day), so the advice names an outlier without anyone opening
        the Staff report. One streamed pass over the staffed records, then one small write;
        the desktop app runs it on a worker thread, `crmnote scores` before explaining.
        Returns a staff change when who is an outlier changed (what the advice says turns on
        it), else no change: views then pick up the new figures when they next read."""
        now = self.now()
        with self.reading() as repo:
            session = repo.session
            kept = read_setting(session, declared.STAFF_TEAM)
            if _fresh(kept, now, max_age):
                return Changes()
            stored = read_setting(session, declared.SCORE_WEIGHTS)
            weights = Weights.default() if stored is None else Weights.from_dict(stored)
            team = _team(session, now, _Comparison(weights))
        self._remember(now, team)
        if {t.staff_id for t in team if t.flagged} == _flagged(kept):
            return Changes()
        return Changes(kinds=frozenset({"staff"}))

    def _remember(self, when: datetime, team: Iterable[TeamLine]) -> None:
        """Keep the team comparison for the customer advice (services/scores.py)."""
        rows = [
            [t.staff_id, t.difficulty, t.rest_difficulty, t.interactions, t.rest_interactions,
             t.flagged]
            for t in team
        ]  # fmt: skip
        with self.transaction() as repo:
            if not access(repo.session).can_write:
                return  # a viewer of a team book: the advice reads what staff last kept
            write_setting(
                repo.session, declared.STAFF_TEAM, {"as_of": when.isoformat(), "lines": rows}
            )


def _fresh(kept: Any, now: datetime, max_age: timedelta) -> bool:
    """Whether a kept team comparison was made within `max_age` of `now` (a clock set back
    counts as stale too)."""
    if not isinstance(kept, dict):
        return False
    try:
        made = datetime.fromisoformat(str(kept.get("as_of")))
    except ValueError:
        return False
    return abs(now - made) < max_age


def _flagged(kept: Any) -> set[int]:
    """The staff ids flagged in a kept team comparison (none without one)."""
    lines = kept.get("lines", ()) if isinstance(kept, dict) else ()
    return {int(row[0]) for row in lines if row and row[-1]}


def _team(session: Any, when: datetime, comparison: _Comparison) -> tuple[TeamLine, ...]:
    """Every staff member's decayed friction, exposure and interactions over all customers."""
    w = comparison.weights
    per: dict[int, list[float]] = {}
    half_life = w.half_life_days
    for _rid, at, staff, mood in team_contacts(session, when):
        friction, exposure = comparison._contact(mood)
        a = age_weight(at, when, half_life)
        acc = per.setdefault(staff, [0.0, 0.0, 0.0])
        acc[0] += a * friction
        acc[1] += a * exposure
        acc[2] += 1
    for record in team_friction_records(session, when):
        for ev in events_from(record):
            if ev.staff_id is None or ev.at > when:
                continue
            friction, exposure = comparison._friction(ev)
            if friction or exposure:
                a = age_weight(ev.at, when, half_life)
                acc = per.setdefault(ev.staff_id, [0.0, 0.0, 0.0])
                acc[0] += a * friction
                acc[1] += a * exposure
    masses = {sid: (f, x, int(n)) for sid, (f, x, n) in per.items()}
    return team_outliers(masses, w)


def _line(t: StaffTotals, tally: _Tally | None, team: TeamLine | None) -> StaffLine:
    n = tally.customers if tally else 0
    return StaffLine(
        staff_id=t.staff_id,
        name=t.name,
        interactions=t.interactions,
        minutes=t.minutes,
        customers=t.customers,
        average_mood=t.mood_sum / t.moods if t.moods else None,
        promises_kept=t.promises_kept,
        promises_broken=t.promises_broken,
        substantiated_claims=t.substantiated_claims,
        compared_customers=n,
        difficulty_with=tally.with_sum / n if tally and n else None,
        difficulty_others=tally.others_sum / n if tally and n else None,
        flagged_customers=tally.flagged if tally else 0,
        team=team,
    )
