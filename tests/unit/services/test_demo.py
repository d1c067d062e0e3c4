"""The demo data generator: deterministic, valid, complete, consistent and additive."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from crmnote.demo.service import DemoReport, DemoService
from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS
from crmnote.domain.rules import is_overdue, validate
from crmnote.domain.types import (
    ClaimCategory,
    CustomerStatus,
    FeedbackKind,
    Judgment,
    MoneyKind,
    PromiseStatus,
    RequestKind,
    Verdict,
)
from crmnote.services.scores import ScoreService
from crmnote.storage.base import Base
from crmnote.storage.engine import database_url, make_engine, make_sessionmaker
from crmnote.storage.migrate import prepare_database
from crmnote.storage.repository import Repository
from crmnote.storage.rows import CustomerRow, StaffRow

TODAY = date(2026, 11, 2)
MIDNIGHT = datetime(2026, 11, 2)
Sessions = sessionmaker[Session]


def _open(path: Path) -> tuple[Engine, Sessions]:
    url = database_url(path)
    prepare_database(url, None)
    engine = make_engine(url)
    return engine, make_sessionmaker(engine)


def _dump(sessions: Sessions) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order; record identities (random by design,
    as every uuid) and sync's bookkeeping of them left out."""
    with sessions() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(
                    select(*(c for c in table.columns if c.name != "uuid")).order_by(
                        *table.primary_key.columns
                    )
                )
            ]
            for table in Base.metadata.sorted_tables
            if not table.name.startswith("sync_")
        }


def _all(sessions: Sessions, kind: str) -> list[Any]:
    with sessions() as session:
        return list(Repository(session).list(kind))


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Sessions]:
    engine, sessions = _open(tmp_path / "t.sqlite3")
    yield sessions
    engine.dispose()


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Sessions, DemoReport]]:
    """One database with 60 demo customers, shared by the read-only tests."""
    engine, sessions = _open(tmp_path_factory.mktemp("demo") / "t.sqlite3")
    report = DemoService(sessions).generate(customers=60, seed=7, today=TODAY)
    yield sessions, report
    engine.dispose()


# Salted digests and the hashes chained over them differ on every run, by design.
_SALTED = ("salt", "changes_digest", "state_digest", "hash")


