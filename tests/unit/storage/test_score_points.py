"""Score points read for the chart through the driver's cursor are the objects the ORM read and
`ScorePoint(...)` make."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from crmnote.domain.entities import ScorePoint
from crmnote.domain.types import CustomerId
from crmnote.services.book_services import Services
from crmnote.storage import score_store


def test_points_read_are_the_points_the_orm_reads(services: Services) -> None:
    record, _ = services.records.add("customer", {"name": "Chart Ltd"})
    cid = CustomerId(record.id)
    other, _ = services.records.add("customer", {"name": "Not Shown"})
    now = services.scores.now()
    for n, mood in enumerate((-2, 1, 0, -1)):
        services.interactions.log(cid, minutes=5, mood=mood, summary=f"call {n}",
                                  at=now - timedelta(days=9 - n, microseconds=7 * n))  # fmt: skip
    services.interactions.log(CustomerId(other.id), minutes=5, mood=-2, summary="elsewhere")
    with services.scores.reading() as repo:
        read = score_store.history(repo.session, cid)
        orm = score_store.history_of_customers(repo.session, [cid])
    assert len(read) >= 4
    assert read == list(orm)
    for got, made in zip(read, orm, strict=True):
        assert type(got) is ScorePoint
        assert dataclasses.asdict(got) == dataclasses.asdict(made)
        assert repr(got) == repr(made) and got.state == {}
    assert [p.at for p in read] == sorted(p.at for p in read)
    # the field list is checked so that a new field cannot be left out of the read silently
    assert ScorePoint.__slots__ == tuple(f.name for f in dataclasses.fields(ScorePoint))
    assert ScorePoint.__slots__ == (
        "customer_id", "at", "difficulty", "trust", "cause_kind", "cause_id", "state"
    )  # fmt: skip
