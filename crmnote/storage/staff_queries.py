"""Staff report queries: totals per staff member in SQL, and the staffed records of customers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.types import (
    ClaimId,
    CustomerId,
    FeedbackId,
    FeedbackKind,
    InteractionId,
    Judgment,
    PromiseStatus,
    RequestId,
    RequestKind,
    StaffId,
    Verdict,
)
from crmnote.storage.rows import (
    ClaimRow,
    CustomerRow,
    FeedbackRow,
    InteractionRow,
    PromiseRow,
    RequestRow,
    StaffRow,
)

# Verdicts that add friction; a substantiated claim is our failure and leaves difficulty alone.
_FRICTION_VERDICTS = (Verdict.PARTLY, Verdict.UNSUBSTANTIATED, Verdict.UNDETERMINABLE)


@dataclass(frozen=True)
class StaffTotals:
    """What one staff member did up to a date, summed in SQL."""

    staff_id: int
    name: str
    interactions: int = 0
    minutes: int = 0
    customers: int = 0
    moods: int = 0  # interactions with a mood recorded
    mood_sum: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    substantiated_claims: int = 0


def staff_totals(session: Session, as_of: datetime) -> list[StaffTotals]:
    """One line per staff member (all of them, even idle ones), by name; a few GROUP BYs."""
    talk = {
        sid: (n, int(minutes or 0), customers, moods, int(mood_sum or 0))
        for sid, n, minutes, customers, moods, mood_sum in session.execute(
            select(
                InteractionRow.staff_id,
                func.count(InteractionRow.id),
                func.sum(InteractionRow.minutes),
                func.count(InteractionRow.customer_id.distinct()),
                func.count(InteractionRow.mood),
                func.sum(InteractionRow.mood),
            )
            .where(InteractionRow.staff_id.is_not(None), InteractionRow.at <= as_of)
            .group_by(InteractionRow.staff_id)
        )
    }
    promises: dict[tuple[int | None, PromiseStatus], int] = {
        (sid, status): n
        for sid, status, n in session.execute(
            select(PromiseRow.made_by, PromiseRow.status, func.count(PromiseRow.id))
            .where(
                PromiseRow.made_by.is_not(None),
                PromiseRow.status.in_([PromiseStatus.KEPT, PromiseStatus.BROKEN]),
                PromiseRow.resolved_at <= as_of,
            )
            .group_by(PromiseRow.made_by, PromiseRow.status)
        )
    }
    claims: dict[int | None, int] = {
        sid: n
        for sid, n in session.execute(
            select(ClaimRow.staff_id, func.count(ClaimRow.id))
            .where(
                ClaimRow.staff_id.is_not(None),
                ClaimRow.verdict == Verdict.SUBSTANTIATED,
                ClaimRow.raised_at <= as_of,
            )
            .group_by(ClaimRow.staff_id)
        )
    }
    out: list[StaffTotals] = []
    for sid, name in session.execute(select(StaffRow.id, StaffRow.name).order_by(StaffRow.name)):
        n, minutes, customers, moods, mood_sum = talk.get(sid, (0, 0, 0, 0, 0))
        out.append(
            StaffTotals(
                staff_id=sid,
                name=name,
                interactions=n,
                minutes=minutes,
                customers=customers,
                moods=moods,
                mood_sum=mood_sum,
                promises_kept=promises.get((sid, PromiseStatus.KEPT), 0),
                promises_broken=promises.get((sid, PromiseStatus.BROKEN), 0),
                substantiated_claims=claims.get(sid, 0),
            )
        )
    return out


def shared_customer_ids(session: Session, as_of: datetime) -> list[CustomerId]:
    """Customers who had interactions with at least two staff members up to `as_of`, by id."""
    i = InteractionRow
    stmt = (
        select(i.customer_id)
        .where(i.staff_id.is_not(None), i.at <= as_of)
        .group_by(i.customer_id)
        .having(func.count(i.staff_id.distinct()) >= 2)
        .order_by(i.customer_id)
    )
    return [CustomerId(cid) for cid in session.scalars(stmt)]


# (interaction id, at, staff id, mood): an interaction as the friction comparison reads it
Contact = tuple[int, datetime, int, int | None]


@dataclass
class StaffedHistory:
    """One customer's staffed interactions (light tuples: there are many) and other records."""

    contacts: list[Contact] = field(default_factory=list)
    records: list[e.Claim | e.Request | e.Feedback] = field(default_factory=list)

    def interactions(self, customer_id: CustomerId) -> list[e.Interaction]:
        return [
            e.Interaction(
                id=InteractionId(rid),
                customer_id=customer_id,
                at=at,
                staff_id=StaffId(sid),
                mood=mood,
            )
            for rid, at, sid, mood in self.contacts
        ]


