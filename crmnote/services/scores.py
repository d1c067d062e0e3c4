"""Difficulty and trust per customer: explanations on demand, a running history kept on change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.evidence import RULE as EVIDENCE
from crmnote.domain.evidence import Evidence
from crmnote.domain.recommendation import Recommendation, recommend
from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreResult,
    ScoreState,
    StaffFlag,
    Weights,
    difficulty,
    events_from,
    friction_concentration,
    sort_key,
    trust,
)
from crmnote.domain.types import CustomerId, MoneyKind, Verdict
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage import score_store as store
from crmnote.storage.list_queries import summary_of
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting, write_setting

# Customers rebuilt per set of statements: bounded memory, few round trips.
_CHUNK = 500
Progress = Callable[[int, int], None]  # (done, total)
# Kinds whose records move the scores or the cost to serve.
AFFECTING = frozenset({*store.SCORED_KINDS, "effort"})


@dataclass(frozen=True)
class CustomerScores:
    """Both scores of one customer as of a time, with what explains them."""

    customer_id: CustomerId
    as_of: datetime
    difficulty: ScoreResult
    trust: ScoreResult
    cost: CostToServe
    staff_flag: StaffFlag | None
    recommendation: Recommendation
    substantiated_claims: int
    staff_name: str | None = None  # the flagged staff member's name, when there is a flag


@dataclass(frozen=True)
class ScoresView:
    """What a customer's page shows of the scores: the explanation, the history, the scores
    that are current (as the list shows them), the flagged staff member and the last decision."""

    scores: CustomerScores
    history: list[e.ScorePoint]
    current: tuple[float, float]
    staff_name: str | None
    last_decision: e.Decision | None


def revenue(money: dict[MoneyKind, Decimal]) -> Decimal:
    """Sales less refunds and credits."""
    return money[MoneyKind.SALE] - money[MoneyKind.REFUND] - money[MoneyKind.CREDIT]


def _moment(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def _cost_steps(records: Sequence[Any], hourly: float) -> list[tuple[datetime, float, Decimal]]:
    """(time, cost added, revenue added) for every record that changes cost to serve."""
    steps: list[tuple[datetime, float, Decimal]] = []
    for r in records:
        if isinstance(r, e.Interaction | e.Effort) and r.minutes:
            steps.append((r.at, r.minutes / 60 * hourly, Decimal(0)))
        elif isinstance(r, e.Money):
            sign = {MoneyKind.SALE: 1, MoneyKind.REFUND: -1, MoneyKind.CREDIT: -1}.get(r.kind, 0)
            if sign:
                steps.append((_moment(r.at), 0.0, sign * r.amount))
    steps.sort(key=lambda s: s[0])
    return steps


def priced(cost: CostToServe, sales: int) -> CostToServe | None:
    """The cost to serve to score, or None before any money was recorded (a prospect) and
    before the minimum of sales (`sales` so far) that makes the ratio mean something."""
    if not EVIDENCE.enough_for_cost(sales):
        return None
    return None if Decimal(cost.revenue) == 0 else cost


def _sales(steps: Sequence[tuple[datetime, float, Decimal]], when: datetime) -> int:
    return sum(1 for at, _c, r in steps if r > 0 and at <= when)


class ScoreContext:
    """Weights and hourly cost read once per transaction."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        stored = read_setting(session, declared.SCORE_WEIGHTS)
        self.weights = Weights.default() if stored is None else Weights.from_dict(stored)
        self.hourly = float(read_setting(session, declared.HOURLY_COST))

    def cost_now(self, customer_id: CustomerId) -> tuple[CostToServe, int]:
        """The cost to serve and the number of sales so far."""
        t = store.totals(self.session, customer_id)
        return CostToServe(t.minutes / 60 * self.hourly, revenue(t.money)), t.sales

    def rebuild(self, customer_id: CustomerId) -> None:
        """Recompute one customer's whole score history from its records."""
        self.rebuild_many([customer_id])

    def rebuild_many(self, customer_ids: Sequence[CustomerId]) -> None:
        """Recompute the score history of many customers with a few set-based statements."""
        store.clear_history_of(self.session, customer_ids)
        by_customer = store.scored_records_of(self.session, customer_ids)
        points: list[e.ScorePoint] = []
        finals: list[tuple[CustomerId, float, float]] = []
        for cid in customer_ids:
            state, spend, sales = self._replay(cid, by_customer.get(cid, []), points)
            as_of = self.now if state.at is None or self.now >= state.at else state.at
            d, t = state.scores(as_of, self.weights, priced(spend, sales))
            finals.append((cid, d, t))
        store.append_history_many(self.session, points)
        store.set_scores_many(self.session, finals)

    def _replay(
        self, customer_id: CustomerId, records: Sequence[Any], points: list[e.ScorePoint]
    ) -> tuple[ScoreState, CostToServe, int]:
        """Advance through every event in order, appending a history point for each."""
        events = sorted(
            (ev for r in records if not isinstance(r, e.Effort) for ev in events_from(r)),
            key=sort_key,
        )
        steps = _cost_steps(records, self.hourly)
        state, cost, income, i, sales = ScoreState.initial(), 0.0, Decimal(0), 0, 0
        for ev in events:
            while i < len(steps) and steps[i][0] <= ev.at:
                cost, income, i = cost + steps[i][1], income + steps[i][2], i + 1
                sales += steps[i - 1][2] > 0
            state = state.advance(ev, self.weights)
            spent = (CostToServe(cost, income), sales)
            points.append(self._point(customer_id, state, ev.at, spent, ev))
        for _, c, r in steps[i:]:
            cost, income, sales = cost + c, income + r, sales + (r > 0)
        return state, CostToServe(cost, income), sales

    def advance(self, customer_id: CustomerId, new_events: Sequence[ScoreEvent]) -> None:
        """Add the events of a new record; falls back to a rebuild when they are back-dated."""
        state = store.latest_state(self.session, customer_id)
        ordered = sorted(new_events, key=sort_key)
        if state is None or (state.at is not None and ordered and ordered[0].at < state.at):
            self.rebuild(customer_id)
            return
        spent = self.cost_now(customer_id)
        points = []
        for ev in ordered:
            state = state.advance(ev, self.weights)
            points.append(self._point(customer_id, state, ev.at, spent, ev))
        store.append_history_many(self.session, points)
        self._publish(customer_id, state, spent)

    def _point(
        self,
        customer_id: CustomerId,
        state: ScoreState,
        at: datetime,
        spent: tuple[CostToServe, int],
        cause: ScoreEvent,
    ) -> e.ScorePoint:
        d, t = state.scores(at, self.weights, priced(*spent))
        return e.ScorePoint(
            customer_id=customer_id,
            at=at,
            difficulty=d,
            trust=t,
            cause_kind=cause.ref_kind,
            cause_id=cause.ref_id,
            state=state.to_dict(),
        )

    def _publish(
        self,
        customer_id: CustomerId,
        state: ScoreState,
        spent: tuple[CostToServe, int] | None = None,
    ) -> None:
        """The list columns show the scores as of the latest change, decayed to now."""
        as_of = self.now if state.at is None or self.now >= state.at else state.at
        d, t = state.scores(as_of, self.weights, priced(*(spent or self.cost_now(customer_id))))
        store.set_scores(self.session, customer_id, d, t)


