"""Gathering a customer's records for a report: period, totals, cost to serve."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from crmnote.domain.errors import ValidationError
from crmnote.domain.types import MoneyKind
from crmnote.services.history import Period
from tests.unit.reports.conftest import BUSINESS, Made


def test_period_includes_both_ends_and_refuses_a_reversed_one() -> None:
    period = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert period.contains(date(2026, 1, 1)) and period.contains(datetime(2026, 1, 31, 23, 59))
    assert not period.contains(date(2026, 2, 1)) and Period().contains(date(1990, 1, 1))
    with pytest.raises(ValidationError, match="to"):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_history_holds_records_totals_and_scores(made: Made) -> None:
    data = made.history.customer_history(made.customer_id)
    assert data.business_name == BUSINESS and len(data.interactions) == 4
    assert [p.text for p in data.promises] == ["Deliver 20 chairs"]
    assert len(data.claims) == len(data.requests) == len(data.money) == len(data.efforts) == 1
    (totals,) = data.money_totals
    assert totals.by_kind[MoneyKind.SALE] == Decimal("1200.00") and totals.revenue == 1200
    assert data.cost.interaction_minutes == 60 and data.cost.effort_minutes == 45
    assert data.cost.cost == pytest.approx(105 / 60 * 60.0)
    assert data.cost.ratio == pytest.approx(105 / 1200)
    assert data.score_history and data.scores.customer_id == made.customer_id


def test_a_period_keeps_the_score_level_before_it(made: Made) -> None:
    data = made.history.customer_history(made.customer_id, Period(date(2026, 1, 19), None))
    assert [i.summary for i in data.interactions] == ["Contact 3", "Contact 4"]
    assert data.score_history[0].at.date() < date(2026, 1, 19) <= data.score_history[1].at.date()
