"""Colleagues' changes on a team book reach an open app as they commit: what changed, by whom,
about which customer; its own changes are left out, a lost connection is made good."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain import settings as declared
from crmnote.services import colleagues
from crmnote.services.changes import Changes
from crmnote.services.colleagues import ColleagueChange, ColleagueWatch, by_commit
from crmnote.storage.notifications import Listener, Wakeup, own_backends
from tests.pg.team import TeamBook


@pytest.fixture
def owner(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("owner"))
    yield opened
    opened.services.colleagues.stop()
    opened.close()


@pytest.fixture
def staff(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("staff"))
    yield opened
    opened.close()


def _next(watch: ColleagueWatch, wait_until: Callable[..., None]) -> list[ColleagueChange]:
    """What arrives next (waiting for it on the watch's own thread, up to 10 s)."""
    found: list[ColleagueChange] = []

    def arrived() -> bool:
        found.extend(watch.drain())
        return bool(found)

    wait_until(arrived, timeout=10_000)
    return found


@pytest.mark.postgres
def test_a_colleagues_changes_arrive_named_and_mine_do_not(
    qtbot: object, owner: OpenDatabase, staff: OpenDatabase
) -> None:
    wait = qtbot.waitUntil  # type: ignore[attr-defined]
    watch = owner.services.colleagues
    assert watch.start()
    customer, _ = owner.services.records.add("customer", {"name": "Fjord Bikes"})  # mine
    call, _ = staff.services.records.add(
        "interaction", {"summary": "wants 20 helmets", "channel": "email"}, customer.id
    )
    (change,) = _next(watch, wait)
    assert (change.author, change.kind, change.op, change.count) == (
        "Bob",
        "interaction",
        "insert",
        1,
    )
    assert (change.customer, change.channel) == ("Fjord Bikes", "email")
    assert change.changes == Changes(
        kinds=frozenset({"interaction"}),
        customer_ids=frozenset({customer.id}),
        records=frozenset({("interaction", call.id)}),
    )
    promise, _ = staff.services.records.add("promise", {"text": "by Friday"}, customer.id)
    staff.services.records.update("promise", promise.id, {"evidence": "sent"})
    ops = [(c.kind, c.op) for c in _next(watch, wait)]
    while len(ops) < 2:
        ops += [(c.kind, c.op) for c in _next(watch, wait)]
    assert ops == [("promise", "insert"), ("promise", "update")]
    owner.services.settings.set(declared.BUSINESS_NAME, "Fjord Helmets")  # mine again
    staff.services.records.add("interaction", {"summary": "x"}, customer.id)
    (last,) = _next(watch, wait)
    assert last.kind == "interaction"  # nothing of the owner's own settings change came


@pytest.mark.postgres
def test_a_bulk_change_asks_every_view_to_reload(
    qtbot: object, team_book: TeamBook, owner: OpenDatabase
) -> None:
    watch = owner.services.colleagues
    assert watch.start()
    other = create_engine(team_book.url("staff"), poolclass=NullPool)
    try:
        with other.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO customers (name, company, address, status, source, notes, "
                    "open_promises, created_at, updated_at) SELECT 'Customer ' || n, '', '', "
                    "'active', '', '', 0, now(), now() FROM generate_series(1, 50) AS n"
                )
            )
    finally:
        other.dispose()
    (change,) = _next(watch, qtbot.waitUntil)  # type: ignore[attr-defined]
    assert change.count == 50 and change.author == "Bob"
    assert change.changes == Changes.everything()


@pytest.mark.postgres
def test_a_lost_connection_is_made_good_and_said(
    qtbot: object,
    team_book: TeamBook,
    owner: OpenDatabase,
    staff: OpenDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(colleagues, "RECONNECT_S", 0.1)  # the app waits 2 s before it tries
    watch = owner.services.colleagues
    assert watch.start()
    team_book.server.execute(  # the server drops the listening connection (a restart would)
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{team_book.database}' AND query LIKE 'LISTEN%%'"
    )
    (resync,) = _next(watch, qtbot.waitUntil)  # type: ignore[attr-defined]
    assert resync.resync and resync.changes == Changes.everything()
    staff.services.records.add("customer", {"name": "Fjord Bikes"})
    (change,) = _next(watch, qtbot.waitUntil)  # type: ignore[attr-defined]
    assert (change.kind, change.customer) == ("customer", "Fjord Bikes")


@pytest.mark.postgres
def test_a_wait_ends_at_once_when_woken(owner: OpenDatabase) -> None:
    """The window closing ends the listener's wait instead of waiting it out: an hour's wait
    returns nothing once woken (without the wake-up this test hangs until pytest-timeout)."""
    listener, wakeup = Listener(owner.engine), Wakeup()
    try:
        wakeup.set()
        assert listener.wait(3600.0, wakeup) == []
    finally:
        listener.close()
        wakeup.close()


@pytest.mark.postgres
def test_commits_that_arrive_together_stay_apart(owner: OpenDatabase, staff: OpenDatabase) -> None:
    """Two commits sent before anyone listens arrive in one wait; each stays its own change."""
    own = own_backends(owner.engine)
    owner.services.customers.count()  # one of the owner's connections, to be left out
    listener = Listener(owner.engine)
    try:
        customer, _ = owner.services.records.add("customer", {"name": "Fjord Bikes"})
        promise, _ = staff.services.records.add("promise", {"text": "by Friday"}, customer.id)
        staff.services.records.update("promise", promise.id, {"evidence": "sent"})
        notices = listener.wait(5.0)
        while len(notices) < 3:
            more = listener.wait(5.0)
            assert more, f"only {notices} arrived"
            notices += more
    finally:
        listener.close()
    groups = by_commit(notices, own)
    assert [[(n.kind, n.op, n.role) for n in g] for g in groups] == [
        [("promise", "insert", staff.engine.url.username)],
        [("promise", "update", staff.engine.url.username)],
    ]
    assert by_commit(notices, set())[0][0].kind == "customer"  # the owner's, when not own


def test_a_file_has_nothing_to_listen_to(opened: OpenDatabase, backend: str) -> None:
    watch = opened.services.colleagues
    assert watch.start() is (backend == "postgresql")
    assert watch.drain() == []
    watch.stop()
