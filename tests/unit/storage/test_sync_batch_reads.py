"""What a sync batch reads and writes at once (storage/among.py, Repository.read_many,
summary_columns.refresh_summaries, score_store.set_scores_many): the same as one by one, on
SQLite and on PostgreSQL (there with lists bound as one array)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select, update

from crmnote.bootstrap import open_database
from crmnote.domain import entities as e
from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage import score_store
from crmnote.storage.repository import Repository
from crmnote.storage.rows import CustomerRow
from crmnote.storage.summary_columns import refresh_summaries, refresh_summary
from crmnote.storage.sync_records import Ids

KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
T = datetime(2026, 3, 4, 9, 30)


@pytest.fixture(params=KINDS)
def book(place: Callable[[str], str], request: pytest.FixtureRequest) -> Iterator[Any]:
    opened = open_database(place(request.param))
    try:
        with opened.services.records.transaction() as repo:
            for n in range(3):
                c = repo.add(e.Customer(name=f"Customer {n}", created_at=T, updated_at=T))
                for k in range(n + 1):
                    when = T.replace(day=4 + k)
                    repo.add(e.Interaction(customer_id=c.id, at=when, summary=f"call {k}",
                                           created_at=T, updated_at=T))  # fmt: skip
                    repo.add(e.Promise(customer_id=c.id, text=f"promise {k}", made_at=T,
                                       due=date(2026, 4, 1 + k), quantity=2.5 * k, unit="kg",
                                       status=PromiseStatus.OPEN if k % 2 else PromiseStatus.KEPT,
                                       resolved_at=None if k % 2 else when,
                                       created_at=T, updated_at=T))  # fmt: skip
        yield opened
    finally:
        opened.close()


def test_records_read_without_the_orm_are_the_orm_s(book: Any) -> None:
    with book.services.records.transaction() as repo:
        r = Repository(repo.session)
        for kind in ("interaction", "promise"):
            ids = [*range(1, 8), 999]  # one not there
            plain, orm = r.read_many(kind, ids), r.get_many(kind, ids)
            assert len(plain) == 6 and 999 not in plain
            assert plain == orm
            assert [type(v) for v in plain.values()] == [type(v) for v in orm.values()]


def test_list_columns_of_many_customers_at_once_are_each_one_s(book: Any) -> None:
    with book.services.records.transaction() as repo:
        session = repo.session
        ids = [CustomerId(i) for i in (1, 2, 3)]
        for cid in ids:
            refresh_summary(session, cid)
        wanted = _summaries(session)
        session.execute(
            update(CustomerRow).values(last_contact_at=None, open_promises=99, next_due=None)
        )
        assert _summaries(session) != wanted
        refresh_summaries(session, ids)
        assert _summaries(session) == wanted
        assert [w[1] for w in wanted] == [0, 1, 1]  # the open promises, one statement for all


def test_scores_of_many_customers_the_last_given_wins(book: Any) -> None:
    with book.services.records.transaction() as repo:
        session = repo.session
        score_store.set_scores_many(
            session, [(CustomerId(1), 1.5, 2.5), (CustomerId(3), 3.0, 4.0), (CustomerId(1), 5, 6)]
        )
        got = dict(
            (i, (d, t))
            for i, d, t in session.execute(
                select(CustomerRow.id, CustomerRow.difficulty, CustomerRow.trust).order_by(
                    CustomerRow.id
                )
            )
        )
        assert got[1] == (5, 6) and got[3] == (3.0, 4.0) and got[2] != (5, 6)


def test_ids_of_many_uuids_across_statements(book: Any) -> None:
    with book.services.records.transaction() as repo:
        session = repo.session
        rows = session.execute(select(CustomerRow.uuid, CustomerRow.id)).all()
        fake = [f"00000000-0000-7000-8000-{n:012d}" for n in range(1200)]  # three statements
        ids = Ids(session)
        ids.preload("customer", [*fake, *(u for u, _i in rows)])
        assert all(ids.id_of("customer", u) == i for u, i in rows)
        assert all(ids.id_of("customer", u) is None for u in fake[::97])
        ids.preload_uuids("customer", [i for _u, i in rows] + [999])
        assert all(ids.uuid_of("customer", i) == u for u, i in rows)


def _summaries(session: Any) -> list[tuple[Any, ...]]:
    stmt = select(
        CustomerRow.last_contact_at, CustomerRow.open_promises, CustomerRow.next_due
    ).order_by(CustomerRow.id)
    return [tuple(r) for r in session.execute(stmt)]
