"""The customer map's points and quadrants."""

from __future__ import annotations

from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.services.customer_map import MapPoint, Quadrant, quadrant


def test_points_are_the_scored_customers(services: Services) -> None:
    ann, _ = services.records.add("customer", {"name": "Ann"})
    bob, _ = services.records.add("customer", {"name": "Bob", "status": CustomerStatus.ARCHIVED})
    services.interactions.log(ann.id, mood=-2, notes="shouting")
    points = services.customer_map.points()
    assert [p.id for p in points] == [ann.id, bob.id]
    first = points[0]
    assert isinstance(first, MapPoint) and first.name == "Ann"
    assert first.difficulty > 18.2 and first.trust == 50.0
    active = services.customer_map.points([CustomerStatus.ACTIVE])
    assert [p.id for p in active] == [ann.id]


def test_quadrants_follow_the_recommendation_thresholds(services: Services) -> None:
    assert quadrant(10, 80) is Quadrant.NURTURE
    assert quadrant(40, 80) is Quadrant.WATCH
    assert quadrant(10, 39.9) is Quadrant.FIX
    assert quadrant(70, 20) is Quadrant.REFER
    points = [MapPoint(1, "a", 10, 80), MapPoint(2, "b", 70, 20), MapPoint(3, "c", 5, 90)]
    counts = services.customer_map.counts(points)
    assert counts[Quadrant.NURTURE] == 2 and counts[Quadrant.REFER] == 1
    assert counts[Quadrant.FIX] == 0