def _unsalted(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    names = [c.name for c in Base.metadata.tables["change_log"].columns]
    keep = [i for i, n in enumerate(names) if n not in _SALTED]
    out = dict(dump)
    out["change_log"] = [tuple(row[i] for i in keep) for row in dump["change_log"]]
    out["change_log_head"] = [row[:3] for row in dump["change_log_head"]]
    return out


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        engine, sessions = _open(tmp_path / f"{name}.sqlite3")
        DemoService(sessions).generate(customers=25, seed=3, today=TODAY)
        dumps.append(_unsalted(_dump(sessions)))
        engine.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["change_log"]  # every interaction, promise and claim is in the log
    assert len(dumps[0]["customers"]) == 25
    assert dumps[0]["interactions"]


def test_another_seed_or_day_gives_other_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed, today in (("a", 3, TODAY), ("b", 4, TODAY), ("c", 3, date(2026, 5, 1))):
        engine, sessions = _open(tmp_path / f"{name}.sqlite3")
        DemoService(sessions).generate(customers=10, seed=seed, today=today)
        dumps.append(_dump(sessions))
        engine.dispose()
    assert dumps[0]["customers"] != dumps[1]["customers"]
    assert dumps[0]["interactions"] != dumps[1]["interactions"]
    assert dumps[0]["interactions"] != dumps[2]["interactions"]


def test_counts_follow_the_request(fresh: Sessions) -> None:
    report = DemoService(fresh).generate(
        customers=40, seed=1, interactions_per_customer=5, today=TODAY
    )
    assert report.counts["customer"] == 40
    assert 120 <= report.counts["interaction"] <= 300
    assert report.counts["staff"] == 5
    assert report.counts["standard"] >= 5
    assert report.total == sum(report.counts.values())
    assert report.changes().touches("customer", "interaction")
    for kind, count in report.counts.items():
        assert len(_all(fresh, kind)) == count, kind


def test_no_interactions_asked_gives_customers_without_history(fresh: Sessions) -> None:
    report = DemoService(fresh).generate(customers=5, interactions_per_customer=0, today=TODAY)
    assert report.counts["customer"] == 5
    assert report.counts["interaction"] == report.counts["promise"] == 0


def test_negative_sizes_are_refused(fresh: Sessions) -> None:
    with pytest.raises(ValidationError):
        DemoService(fresh).generate(customers=-1)
    with pytest.raises(ValidationError):
        DemoService(fresh).generate(interactions_per_customer=-1)


def test_every_status_verdict_judgment_and_kind_shows_up(sixty: tuple[Sessions, Any]) -> None:
    sessions, _ = sixty
    promises: list[e.Promise] = _all(sessions, "promise")
    claims: list[e.Claim] = _all(sessions, "claim")
    requests: list[e.Request] = _all(sessions, "request")
    assert {c.status for c in _all(sessions, "customer")} == set(CustomerStatus)
    assert {p.status for p in promises} == set(PromiseStatus)
    assert {c.verdict for c in claims} == set(Verdict)
    assert {c.category for c in claims} == set(ClaimCategory)
    assert {r.kind for r in requests} == set(RequestKind)
    assert {r.judgment for r in requests} == set(Judgment)
    assert {m.kind for m in _all(sessions, "money")} == set(MoneyKind)
    assert {f.kind for f in _all(sessions, "feedback")} == set(FeedbackKind)
    assert any(r.insight for r in requests)
    assert any(c.resolution is not None for c in claims)
    # The Today view has something to show: overdue, due soon, kept late.
    assert any(is_overdue(p, TODAY) for p in promises)
    assert any(p.status is PromiseStatus.OPEN and p.due and p.due >= TODAY for p in promises)
    assert any(
        p.status is PromiseStatus.KEPT and p.due and p.resolved_at and p.resolved_at.date() > p.due
        for p in promises
    )
    assert any(p.renegotiated_from_id for p in promises)
    assert any(p.standard_id for p in promises)


def test_every_record_is_valid_and_in_the_past(sixty: tuple[Sessions, Any]) -> None:
    sessions, _ = sixty
    for kind in KINDS:
        for record in _all(sessions, kind):
            validate(record)
            assert record.created_at < MIDNIGHT
            for name in ("at", "made_at", "raised_at", "resolved_at"):
                value = getattr(record, name, None)
                if isinstance(value, datetime):
                    assert value < MIDNIGHT, (kind, record.id, name)
    for money in _all(sessions, "money"):
        assert money.currency == "EUR"
        assert money.amount.as_tuple().exponent == -2


def test_references_stay_with_their_customer(sixty: tuple[Sessions, Any]) -> None:
    sessions, _ = sixty
    owner_of: dict[str, dict[int, int]] = defaultdict(dict)
    for kind in ("interaction", "promise"):
        for record in _all(sessions, kind):
            owner_of[kind][record.id] = record.customer_id
    for kind in ("promise", "claim", "request", "feedback", "money"):
        for record in _all(sessions, kind):
            for field, target in (("interaction_id", "interaction"), ("promise_id", "promise")):
                ref = getattr(record, field, None)
                if ref is not None:
                    assert owner_of[target][ref] == record.customer_id, (kind, record.id)
            previous = getattr(record, "renegotiated_from_id", None)
            if previous is not None:
                assert owner_of["promise"][previous] == record.customer_id
    with sessions() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_multilingual_names(sixty: tuple[Sessions, Any]) -> None:
    sessions, _ = sixty
    names = [c.name for c in _all(sessions, "customer")]
    assert any(not name.isascii() for name in names)
    assert any(any(ord(ch) >= 0x400 for ch in name) for name in names)  # Cyrillic, CJK, Arabic…
    customers: list[e.Customer] = _all(sessions, "customer")
    assert all(c.emails or c.phones for c in customers)
    assert all(c.tags for c in customers)


def test_one_staff_member_meets_worse_moods(sixty: tuple[Sessions, Any]) -> None:
    """So that "is it us?" has something to find: customers are grumpier with the third one."""
    sessions, _ = sixty
    moods: dict[int | None, list[int]] = defaultdict(list)
    for i in _all(sessions, "interaction"):
        if i.mood is not None:
            moods[i.staff_id].append(i.mood)
    means = {staff: sum(m) / len(m) for staff, m in moods.items()}
    third = sorted(s.id for s in _all(sessions, "staff"))[2]
    others = [mean for staff, mean in means.items() if staff != third]
    assert len(others) >= 2
    assert means[third] < min(others) - 0.1


def test_summary_columns_match_a_direct_computation(sixty: tuple[Sessions, Any]) -> None:
    sessions, _ = sixty
    interactions: dict[int, list[e.Interaction]] = defaultdict(list)
    for i in _all(sessions, "interaction"):
        interactions[i.customer_id].append(i)
    open_promises: dict[int, list[e.Promise]] = defaultdict(list)
    for p in _all(sessions, "promise"):
        if p.status is PromiseStatus.OPEN:
            open_promises[p.customer_id].append(p)
    with sessions() as session:
        rows = session.execute(
            select(
                CustomerRow.id,
                CustomerRow.last_contact_at,
                CustomerRow.open_promises,
                CustomerRow.next_due,
                CustomerRow.difficulty,
                CustomerRow.trust,
            )
        ).all()
    assert len(rows) == 60
    assert any(r.open_promises for r in rows)
    for cid, last, count, next_due, difficulty, trust in rows:
        history = interactions[cid]
        assert last == (max(i.at for i in history) if history else None)
        dues = [p.due for p in open_promises[cid] if p.due is not None]
        assert count == len(open_promises[cid])
        assert next_due == (min(dues) if dues else None)
        assert 0 <= difficulty <= 100 and 0 <= trust <= 100
    # The scores the demo leaves are those a full recompute gives.
    ScoreService(sessions, lambda: MIDNIGHT).recompute()
    with sessions() as session:
        again = session.execute(
            select(CustomerRow.id, CustomerRow.difficulty, CustomerRow.trust)
        ).all()
    before = {cid: (d, t) for cid, _, _, _, d, t in rows}
    for cid, difficulty, trust in again:
        assert (difficulty, trust) == pytest.approx(before[cid])


def test_generating_again_adds_new_records(fresh: Sessions) -> None:
    service = DemoService(fresh)
    first = service.generate(customers=8, seed=5, today=TODAY)
    second = service.generate(customers=8, seed=5, today=TODAY)
    assert second.counts["staff"] == second.counts["standard"] == 0
    assert first.counts["interaction"] == second.counts["interaction"]
    customers = _all(fresh, "customer")
    assert len(customers) == 16
    assert len({c.id for c in customers}) == 16
    assert len(_all(fresh, "staff")) == first.counts["staff"]
    assert len(_all(fresh, "interaction")) == 2 * first.counts["interaction"]


def test_existing_staff_are_kept_and_given_none_of_the_made_up_records(fresh: Sessions) -> None:
    """The person signed in (the book's first staff member) is real: the demo's contacts go to
    its own staff, not to them (issue 17: thousands of interactions under the login name)."""
    stamp = datetime(2026, 1, 1)
    with fresh() as session, session.begin():
        session.add(StaffRow(name="Me", email="", active=True, created_at=stamp, updated_at=stamp))
    report = DemoService(fresh).generate(customers=20, seed=2, today=TODAY)
    staff = _all(fresh, "staff")
    me = next(s for s in staff if s.name == "Me")
    assert len(staff) == 6 and report.counts["staff"] == 5
    assert not [i for i in _all(fresh, "interaction") if i.staff_id == me.id]
    assert not [c for c in _all(fresh, "customer") if c.owner_id == me.id]
    again = DemoService(fresh).generate(customers=5, seed=3, today=TODAY)
    assert again.counts["staff"] == 0  # the demo's staff are reused


def test_today_defaults_to_the_clock(fresh: Sessions) -> None:
    DemoService(fresh, clock=lambda: datetime(2026, 3, 10, 15, 0)).generate(customers=10)
    latest = max(i.at for i in _all(fresh, "interaction"))
    assert datetime(2026, 2, 1) < latest < datetime(2026, 3, 10)


@pytest.mark.postgres
def test_the_same_seed_gives_the_same_book_on_postgresql(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Every row alike on both back ends; PostgreSQL's id sequences catch up afterwards."""
    server = request.getfixturevalue("pg_server")
    url = server.fresh()
    engine = make_engine(url)
    try:
        sessions = make_sessionmaker(engine)
        DemoService(sessions).generate(customers=15, seed=5, today=TODAY)
        lite_engine, lite = _open(tmp_path / "same.sqlite3")
        DemoService(lite).generate(customers=15, seed=5, today=TODAY)
        assert _unsalted(_dump(sessions)) == _unsalted(_dump(lite))  # salts differ by design
        lite_engine.dispose()
        with sessions() as session, session.begin():
            repo = Repository(session)
            added = repo.add(e.Customer(name="After the demo"))
        assert added.id == 16
    finally:
        engine.dispose()
        server.drop(url)
