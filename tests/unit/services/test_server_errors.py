"""A database server that goes away in the middle of a user action: one clear error, nothing
half-saved; the next action reconnects by itself."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from crmnote.domain.errors import StorageError
from crmnote.services.book_services import Services
from crmnote.storage import postgres
from crmnote.storage.engine import make_engine
from tests.pg.databases import PgServer

pytestmark = pytest.mark.postgres


def test_a_lost_connection_is_a_storage_error_and_the_next_action_reconnects(
    pg_server: PgServer,
) -> None:
    url = pg_server.fresh()
    engine = make_engine(url)
    admin = create_engine(pg_server.url, poolclass=NullPool)
    try:
        services = Services.over(engine)
        lost = pytest.raises(StorageError, match="connection to the database server was lost")
        with lost, services.records.transaction() as repo:
            repo.session.execute(
                text(
                    "INSERT INTO staff (name, email, active, created_at, "
                    "updated_at) VALUES ('Half', '', true, now(), now())"
                )
            )
            pid = repo.session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            repo.session.execute(text("SELECT 1"))
        services.records.add("customer", {"name": "After"})
        assert [s.name for s in services.customers.summaries()] == ["After"]
        assert [s.name for s in services.records.list("staff")] == []
    finally:
        admin.dispose()
        engine.dispose()
        pg_server.drop(url)


def _terminate_all(admin_url: object, database: str | None) -> None:
    admin = create_engine(admin_url, poolclass=NullPool)  # type: ignore[call-overload]
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": database},
            )
    finally:
        admin.dispose()


def test_a_connection_dropped_while_idle_is_replaced_without_an_error(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server drops the pooled connections (a restart, an idle timeout) while the app
    waits for its user: the next action, past the idle time, runs on a new connection."""
    url = pg_server.fresh()
    engine = make_engine(url)
    try:
        services = Services.over(engine)
        services.records.add("customer", {"name": "Before"})
        _terminate_all(pg_server.url, url.database)
        monkeypatch.setattr(postgres, "PING_AFTER_IDLE_S", 0.0)
        services.records.add("customer", {"name": "After"})
        assert sorted(s.name for s in services.customers.summaries()) == ["After", "Before"]
    finally:
        engine.dispose()
        pg_server.drop(url)


def test_a_connection_used_a_moment_ago_is_lent_without_a_ping(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A burst of actions (a keystroke's filter, a window's reads) pays no ping; within the
    idle time a dropped connection fails one action, and the next one reconnects."""
    url = pg_server.fresh()
    engine = make_engine(url)
    pings: list[object] = []
    ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda c: pings.append(c) or ping(c))
    try:
        services = Services.over(engine)
        for n in range(5):
            services.records.add("customer", {"name": f"C{n}"})
            services.customers.summaries()
        assert pings == []
        monkeypatch.setattr(postgres, "PING_AFTER_IDLE_S", 0.0)
        services.customers.summaries()
        assert len(pings) == 1
        monkeypatch.setattr(postgres, "PING_AFTER_IDLE_S", 3600.0)
        _terminate_all(pg_server.url, url.database)
        with pytest.raises(StorageError, match="connection to the database server was lost"):
            services.records.add("customer", {"name": "Lost"})
        services.records.add("customer", {"name": "After"})
        names = [s.name for s in services.customers.summaries()]
        assert "After" in names and "Lost" not in names and len(names) == 6
    finally:
        engine.dispose()
        pg_server.drop(url)
