"""`column IN (the values of a list)` for lists of up to hundreds of values.

SQLAlchemy renders `IN` with a list as one placeholder per value, expanded as each statement
runs (`expanding`), so on PostgreSQL every execution is a new statement text of hundreds of
parameters, which psycopg parses again each time (it keeps statements of at most 50) and the
server plans again. There the list goes as one array instead, `column = ANY(%s::TEXT[])`: one
short statement text, parsed once, prepared by psycopg. SQLite keeps `IN`.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BigInteger, ColumnElement, Integer, Text, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def among(column: Any, name: str, dialect: str) -> ColumnElement[bool]:
    """`column` is one of the values of the parameter `name` (a list) when the statement runs."""
    if dialect == "postgresql":
        integer = isinstance(column.type, Integer)
        element: Any = BigInteger() if integer else Text()
        return cast(ColumnElement[bool], column == any_(bindparam(name, type_=ARRAY(element))))
    return cast(ColumnElement[bool], column.in_(bindparam(name, expanding=True)))
