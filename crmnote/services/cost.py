"""Cost to serve: time spent on a customer, priced at the hourly cost, against their revenue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crmnote.domain import settings as declared
from crmnote.services.base import ServiceBase
from crmnote.storage import cost_queries as q
from crmnote.storage.settings_store import read_setting


def _ratio(cost: float, revenue: Decimal) -> float | None:
    """Cost over revenue; None when there is no revenue to set it against."""
    return cost / float(revenue) if revenue > 0 else None


@dataclass(frozen=True, slots=True)
class CostMonth:
    """One month of one customer: `month` is `YYYY-MM`."""

    month: str
    interaction_minutes: int
    effort_minutes: int
    cost: float
    revenue: Decimal
    ratio: float | None


@dataclass(frozen=True)
class CustomerCost:
    """Cost to serve one customer over a period, with the month-by-month trend."""

    customer_id: int
    start: date | None
    end: date | None
    hourly_cost: float
    interaction_minutes: int
    effort_minutes: int
    cost: float
    revenue: Decimal
    ratio: float | None
    months: tuple[CostMonth, ...]


@dataclass(frozen=True, slots=True)
class CostRank:
    """One line of the cost-to-serve list; `ratio` None means cost with no revenue."""

    customer_id: int
    name: str
    minutes: int
    cost: float
    revenue: Decimal
    ratio: float | None


class CostService(ServiceBase):
    def hourly_cost(self) -> float:
        with self.reading() as repo:
            return float(read_setting(repo.session, declared.HOURLY_COST))

    def customer(
        self, customer_id: int, start: date | None = None, end: date | None = None
    ) -> CustomerCost:
        """Minutes in interactions + effort × hourly cost, against sales − refunds − credits."""
        with self.reading() as repo:
            repo.require("customer", customer_id)
            hourly = float(read_setting(repo.session, declared.HOURLY_COST))
            per_month = q.months(repo.session, customer_id, start, end)
        months = []
        for month, (talk, work, revenue) in per_month.items():
            cost = (talk + work) / 60 * hourly
            months.append(CostMonth(month, talk, work, cost, revenue, _ratio(cost, revenue)))
        talk = sum(m.interaction_minutes for m in months)
        work = sum(m.effort_minutes for m in months)
        revenue = sum((m.revenue for m in months), Decimal(0))
        cost = (talk + work) / 60 * hourly
        return CustomerCost(
            customer_id=customer_id,
            start=start,
            end=end,
            hourly_cost=hourly,
            interaction_minutes=talk,
            effort_minutes=work,
            cost=cost,
            revenue=revenue,
            ratio=_ratio(cost, revenue),
            months=tuple(months),
        )

    def ranking(
        self,
        start: date | None = None,
        end: date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[CostRank]:
        """Customers by cost-to-serve ratio, highest first, one page (aggregated in SQL)."""
        with self.reading() as repo:
            hourly = float(read_setting(repo.session, declared.HOURLY_COST))
            rows = q.ranking(repo.session, start, end, hourly, limit, offset)
        return [
            CostRank(cid, name, minutes, minutes / 60 * hourly, revenue, ratio)
            for cid, name, minutes, revenue, ratio in rows
        ]
