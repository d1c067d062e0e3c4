"""Difficulty and trust per customer: explanations on demand, a running history kept on change."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.evidence import RULE as EVIDENCE
from crmnote.domain.evidence import Evidence
from crmnote.domain.money import converted
from crmnote.domain.recommendation import Handler, Recommendation, recommend
from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    ScoreResult,
    ScoreState,
    StaffFlag,
    TeamLine,
    Weights,
    events_from,
    sort_key,
)
from crmnote.domain.scoring_events import (
    claim_events_of,
    feedback_events_of,
    money_events_of,
    promise_event_of,
    promise_events_of,
    request_events_of,
)
from crmnote.domain.scoring_lean import EventRow, explain_rows, row_of
from crmnote.domain.scoring_model import cost_ratio, ratio_term
from crmnote.domain.scoring_replay import (
    Point,
    ReplayRow,
    interaction_masses,
    masses_table,
    replay,
    replay_row,
)
from crmnote.domain.scoring_staff import concentration_of
from crmnote.domain.types import CustomerId, MoneyKind
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.collector import collector_paused
from crmnote.storage import score_store as store
from crmnote.storage.list_queries import summary_of
from crmnote.storage.repository import Repository
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_setting, read_settings, write_setting
from crmnote.storage.team import access

# Customers rebuilt per set of statements: bounded memory, few round trips.
_CHUNK = 500
Progress = Callable[[int, int], None]  # (done, total)
# Kinds whose records move the scores or the cost to serve.
AFFECTING = frozenset({*store.SCORED_KINDS, "effort"})
# The largest moves of each score the customer page lists (the Scores tab shows these).
PAGE_MOVES = 250
_ZERO = Decimal(0)
_SUBSTANTIATED = ScoreEventKind.CLAIM_SUBSTANTIATED.value
_INTERACTION = ScoreEventKind.INTERACTION.value
_OVERDUE = ScoreEventKind.PROMISE_OVERDUE
# `record_order` on replay rows: time, record, kind (one record, one event of each kind).
_RECORD_ORDER = itemgetter(0, 1, 2, 3)


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
    # Who handles them most, with their team-wide comparison from the latest staff report.
    handler: Handler | None = None
    # Hours spent on them (interactions and effort) up to `as_of`.
    hours: float = 0.0
    # No revenue yet and no more time than a prospect's allowance: cost to serve not judged.
    prospect: bool = False

    @property
    def cost_without_income(self) -> bool:
        """Time and money spent beyond a prospect's allowance with no revenue against it."""
        return not self.prospect and self.cost.cost > 0 and Decimal(self.cost.revenue) <= 0


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


_SIGN = {MoneyKind.SALE: 1, MoneyKind.REFUND: -1, MoneyKind.CREDIT: -1}


def _steps(scored: store.Scored, customer_id: CustomerId) -> list[tuple[datetime, int, Decimal]]:
    """(time, minutes added, revenue added) for every record that changes cost to serve, in
    time order: interactions and effort with minutes, sales, refunds and credits.

    Money counts at its home-currency value; an amount with no rate is left out.
    """
    steps: list[tuple[datetime, int, Decimal]] = []
    for _id, at, kind, amount, rate, _ref in scored.money.get(customer_id, ()):
        sign = _SIGN.get(kind, 0)
        value = converted(amount, rate)
        if sign and value is not None:
            steps.append((_moment(at), 0, sign * value))
    steps.extend((at, minutes, _ZERO) for at, minutes in scored.effort.get(customer_id, ())
                 if minutes)  # fmt: skip
    steps.extend((t[1], t[5], _ZERO) for t in scored.talks.get(customer_id, ()) if t[5])
    steps.sort(key=lambda s: s[0])
    return steps


def _other_events(scored: store.Scored, customer_id: CustomerId) -> list[ScoreEvent]:
    """The events of a customer's claims, requests, money and feedback, from their columns."""
    out: list[ScoreEvent] = []
    for claim in scored.claims.get(customer_id, ()):
        out.extend(claim_events_of(*claim))
    for request in scored.requests.get(customer_id, ()):
        out.extend(request_events_of(*request))
    for money_id, at, kind, _amount, _rate, reference in scored.money.get(customer_id, ()):
        if kind is MoneyKind.RETURN:
            out.extend(money_events_of(money_id, at, kind, reference))
    for feedback in scored.feedback.get(customer_id, ()):
        out.extend(feedback_events_of(*feedback))
    return out


