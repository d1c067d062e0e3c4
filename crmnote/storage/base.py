"""The declarative base with a constraint naming convention, and the column types crmnote needs."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import CheckConstraint, Dialect, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its text value (portable, readable in the raw file)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum: type[E]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        # the member by its value as `enum(value)` finds it first, without the call's
        # overhead (a rebuild of the whole book reads ~400,000 of them)
        found = self.enum._value2member_map_.get(value)
        return self.enum(value) if found is None else cast(E, found)


class Cents(TypeDecorator[Decimal]):
    """A money amount with two decimals stored exactly as integer cents."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else int(Decimal(value).scaleb(2).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-2)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal (an exchange rate) stored as its text: no float rounding, any dialect."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else format(Decimal(value).normalize(), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def one_of(column: str, enum: type[StrEnum], name: str | None = None) -> CheckConstraint:
    """A CHECK constraint keeping a column within an enum's values (or NULL)."""
    values = ", ".join(f"'{m.value}'" for m in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or column)
