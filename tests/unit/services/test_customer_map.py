"""The customer map's dots and quadrants, grouped and counted by the database."""

from __future__ import annotations

from sqlalchemy import update

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.services.customer_map import MapPoint, Quadrant, quadrant
from crmnote.storage.rows import CustomerRow


def _place(opened: OpenDatabase, scores: dict[int, tuple[float | None, float | None]]) -> None:
    """Put customers at given (difficulty, trust), as the list's stored scores."""
    with opened.engine.begin() as conn:
        for cid, (difficulty, trust) in scores.items():
            conn.execute(
                update(CustomerRow)
                .where(CustomerRow.id == cid)
                .values(difficulty=difficulty, trust=trust)
            )


def _customers(services: Services, *names: str) -> list[int]:
    return [services.records.add("customer", {"name": name})[0].id for name in names]


def test_the_dots_are_the_scored_customers(services: Services) -> None:
    ann, _ = services.records.add("customer", {"name": "Ann"})
    bob, _ = services.records.add("customer", {"name": "Bob", "status": CustomerStatus.ARCHIVED})
    services.interactions.log(ann.id, mood=-2, notes="shouting")
    dots = services.customer_map.dots()
    assert [p.id for p in dots.points] == [ann.id, bob.id] and dots.sizes == [1, 1]
    first = dots.points[0]
    assert isinstance(first, MapPoint) and first.name == "Ann"
    assert first.difficulty > 18.2 and first.trust == 50.0
    active = services.customer_map.dots([CustomerStatus.ACTIVE])
    assert [p.id for p in active.points] == [ann.id] and active.total == 1


def test_quadrants_follow_the_recommendation_thresholds(
    services: Services, opened: OpenDatabase
) -> None:
    assert quadrant(10, 80) is Quadrant.NURTURE
    assert quadrant(40, 80) is Quadrant.WATCH
    assert quadrant(10, 39.9) is Quadrant.FIX
    assert quadrant(70, 20) is Quadrant.REFER
    a, b, c, d, e = _customers(services, "a", "b", "c", "d", "e")
    _place(opened, {a: (10, 80), b: (70, 20), c: (5, 90), d: (39.99, 39.99), e: (None, 50)})
    dots = services.customer_map.dots()
    assert dots.counts == {
        Quadrant.NURTURE: 2,
        Quadrant.WATCH: 0,
        Quadrant.FIX: 1,  # just under both splits
        Quadrant.REFER: 1,
    }
    assert dots.total == 4  # e has no difficulty yet: not on the map


def test_customers_close_together_share_a_dot(services: Services, opened: OpenDatabase) -> None:
    a, b, c, d, e, f = _customers(services, "a", "b", "c", "d", "e", "f")
    _place(
        opened,
        {
            a: (10.0, 80.0),
            b: (10.1, 80.2),  # a's cell on both scores
            c: (10.6, 80.0),  # a cell further on difficulty
            d: (70.0, 20.0),
            e: (70.4, 20.49),
            f: (0.0, 0.0),
        },
    )
    dots = services.customer_map.dots(cell=0.5)
    assert [p.id for p in dots.points] == [a, c, d, f]  # each dot's first customer by id
    assert dots.sizes == [2, 1, 2, 1] and dots.total == 6
    assert dots.points[0] == MapPoint(a, "a", 10.0, 80.0)
    wide = services.customer_map.dots(cell=10.0)
    assert [p.id for p in wide.points] == [a, d, f] and wide.sizes == [3, 2, 1]
    services.records.update("customer", b, {"status": CustomerStatus.ARCHIVED})
    shown = services.customer_map.dots([CustomerStatus.ACTIVE], cell=0.5)
    assert shown.sizes == [1, 1, 2, 1] and shown.total == 5
