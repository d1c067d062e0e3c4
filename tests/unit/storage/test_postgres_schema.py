"""The schema on PostgreSQL (migration 0008): what the models say, built on a book of an older
crmnote, refused where the server cannot hold it, and its indexes kept by the database itself
whoever writes, even two writers at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool, Pool

from crmnote.bootstrap import open_database
from crmnote.domain.errors import DatabaseError
from crmnote.services.book_services import Services
from crmnote.storage.base import Base
from crmnote.storage.engine import make_engine
from crmnote.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    prepare_database,
)
from crmnote.storage.search_queries import in_models
from tests.pg.databases import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty(pg_server: PgServer) -> Iterator[URL]:
    url = pg_server.empty()
    yield url
    pg_server.drop(url)


@pytest.fixture
def engine(pg_server: PgServer) -> Iterator[Engine]:
    url = pg_server.fresh()
    made = make_engine(url)
    yield made
    made.dispose()
    pg_server.drop(url)


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_name": lambda name, t, _: in_models(name, t)}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
        assert current_revision(conn) == head_revision()


@pytest.mark.parametrize("book", ["new", "at head"])
def test_opening_a_server_book_takes_one_connection(
    pg_server: PgServer, empty: URL, book: str
) -> None:
    """Checked, migrated (a new book) and opened through the book's own engine: one backend
    for the server to start, not one more for the migrations' check."""
    if book == "at head":
        prepare_database(empty, None)
    connections: list[object] = []
    listener = lambda dbapi, _record: connections.append(dbapi)  # noqa: E731
    event.listen(Pool, "connect", listener)
    try:
        opened = open_database(empty.render_as_string(hide_password=False))
        try:
            with opened.engine.connect() as conn:
                assert current_revision(conn) == head_revision()
        finally:
            opened.close()
    finally:
        event.remove(Pool, "connect", listener)
    assert len(connections) == 1


def test_a_book_of_an_older_crmnote_gets_its_indexes(empty: URL) -> None:
    """A PostgreSQL book made before 0008 (search and filter missing) is upgraded in place."""
    prepare_database(empty, None, target="0007")
    engine = make_engine(empty)
    with engine.begin() as conn:
        assert "search_index" not in inspect(conn).get_table_names()
        conn.execute(
            text(
                "INSERT INTO customers (name, company, address, status, source, notes, "
                "open_promises, created_at, updated_at) VALUES ('Zoë Ångström', 'Fjord Bikes', "
                "'', 'active', '', 'likes CAFÉS', 0, now(), now())"
            )
        )
    engine.dispose()
    report = prepare_database(empty, None)
    assert (report.before, report.after) == ("0007", head_revision())
    opened = open_database(empty.render_as_string(hide_password=False))
    try:
        (hit,) = opened.services.search.search("cafe*")
        assert hit.customer_name == "Zoë Ångström" and hit.snippet == "Fjord Bikes likes CAFÉS"
        assert [s.name for s in opened.services.customers.summaries(search="BIKE")] == [
            "Zoë Ångström"
        ]
    finally:
        opened.close()


def test_downgrade_removes_every_object_and_upgrade_builds_them_again(empty: URL) -> None:
    prepare_database(empty, None)
    objects = (
        "SELECT (SELECT count(*) FROM pg_proc WHERE proname LIKE 'crmnote%%' "
        "OR proname LIKE 'search%%' OR proname LIKE 'customer_text%%'), "
        "(SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal), "
        "(SELECT count(*) FROM pg_ts_config WHERE cfgname = 'crmnote_search')"
    )
    engine = make_engine(empty)
    try:
        with engine.connect() as conn:
            built = conn.exec_driver_sql(objects).one()
        assert built[0] > 0 and built[1] > 0 and built[2] == 1
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0007")
        with engine.connect() as conn:
            assert tuple(conn.exec_driver_sql(objects).one()) == (0, 0, 0)
            assert "customer_text" not in inspect(conn).get_table_names()
        prepare_database(empty, None)
        with engine.connect() as conn:
            assert conn.exec_driver_sql(objects).one() == built
    finally:
        engine.dispose()


def test_a_database_in_another_encoding_is_refused_before_anything_is_written(
    pg_server: PgServer,
) -> None:
    name = f"{pg_server.prefix}_latin1"
    admin = create_engine(pg_server.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'"
        )
    url = pg_server.url_of(name)
    try:
        with pytest.raises(DatabaseError, match="uses the LATIN1 encoding; crmnote needs UTF8"):
            prepare_database(url, None)
        engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def _matching(services: Services, search: str) -> set[str]:
    return {s.name for s in services.customers.summaries(search=search)}


def test_indexes_follow_writes_made_with_plain_sql(engine: Engine) -> None:
    """Triggers keep them: another tool's writes are found, a deleted customer leaves nothing."""
    book = Services.over(engine)
    ann, _ = book.records.add("customer", {"name": "Ann"})
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customer_contacts (customer_id, kind, value, label, position) "
                "VALUES (:c, 'phone', '+47 5550 1234', '', 0)"
            ),
            {"c": ann.id},
        )
        conn.execute(text("INSERT INTO customer_tags VALUES (:c, 'late payer')"), {"c": ann.id})
        conn.execute(
            text("UPDATE customers SET notes = 'owes us ÉCLAIRS' WHERE id = :c"), {"c": ann.id}
        )
    assert _matching(book, "5550") == {"Ann"} and _matching(book, "PAYER") == {"Ann"}
    assert [h.kind for h in book.search.search("eclairs")] == ["customer"]
    with engine.begin() as conn:
        conn.execute(text("UPDATE customer_tags SET tag = 'prompt payer'"))
    assert _matching(book, "late") == set() and _matching(book, "prompt") == {"Ann"}
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM customers"))
        assert conn.execute(text("SELECT count(*) FROM customer_text")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM search_index")).scalar() == 0


def test_two_writers_adding_contacts_to_one_customer_both_end_up_in_its_text(
    engine: Engine,
) -> None:
    """Each statement's trigger rewrites the customer's whole text: the second writer waits
    for the first (an advisory lock per customer) and then reads what it committed."""
    book = Services.over(engine)
    ann, _ = book.records.add("customer", {"name": "Ann"})
    add = text(
        "INSERT INTO customer_contacts (customer_id, kind, value, label, position) "
        "VALUES (:c, 'email', :v, '', 0)"
    )
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with engine.begin() as conn:
                conn.execute(add, {"c": ann.id, "v": "two@b.io"})
        except BaseException as exc:
            errors.append(exc)

    with engine.connect() as first:
        tx = first.begin()
        first.execute(add, {"c": ann.id, "v": "one@a.io"})
        writer = threading.Thread(target=second)
        writer.start()
        with engine.connect() as probe:  # wait until the second writer waits for a lock
            waiting = text("SELECT count(*) FROM pg_locks WHERE NOT granted")
            for _ in range(2000):
                if probe.execute(waiting).scalar():
                    break
                time.sleep(0.005)
            else:
                pytest.fail("the second writer never waited for the first")
        tx.commit()
    writer.join(timeout=60)
    assert errors == []
    assert _matching(book, "one@a") == {"Ann"} and _matching(book, "two@b") == {"Ann"}
    assert {c.value for c in book.records.get("customer", ann.id).emails} == {
        "one@a.io",
        "two@b.io",
    }
