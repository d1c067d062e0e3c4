"""Rescoring the whole book (after a weights change) reads each table one range of customers
at a time through the driver (`storage/score_span.py`, `ScoreContext.rebuild_all`): every
stored point, running state and list score must be what rebuilding the same customers by
their ids gives (the path every other rebuild takes), and what logging kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import String, select, text, type_coerce

from crmnote.bootstrap import OpenDatabase
from crmnote.demo.service import DemoService
from crmnote.domain.scoring_replay import masses_table, replay_row
from crmnote.domain.types import CustomerId, MoneyKind, PromiseStatus
from crmnote.services.book_services import Services
from crmnote.services.score_context import ScoreContext, other_events, other_rows
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.rows import CustomerRow, ScoreHistoryRow
from crmnote.storage.score_span import scored_span
from crmnote.storage.scored_rows import scored_rows_of

NOW = datetime(2026, 11, 2, 9, 0, 0)


def _book(opened: OpenDatabase) -> Services:
    """A demo book of every kind of record, with gaps in its customer ids and money that a
    rebuild reads differently (another currency with and without a rate, a return)."""
    DemoService(make_sessionmaker(opened.engine)).generate(
        customers=40, seed=7, interactions_per_customer=6, today=NOW.date()
    )
    services = Services.over(opened.engine, lambda: NOW)  # one time: list scores decay to it
    ids = _ids(services)
    for gone in (ids[3], ids[4], ids[20]):
        services.records.delete("customer", gone)
    cid = ids[5]
    for n, kind in enumerate((MoneyKind.SALE, MoneyKind.RETURN, MoneyKind.REFUND)):
        services.records.add(
            "money", {"kind": kind, "amount": Decimal("80.15"), "reference": f"X{n}"}, cid
        )
    made = {"text": "call back", "made_at": datetime(2026, 9, 20), "due": date(2026, 10, 1)}
    p, _ = services.records.add("promise", made, cid)  # kept late
    services.records.update("promise", p.id, {"status": PromiseStatus.KEPT})
    with services.scores.transaction() as repo:
        repo.session.execute(
            text("UPDATE money SET currency = 'USD', rate = '1.0837' WHERE reference = 'X0'")
        )
        repo.session.execute(
            text("UPDATE money SET currency = 'USD', rate = NULL, home_amount = NULL "
                 "WHERE reference = 'X2'")
        )  # fmt: skip
    return services


def _ids(services: Services) -> list[CustomerId]:
    with services.scores.reading() as repo:
        stmt = select(CustomerRow.id).order_by(CustomerRow.id)
        return [CustomerId(i) for i in repo.session.scalars(stmt)]


def _stored(services: Services) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every history row (its time as the database holds it) and every list score."""
    h = ScoreHistoryRow
    with services.scores.reading() as repo:
        points = repo.session.execute(
            select(h.customer_id, type_coerce(h.at, String), h.difficulty, h.trust,
                   h.cause_kind, h.cause_id, h.state)
            .order_by(h.customer_id, h.at, h.id)  # the order they were written in
        ).all()  # fmt: skip
        c = CustomerRow
        listed = repo.session.execute(select(c.id, c.difficulty, c.trust).order_by(c.id)).all()
    return [tuple(r) for r in points], [tuple(r) for r in listed]


def test_the_whole_book_rescored_equals_each_customer_rebuilt_by_id(
    opened: OpenDatabase,
) -> None:
    services = _book(opened)
    ids = _ids(services)
    services.scores.recompute(ids)  # by ids: the chunked path of every other rebuild
    by_ids = _stored(services)
    with services.scores.transaction() as repo:  # nothing left over from before
        repo.session.execute(text("UPDATE customers SET difficulty = NULL, trust = NULL"))
    calls: list[tuple[int, int]] = []
    services.scores.recompute(progress=lambda done, total: calls.append((done, total)))
    whole = _stored(services)
    assert whole == by_ids  # the same floats and texts, not approximately
    points, listed = whole
    assert len(points) > 200 and {p[4] for p in points} >= {
        "interaction",
        "promise",
        "claim",
        "request",
        "money",
        "feedback",
    }
    assert all(d is not None for _, d, _t in listed)
    last_state = {p[0]: p[6] for p in points}  # the newest point of each customer
    assert all(s != "{}" for s in last_state.values())
    assert sum(p[6] != "{}" for p in points) == len(last_state)
    assert calls[-1] == (len(ids), len(ids))


def test_a_range_of_customers_reads_what_their_ids_read(opened: OpenDatabase) -> None:
    services = _book(opened)
    ids = _ids(services)
    with services.scores.reading() as repo:
        span = scored_span(repo.session, ids[2], ids[30])
        by_ids = scored_rows_of(repo.session, ids[2:31], texts=False)
    for field in ("talks", "promises", "claims", "requests", "money", "feedback", "effort"):
        got, want = getattr(span, field), getattr(by_ids, field)
        assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in want.items()}
        assert got, field  # each kind is there to compare
    (_, at, _, _, _, _) = next(iter(span.talks.values()))[0]
    assert isinstance(at, datetime)
    promise = next(iter(span.promises.values()))[0]
    assert isinstance(promise[1], PromiseStatus)


def test_what_logging_kept_is_what_the_whole_book_rescored_gives(opened: OpenDatabase) -> None:
    services = _book(opened)
    services.scores.recompute()
    ids = _ids(services)
    for n, cid in enumerate(ids[:6]):
        services.interactions.log(cid, minutes=15 + n, mood=n % 5 - 2, notes="logged",
                                  at=NOW - timedelta(minutes=5))  # fmt: skip
    logged, _ = _stored(services)
    services.scores.recompute()
    rebuilt, _ = _stored(services)
    # logging writes the running state on each new point, a rebuild on the newest only
    assert [p[:6] for p in rebuilt] == [p[:6] for p in logged]
    newest = {p[0]: p[6] for p in logged}
    assert {p[0]: p[6] for p in rebuilt} == newest


def test_other_records_become_the_replay_rows_their_events_give(opened: OpenDatabase) -> None:
    services = _book(opened)
    ids = _ids(services)
    with services.scores.reading() as repo:
        scored = scored_rows_of(repo.session, ids, texts=False)
        w = ScoreContext(repo.session, NOW).weights
    table = masses_table(w)
    kinds = set()
    for cid in ids:
        want = sorted(replay_row(ev, w, table) for ev in other_events(scored, cid))
        assert sorted(other_rows(scored, cid, w, table)) == want
        kinds |= {row[3] for row in want}
    assert {"claim_resolved", "complaint", "praise", "return"} <= kinds
    assert any(k.startswith("request_") for k in kinds)


def test_on_a_server_a_customer_added_meanwhile_keeps_its_history(opened: OpenDatabase) -> None:
    """Another transaction may add a customer after the rescore read the ids (SQLite has one
    writer at a time: there the whole history goes in one statement)."""
    if opened.engine.dialect.name == "sqlite":
        pytest.skip("SQLite: the rescore's transaction is the only writer")
    services = _book(opened)
    ids = _ids(services)
    added = ids[10]  # as if it had come after the ids were read
    before = [p for p in _stored(services)[0] if p[0] == added]
    with services.scores.transaction() as repo:
        ScoreContext(repo.session, NOW).rebuild_all([i for i in ids if i != added], None)
    assert before and [p for p in _stored(services)[0] if p[0] == added] == before