def priced(cost: CostToServe, minutes: float, sales: int, weights: Weights) -> CostToServe | None:
    """The cost to serve to score, or None while it says nothing yet.

    No revenue at all: a prospect while the time spent is within `prospect_allowance_hours`
    (None), beyond it cost without income (scored: an infinite ratio). With revenue: only from
    the minimum of sales that makes the ratio mean something (domain/evidence.py).
    """
    if Decimal(cost.revenue) == 0:
        return cost if minutes >= weights.prospect_allowance_hours * 60 else None
    return cost if EVIDENCE.enough_for_cost(sales) else None


def _sales(steps: Sequence[tuple[datetime, int, Decimal]], when: datetime) -> int:
    return sum(1 for at, _m, r in steps if r > 0 and at <= when)


def counted(events: Sequence[ScoreEvent], now: datetime) -> list[ScoreEvent]:
    """Events as they stand at `now`: an open promise's overdue event only once it is due
    (before that it is a date in the future, not a fact; `ScoreService.catch_up` adds it)."""
    return [ev for ev in events if ev.kind is not ScoreEventKind.PROMISE_OVERDUE or ev.at <= now]


def cost_terms(w: Weights, hourly: float) -> Callable[[int, Decimal, int], float]:
    """The cost term of (minutes, revenue, sales) so far, as
    `cost_term(priced(CostToServe(minutes / 60 * hourly, revenue), minutes, sales, w), w)` gives
    it, without building either object (a rebuild asks it for every event)."""
    allowance = w.prospect_allowance_hours * 60

    def term(minutes: int, income: Decimal, sales: int) -> float:
        if income == 0:  # a prospect within its allowance: not judged yet
            if not minutes >= allowance:
                return 0.0
        elif not EVIDENCE.enough_for_cost(sales):
            return 0.0
        return ratio_term(cost_ratio(minutes / 60 * hourly, float(income)), w)

    return term


@dataclass(frozen=True)
class Spent:
    """What serving a customer cost so far, the minutes it is made of, and the sales."""

    cost: CostToServe
    minutes: int
    sales: int


def _weights(stored: Any) -> Weights:
    """`Weights.from_dict` of the stored setting, made once per distinct setting (validating
    every field costs more than the rest of scoring a logged record)."""
    try:
        # with each value's type: True == 1, but True is refused where 1 is a weight
        key = tuple(sorted((k, type(v).__name__, v) for k, v in stored.items()))
        hash(key)
    except (AttributeError, TypeError):  # not a flat mapping: let from_dict say what is wrong
        return Weights.from_dict(stored)
    return _weights_of(key)


@functools.lru_cache(maxsize=8)
def _weights_of(items: tuple[tuple[str, str, Any], ...]) -> Weights:
    return Weights.from_dict({k: v for k, _type, v in items})


