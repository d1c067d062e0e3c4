"""Difficulty and trust per customer: explanations on demand, a running history kept on change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.recommendation import Handler, Recommendation, recommend
from crmnote.domain.scoring import (
    CostToServe,
    ScoreResult,
    StaffFlag,
    TeamLine,
    Weights,
)
from crmnote.domain.scoring_events import promise_event_of, short_reason
from crmnote.domain.scoring_lean import EventRow, explain_rows, row_of
from crmnote.domain.scoring_staff import concentration_of
from crmnote.domain.types import CustomerId
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.collector import collector_paused
from crmnote.services.score_context import (
    CHUNK,
    INTERACTION,
    SUBSTANTIATED,
    Progress,
    ScoreContext,
    evidence_as_of,
    other_events,
)
from crmnote.services.score_sums import priced, spent_as_of
from crmnote.storage import score_span, scored_rows
from crmnote.storage import score_store as store
from crmnote.storage.list_queries import summary_of
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting, write_setting
from crmnote.storage.team import access

# The largest moves of each score the customer page lists (the Scores tab shows these).
PAGE_MOVES = 250


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
            if customer_ids is None:  # the whole book: one range of each table a chunk
                ids: Sequence[CustomerId] = store.customer_ids(repo.session)
                ctx.rebuild_all(ids, progress)
            else:
                ids = customer_ids
                for start in range(0, len(ids), CHUNK):
                    ctx.rebuild_many(ids[start : start + CHUNK])
                    if progress is not None:
                        progress(min(start + CHUNK, len(ids)), len(ids))
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
        nothing more (`scoring_lean`). Then the records are read without their texts (the
        customer's range of each table's index, through the driver's cursor), and only the
        texts of the moves listed are read."""
        repo.require("customer", customer_id)
        session = repo.session
        ctx = ScoreContext(session, when)
        # Interactions as plain tuples: a customer may have 10k of them.
        if keep is None:
            source = scored_rows.scored_rows_of(session, [customer_id])
        else:
            source = score_span.scored_span(session, customer_id, customer_id)
        talks = source.talks.get(customer_id, [])
        team = read_setting(session, declared.STAFF_TEAM)
        w = ctx.weights
        grace = w.overdue_grace_days
        # interaction_row's tuples, made inline for 10,000s of interactions
        rows: list[EventRow] = [
            (at, "interaction", i, INTERACTION, staff, mood, None, None, None, text)
            for i, at, staff, mood, text, _ in talks
        ]
        rows.extend(promise_rows(source.promises.get(customer_id, ()), grace))
        rows.extend(row_of(ev) for ev in other_events(source, customer_id))
        minutes, income, sales, first_step = spent_as_of(source, customer_id, when)
        spend = CostToServe(minutes / 60 * ctx.hourly, income)
        scored = priced(spend, minutes, sales, w)
        quote = None if keep is None else partial(scored_rows.texts_of, session)
        lean = explain_rows(rows, when, w, scored, keep, quote)
        flag = concentration_of(lean.staff, w)
        claims = sum(1 for r in rows if r[3] == SUBSTANTIATED and r[0] <= when)
        staff_name = None
        if flag is not None:
            staff: e.Staff = repo.get("staff", flag.staff_id)
            staff_name = staff.name
        handler = self._handler(repo, talks, when, team)
        # A prospect within its allowance, or too few sales: cost ratio unknown; no revenue
        # beyond the allowance is cost without income (an infinite ratio).
        ratio = None if scored is None else spend.ratio
        evidence = evidence_as_of([r[0] for r in rows], first_step, when, sales)
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
        self, repo: Repository, talks: Sequence[scored_rows.Talk], when: datetime, team: Any
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
            for start in range(0, len(ids), CHUNK):
                ctx.rebuild_many(ids[start : start + CHUNK])
            write_setting(session, declared.OVERDUE_CHECKED, now.date().isoformat())
        if not ids:
            return Changes()
        return Changes(kinds=frozenset({"scores"}), customer_ids=frozenset(ids))

    def staff_name(self, staff_id: int) -> str:
        with self.reading() as repo:
            staff: e.Staff = repo.get("staff", staff_id)
            return staff.name


def promise_rows(promises: Iterable[scored_rows.Pledge], grace: int) -> list[EventRow]:
    """`row_of` of each promise's `promise_events_of`, without the event objects."""
    out: list[EventRow] = []
    for promise_id, status, due, resolved_at, made_by, text in promises:
        found = promise_event_of(status, due, resolved_at, grace)
        if found is not None:
            kind, at = found
            out.append((at, "promise", promise_id, kind.value, made_by, None, None, None, None,
                        short_reason(text)))  # fmt: skip
    return out


def team_line(team: dict[str, Any], staff_id: int) -> TeamLine | None:
    """A staff member's line of the stored team comparison (`StaffReportService`)."""
    for row in team.get("lines", ()):
        if row and row[0] == staff_id:
            sid, mine, rest, n, n_rest, flagged = row
            return TeamLine(int(sid), float(mine), float(rest), int(n), int(n_rest), bool(flagged))
    return None
