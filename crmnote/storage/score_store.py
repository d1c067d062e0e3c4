"""Reading what the scores are computed from, and writing score history and list columns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crmnote.domain.entities import ScorePoint
from crmnote.domain.scoring import ScoredRecord, ScoreState
from crmnote.domain.types import CustomerId, MoneyKind
from crmnote.storage.repository import Repository
from crmnote.storage.rows import (
    CustomerRow,
    EffortRow,
    InteractionRow,
    MoneyRow,
    ScoreHistoryRow,
)

SCORED_KINDS = ("interaction", "promise", "claim", "request", "money", "feedback")


@dataclass(frozen=True)
class Totals:
    """Minutes spent on a customer and money they brought, for cost to serve."""

    minutes: int
    money: dict[MoneyKind, Decimal]


def scored_records(session: Session, customer_id: CustomerId) -> list[ScoredRecord]:
    repo = Repository(session)
    out: list[ScoredRecord] = []
    for kind in SCORED_KINDS:
        out.extend(repo.list(kind, customer_id))
    return out


def totals(session: Session, customer_id: CustomerId) -> Totals:
    """Indexed aggregates over one customer's interactions, effort and money."""
    talk = session.scalar(
        select(func.coalesce(func.sum(InteractionRow.minutes), 0)).where(
            InteractionRow.customer_id == customer_id
        )
    )
    work = session.scalar(
        select(func.coalesce(func.sum(EffortRow.minutes), 0)).where(
            EffortRow.customer_id == customer_id
        )
    )
    money: dict[MoneyKind, Decimal] = {k: Decimal(0) for k in MoneyKind}
    rows = session.execute(
        select(MoneyRow.kind, func.sum(MoneyRow.amount))
        .where(MoneyRow.customer_id == customer_id)
        .group_by(MoneyRow.kind)
    )
    for kind, amount in rows:  # summed in cents, read back as Decimal by the column type
        money[MoneyKind(kind)] = amount or Decimal(0)
    return Totals(int(talk or 0) + int(work or 0), money)


def latest_state(session: Session, customer_id: CustomerId) -> ScoreState | None:
    text = session.scalar(
        select(ScoreHistoryRow.state)
        .where(ScoreHistoryRow.customer_id == customer_id)
        .order_by(ScoreHistoryRow.at.desc(), ScoreHistoryRow.id.desc())
        .limit(1)
    )
    return None if text is None else ScoreState.from_dict(json.loads(text))


def append_history(session: Session, point: ScorePoint) -> None:
    session.add(
        ScoreHistoryRow(
            customer_id=point.customer_id,
            at=point.at,
            difficulty=point.difficulty,
            trust=point.trust,
            cause_kind=point.cause_kind,
            cause_id=point.cause_id,
            state=json.dumps(point.state),
        )
    )


def clear_history(session: Session, customer_id: CustomerId) -> None:
    session.execute(delete(ScoreHistoryRow).where(ScoreHistoryRow.customer_id == customer_id))


def history(session: Session, customer_id: CustomerId) -> list[ScorePoint]:
    rows = session.execute(
        select(
            ScoreHistoryRow.at,
            ScoreHistoryRow.difficulty,
            ScoreHistoryRow.trust,
            ScoreHistoryRow.cause_kind,
            ScoreHistoryRow.cause_id,
        )
        .where(ScoreHistoryRow.customer_id == customer_id)
        .order_by(ScoreHistoryRow.at, ScoreHistoryRow.id)
    )
    return [
        ScorePoint(
            customer_id=customer_id, at=at, difficulty=d, trust=t, cause_kind=kind, cause_id=cid
        )
        for at, d, t, kind, cid in rows
    ]


def set_scores(
    session: Session, customer_id: CustomerId, difficulty: float | None, trust: float | None
) -> None:
    session.execute(
        update(CustomerRow)
        .where(CustomerRow.id == customer_id)
        .values(difficulty=difficulty, trust=trust)
    )


def customer_ids(session: Session) -> list[CustomerId]:
    return [CustomerId(i) for i in session.scalars(select(CustomerRow.id).order_by(CustomerRow.id))]


def last_change(session: Session, customer_id: CustomerId) -> datetime | None:
    return session.scalar(
        select(func.max(ScoreHistoryRow.at)).where(ScoreHistoryRow.customer_id == customer_id)
    )