def _events(record: Any) -> tuple[ScoreEvent, ...]:
    if record is None or isinstance(record, e.Effort | e.Customer):
        return ()
    return events_from(record)


def rescore_after(
    session: Session, now: datetime, customer_id: CustomerId, old: Any, new: Any
) -> None:
    """Keep one customer's scores current after a record changed (old/new None when absent).

    A new record, or one whose change only adds events, advances the running state (cost
    independent of history length); a change to what was already counted rebuilds the history.
    """
    ctx = ScoreContext(session, now)
    retroactive = isinstance(old, e.Effort | e.Money | e.Interaction)
    if _events(old) or retroactive:
        ctx.rebuild(customer_id)
    else:
        ctx.advance(customer_id, _events(new))


def _evidence(
    events: Sequence[ScoreEvent],
    steps: Sequence[tuple[datetime, float, Decimal]],
    when: datetime,
    sales: int,
) -> Evidence:
    """What is known of a customer as of `when`: scored events, days since the first record."""
    times = [ev.at for ev in events if ev.at <= when] + [at for at, *_ in steps if at <= when]
    days = (when - min(times)).days if times else 0
    return Evidence(events=sum(1 for ev in events if ev.at <= when), days=days, sales=sales)


class ScoreService(ServiceBase):
    """Scores with their explanation, history, weights and full recomputation."""

    def weights(self) -> Weights:
        with self.reading() as repo:
            return ScoreContext(repo.session, self.now()).weights

    def set_weights(self, weights: Weights | None, progress: Progress | None = None) -> Changes:
        """Store new weights (None: defaults) and recompute every customer's history."""
        with self.transaction() as repo:
            write_setting(repo.session, declared.SCORE_WEIGHTS, weights and weights.to_dict())
        return self.recompute(progress=progress) | Changes(kinds=frozenset({"settings"}))

    def recompute(
        self, customer_ids: Sequence[CustomerId] | None = None, progress: Progress | None = None
    ) -> Changes:
        """Rebuild score history and list columns (after a weights change or an import);
        `progress(done, total)` is called after each chunk of customers (from this thread)."""
        with self.transaction() as repo:
            ctx = ScoreContext(repo.session, self.now())
            ids = customer_ids if customer_ids is not None else store.customer_ids(repo.session)
            for start in range(0, len(ids), _CHUNK):
                ctx.rebuild_many(ids[start : start + _CHUNK])
                if progress is not None:
                    progress(min(start + _CHUNK, len(ids)), len(ids))
        return Changes(kinds=frozenset({"scores"}), customer_ids=frozenset(ids))

    def history(self, customer_id: CustomerId) -> list[e.ScorePoint]:
        with self.reading() as repo:
            return store.history(repo.session, customer_id)

    def explain(self, customer_id: CustomerId, as_of: datetime | None = None) -> CustomerScores:
        """Both scores as of a time (default now) with contributions and a recommendation."""
        with self.reading() as repo:
            return self._explain(repo, customer_id, as_of or self.now())

    def view(self, customer_id: CustomerId) -> ScoresView:
        """What a customer's page shows of the scores, read in one session (any thread)."""
        with self.reading() as repo:
            scores = self._explain(repo, customer_id, self.now())
            history = store.history(repo.session, customer_id)
            summary = summary_of(repo.session, customer_id)
            decisions: Sequence[e.Decision] = repo.list("decision", customer_id)
        # The list's stored scores are current (kept on every write); the explanation's only
        # stand in where none is stored yet.
        stored = (summary.difficulty, summary.trust) if summary is not None else (None, None)
        current = (
            scores.difficulty.score if stored[0] is None else stored[0],
            scores.trust.score if stored[1] is None else stored[1],
        )
        flag = scores.staff_flag
        last = max(decisions, key=lambda d: (d.at, d.id), default=None)
        return ScoresView(scores, history, current, scores.staff_name if flag else None, last)

    def _explain(self, repo: Repository, customer_id: CustomerId, when: datetime) -> CustomerScores:
        repo.get("customer", customer_id)
        ctx = ScoreContext(repo.session, when)
        # Column tuples, not ORM objects: a customer may have 10k interactions.
        records = store.scored_records_of(repo.session, [customer_id]).get(customer_id, [])
        events = [ev for r in records if not isinstance(r, e.Effort) for ev in events_from(r)]
        cost, income = 0.0, Decimal(0)
        steps = _cost_steps(records, ctx.hourly)
        for at, c, r in steps:
            if at <= when:
                cost, income = cost + c, income + r
        spend = CostToServe(cost, income)
        sales = _sales(steps, when)
        d = difficulty(events, when, ctx.weights, priced(spend, sales))
        t = trust(events, when, ctx.weights)
        flag = friction_concentration(events, when, ctx.weights)
        claims = sum(
            1
            for r in records
            if isinstance(r, e.Claim) and r.verdict is Verdict.SUBSTANTIATED and r.raised_at <= when
        )
        staff_name = None
        if flag is not None:
            staff: e.Staff = repo.get("staff", flag.staff_id)
            staff_name = staff.name
        # No revenue yet (a prospect), or too few sales: cost ratio unknown, not infinite.
        ratio = spend.ratio if priced(spend, sales) is not None else None
        evidence = _evidence(events, steps, when, sales)
        advice = recommend(
            d.score, t.score, ratio, flag, claims, staff_name=staff_name, evidence=evidence
        )
        return CustomerScores(customer_id, when, d, t, spend, flag, advice, claims, staff_name)

    def staff_name(self, staff_id: int) -> str:
        with self.reading() as repo:
            staff: e.Staff = repo.get("staff", staff_id)
            return staff.name
