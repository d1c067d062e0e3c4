"""Writes by another connection or process are reported once; the app's own writes are not."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

from crmnote.bootstrap import OpenDatabase
from crmnote.services.book_services import Services
from crmnote.storage.engine import make_engine
from tests.waits import wait_for

pytestmark = (
    pytest.mark.sqlite_only
)  # SQLite's data_version (PostgreSQL: LISTEN/NOTIFY, a later step)


@pytest.fixture
def other(opened: OpenDatabase) -> Iterator[Services]:
    """Services over a second engine on the same file: another program, as SQLite sees it."""
    engine = make_engine(opened.engine.url)
    yield Services.over(engine)
    engine.dispose()


def add_customer(services: Services, name: str) -> int:
    customer, _ = services.records.add("customer", {"name": name})
    return int(customer.id)


def test_a_commit_by_another_engine_is_reported_once(services: Services, other: Services) -> None:
    watch = services.outside_writes
    assert watch.changed() is False  # the first look starts watching
    assert watch.watching()
    add_customer(other, "Olga Other")
    assert watch.changed() is True
    assert watch.changed() is False
    add_customer(other, "Otto Other")
    add_customer(other, "Oda Other")
    assert watch.changed() is True  # several commits between two looks: one answer
    assert watch.changed() is False


def test_a_command_line_write_is_reported_once(services: Services, db_path: Path) -> None:
    watch = services.outside_writes
    assert watch.changed() is False
    subprocess.run(
        [sys.executable, "-m", "crmnote", "--db", str(db_path), "add", "customer", "Cli Carl"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert watch.changed() is True
    assert watch.changed() is False
    assert [c.name for c in services.records.list("customer")] == ["Cli Carl"]


def test_own_writes_are_not_reported(services: Services, opened: OpenDatabase) -> None:
    watch = services.outside_writes
    assert watch.changed() is False
    ann = add_customer(services, "Ann Own")
    services.records.update("customer", ann, {"company": "Own Co"})
    assert watch.changed() is False
    # Services built separately over the same engine are the same program too.
    twin = Services.over(opened.engine)
    add_customer(twin, "Bo Own")
    # ...also when the commit comes from a worker thread.
    worker = threading.Thread(target=add_customer, args=(services, "Cy Own"))
    worker.start()
    worker.join()
    assert watch.changed() is False


def test_an_outside_write_before_an_own_write_is_still_reported(
    services: Services, other: Services
) -> None:
    watch = services.outside_writes
    assert watch.changed() is False
    add_customer(other, "Olga Other")
    add_customer(services, "Ann Own")  # our commit must not swallow the one before it
    assert watch.changed() is True
    assert watch.changed() is False


def test_the_probe_closes_with_the_connections_and_reports_after_reopening(
    services: Services,
) -> None:
    watch = services.outside_writes
    assert watch.changed() is False
    services.database.close_connections()  # as before a restore replaces the file
    assert not watch.watching()
    assert watch.changed() is True  # the file may have been replaced meanwhile
    assert watch.watching()
    assert watch.changed() is False
    watch.close()
    assert not watch.watching()


def test_other_databases_never_report(tmp_path: Path) -> None:
    engine = make_engine(make_url("sqlite+pysqlite:///:memory:"))
    try:
        watch = Services.over(engine).outside_writes
        assert watch.changed() is False
        assert not watch.watching()
    finally:
        engine.dispose()


def test_a_write_of_ours_on_a_worker_is_no_news_even_mid_transaction(
    services: Services, opened: OpenDatabase
) -> None:
    """A sync round writes on a worker thread while the window looks every second or so. A
    big transaction writes pages to the log before its COMMIT, and the first after a complete
    checkpoint starts the log afresh, which moves data_version before anything is committed:
    that is ours, never a reason to reload every view."""
    from datetime import datetime

    from crmnote.domain import entities as e

    watch = services.outside_writes
    assert watch.changed() is False
    add_customer(services, "Before the checkpoint")
    raw = opened.engine.raw_connection()
    try:
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)")  # all copied: the next writer restarts it
    finally:
        raw.close()
    watch.changed()  # a checkpoint by a connection of its own may count once: taken as seen
    assert watch.changed() is False
    wrote, go = threading.Event(), threading.Event()

    def worker() -> None:
        now = datetime(2026, 11, 2, 10, 0)
        with services.records.transaction() as repo:
            for n in range(40):  # more than the page cache holds: pages go to the log early
                repo.add(e.Customer(name=f"Worker {n}", notes="x" * 100_000,
                                    created_at=now, updated_at=now))  # fmt: skip
            repo.session.flush()
            wrote.set()
            wait_for(go, 30)

    thread = threading.Thread(target=worker)
    thread.start()
    assert wait_for(wrote, 30)
    assert watch.changed() is False  # mid-transaction: the log restarted, nothing committed
    go.set()
    thread.join(30)
    assert watch.changed() is False
    assert len(services.records.list("customer")) == 41
