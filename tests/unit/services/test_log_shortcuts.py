"""What logging one record keeps or skips to stay fast (issue 19, item 6) gives what reading
everything again gives: the weights made once per stored value (never stale, whoever changed
the setting), and the record just written checked against the change log as the session holds
it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import delete

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.scoring_weights import Weights, WeightsError
from crmnote.domain.types import Channel, CustomerId
from crmnote.services.book_services import Services
from crmnote.services.score_context import ScoreContext, _scoring_of, scoring_of
from crmnote.storage import logged_records
from crmnote.storage.engine import make_engine, make_sessionmaker
from crmnote.storage.repository import Repository
from crmnote.storage.rows import InteractionRow
from tests.conftest import TickingClock

START = datetime(2026, 11, 2, 9, 0, 0)


def _last_point(services: Services, customer_id: CustomerId) -> tuple[Any, ...]:
    p = services.scores.history(customer_id)[-1]
    return (p.at, p.difficulty, p.trust, p.cause_kind, p.state)


def _log(services: Services, customer_id: CustomerId, mood: int) -> None:
    services.interactions.log(customer_id, channel=Channel.CALL, minutes=5, mood=mood, notes="x")


def _customer(services: Services, name: str) -> CustomerId:
    return CustomerId(services.records.add("customer", {"name": name})[0].id)


def _two_logs(db: str, weights: dict[str, Any] | None) -> tuple[Any, ...]:
    """In a process that made nothing from the weights yet: a hostile call, `weights` stored
    (None: left as they are), a second one; the last score point."""
    book = open_database(db)
    try:
        services = Services.over(book.engine, TickingClock(START))
        cid = _customer(services, "Ann")
        _scoring_of.cache_clear()
        _log(services, cid, -2)
        if weights is not None:
            services.settings.set(declared.SCORE_WEIGHTS, weights)
        _scoring_of.cache_clear()
        _log(services, cid, -2)
        return _last_point(services, cid)
    finally:
        book.close()


def test_weights_changed_by_another_connection_are_used_by_the_next_log(
    opened: OpenDatabase, databases: Any
) -> None:
    """A process keeps what it made of the weights it read; another connection (another
    process) changes them without recomputing: the next log scores with the new ones, as a
    process that never scored before would."""
    changed = {"friction_hostile": 3.5, "f0": 2, "half_life_days": 90}
    mine = Services.over(opened.engine, TickingClock(START))
    cid = _customer(mine, "Ann")
    _log(mine, cid, -2)  # scores with the defaults: made and kept in this process
    other = make_engine(opened.engine.url)
    try:
        Services.over(other, TickingClock(START)).settings.set(declared.SCORE_WEIGHTS, changed)
    finally:
        other.dispose()
    with make_sessionmaker(opened.engine)() as session:
        assert ScoreContext(session, START).weights == Weights.from_dict(changed)
    _log(mine, cid, -2)
    after = _last_point(mine, cid)
    assert after == _two_logs(databases(), changed)
    assert after != _two_logs(databases(), None)  # the new weights did move the score


@pytest.mark.parametrize(
    "stored",
    [
        None,
        {},
        {"kept": 1},
        {"kept": 1.0},
        {"kept": "1.5", "overdue_grace_days": 3},
        {"overdue_grace_days": 3.0},
        {"overdue_grace_days": True},
        {"half_life_days": -1},
        {"unknown": 4},
    ],
)
def test_weights_made_once_are_those_from_dict_makes(stored: Any) -> None:
    """Kept by value with its type: 1 and 1.0 (equal, and equally hashed) each get their own
    weights, True is refused where 1 is a whole number, bad values raise every time."""
    for _ in range(2):  # the second call comes from the cache
        try:
            expected = Weights.default() if stored is None else Weights.from_dict(stored)
        except WeightsError as exc:
            with pytest.raises(WeightsError, match=str(exc.args[0]) if exc.args else None):
                scoring_of(stored)
            continue
        weights, masses, moods = scoring_of(stored)
        assert weights == expected
        assert [(f, type(getattr(weights, f))) for f in vars(weights)] == [
            (f, type(getattr(expected, f))) for f in vars(expected)
        ]
        assert moods == {m: v for (k, m), v in masses.items() if k == "interaction"}


def test_the_record_just_written_is_checked_as_read_again(opened: OpenDatabase) -> None:
    """`records_present` gives what `records_with_ids` reads, without the read when the
    session holds the row; a row deleted in the transaction is gone for both."""
    services = Services.over(opened.engine, TickingClock(START))
    cid = _customer(services, "Bo")
    earlier = services.interactions.log(cid, channel=Channel.EMAIL, notes="before")[0]
    with make_sessionmaker(opened.engine)() as session, session.begin():
        repo = Repository(session)
        made = repo.add(
            e.Interaction(customer_id=cid, channel=Channel.CALL, at=START, minutes=3, notes="n")
        )
        ids = [earlier.id, made.id]
        read = logged_records.records_with_ids(session, "interaction", ids)
        held = logged_records.records_present(session, "interaction", ids, set(ids))
        assert held == read
        assert list(held) == sorted(ids)
        assert held[made.id].notes == "n"
        # deleted around the session in this transaction: not present, not given
        session.execute(delete(InteractionRow.__table__).where(InteractionRow.id == made.id))
        assert logged_records.records_present(session, "interaction", ids, {earlier.id}) == {
            earlier.id: read[earlier.id]
        }
        assert logged_records.records_with_ids(session, "interaction", ids) == {
            earlier.id: read[earlier.id]
        }
        session.rollback()


def test_with_changes_not_flushed_the_records_are_read(opened: OpenDatabase) -> None:
    """Pending changes: read (after the autoflush) as `records_with_ids` does."""
    services = Services.over(opened.engine, TickingClock(START))
    cid = _customer(services, "Cy")
    with make_sessionmaker(opened.engine)() as session, session.begin():
        made = Repository(session).add(
            e.Interaction(customer_id=cid, channel=Channel.CALL, at=START, notes="first")
        )
        row = session.get(InteractionRow, made.id)
        assert row is not None
        row.notes = "second"  # pending, not flushed
        found = logged_records.records_present(session, "interaction", [made.id], {made.id})
        assert found[made.id].notes == "second"
        assert not session.dirty  # the read flushed it, as the ORM's select does
        session.rollback()