class ScoreContext:
    """Weights and hourly cost read once per transaction."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        stored, hourly = read_settings(session, declared.SCORE_WEIGHTS, declared.HOURLY_COST)
        self.weights = Weights.default() if stored is None else _weights(stored)
        self.hourly = float(hourly)
        self._masses = masses_table(self.weights)
        self._moods = {mood: m for (kind, mood), m in self._masses.items() if kind == _INTERACTION}

    def events(self, record: Any) -> list[ScoreEvent]:
        """A record's events as they stand now (effort and customers have none)."""
        if record is None or isinstance(record, e.Effort | e.Customer):
            return []
        return counted(events_from(record, self.weights.overdue_grace_days), self.now)

    def priced(self, spent: Spent) -> CostToServe | None:
        return priced(spent.cost, spent.minutes, spent.sales, self.weights)

    def cost_now(self, customer_id: CustomerId) -> Spent:
        """Cost to serve so far, the minutes it is made of and the number of sales."""
        t = store.totals(self.session, customer_id)
        cost = CostToServe(t.minutes / 60 * self.hourly, revenue(t.money))
        return Spent(cost, t.minutes, t.sales)

    def rebuild(self, customer_id: CustomerId) -> None:
        """Recompute one customer's whole score history from its records."""
        self.rebuild_many([customer_id])

    def rebuild_many(self, customer_ids: Sequence[CustomerId]) -> None:
        """Recompute the score history of many customers with a few set-based statements.

        Only each customer's newest point keeps its running state (the next logged record
        continues from it); the points before it are the chart's and carry none."""
        with collector_paused():
            self._rebuild_many(customer_ids)

    def _rebuild_many(self, customer_ids: Sequence[CustomerId]) -> None:
        store.clear_history_of(self.session, customer_ids)
        scored = store.scored_rows_of(self.session, customer_ids, texts=False)
        rows: list[store.HistoryRow] = []
        finals: list[tuple[CustomerId, float, float]] = []
        term = cost_terms(self.weights, self.hourly)
        for cid in customer_ids:
            points: list[Point] = []
            state, minutes, income, sales = self._replay(cid, scored, term, points)
            spent = Spent(CostToServe(minutes / 60 * self.hourly, income), minutes, sales)
            as_of = self.now if state.at is None or self.now >= state.at else state.at
            d, t = state.scores(as_of, self.weights, self.priced(spent))
            finals.append((cid, d, t))
            rows.extend(store.history_rows(cid, points, state.to_dict()))
        store.append_history_rows(self.session, rows)
        store.set_scores_many(self.session, finals)

    def _replay(
        self,
        customer_id: CustomerId,
        scored: store.Scored,
        term: Callable[[int, Decimal, int], float],
        points: list[Point],
    ) -> tuple[ScoreState, int, Decimal, int]:
        """Every event in order, a history point for each (`scoring_replay.replay`)."""
        talks = scored.talks.get(customer_id, [])
        w, now, table = self.weights, self.now, self._masses
        moods = self._moods
        rows: list[ReplayRow] = [
            (at, "interaction", i, _INTERACTION,
             moods[mood] if mood in moods else interaction_masses(mood, w, table))
            for i, at, _staff, mood, _text, _ in talks
        ]  # fmt: skip
        grace = w.overdue_grace_days
        for promise_id, status, due, resolved_at, _by, _text in scored.promises.get(
            customer_id, ()
        ):
            found = promise_event_of(status, due, resolved_at, grace)
            # counted(): an open promise's overdue event only once it is due
            if found is not None and (found[0] is not _OVERDUE or found[1] <= now):
                kind = found[0].value
                rows.append((found[1], "promise", promise_id, kind, table[kind, None]))
        rows.extend(replay_row(ev, w, table) for ev in _other_events(scored, customer_id))
        rows.sort(key=_RECORD_ORDER)
        return replay(rows, w, _steps(scored, customer_id), term, points)

    def advance(self, customer_id: CustomerId, new_events: Sequence[ScoreEvent]) -> None:
        """Add the events of a new record; falls back to a rebuild when they are back-dated."""
        state = store.latest_state(self.session, customer_id)
        ordered = sorted(counted(new_events, self.now), key=sort_key)
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
        spent: Spent,
        cause: ScoreEvent,
    ) -> e.ScorePoint:
        d, t = state.scores(at, self.weights, self.priced(spent))
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
        self, customer_id: CustomerId, state: ScoreState, spent: Spent | None = None
    ) -> None:
        """The list columns show the scores as of the latest change, decayed to now."""
        as_of = self.now if state.at is None or self.now >= state.at else state.at
        d, t = state.scores(as_of, self.weights, self.priced(spent or self.cost_now(customer_id)))
        store.set_scores(self.session, customer_id, d, t)


def rescore_after(
    session: Session, now: datetime, customer_id: CustomerId, old: Any, new: Any
) -> None:
    """Keep one customer's scores current after a record changed (old/new None when absent).

    A new record, or one whose change only adds events, advances the running state (cost
    independent of history length); a change to what was already counted rebuilds the history.
    """
    ctx = ScoreContext(session, now)
    retroactive = isinstance(old, e.Effort | e.Money | e.Interaction)
    if ctx.events(old) or retroactive:
        ctx.rebuild(customer_id)
    else:
        ctx.advance(customer_id, ctx.events(new))


