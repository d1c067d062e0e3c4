"""How much history a customer has, and whether it is enough to advise on or to price.

A verdict from one call and one small sale is noise: the recommendation waits for a minimum of
scored events over a minimum span of days, and the cost-to-serve term for a minimum number of
sales (docs/scoring.md, "Minimum evidence").
"""

from __future__ import annotations

from dataclasses import dataclass

from crmnote.domain.reasons import Reason, days, message

_EVENTS = message("advice.events_missing", "%n scored event(s) so far; advice needs {needed}.")
_DAYS = message(
    "advice.days_missing",
    "The first record is {days} old; advice needs {needed} days of history.",
)


@dataclass(frozen=True)
class Evidence:
    """What is known of a customer as of a moment."""

    events: int  # scored events: contacts with a mood, resolved promises, judged claims, …
    days: int  # days from the customer's first record to the moment
    sales: int  # sales recorded (the revenue side of cost to serve)


@dataclass(frozen=True)
class EvidenceRule:
    """The minimum before advice, and before the cost term counts."""

    min_events: int = 5
    min_days: int = 30
    min_sales: int = 3

    def enough_for_advice(self, evidence: Evidence) -> bool:
        return evidence.events >= self.min_events and evidence.days >= self.min_days

    def enough_for_cost(self, sales: int) -> bool:
        """The cost-to-serve ratio of one or two sales says more about timing than about
        the customer."""
        return sales >= self.min_sales

    def missing(self, evidence: Evidence) -> tuple[Reason, ...]:
        """What advice still waits for, one plain sentence each."""
        out = []
        if evidence.events < self.min_events:
            out.append(Reason(_EVENTS, n=evidence.events, needed=self.min_events))
        if evidence.days < self.min_days:
            out.append(Reason(_DAYS, days=days(evidence.days), needed=self.min_days))
        return tuple(out)


RULE = EvidenceRule()
