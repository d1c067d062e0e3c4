"""The first screen read with plain SQL gives what the services give, and only for a plain
book at this version's head; the stand-ins answer it without waiting for the services."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_services import Services
from crmnote.services.first_screen import DeferredServices, FirstScreen
from crmnote.services.list_query import ListQuery, SortKey
from crmnote.storage.first_screen import FirstScreenReader

GOLDEN_0001 = Path(__file__).parents[2] / "data" / "schema-0001.sqlite3"


@pytest.fixture
def demo_book(opened: OpenDatabase, db_path: Path) -> Path:
    opened.demo().generate(customers=40, seed=5)
    decided = datetime(2026, 10, 1, 9)
    for customer, due in ((1, date(2026, 11, 10)), (2, date(2026, 10, 20))):
        opened.services.decisions.decide(
            customer,
            {"action": "fix_our_side", "follow_up": f"put right {customer}", "at": decided,
             "follow_up_due": due},
        )  # fmt: skip
    return db_path


def test_every_order_of_the_list_is_the_services(demo_book: Path, services: Services) -> None:
    reader = FirstScreenReader.open(demo_book)
    assert reader is not None
    try:
        for key in SortKey:
            for descending in (False, True):
                query = ListQuery(order_by=key, descending=descending)
                for offset, limit in ((0, 200), (0, 7), (13, 9)):
                    quick = reader.page(key.value, descending, offset, limit)
                    assert quick == services.customer_list.page(query, offset, limit), key
        assert reader.count() == services.customers.count()
        assert reader.tags() == services.customer_list.tags()
    finally:
        reader.close()


@pytest.mark.parametrize("days", [-30, 0, 9, 400])
def test_today_is_the_services(demo_book: Path, services: Services, days: int) -> None:
    day = date(2026, 11, 2) + timedelta(days=days)
    first = FirstScreen.open(demo_book)
    assert first is not None
    try:
        assert first.agenda(day) == services.today.agenda(day)
        assert first.agenda(day, limit=3) == services.today.agenda(day, limit=3)
        assert first.due_by(day) == services.today.due_by(day)
        # The reminders' ids: those of due_by's promises, from the index alone.
        ids = frozenset(p.id for p in services.today.due_by(day))
        assert first.due_ids(day) == services.today.due_ids(day) == ids
        few = frozenset(p.id for p in services.today.due_by(day, limit=3))
        assert first.due_ids(day, 3) == services.today.due_ids(day, 3) == few
        assert first.followups(day) == services.followups.list(day)
        assert len(first.followups(day).our_side) == 2  # decisions to fix our side, too
        assert first.followups(day, 2, 5) == services.followups.list(day, 2, 5)
    finally:
        first.close()


def test_only_a_plain_book_at_head_is_read(tmp_path: Path, demo_book: Path) -> None:
    assert FirstScreenReader.open(tmp_path / "none.sqlite3") is None
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert FirstScreenReader.open(empty) is None
    scrambled = tmp_path / "scrambled.sqlite3"
    scrambled.write_bytes(os.urandom(8192))  # what an encrypted book looks like
    assert FirstScreenReader.open(scrambled) is None
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(GOLDEN_0001, older)
    assert FirstScreenReader.open(older) is None
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert FirstScreenReader.open(foreign) is None
    if os.geteuid() != 0:  # root may write anything
        locked = tmp_path / "locked.sqlite3"
        shutil.copyfile(demo_book, locked)
        locked.chmod(0o400)
        assert FirstScreenReader.open(locked) is None
    reader = FirstScreenReader.open(demo_book)
    assert reader is not None
    reader.close()


def test_stand_ins_answer_the_first_screen_without_the_services(demo_book: Path) -> None:
    first = FirstScreen.open(demo_book)
    assert first is not None
    deferred = DeferredServices(first)
    stand_in = deferred.customer_list
    page = stand_in.page(ListQuery(order_by=SortKey.TRUST), 0, 5)
    assert len(page) == 5 and not deferred.ready
    assert deferred.customers.count() == 40
    assert deferred.outside_writes.changed() is False
    # A filtered list is the service's to answer: it waits for the hand-over.
    answered: list[object] = []
    waiting = threading.Thread(
        target=lambda: answered.append(stand_in.page(ListQuery(search="a"), 0, 5))
    )
    waiting.start()
    # A relative sleep, not join(0.2): a timed wait on a live thread never wakes under
    # libfaketime (make test-future).
    time.sleep(0.2)
    assert waiting.is_alive() and not answered
    opened = open_database(str(demo_book))
    try:
        deferred.provide(opened.services)
        waiting.join(10)
        assert answered == [opened.services.customer_list.page(ListQuery(search="a"), 0, 5)]
        deferred.settle()
        assert deferred.customer_list.page is not None
    finally:
        opened.close()


def test_a_write_seen_before_the_hand_over_is_told_after_it(demo_book: Path) -> None:
    first = FirstScreen.open(demo_book)
    assert first is not None
    deferred = DeferredServices(first)
    watcher = deferred.outside_writes
    assert watcher.changed() is False  # the starting point
    other = open_database(str(demo_book))  # another process, as far as SQLite can tell
    try:
        other.services.records.add("customer", {"name": "Written Meanwhile"})
    finally:
        other.close()
    opened = open_database(str(demo_book))
    try:
        deferred.provide(opened.services)
        deferred.settle()
        assert watcher.changed() is True
        assert watcher.changed() is False
    finally:
        opened.close()


def test_a_failed_opening_is_told_to_whoever_waits(demo_book: Path) -> None:
    first = FirstScreen.open(demo_book)
    assert first is not None
    deferred = DeferredServices(first)
    deferred.fail(OSError("disk gone"))
    with pytest.raises(Exception, match="disk gone"):
        deferred.customer_list.page(ListQuery(search="zz"), 0, 5)
    first.close()
