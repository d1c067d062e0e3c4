"""The ranges every value must lie in, whoever gives it: command line, form, import.

Beyond them a value breaks something below: SQLite stores integers in 64 bits; date arithmetic
(a week before, a due date plus a delay) overflows near the years 1 and 9999; an amount of
1e999 cannot be rounded to cents; NaN and infinity compare with nothing.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crmnote.domain import rule_messages as m
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason

MAX_INT = 2**63 - 1  # SQLite's INTEGER; also the largest id
MIN_INT = -(2**63)
FIRST_YEAR = 1900
LAST_YEAR = 2999
# A trillion: far above any invoice, far below what integer cents can hold.
MAX_AMOUNT = Decimal(10) ** 12
MAX_NUMBER = 1e12


def as_id(text: str) -> int | None:
    """The id a person typed (decimal digits within SQLite's integers), else None."""
    word = text.strip()
    if not word.isdecimal() or len(word) > len(str(MAX_INT)):  # what int() reads: not "²"
        return None
    value = int(word)
    return value if value <= MAX_INT else None


def check_int(field: str, value: int) -> int:
    if not MIN_INT <= value <= MAX_INT:
        raise ValidationError(field, Reason(m.OUT_OF_RANGE, value=str(value)))
    return value


def check_number(field: str, value: float) -> float:
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        raise ValidationError(field, Reason(m.NOT_USABLE_NUMBER, value=repr(value)))
    return value


def check_amount(field: str, value: Decimal) -> Decimal:
    if not value.is_finite() or abs(value) >= MAX_AMOUNT:
        raise ValidationError(field, Reason(m.NOT_USABLE_AMOUNT, value=str(value)))
    return value


def check_day(field: str, value: date) -> None:
    """A date or date-time within the years crmnote can calculate with."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            field, Reason(m.YEARS, value=value.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
        )


def years() -> str:
    return f"{FIRST_YEAR}–{LAST_YEAR}"


# Field names by dataclass: dataclasses.fields() builds its tuple anew on every call, a tenth
# of a 100,000-row import.
_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def check_fields(record: Any) -> None:
    """Every number, amount and date of a record (a dataclass) within its range."""
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if value is None or isinstance(value, str | bool):  # text: nothing to check here
            continue
        if isinstance(value, int):
            check_int(name, value)
        elif isinstance(value, float):
            check_number(name, value)
        elif isinstance(value, Decimal):
            check_amount(name, value)
        elif isinstance(value, datetime | date):
            check_day(name, value)
