"""Score points read for the chart are the objects `ScorePoint(...)` makes."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from crmnote.domain.entities import ScorePoint
from crmnote.domain.types import CustomerId
from crmnote.storage.score_store import _point


def test_a_point_read_is_the_point_the_constructor_makes() -> None:
    at = datetime(2026, 3, 4, 5, 6, 7, 8)
    made = ScorePoint(customer_id=CustomerId(7), at=at, difficulty=31.5, trust=62.25,
                      cause_kind="promise", cause_id=9)  # fmt: skip
    read = _point(CustomerId(7), at, 31.5, 62.25, "promise", 9)
    assert read == made
    assert dataclasses.asdict(read) == dataclasses.asdict(made)
    assert repr(read) == repr(made) and read.state == {}
    # the field list is checked so that a new field cannot be left out here silently
    assert ScorePoint.__slots__ == tuple(f.name for f in dataclasses.fields(ScorePoint))
    assert ScorePoint.__slots__ == (
        "customer_id", "at", "difficulty", "trust", "cause_kind", "cause_id", "state"
    )  # fmt: skip
