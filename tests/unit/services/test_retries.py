"""A user action the server aborts because it collided with another (a deadlock, a
serialization failure) runs again, a bounded number of times, then the user is told."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.base import ATTEMPTS, CollisionError, ServiceBase
from crmnote.storage.engine import make_sessionmaker
from tests.pg.databases import PgServer


class Flaky(ServiceBase):
    """Collides `collisions` times, then writes a customer."""

    def __init__(self, opened: OpenDatabase, collisions: int) -> None:
        super().__init__(make_sessionmaker(opened.engine))
        self.collisions = collisions
        self.runs = 0

    def act(self) -> int:
        self.runs += 1
        with self.transaction() as repo:
            repo.session.execute(
                text(
                    "INSERT INTO customers (name, company, address, status, source, notes, "
                    "open_promises, created_at, updated_at) VALUES ('Fjord Bikes', '', '', "
                    "'active', '', '', 0, '2026-11-02', '2026-11-02')"
                )
            )
            if self.runs <= self.collisions:
                error = psycopg.errors.DeadlockDetected("deadlock detected")
                raise OperationalError("UPDATE customers …", {}, error)
            return self.runs

    def nested(self) -> int:
        """One user action calling another: only the outer one runs again."""
        return self.act()


def _customers(opened: OpenDatabase) -> int:
    with opened.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() or 0)


def test_a_collision_runs_the_action_again_and_nothing_of_the_failed_runs_stays(
    opened: OpenDatabase,
) -> None:
    flaky = Flaky(opened, collisions=ATTEMPTS - 1)
    assert flaky.act() == ATTEMPTS
    assert _customers(opened) == 1


def test_collisions_past_the_bound_are_reported_in_a_sentence(opened: OpenDatabase) -> None:
    flaky = Flaky(opened, collisions=ATTEMPTS + 5)
    with pytest.raises(CollisionError, match=r"collided with colleagues' changes \(a deadlock\)"):
        flaky.nested()
    assert flaky.runs == ATTEMPTS  # the outer action ran ATTEMPTS times, the inner not more
    assert _customers(opened) == 0


@pytest.mark.postgres
def test_a_real_deadlock_is_survived(pg_server: PgServer) -> None:
    """Two transactions lock two customers in opposite orders. The service's backend waits a
    second before looking for a deadlock, the other ten: the service is the one aborted, runs
    again once the other committed, and both changes land."""
    url = pg_server.fresh()
    opened = open_database(url.render_as_string(hide_password=False))
    other = create_engine(url, poolclass=NullPool)
    try:
        first, _ = opened.services.records.add("customer", {"name": "A"})
        second, _ = opened.services.records.add("customer", {"name": "B"})
        holds_b = threading.Event()
        service_holds_a = threading.Event()

        class Crossing(ServiceBase):
            runs = 0

            def swap(self) -> None:
                type(self).runs += 1
                with self.transaction() as repo:
                    s = repo.session
                    s.execute(text("SET LOCAL deadlock_timeout = '1s'"))
                    s.execute(text("UPDATE customers SET notes = 'service' WHERE id = :i"),
                              {"i": first.id})  # fmt: skip
                    service_holds_a.set()
                    holds_b.wait(30)
                    s.execute(text("UPDATE customers SET notes = 'service' WHERE id = :i"),
                              {"i": second.id})  # fmt: skip

        def colleague() -> None:
            with other.begin() as conn:
                conn.execute(text("SET LOCAL deadlock_timeout = '10s'"))
                service_holds_a.wait(30)
                conn.execute(text("UPDATE customers SET source = 'colleague' WHERE id = :i"),
                             {"i": second.id})  # fmt: skip
                holds_b.set()
                conn.execute(text("UPDATE customers SET source = 'colleague' WHERE id = :i"),
                             {"i": first.id})  # fmt: skip

        thread = threading.Thread(target=colleague)
        thread.start()
        Crossing(make_sessionmaker(opened.engine)).swap()
        thread.join(60)
        assert Crossing.runs == 2
        both = {c.name: (c.notes, c.source) for c in opened.services.records.list("customer")}
        assert both == {"A": ("service", "colleague"), "B": ("service", "colleague")}
    finally:
        other.dispose()
        opened.close()
        pg_server.drop(url)
