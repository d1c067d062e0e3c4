"""Cost to serve as the scores count it: the steps a rebuild replays, the cost term, and the
sums kept with each customer's newest running state (minutes, revenue, sales), so a logged record
adds its own share instead of summing the customer's history."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from operator import itemgetter
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.evidence import RULE as EVIDENCE
from crmnote.domain.money import converted
from crmnote.domain.scoring import CostToServe, ScoreState, Weights
from crmnote.domain.types import CustomerId, MoneyKind
from crmnote.storage import scored_rows

_ZERO = Decimal(0)
NOTHING = (0, _ZERO, 0)  # what a record adds that changes no sum


def revenue(money: dict[MoneyKind, Decimal]) -> Decimal:
    """Sales less refunds and credits."""
    return money[MoneyKind.SALE] - money[MoneyKind.REFUND] - money[MoneyKind.CREDIT]


def as_moment(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


_SIGN = {MoneyKind.SALE: 1, MoneyKind.REFUND: -1, MoneyKind.CREDIT: -1}


def money_steps(
    scored: scored_rows.Scored, customer_id: CustomerId
) -> list[tuple[datetime, int, Decimal]]:
    """(time, minutes added, revenue added) for every record that changes cost to serve, in
    time order: interactions and effort with minutes, sales, refunds and credits.

    Money counts at its home-currency value; an amount with no rate is left out.
    """
    steps: list[tuple[datetime, int, Decimal]] = []
    for _id, at, kind, amount, rate, _ref in scored.money.get(customer_id, ()):
        sign = _SIGN.get(kind, 0)
        value = converted(amount, rate)
        if sign and value is not None:
            steps.append((as_moment(at), 0, sign * value))
    steps.extend((at, minutes, _ZERO) for at, minutes in scored.effort.get(customer_id, ())
                 if minutes)  # fmt: skip
    steps.extend([(t[1], t[5], _ZERO) for t in scored.talks.get(customer_id, ()) if t[5]])
    steps.sort(key=_FIRST)  # stable: the same order as sorting on the time alone
    return steps


_FIRST = itemgetter(0)


def priced(cost: CostToServe, minutes: float, sales: int, weights: Weights) -> CostToServe | None:
    """The cost to serve to score, or None while it says nothing yet.

    No revenue at all: a prospect while the time spent is within `prospect_allowance_hours`
    (None), beyond it cost without income (scored: an infinite ratio). With revenue: only from
    the minimum of sales that makes the ratio mean something (domain/evidence.py).
    """
    if Decimal(cost.revenue) == 0:
        return cost if minutes >= weights.prospect_allowance_hours * 60 else None
    return cost if EVIDENCE.enough_for_cost(sales) else None


def spent_as_of(
    scored: scored_rows.Scored, customer_id: CustomerId, when: datetime
) -> tuple[int, Decimal, int, datetime | None]:
    """The `money_steps` up to `when` summed, without making them: minutes, revenue, sales
    (steps that added revenue), and the time of the earliest money or effort step (the
    interactions' steps are at their events' times). The same figures: the sums are of
    integers and of decimal cents, exact in any order (tests/unit/services/test_score_sums.py)."""
    minutes, income, sales, first = 0, _ZERO, 0, None
    for _id, at, kind, amount, rate, _ref in scored.money.get(customer_id, ()):
        sign = _SIGN.get(kind, 0)
        value = converted(amount, rate) if sign else None
        if value is not None:
            moment = as_moment(at)
            if moment <= when:
                income += sign * value
                sales += sign * value > 0
                first = moment if first is None or moment < first else first
    for at, m in scored.effort.get(customer_id, ()):
        if m and at <= when:
            minutes += m
            first = at if first is None or at < first else first
    minutes += sum([t[5] for t in scored.talks.get(customer_id, ()) if t[5] and t[1] <= when])
    return minutes, income, sales, first


def cost_terms(w: Weights, hourly: float) -> Callable[[int, Decimal, int], float]:
    """The cost term of (minutes, revenue, sales) so far, as
    `cost_term(priced(CostToServe(minutes / 60 * hourly, revenue), minutes, sales, w), w)` gives
    it, without building either object (a rebuild asks it for every event)."""
    allowance = w.prospect_allowance_hours * 60
    enough = EVIDENCE.min_sales
    threshold, weight = w.cost_threshold, w.cost_weight
    isinf, expm1 = math.isinf, math.expm1

    def term(minutes: int, income: Decimal, sales: int) -> float:
        if income == 0:  # a prospect within its allowance: not judged yet
            if not minutes >= allowance:
                return 0.0
        elif not sales >= enough:  # EVIDENCE.enough_for_cost
            return 0.0
        # ratio_term(cost_ratio(minutes / 60 * hourly, float(income)), w), inlined
        cost = minutes / 60 * hourly
        if cost <= 0:
            ratio = 0.0
        else:
            revenue = float(income)
            ratio = math.inf if revenue <= 0 else cost / revenue
        excess = ratio - threshold
        if excess <= 0:
            return 0.0
        return weight if isinf(excess) else weight * -expm1(-excess)

    return term


@dataclass(frozen=True)
class Spent:
    """What serving a customer cost so far, the minutes it is made of, and the sales."""

    cost: CostToServe
    minutes: int
    sales: int


Added = tuple[int, Decimal, int]  # minutes, revenue, sales: what one record adds to the sums


def parts_of(spent: Spent) -> Added:
    return spent.minutes, Decimal(spent.cost.revenue), spent.sales


def kept_sums(state: ScoreState, minutes: int, income: Decimal, sales: int) -> dict[str, Any]:
    """The state as stored, with the cost-to-serve sums kept beside it (minutes of
    interactions and effort, revenue in the home currency as exact decimal text, sales with a
    positive value), so the next logged record adds its own share instead of summing the
    customer's history."""
    return {**state.to_dict(), "minutes": minutes, "income": str(income), "sales": sales}


def sums_of(stored: dict[str, Any]) -> Added | None:
    """The sums `kept_sums` stored, or None for a state written without them (or damaged)."""
    minutes, income, sales = (stored.get(k) for k in ("minutes", "income", "sales"))
    if type(minutes) is not int or type(income) is not str or type(sales) is not int:
        return None
    try:
        value = Decimal(income)
    except ArithmeticError:  # decimal.InvalidOperation: damaged text
        return None
    return (minutes, value, sales) if value.is_finite() else None


def cost_added(record: Any) -> Added:
    """What a new record adds to the kept sums, as a rebuild counts it (`money_steps`,
    `replay`): its minutes, its signed home-currency value, and one sale when that is > 0."""
    if isinstance(record, e.Interaction | e.Effort):
        return int(record.minutes or 0), _ZERO, 0
    if isinstance(record, e.Money):
        sign = _SIGN.get(record.kind, 0)
        value = converted(record.amount, record.rate)
        if sign and value is not None:
            r = sign * value
            return 0, r, int(r > 0)
    return 0, _ZERO, 0
