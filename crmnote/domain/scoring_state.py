"""A running score state, so one more event costs the same whatever the history's length."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from crmnote.domain.scoring_events import ScoreEvent
from crmnote.domain.scoring_model import (
    CostToServe,
    age_weight,
    difficulty_value,
    event_masses,
    trust_value,
)
from crmnote.domain.scoring_weights import Weights

_EPOCH = datetime(1970, 1, 1)
_MASSES = ("kept", "broken", "friction", "exposure")
STATE_VERSION = 1.0


@dataclass(frozen=True)
class ScoreState:
    """The masses of a history decayed to `at`, the time of its latest event.

    A state is only valid for the weights it was built with: when the weights change, rebuild the
    history from the events.
    """

    at: datetime | None = None
    kept: float = 0.0
    broken: float = 0.0
    friction: float = 0.0
    exposure: float = 0.0

    @classmethod
    def initial(cls) -> ScoreState:
        """The state of a customer with no events."""
        return cls()

    def advance(self, event: ScoreEvent, weights: Weights) -> ScoreState:
        """This state with one more event: decay the masses to the event's time, then add it.

        An event older than the state is added with its age weight instead, so arrival order
        does not matter.
        """
        m = event_masses(event, weights)
        hl = weights.half_life_days
        if self.at is None or event.at >= self.at:
            old = 1.0 if self.at is None else age_weight(self.at, event.at, hl)
            new, at = 1.0, event.at
        else:
            old, new, at = 1.0, age_weight(event.at, self.at, hl), self.at
        return ScoreState(
            at,
            self.kept * old + m.kept * new,
            self.broken * old + m.broken * new,
            self.friction * old + m.friction * new,
            self.exposure * old + m.exposure * new,
        )

    def scores(
        self, as_of: datetime, weights: Weights, cost: CostToServe | None = None
    ) -> tuple[float, float]:
        """(difficulty, trust) as of a time no earlier than the state's latest event."""
        if self.at is not None and as_of < self.at:
            raise ValueError(f"as_of {as_of} is before the state's latest event at {self.at}")
        f = 1.0 if self.at is None else age_weight(self.at, as_of, weights.half_life_days)
        return (
            difficulty_value(self.friction * f, self.exposure * f, weights, cost),
            trust_value(self.kept * f, self.broken * f, weights),
        )

    def to_dict(self) -> dict[str, float]:
        """Plain numbers; `at` as seconds since 1970-01-01 (naive), absent for no events."""
        out = {"version": STATE_VERSION, **{name: getattr(self, name) for name in _MASSES}}
        if self.at is not None:
            out["at"] = (self.at - _EPOCH) / timedelta(seconds=1)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, float]) -> ScoreState:
        """The state `to_dict` wrote; a bad or missing value raises ValueError naming its key."""
        if data.get("version", STATE_VERSION) != STATE_VERSION:
            raise ValueError(f"version: unsupported score state version {data.get('version')!r}")
        values: dict[str, float] = {}
        for name in _MASSES:
            value = data.get(name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name}: must be a number, not {value!r}")
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"{name}: must be a finite number of at least 0, not {value!r}")
            values[name] = float(value)
        at = data.get("at")
        when = None if at is None else _time(at)
        return cls(when, values["kept"], values["broken"], values["friction"], values["exposure"])


def _time(seconds: object) -> datetime:
    if isinstance(seconds, int | float) and not isinstance(seconds, bool):
        try:
            return _EPOCH + timedelta(seconds=seconds)
        except (OverflowError, ValueError):
            pass
    raise ValueError(f"at: must be a number of seconds since 1970-01-01, not {seconds!r}")
