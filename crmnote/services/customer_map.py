"""The customer map: difficulty × trust of every customer, from the list's summary columns."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from crmnote.domain.recommendation import Thresholds
from crmnote.domain.types import CustomerStatus
from crmnote.services.base import ServiceBase
from crmnote.storage.map_queries import scored_customers

# Where the map is split: where the recommendation starts to watch a customer (difficulty) and
# to ask us to fix our side (trust), so a quadrant agrees with the recommendation's first cut.
DIFFICULTY_SPLIT = Thresholds().watch_difficulty
TRUST_SPLIT = Thresholds().low_trust


class MapPoint(NamedTuple):
    id: int
    name: str
    difficulty: float
    trust: float


class MapDots(NamedTuple):
    """The map as drawn: customers less than `cell` apart on both scores share one dot."""

    points: list[MapPoint]  # each dot's first customer (by id)
    sizes: list[int]  # how many customers each dot stands for
    counts: dict[Quadrant, int]  # customers per quadrant
    total: int  # customers on the map


class Quadrant(StrEnum):
    """Which corner of the map a customer sits in, and what it suggests."""

    NURTURE = "nurture"  # easy & trusting — keep & nurture
    WATCH = "watch"  # difficult but trusting — reprice / watch
    FIX = "fix"  # easy but low trust — fix our side
    REFER = "refer"  # difficult & low trust — refer or decline


def quadrant(difficulty: float, trust: float) -> Quadrant:
    hard = difficulty >= DIFFICULTY_SPLIT
    trusting = trust >= TRUST_SPLIT
    if trusting:
        return Quadrant.WATCH if hard else Quadrant.NURTURE
    return Quadrant.REFER if hard else Quadrant.FIX


class CustomerMapService(ServiceBase):
    def points(self, statuses: Sequence[CustomerStatus] = ()) -> list[MapPoint]:
        """Every customer with both scores (optionally of some statuses), by id.

        One scan of the customers table reading four columns: about 0.1 s for 100k customers.
        """
        with self.reading() as repo:
            return [MapPoint(*row) for row in scored_customers(repo.session, statuses)]

    def dots(self, statuses: Sequence[CustomerStatus] = (), cell: float = 0.5) -> MapDots:
        """The customers grouped into dots `cell` wide (a few pixels): only each dot's first
        customer is kept (6,187 of 84,911 at 100k), not a tuple for every customer."""
        with self.reading() as repo:
            rows = scored_customers(repo.session, statuses)
        return group(rows, cell)

    def counts(self, points: Sequence[MapPoint]) -> dict[Quadrant, int]:
        out = dict.fromkeys(Quadrant, 0)
        for p in points:
            out[quadrant(p.difficulty, p.trust)] += 1
        return out


def group(rows: Sequence[tuple[int, str, float, float]], cell: float) -> MapDots:
    """(id, name, difficulty, trust) rows in one pass: the dots, their sizes, the quadrants."""
    where: dict[tuple[int, int], int] = {}
    points: list[MapPoint] = []
    sizes: list[int] = []
    counts = dict.fromkeys(Quadrant, 0)
    for cid, name, difficulty, trust in rows:
        counts[quadrant(difficulty, trust)] += 1
        key = (round(difficulty / cell), round(trust / cell))
        index = where.get(key)
        if index is None:
            where[key] = len(points)
            points.append(MapPoint(cid, name, difficulty, trust))
            sizes.append(1)
        else:
            sizes[index] += 1
    return MapDots(points, sizes, counts, len(rows))
