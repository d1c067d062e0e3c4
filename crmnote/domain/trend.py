"""Score trends for the header badges: now against about a month ago, from the score history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from crmnote.domain.entities import ScorePoint

TREND_DAYS = 30
# Moves smaller than this read as "steady": less than a point is noise on a 0–100 scale.
STEADY = 1.0


@dataclass(frozen=True)
class Trend:
    """How far a score moved since `since`, from `before` to `now`."""

    before: float
    now: float

    @property
    def delta(self) -> float:
        return self.now - self.before

    @property
    def arrow(self) -> str:
        if self.delta >= STEADY:
            return "↑"
        if self.delta <= -STEADY:
            return "↓"
        return "→"


def trends(
    history: Sequence[ScorePoint],
    now: datetime,
    current: tuple[float, float],
    prior: tuple[float, float],
    days: int = TREND_DAYS,
) -> tuple[Trend, Trend] | None:
    """(difficulty, trust) trends against the last point at least `days` old.

    A customer whose history starts later was at the priors back then; one with no history at
    all has no trend (None).
    """
    if not history:
        return None
    cutoff = now - timedelta(days=days)
    before = [p for p in history if p.at <= cutoff]
    d0, t0 = (before[-1].difficulty, before[-1].trust) if before else prior
    return Trend(d0, current[0]), Trend(t0, current[1])