def _evidence(
    times: Sequence[datetime],
    steps: Sequence[tuple[datetime, int, Decimal]],
    when: datetime,
    sales: int,
) -> Evidence:
    """What is known of a customer as of `when`: scored events (their times), days since the
    first record."""
    seen = [at for at in times if at <= when]
    first = min([*seen, *(at for at, *_ in steps if at <= when)], default=None)
    days = 0 if first is None else (when - first).days
    return Evidence(events=len(seen), days=days, sales=sales)


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
        with self.reading() as repo, collector_paused():
            return self._explain(repo, customer_id, as_of or self.now())

    def view(self, customer_id: CustomerId) -> ScoresView:
        """What a customer's page shows of the scores, read in one session (any thread)."""
        with self.reading() as repo, collector_paused():
            scores = self._explain(repo, customer_id, self.now(), PAGE_MOVES)
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

    def _explain(
        self, repo: Repository, customer_id: CustomerId, when: datetime, keep: int | None = None
    ) -> CustomerScores:
        """Both scores explained; with `keep`, only that many of each score's largest moves
        are listed (the others counted): a long history's thousands of small ones explain
        nothing more (`scoring_lean`)."""
        repo.get("customer", customer_id)
        ctx = ScoreContext(repo.session, when)
        # Interactions as plain tuples: a customer may have 10k of them.
        source = store.scored_rows_of(repo.session, [customer_id])
        talks = source.talks.get(customer_id, [])
        team = read_setting(repo.session, declared.STAFF_TEAM)
        w = ctx.weights
        grace = w.overdue_grace_days
        # interaction_row's tuples, made inline for 10,000s of interactions
        rows: list[EventRow] = [
            (at, "interaction", i, _INTERACTION, staff, mood, None, None, None, text)
            for i, at, staff, mood, text, _ in talks
        ]
        for promise in source.promises.get(customer_id, ()):
            rows.extend(row_of(ev) for ev in promise_events_of(*promise, grace))
        rows.extend(row_of(ev) for ev in _other_events(source, customer_id))
        steps = _steps(source, customer_id)
        minutes, income = 0, Decimal(0)
        for at, m, r in steps:
            if at <= when:
                minutes, income = minutes + m, income + r
        spend = CostToServe(minutes / 60 * ctx.hourly, income)
        sales = _sales(steps, when)
        scored = priced(spend, minutes, sales, w)
        lean = explain_rows(rows, when, w, scored, keep)
        flag = concentration_of(lean.staff, w)
        claims = sum(1 for r in rows if r[3] == _SUBSTANTIATED and r[0] <= when)
        staff_name = None
        if flag is not None:
            staff: e.Staff = repo.get("staff", flag.staff_id)
            staff_name = staff.name
        handler = self._handler(repo, talks, when, team)
        # A prospect within its allowance, or too few sales: cost ratio unknown; no revenue
        # beyond the allowance is cost without income (an infinite ratio).
        ratio = None if scored is None else spend.ratio
        evidence = _evidence([r[0] for r in rows], steps, when, sales)
        advice = recommend(
            lean.difficulty.score,
            lean.trust.score,
            ratio,
            flag,
            claims,
            staff_name=staff_name,
            handler=handler,
            evidence=evidence,
        )
        return CustomerScores(
            customer_id, when, lean.difficulty, lean.trust, spend, flag, advice, claims,
            staff_name, handler, minutes / 60, scored is None,
        )  # fmt: skip

    def _handler(
        self, repo: Repository, talks: Sequence[store.Talk], when: datetime, team: Any
    ) -> Handler | None:
        """Who handled most of the customer's interactions, with their team-wide line."""
        counts = Counter(t[2] for t in talks if t[2] is not None and t[1] <= when)
        if not counts or not isinstance(team, dict):
            return None
        staff_id = min(counts, key=lambda s: (-counts[s], s))
        line = team_line(team, staff_id)
        if line is None:
            return None
        staff: e.Staff = repo.get("staff", staff_id)
        return Handler(staff_id, staff.name, line)

    def catch_up(self) -> Changes:
        """Rescore the customers whose open promises fell overdue since the last catch-up.

        An open promise starts to weigh on trust the day after its due date plus the grace
        period; nothing is written on that day, so the list's columns learn it here (the
        desktop app calls this soon after start and then every minute, `crmnote customers`
        before listing). Reads one indexed range of promises; writes only when the day changed.
        """
        now = self.now()
        with self.reading() as repo:
            last = read_setting(repo.session, declared.OVERDUE_CHECKED)
            # A viewer of a team book writes nothing: the scores as staff last kept them.
            if last == now.date().isoformat() or not access(repo.session).can_write:
                return Changes()
        with self.transaction() as repo:
            session = repo.session
            ctx = ScoreContext(session, now)
            grace = ctx.weights.overdue_grace_days
            first = date.min if last is None else date.fromisoformat(last) - timedelta(grace)
            ids = store.customers_falling_overdue(session, first, now.date() - timedelta(grace + 1))
            for start in range(0, len(ids), _CHUNK):
                ctx.rebuild_many(ids[start : start + _CHUNK])
            write_setting(session, declared.OVERDUE_CHECKED, now.date().isoformat())
        if not ids:
            return Changes()
        return Changes(kinds=frozenset({"scores"}), customer_ids=frozenset(ids))

    def staff_name(self, staff_id: int) -> str:
        with self.reading() as repo:
            staff: e.Staff = repo.get("staff", staff_id)
            return staff.name


def team_line(team: dict[str, Any], staff_id: int) -> TeamLine | None:
    """A staff member's line of the stored team comparison (`StaffReportService`)."""
    for row in team.get("lines", ()):
        if row and row[0] == staff_id:
            sid, mine, rest, n, n_rest, flagged = row
            return TeamLine(int(sid), float(mine), float(rest), int(n), int(n_rest), bool(flagged))
    return None
