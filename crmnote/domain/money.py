"""Money in several currencies: every amount has a home-currency value, and only those are added.

The business keeps its books in one home currency (Settings). An amount in another currency is
stored with the rate used: what one unit of it was worth in the home currency, entered with the
amount or taken from the default rates in Settings. Cost to serve, revenue and scores add
home-currency values; an amount whose rate is unknown (a book that mixed currencies before
crmnote knew rates) is left out of every sum and counted, never added at its face value.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from crmnote.domain import entities as e
from crmnote.domain import rule_messages as rm
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason
from crmnote.domain.types import MoneyKind

CENT = Decimal("0.01")
ONE = Decimal(1)
# Revenue: sales less refunds and credits (returns and discounts are not money paid).
REVENUE_SIGN = {MoneyKind.SALE: 1, MoneyKind.REFUND: -1, MoneyKind.CREDIT: -1}


def home_amount(m: e.Money) -> Decimal | None:
    """The amount in the home currency, to the cent; None when its rate is unknown."""
    return converted(m.amount, m.rate)


def converted(amount: Decimal, rate: Decimal | None) -> Decimal | None:
    """`amount` at `rate`, to the cent; None when the rate is unknown."""
    if rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)


def parse_rates(value: object) -> dict[str, Decimal]:
    """Default rates from Settings (`{"JPY": "0.0062", ...}`); raises naming `exchange_rates`."""
    if value in (None, ""):
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError("exchange_rates", Reason(rm.RATES_MAP))
    out: dict[str, Decimal] = {}
    for code, rate in value.items():
        currency = str(code).strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError("exchange_rates", Reason(rm.RATES_CODE, code=repr(code)))
        try:
            number = Decimal(str(rate).replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                "exchange_rates", Reason(rm.RATES_RATE, rate=repr(rate), currency=currency)
            ) from None
        if not (number.is_finite() and number > 0):
            raise ValidationError("exchange_rates", Reason(rm.RATES_ZERO, currency=currency))
        out[currency] = number
    return out


# CODE=RATE pairs, whatever separates them: a decimal comma (0,92) is part of the rate.
_PAIR = re.compile(r"([^\s=,;]+)\s*=\s*([^\s;]*\d)")


def rates_text(value: object) -> str:
    """Default rates as one types them: `JPY=0.0062, USD=0.92`."""
    rates = value if isinstance(value, Mapping) else {}
    return ", ".join(f"{code}={rate}" for code, rate in sorted(rates.items()))


def read_rates_text(text: str) -> dict[str, str] | None:
    """`USD=0.92, JPY=0,0062` as the setting stores it (checked by `parse_rates`); None for
    none. Text that is no pair is kept under its code with an empty rate, so the check names it."""
    out = {code.upper(): rate for code, rate in _PAIR.findall(text)}
    leftover = _PAIR.sub("", text).strip(" ,;")
    if leftover:
        code, _, rate = leftover.partition("=")
        out[code.strip().upper() or "?"] = rate.strip()
    return out or None


def with_rate(m: e.Money, home: str, defaults: Mapping[str, Decimal]) -> e.Money:
    """The record with the rate it is added up with; raises naming `rate` when none is known.

    The home currency's rate is 1 (any other rate for it is refused); another currency keeps
    the rate given, else takes the default rate from Settings.
    """
    currency = m.currency.upper()
    if currency == home.upper():
        if m.rate is not None and m.rate != ONE:
            raise ValidationError("rate", Reason(rm.HOME_RATE, currency=currency))
        return dataclasses.replace(m, currency=currency, rate=ONE)
    rate = m.rate if m.rate is not None else defaults.get(currency)
    if rate is None:
        raise ValidationError(
            "rate",
            Reason(rm.NO_RATE, currency=currency, home=home.upper()),
        )
    return dataclasses.replace(m, currency=currency, rate=rate)


@dataclass(frozen=True)
class MoneyTotals:
    """Home-currency sums by kind, and how many amounts had no rate (left out)."""

    by_kind: dict[MoneyKind, Decimal]
    unconverted: int = 0

    @property
    def revenue(self) -> Decimal:
        return sum((sign * self.by_kind[kind] for kind, sign in REVENUE_SIGN.items()), Decimal(0))


def totals(records: Iterable[e.Money]) -> MoneyTotals:
    """Sum home-currency values by kind; amounts without a rate are counted, not added."""
    by_kind = {k: Decimal(0) for k in MoneyKind}
    missing = 0
    for m in records:
        value = home_amount(m)
        if value is None:
            missing += 1
        else:
            by_kind[m.kind] += value
    return MoneyTotals(by_kind, missing)
