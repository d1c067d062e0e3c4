"""The customer map's points and quadrants."""

from __future__ import annotations

from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.services.customer_map import MapPoint, Quadrant, group, quadrant


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


def test_customers_close_together_share_a_dot(services: Services) -> None:
    rows = [(1, "a", 10.0, 80.0), (2, "b", 10.1, 80.2), (3, "c", 10.6, 80.0), (4, "d", 70, 20)]
    dots = group(rows, 0.5)
    assert [p.id for p in dots.points] == [1, 3, 4]  # 2 shares 1's dot; 3 is a cell further
    assert dots.sizes == [2, 1, 1] and dots.total == 4
    assert dots.counts[Quadrant.NURTURE] == 3 and dots.counts[Quadrant.REFER] == 1
    ann, _ = services.records.add("customer", {"name": "Ann"})
    services.records.add("customer", {"name": "Bob"})  # both at the neutral start
    services.records.add("customer", {"name": "Cy", "status": CustomerStatus.ARCHIVED})
    shown = services.customer_map.dots([CustomerStatus.ACTIVE])
    assert [p.id for p in shown.points] == [ann.id] and shown.sizes == [2] and shown.total == 2
    assert services.customer_map.dots().sizes == [3]
