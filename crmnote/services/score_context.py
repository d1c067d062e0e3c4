"""Keeping scores current: the running state advanced per record, histories rebuilt in chunks,
and what both read (events other than interactions, weights; cost to serve: `score_sums`)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.evidence import Evidence
from crmnote.domain.scoring import (
    CostToServe,
    ScoreEvent,
    ScoreEventKind,
    ScoreState,
    Weights,
    events_from,
    sort_key,
)
from crmnote.domain.scoring_events import (
    FEEDBACK_KINDS,
    VERDICT_KINDS,
    claim_events_of,
    feedback_events_of,
    money_events_of,
    promise_event_of,
    request_events_of,
    request_kinds,
)
from crmnote.domain.scoring_model import recovery
from crmnote.domain.scoring_replay import (
    Point,
    ReplayRow,
    interaction_masses,
    masses_table,
    replay,
)
from crmnote.domain.types import CustomerId, MoneyKind, Verdict
from crmnote.services.collector import collector_paused
from crmnote.services.score_sums import (
    NOTHING,
    Added,
    Spent,
    as_moment,
    cost_added,
    cost_terms,
    kept_sums,
    money_steps,
    parts_of,
    priced,
    revenue,
    sums_of,
)
from crmnote.storage import score_span, scored_rows
from crmnote.storage import score_store as store
from crmnote.storage.sessions import Session
from crmnote.storage.settings_store import read_settings

# Customers rebuilt per set of statements: bounded memory, few round trips.
CHUNK = 500
Progress = Callable[[int, int], None]  # (done, total)
# Kinds whose records move the scores or the cost to serve.
AFFECTING = frozenset({*store.SCORED_KINDS, "effort"})
SUBSTANTIATED = ScoreEventKind.CLAIM_SUBSTANTIATED.value
INTERACTION = ScoreEventKind.INTERACTION.value
_OVERDUE = ScoreEventKind.PROMISE_OVERDUE
_TEXT = {kind: kind.value for kind in ScoreEventKind}  # without the enum's descriptor
# `record_order` on replay rows: time, record, kind (one record, one event of each kind).
_RECORD_ORDER = itemgetter(0, 1, 2, 3)


def other_events(scored: scored_rows.Scored, customer_id: CustomerId) -> list[ScoreEvent]:
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


def other_rows(
    scored: scored_rows.Scored,
    customer_id: CustomerId,
    w: Weights,
    table: dict[tuple[str, int | None], Any],
) -> list[ReplayRow]:
    """`[replay_row(ev, w, table) for ev in other_events(scored, customer_id)]`, made from the
    columns without an event object where the kind alone gives the masses (all but a resolved
    claim's recovery)."""
    out: list[ReplayRow] = []
    for claim_id, raised_at, verdict, resolution, resolved_at, _staff, _text in scored.claims.get(
        customer_id, ()
    ):
        if verdict is Verdict.PENDING:
            continue
        kind = _TEXT[VERDICT_KINDS[verdict]]
        out.append((raised_at, "claim", claim_id, kind, table[kind, None]))
        if resolved_at is not None:  # as claim_events_of and event_masses make it
            days = max(0.0, (resolved_at - raised_at) / _DAY)
            kept = recovery(verdict.value, resolution and resolution.value, days, w)
            out.append((resolved_at, "claim", claim_id, _RESOLVED, (kept, 0.0, 0.0, 0.0)))
    for request_id, raised_at, kind, judgment, outcome, _staff, _text in scored.requests.get(
        customer_id, ()
    ):
        for k in request_kinds(kind, judgment, outcome):
            out.append((raised_at, "request", request_id, _TEXT[k], table[_TEXT[k], None]))
    for money_id, at, kind, _amount, _rate, _reference in scored.money.get(customer_id, ()):
        if kind is MoneyKind.RETURN:
            out.append((as_moment(at), "money", money_id, _RETURN, table[_RETURN, None]))
    for feedback_id, at, kind, _staff, _text in scored.feedback.get(customer_id, ()):
        found = FEEDBACK_KINDS.get(kind)
        if found is not None:
            out.append((at, "feedback", feedback_id, _TEXT[found], table[_TEXT[found], None]))
    return out


_RETURN = ScoreEventKind.RETURN.value
_RESOLVED = ScoreEventKind.CLAIM_RESOLVED.value
_DAY = timedelta(days=1)


def counted(events: Sequence[ScoreEvent], now: datetime) -> list[ScoreEvent]:
    """Events as they stand at `now`: an open promise's overdue event only once it is due
    (before that it is a date in the future, not a fact; `ScoreService.catch_up` adds it)."""
    return [ev for ev in events if ev.kind is not ScoreEventKind.PROMISE_OVERDUE or ev.at <= now]


Masses = dict[tuple[str, int | None], Any]
Scoring = tuple[Weights, Masses, dict[int | None, Any]]  # weights, masses, interactions' masses


def weights_from(stored: Any) -> Weights:
    """`Weights.from_dict` of the stored setting, made once per distinct setting (validating
    every field costs more than the rest of scoring a logged record)."""
    return scoring_of(stored)[0]


def scoring_of(stored: Any) -> Scoring:
    """The weights of the stored setting (None: the defaults) and the mass tables made from
    them, made once per distinct setting: the setting is read in every transaction that
    scores, and what is made from it is kept by its value (each value with its type), so a
    setting changed anywhere, by another process too, is what the next read finds and uses.
    Nothing cached can be stale: the cache key is the value just read."""
    if stored is None:
        return _scoring_of(None)
    try:
        # with each value's type: True == 1, but True is refused where 1 is a weight; and a
        # weight stored as 1 computes masses of type int where 1.0 gives floats
        key = tuple(sorted((k, type(v).__name__, v) for k, v in stored.items()))
        hash(key)
    except (AttributeError, TypeError):  # not a flat mapping: let from_dict say what is wrong
        return _made(Weights.from_dict(stored))
    return _scoring_of(key)


@functools.lru_cache(maxsize=8)
def _scoring_of(items: tuple[tuple[str, str, Any], ...] | None) -> Scoring:
    if items is None:
        return _made(Weights.default())
    return _made(Weights.from_dict({k: v for k, _type, v in items}))


def _made(w: Weights) -> Scoring:
    masses = masses_table(w)
    return w, masses, {mood: m for (kind, mood), m in masses.items() if kind == INTERACTION}


class ScoreContext:
    """Weights and hourly cost read once per transaction."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        stored, hourly = read_settings(session, declared.SCORE_WEIGHTS, declared.HOURLY_COST)
        self.weights, self._masses, self._moods = scoring_of(stored)
        self.hourly = float(hourly)

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

    def start_many(self, customer_ids: Sequence[CustomerId]) -> None:
        """Write the score history of new customers that have no records yet (an import's):
        what `rebuild_many` writes for each, worked out once and written for all, without
        reading their (absent) records."""
        if not customer_ids:
            return
        empty = scored_rows.Scored({}, {}, {}, {}, {}, {}, {})
        points: list[Point] = []
        term = cost_terms(self.weights, self.hourly)
        state, minutes, income, sales = self._replay(customer_ids[0], empty, term, points)
        spent = Spent(CostToServe(minutes / 60 * self.hourly, income), minutes, sales)
        as_of = self.now if state.at is None or self.now >= state.at else state.at
        d, t = state.scores(as_of, self.weights, self.priced(spent))
        # the rows of one customer with its id left out: the same for every new customer
        shape = [
            row[1:]
            for row in store.history_rows(
                0, points, kept_sums(state, minutes, income, sales), store.time_writer(self.session)
            )
        ]
        store.append_history_rows(
            self.session, [(cid, *row) for cid in customer_ids for row in shape]
        )
        store.set_scores_many(self.session, [(cid, d, t) for cid in customer_ids])

    def rebuild_all(self, customer_ids: Sequence[CustomerId], progress: Progress | None) -> None:
        """Recompute every customer's score history: `customer_ids` are all the book's
        customers in id order. The old history goes in one statement (SQLite), and each chunk of
        customers is read as one range of every table's customer index (no id list to bind);
        `progress(done, total)` after each chunk. The same rows as `rebuild_many`."""
        cleared = store.clear_history(self.session)
        total = len(customer_ids)
        for start in range(0, total, CHUNK):
            chunk = customer_ids[start : start + CHUNK]
            if not cleared:
                store.clear_history_of(self.session, chunk)
            with collector_paused():
                self._rebuild(chunk, score_span.scored_span(self.session, chunk[0], chunk[-1]))
            if progress is not None:
                progress(start + len(chunk), total)

    def _rebuild_many(self, customer_ids: Sequence[CustomerId]) -> None:
        store.clear_history_of(self.session, customer_ids)
        self._rebuild(
            customer_ids, scored_rows.scored_rows_of(self.session, customer_ids, texts=False)
        )

    def _rebuild(self, customer_ids: Sequence[CustomerId], scored: scored_rows.Scored) -> None:
        """Write the history and list scores of these customers (none of them has history
        left) from what they are scored on."""
        rows: list[store.HistoryRow] = []
        finals: list[tuple[CustomerId, float, float]] = []
        term = cost_terms(self.weights, self.hourly)
        to_db = store.time_writer(self.session)
        for cid in customer_ids:
            points: list[Point] = []
            state, minutes, income, sales = self._replay(cid, scored, term, points)
            spent = Spent(CostToServe(minutes / 60 * self.hourly, income), minutes, sales)
            as_of = self.now if state.at is None or self.now >= state.at else state.at
            d, t = state.scores(as_of, self.weights, self.priced(spent))
            finals.append((cid, d, t))
            rows.extend(
                store.history_rows(cid, points, kept_sums(state, minutes, income, sales), to_db)
            )
        store.append_history_rows(self.session, rows)
        store.set_scores_many(self.session, finals)

    def _replay(
        self,
        customer_id: CustomerId,
        scored: scored_rows.Scored,
        term: Callable[[int, Decimal, int], float],
        points: list[Point],
    ) -> tuple[ScoreState, int, Decimal, int]:
        """Every event in order, a history point for each (`scoring_replay.replay`)."""
        talks = scored.talks.get(customer_id, [])
        w, now, table = self.weights, self.now, self._masses
        moods = self._moods
        rows: list[ReplayRow] = [
            (at, "interaction", i, INTERACTION,
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
                kind = _TEXT[found[0]]
                rows.append((found[1], "promise", promise_id, kind, table[kind, None]))
        if scored.has_others(customer_id):
            rows.extend(other_rows(scored, customer_id, w, table))
        rows.sort(key=_RECORD_ORDER)
        return replay(rows, w, money_steps(scored, customer_id), term, points)

    def advance(
        self,
        customer_id: CustomerId,
        new_events: Sequence[ScoreEvent],
        added: Added = NOTHING,
    ) -> None:
        """Add the events of a new record and what it adds to the cost-to-serve sums kept with
        the state (`cost_added`): one history row read, none of the customer's records. Falls
        back to a rebuild when the events are back-dated."""
        found = store.latest(self.session, customer_id)
        ordered = sorted(counted(new_events, self.now), key=sort_key)
        if found is None:
            self.rebuild(customer_id)
            return
        row_id, state, stored = found
        if state.at is not None and ordered and ordered[0].at < state.at:
            self.rebuild(customer_id)
            return
        sums = sums_of(stored)
        if sums is None:  # a state written before the sums were kept: count them once
            spent = self.cost_now(customer_id)
        else:
            minutes, income, sales = sums[0] + added[0], sums[1] + added[1], sums[2] + added[2]
            spent = Spent(CostToServe(minutes / 60 * self.hourly, income), minutes, sales)
        points = []
        for ev in ordered:
            state = state.advance(ev, self.weights)
            points.append(self._point(customer_id, state, ev.at, spent, ev))
        if points:
            store.append_history_many(self.session, points)
        elif sums is None or any(added):  # no event: the newest row keeps the new sums
            store.set_state(self.session, row_id, kept_sums(state, *parts_of(spent)))
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
            state=kept_sums(state, *parts_of(spent)),
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
        ctx.advance(customer_id, ctx.events(new), cost_added(new) if old is None else NOTHING)


def evidence_as_of(
    times: Sequence[datetime], first_step: datetime | None, when: datetime, sales: int
) -> Evidence:
    """What is known of a customer as of `when`: scored events (their times), days since the
    first record (an event, or the first step of cost to serve: `score_sums.spent_as_of`)."""
    seen = [at for at in times if at <= when]
    if first_step is not None:
        seen_first = min(seen, default=first_step)
        first: datetime | None = min(seen_first, first_step)
    else:
        first = min(seen, default=None)
    days = 0 if first is None else (when - first).days
    return Evidence(events=len(seen), days=days, sales=sales)