def staffed_records(
    session: Session, customer_ids: Sequence[CustomerId], as_of: datetime
) -> dict[CustomerId, StaffedHistory]:
    """The staffed records that can move difficulty, per customer, without their texts.

    Only the columns the score events read are loaded (texts are left empty), so a chunk of
    customers (ids ascending) costs one range read of the customer index per table and no ORM
    objects. Vocabulary filters (verdict, judgment) are applied here, not in SQL: there SQLite
    would prefer the verdict or judgment index and scan every claim for each chunk.
    """
    out: dict[int, StaffedHistory] = {cid: StaffedHistory() for cid in customer_ids}
    if not out:
        return {}
    lo, hi = min(out), max(out)
    i = InteractionRow
    for cid, rid, at, sid, mood in session.execute(
        select(i.customer_id, i.id, i.at, i.staff_id, i.mood).where(
            i.customer_id.between(lo, hi), i.staff_id.is_not(None), i.at <= as_of
        )
    ):
        if cid in out and sid is not None:
            out[cid].contacts.append((rid, at, sid, mood))
    _friction_records(session, out, as_of, (lo, hi))
    return {CustomerId(cid): history for cid, history in out.items()}


def team_contacts(session: Session, as_of: datetime, chunk: int = 5_000) -> Iterator[Contact]:
    """Every staffed interaction up to `as_of` as (id, at, staff id, mood), streamed."""
    i = InteractionRow
    stmt = (
        select(i.id, i.at, i.staff_id, i.mood)
        .where(i.staff_id.is_not(None), i.at <= as_of)
        .execution_options(yield_per=chunk)
    )
    for rid, at, sid, mood in session.execute(stmt):
        if sid is not None:
            yield (rid, at, sid, mood)


def team_friction_records(
    session: Session, as_of: datetime, chunk: int = 5_000
) -> Iterator[e.Claim | e.Request | e.Feedback]:
    """Every staffed claim, request and complaint that can add friction, up to `as_of`,
    streamed a range of `chunk` customer ids at a time (at 100k customers a list of them all
    was tens of megabytes, which the process kept after the Staff report)."""
    top = session.scalar(select(func.max(CustomerRow.id))) or 0
    for lo in range(0, top + 1, chunk):
        part: dict[int, StaffedHistory] = {}
        _friction_records(session, part, as_of, (lo, lo + chunk - 1), grow=True)
        for history in part.values():
            yield from history.records


def _friction_records(
    session: Session,
    out: dict[int, StaffedHistory],
    as_of: datetime,
    span: tuple[int, int] | None,
    *,
    grow: bool = False,
) -> None:
    """Add the staffed claims, requests and complaints that can add friction to `out`, for
    the customers in `span` (all customers when None); `out` grows as they come with `grow`
    (or no span), else only the customers already in it are read."""
    every = grow or span is None

    def near(column: Any) -> Any:
        return true() if span is None else column.between(*span)

    c = ClaimRow
    for cid, rid, at, sid, verdict, resolution, resolved in session.execute(
        select(
            c.customer_id, c.id, c.raised_at, c.staff_id, c.verdict, c.resolution, c.resolved_at
        ).where(near(c.customer_id), c.staff_id.is_not(None), c.raised_at <= as_of)
    ):
        if every:
            out.setdefault(cid, StaffedHistory())
        if cid not in out or sid is None or verdict not in _FRICTION_VERDICTS:
            continue
        out[cid].records.append(
            e.Claim(
                id=ClaimId(rid),
                customer_id=CustomerId(cid),
                raised_at=at,
                text="",
                staff_id=StaffId(sid),
                verdict=verdict,
                resolution=resolution,
                resolved_at=resolved,
            )
        )
    r = RequestRow
    for cid, rid, at, sid, kind, judgment, outcome in session.execute(
        select(r.customer_id, r.id, r.raised_at, r.staff_id, r.kind, r.judgment, r.outcome).where(
            near(r.customer_id), r.staff_id.is_not(None), r.raised_at <= as_of
        )
    ):
        if every:
            out.setdefault(cid, StaffedHistory())
        if cid not in out or sid is None:
            continue
        if judgment is not Judgment.UNREASONABLE and kind is not RequestKind.RENEGOTIATION:
            continue
        out[cid].records.append(
            e.Request(
                id=RequestId(rid),
                customer_id=CustomerId(cid),
                raised_at=at,
                text="",
                staff_id=StaffId(sid),
                kind=kind,
                judgment=judgment,
                outcome=outcome,
            )
        )
    f = FeedbackRow
    for cid, rid, at, sid, theme in session.execute(
        select(f.customer_id, f.id, f.at, f.staff_id, f.kind).where(
            near(f.customer_id), f.staff_id.is_not(None), f.at <= as_of
        )
    ):
        if every:
            out.setdefault(cid, StaffedHistory())
        if cid not in out or sid is None or theme is not FeedbackKind.COMPLAINT:
            continue
        out[cid].records.append(
            e.Feedback(
                id=FeedbackId(rid),
                customer_id=CustomerId(cid),
                at=at,
                text="",
                staff_id=StaffId(sid),
                kind=theme,
            )
        )
