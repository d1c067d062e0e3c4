"""A database server that goes away in the middle of a user action: one clear error, nothing
half-saved; the next action reconnects by itself."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from crmnote.domain.errors import StorageError
from crmnote.services.book_services import Services
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
