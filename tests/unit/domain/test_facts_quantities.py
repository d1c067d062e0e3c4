"""Promised and delivered quantities: the suggested verdict compares the figures."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain import entities as e
from crmnote.domain.dossier import build_dossier
from crmnote.domain.errors import ValidationError
from crmnote.domain.measures import MeasureKind, delivery, kind_of, unit_label, unit_of
from crmnote.domain.rules import validate
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    CustomerId,
    PromiseId,
    PromiseStatus,
    StandardId,
    TargetUnit,
    Verdict,
)
from crmnote.domain.verdicts import FAVOUR
from crmnote.domain.workdays import calendar_for

C = CustomerId(1)
MADE = datetime(2026, 3, 30, 9, 0)  # Monday before Easter 2026
TODAY = date(2026, 5, 1)


def standard(value: float, unit: TargetUnit, category: Category = Category.QUANTITY) -> e.Standard:
    return e.Standard(
        id=StandardId(1),
        series_id=1,
        name="Order fill",
        category=category,
        target_value=value,
        target_unit=unit,
        valid_from=date(2026, 1, 1),
    )


def kept(quantity: float, unit: str, delivered: float | None, **values: object) -> e.Promise:
    base: dict[str, object] = {
        "id": PromiseId(7),
        "customer_id": C,
        "text": f"deliver {quantity:g} {unit}",
        "category": Category.QUANTITY,
        "made_at": MADE,
        "due": date(2026, 4, 10),
        "quantity": quantity,
        "unit": unit,
        "status": PromiseStatus.KEPT,
        "resolved_at": datetime(2026, 4, 9, 15),
        "evidence": "delivery note 88",
        "delivered_quantity": delivered,
    }
    base.update(values)
    return e.Promise(**base)  # type: ignore[arg-type]


def claim(category: ClaimCategory = ClaimCategory.QUANTITY) -> e.Claim:
    return e.Claim(
        customer_id=C,
        raised_at=datetime(2026, 4, 14, 10),
        category=category,
        text="2 tables missing",
        promise_id=PromiseId(7),
    )


def suggested(
    p: e.Promise,
    standards: list[e.Standard] | None = None,
    category: ClaimCategory = ClaimCategory.QUANTITY,
    country: str = "",
) -> tuple[Verdict, str]:
    d = build_dossier(
        claim(category), p, standards or [], [], TODAY, calendar=calendar_for(country)
    )
    return d.suggested.verdict, " ".join(d.suggested.reasons)


def test_the_seed_case_two_tables_missing_is_substantiated() -> None:
    found, why = suggested(kept(12, "tables", 10))
    assert found is Verdict.SUBSTANTIATED
    assert "Delivered 10 of 12 tables: 2 short (83% delivered)." in why


def test_everything_delivered_is_unsubstantiated() -> None:
    found, why = suggested(kept(20, "helmets", 20))
    assert found is Verdict.UNSUBSTANTIATED and "Delivered 20 of 20 helmets, as promised." in why


def test_short_of_the_promise_but_within_our_standard_is_partly() -> None:
    fill = standard(90, TargetUnit.PERCENT)
    found, why = suggested(kept(20, "helmets", 18), [fill])
    assert found is Verdict.PARTLY
    assert "The standard 'Order fill' in force asks for 90 percent" in why
    found, why = suggested(kept(20, "helmets", 17), [fill])
    assert found is Verdict.SUBSTANTIATED and "not met either" in why
    tolerance = standard(2, TargetUnit.UNITS)
    assert suggested(kept(20, "helmets", 18), [tolerance])[0] is Verdict.PARTLY
    assert suggested(kept(20, "helmets", 17), [tolerance])[0] is Verdict.SUBSTANTIATED


def test_a_rate_promised_against_a_rate_delivered() -> None:
    quality = standard(95, TargetUnit.PERCENT, Category.QUALITY)
    p = kept(99, "%", 97, category=Category.QUALITY, text="99 % first-time fix")
    assert suggested(p, [quality], ClaimCategory.QUALITY)[0] is Verdict.PARTLY
    p = kept(99, "percent", 93, category=Category.QUALITY)
    found, why = suggested(p, [quality], ClaimCategory.QUALITY)
    assert found is Verdict.SUBSTANTIATED and "Delivered 93 of 99 percent: 6 short" in why


def test_kept_with_a_promised_quantity_but_no_delivered_one_is_undeterminable() -> None:
    found, why = suggested(kept(12, "tables", None))
    assert found is Verdict.UNDETERMINABLE
    assert "record it to compare with the 12 tables promised" in why


def test_a_promised_delay_is_measured_in_working_days_with_the_holidays() -> None:
    # Within 3 working days from Thursday 2 April 2026, delivered Wednesday 8 April: 4 working
    # days without holidays, 2 in Germany (Good Friday and Easter Monday).
    p = kept(
        3,
        "working days",
        None,
        category=Category.SPEED,
        made_at=datetime(2026, 4, 2, 10),
        due=None,
        resolved_at=datetime(2026, 4, 8, 11),
    )
    found, why = suggested(p, category=ClaimCategory.SPEED)
    assert found is Verdict.SUBSTANTIATED
    assert "Promised within 3 working days; delivery took 4 working days, 1 more" in why
    found, why = suggested(p, category=ClaimCategory.SPEED, country="DE")
    assert found is Verdict.UNSUBSTANTIATED
    assert "delivery took 2 working days." in why


def test_units_with_a_meaning() -> None:
    assert unit_of("Working Days") is TargetUnit.WORKING_DAYS
    assert kind_of("%") is MeasureKind.PERCENT
    assert kind_of("helmets") is MeasureKind.COUNT
    assert kind_of("hours") is MeasureKind.TIME
    open_promise = kept(3, "days", None, status=PromiseStatus.OPEN, resolved_at=None)
    assert delivery(open_promise) is None  # a delay is only known once delivered


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"delivered_quantity": 3, "quantity": None, "unit": ""}, "delivered_quantity"),
        ({"delivered_quantity": 3, "unit": "working days"}, "delivered_quantity"),
        ({"delivered_quantity": -1}, "delivered_quantity"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": 120, "unit": "percent"}, "quantity"),
        ({"quantity": None, "unit": "helmets", "delivered_quantity": None}, "quantity"),
    ],
)
def test_figures_that_make_no_sense_are_refused(values: dict[str, object], field: str) -> None:
    base = kept(20, "helmets", 18)
    with pytest.raises(ValidationError) as caught:
        validate(dataclasses.replace(base, **values))  # type: ignore[arg-type]
    assert caught.value.field == field


_STANDARDS = st.one_of(
    st.none(),
    st.builds(lambda v: standard(v, TargetUnit.PERCENT), st.integers(1, 100)),
    st.builds(lambda v: standard(v, TargetUnit.UNITS), st.integers(0, 50)),
)


@given(
    promised=st.integers(1, 500),
    first=st.floats(0, 1),
    second=st.floats(0, 1),
    fill=_STANDARDS,
    category=st.sampled_from([ClaimCategory.QUANTITY, ClaimCategory.QUALITY, ClaimCategory.OTHER]),
    unit=st.sampled_from(["helmets", "tables", "percent"]),
)
def test_a_larger_shortfall_never_makes_a_verdict_more_favourable_to_us(
    promised: int,
    first: float,
    second: float,
    fill: e.Standard | None,
    category: ClaimCategory,
    unit: str,
) -> None:
    if unit == "percent":
        promised = min(promised, 100)
    more, less = sorted((round(promised * first), round(promised * second)), reverse=True)
    standards = [] if fill is None else [fill]
    better = suggested(kept(promised, unit, more), standards, category)[0]
    worse = suggested(kept(promised, unit, less), standards, category)[0]
    assert FAVOUR[worse] <= FAVOUR[better]


def test_units_read_after_their_number() -> None:
    """Units of time after 1 in the singular; a unit of things as it was typed."""
    assert unit_label("Working Days", 3) == "working days"
    assert unit_label("working days", 1) == "working day"
    assert unit_label("h", 1) == "hour" and unit_label("h", 2) == "hours"
    assert unit_label("%", 1) == "percent"
    assert unit_label(" helmets ", 1) == "helmets"
