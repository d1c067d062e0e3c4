"""Money in several currencies: home-currency values, rates, and sums that never mix currencies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.money import (
    home_amount,
    parse_rates,
    rates_text,
    read_rates_text,
    totals,
    with_rate,
)
from crmnote.domain.rules import validate
from crmnote.domain.types import CustomerId, MoneyKind

C = CustomerId(1)


def money(amount: str, currency: str = "EUR", rate: str | None = "1", **values: object) -> e.Money:
    return e.Money(
        customer_id=C,
        at=date(2026, 3, 2),
        amount=Decimal(amount),
        currency=currency,
        rate=None if rate is None else Decimal(rate),
        **values,  # type: ignore[arg-type]
    )


def test_the_seed_case_a_yen_sale_is_added_at_its_euro_value() -> None:
    sale = money("100000", "JPY", "0.0062")
    cost_of_an_hour = money("60.00", kind=MoneyKind.REFUND)
    found = totals([sale, cost_of_an_hour])
    assert home_amount(sale) == Decimal("620.00")
    assert found.by_kind[MoneyKind.SALE] == Decimal("620.00")
    assert found.revenue == Decimal("560.00")


def test_an_amount_without_a_rate_is_counted_never_added() -> None:
    found = totals([money("100.00"), money("5000", "NOK", None)])
    assert found.by_kind[MoneyKind.SALE] == Decimal("100.00")
    assert found.unconverted == 1


def test_the_home_currency_has_rate_one_and_another_needs_a_rate() -> None:
    assert with_rate(money("10", "eur", None), "EUR", {}).rate == Decimal(1)
    with pytest.raises(ValidationError) as caught:
        with_rate(money("10", "EUR", "1.1"), "EUR", {})
    assert caught.value.field == "rate"
    with pytest.raises(ValidationError) as caught:
        with_rate(money("10", "JPY", None), "EUR", {})
    assert caught.value.field == "rate" and "give the rate" in caught.value.message
    assert with_rate(money("10", "JPY", None), "EUR", {"JPY": Decimal("0.0062")}).rate == Decimal(
        "0.0062"
    )
    assert with_rate(money("10", "JPY", "0.007"), "EUR", {"JPY": Decimal("0.0062")}).rate == (
        Decimal("0.007")
    )


def test_default_rates_from_settings_are_checked() -> None:
    assert parse_rates({"jpy": "0,0062", "USD": 0.92}) == {
        "JPY": Decimal("0.0062"),
        "USD": Decimal("0.92"),
    }
    assert parse_rates(None) == {}
    for bad in ({"JPYY": "1"}, {"JPY": "x"}, {"JPY": "-1"}, ["JPY"]):
        with pytest.raises(ValidationError) as caught:
            parse_rates(bad)
        assert caught.value.field == "exchange_rates"


def test_default_rates_as_typed() -> None:
    """The Settings field and `crmnote settings exchange_rates`: decimal commas, any separator."""
    assert read_rates_text("jpy=0,0062; USD = 0.92") == {"JPY": "0,0062", "USD": "0.92"}
    assert read_rates_text("  ") is None
    assert read_rates_text("USD=0.92, JPY") == {"USD": "0.92", "JPY": ""}  # named by the check
    assert read_rates_text("JPY=abc") == {"JPY": "abc"}
    stored = {c: str(r) for c, r in parse_rates(read_rates_text("jpy=0,0062 usd=0.92")).items()}
    assert rates_text(stored) == "JPY=0.0062, USD=0.92"
    assert read_rates_text(rates_text(stored)) == stored
    assert rates_text(None) == ""


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(money("10", "JPY", "0"))
    assert caught.value.field == "rate"


_AMOUNTS = st.decimals(Decimal("0.01"), Decimal("1000000"), places=2)
_RATES = st.decimals(Decimal("0.0001"), Decimal("500"), places=4).filter(lambda r: r != 1)


@given(
    before=st.lists(st.tuples(_AMOUNTS, st.sampled_from(["EUR", "JPY"])), max_size=6),
    amount=_AMOUNTS,
    rate=_RATES,
    kind=st.sampled_from(list(MoneyKind)),
)
def test_an_amount_in_another_currency_never_changes_a_sum_by_its_face_value(
    before: list[tuple[Decimal, str]], amount: Decimal, rate: Decimal, kind: MoneyKind
) -> None:
    records = [money(str(a), c, "1" if c == "EUR" else "0.0062") for a, c in before]
    foreign = money(str(amount), "USD", str(rate), kind=kind)
    then, now = totals(records), totals([*records, foreign])
    change = now.by_kind[kind] - then.by_kind[kind]
    converted = (amount * rate).quantize(Decimal("0.01"))
    assert change == home_amount(foreign)
    assert abs(change - converted) <= Decimal("0.01")
    if converted != amount:
        assert change != amount
    for other in MoneyKind:
        if other is not kind:
            assert now.by_kind[other] == then.by_kind[other]
