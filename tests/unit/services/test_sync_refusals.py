"""What keeps a field copy from joining or syncing is said in one sentence, and the local book
stays as it was and usable offline: a team book at another schema, a role that may only read
or may no longer sign in, a disk that fills up during a pull."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.pool import NullPool

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.errors import DatabaseError, DatabaseTooNewError, StorageError
from crmnote.services.book_services import Services
from crmnote.storage import sync_store as store
from crmnote.storage.migrate import prepare_database
from crmnote.storage.sync_peer_books import open_peer
from tests.pg.databases import PgServer
from tests.unit.services.sync_books import Laptops, snapshot

AT = datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def hub(opened: OpenDatabase, services: Services, database: str) -> str:
    fjord = services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    services.records.add("promise", {"text": "20 helmets", "made_at": AT}, fjord.id)
    return database


def test_a_disk_that_fills_during_a_pull_leaves_the_copy_as_it_was(
    laptops: Laptops, hub: str, services: Services
) -> None:
    laptops.join("a", hub)
    a = laptops.open("a")
    fjord = services.records.list("customer")[0]
    for n in range(40):  # enough for the pull to need new pages
        services.records.add("interaction", {"at": AT, "summary": f"call {n} " + "x" * 400},
                             fjord.id)  # fmt: skip
    before = snapshot(a)
    with a.sessions() as session:
        cursor = [p.pulled for p in store.peers(session)]
    full = {"on": True}

    @event.listens_for(a.opened.engine, "connect")
    def _no_room(dbapi: Any, _record: Any) -> None:
        if full["on"]:
            pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
            dbapi.execute(f"PRAGMA max_page_count = {pages}")

    a.opened.engine.dispose()
    with pytest.raises(StorageError, match="full"):
        laptops.sync(a, hub)
    full["on"] = False
    a.opened.engine.dispose()
    assert snapshot(a) == before
    with a.sessions() as session:
        assert [p.pulled for p in store.peers(session)] == cursor
    a.services.records.add("interaction", {"at": AT, "summary": "offline still"}, 1)
    report = laptops.sync(a, hub)
    assert report.pulled == 40 and report.pushed == 1
    assert snapshot(a) == snapshot(laptops.open(hub))


@pytest.mark.postgres
def test_a_team_book_at_another_schema_is_refused(pg_server: PgServer) -> None:
    older = pg_server.empty()
    prepare_database(older, None, target="0008")
    with pytest.raises(DatabaseError, match=r"at schema 0008, older than this crmnote's"):
        open_peer(older.render_as_string(hide_password=False))
    newer = pg_server.fresh()
    engine = create_engine(newer, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError, match="upgraded by a newer crmnote"):
        open_peer(newer.render_as_string(hide_password=False))
    for url in (older, newer):
        pg_server.drop(url)


def _role(setup: URL, hub: URL, name: str, *, writes: bool) -> URL:
    """A login role with a password that may read (and with `writes`, write) the hub."""
    admin = create_engine(setup, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD 'secret-{name}'")
    admin.dispose()
    owner = create_engine(hub, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with owner.connect() as conn:
        rights = "SELECT, INSERT, UPDATE, DELETE" if writes else "SELECT"
        conn.exec_driver_sql(f"GRANT {rights} ON ALL TABLES IN SCHEMA public TO {name}")
        conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {name}")
    owner.dispose()
    return hub.set(username=name, password=f"secret-{name}")


@pytest.mark.postgres
def test_a_reader_pulls_but_cannot_push_and_a_revoked_role_is_told(
    laptops: Laptops, pg_server: PgServer
) -> None:
    url = pg_server.fresh()
    hub = url.render_as_string(hide_password=False)
    staff = laptops.open(hub)
    fjord = staff.services.records.add("customer", {"name": "Fjord Bikes AS"})[0]
    as_reader = _role(pg_server.url, url, "sync_reader", writes=False)
    reader = as_reader.render_as_string(hide_password=False)
    try:
        assert laptops.join("a", reader).joined  # a reader may join to read offline
        a = laptops.open("a")
        a.services.records.add("interaction", {"at": AT, "summary": "call"}, 1)
        staff.services.records.update("customer", fjord.id, {"company": "Fjord AS"})
        report = laptops.sync(a, reader)
        assert (report.pushed, report.unpushed, report.pulled) == (0, 1, 1)
        assert a.services.records.list("customer")[0].company == "Fjord AS"
        assert staff.services.records.list("interaction") == []
        assert a.sync.status().waiting == 1
        admin = create_engine(pg_server.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as conn:
            conn.exec_driver_sql("ALTER ROLE sync_reader NOLOGIN")
        admin.dispose()
        before = snapshot(a)
        with pytest.raises(DatabaseError, match="does not let role 'sync_reader' sign in"):
            laptops.sync(a, reader)
        assert snapshot(a) == before and a.sync.status().waiting == 1
    finally:
        laptops.close()
        pg_server.drop_now(url)  # the role's rights in it go with it
        pg_server.execute("DROP ROLE IF EXISTS sync_reader")


@pytest.mark.postgres
def test_writers_append_to_the_log_one_transaction_at_a_time(pg_server: PgServer) -> None:
    """Log ids in commit order: while one transaction that writes holds the log, another
    cannot take it (so a reader that has seen id N never finds a smaller one later)."""
    url = pg_server.fresh()
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as first, first.begin():
            from sqlalchemy.orm import Session

            with Session(bind=first) as session:
                store.serialize_writers(session)
                with engine.connect() as second, second.begin():
                    taken = second.execute(
                        text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": store.LOG_LOCK}
                    ).scalar()
                    assert taken is False
        with engine.connect() as third, third.begin():
            taken = third.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": store.LOG_LOCK}
            ).scalar()
            assert taken is True
    finally:
        engine.dispose()
        pg_server.drop(url)
