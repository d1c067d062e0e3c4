"""The customer map: difficulty × trust of every customer, from the list's summary columns."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from crmnote.domain.recommendation import Thresholds
from crmnote.domain.types import CustomerStatus
from crmnote.services.base import ServiceBase
from crmnote.storage.map_queries import map_dots, quadrant_counts

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


# (difficult, trusting) -> quadrant
_QUADRANTS = {
    (False, True): Quadrant.NURTURE,
    (True, True): Quadrant.WATCH,
    (False, False): Quadrant.FIX,
    (True, False): Quadrant.REFER,
}


def quadrant(difficulty: float, trust: float) -> Quadrant:
    return _QUADRANTS[difficulty >= DIFFICULTY_SPLIT, trust >= TRUST_SPLIT]


class CustomerMapService(ServiceBase):
    def dots(self, statuses: Sequence[CustomerStatus] = (), cell: float = 0.5) -> MapDots:
        """The customers grouped into dots `cell` wide (a few pixels), grouped and counted by
        the database: only each dot's first customer is read (6,187 of 84,911 at 100k)."""
        with self.reading() as repo:
            rows = map_dots(repo.session, statuses, cell)
            split = quadrant_counts(repo.session, statuses, DIFFICULTY_SPLIT, TRUST_SPLIT)
        counts = dict.fromkeys(Quadrant, 0)
        for (hard, trusting), n in split.items():
            counts[_QUADRANTS[hard, trusting]] += n
        return MapDots(
            [MapPoint(cid, name, d, t) for cid, name, d, t, _ in rows],
            [n for *_, n in rows],
            counts,
            sum(split.values()),
        )
