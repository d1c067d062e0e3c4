"""Reading what the scores of some customers are computed from, as plain column tuples."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, bindparam, literal, select, type_coerce
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerId, PromiseStatus
from crmnote.storage.rows import ROW_BY_KIND, InteractionRow, PromiseRow


def raw_time(column: Any) -> Any:
    """A timestamp column as the driver gives it: SQLAlchemy's parsing of SQLite's text costs
    more than the read itself for 10,000s of rows; `moment` parses it."""
    return type_coerce(column, String)


def moment(value: str | datetime) -> datetime:
    """A timestamp read by `raw_time`: SQLite's ISO text, or the server's datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def same(value: datetime) -> datetime:
    return value


def time_parser(sample: str | datetime | None) -> Any:
    """`moment` for a column of non-null times read by `raw_time`, chosen by one of them:
    a driver gives them all as text (SQLite) or all as datetimes (a server)."""
    return same if isinstance(sample, datetime) else datetime.fromisoformat


# An interaction as the scores read it: (id, at, staff_id, mood, summary, minutes).
Talk = tuple[int, datetime, int | None, int | None, str, int]
# A promise as the scores read it: (id, status, due, resolved_at, made_by, text).
Pledge = tuple[int, PromiseStatus, date | None, datetime | None, int | None, str]


@dataclass(frozen=True)
class Scored:
    """What the scores of some customers are computed from, by customer, as plain column
    tuples (a long history holds thousands of records, the whole book more than a million):
    interactions (`Talk`), promises (`Pledge`), claims (id, raised_at, verdict, resolution,
    resolved_at, staff_id, text), requests (id, raised_at, kind, judgment, outcome,
    staff_id, text), money (id, at, kind, amount, rate, reference), feedback (id, at, kind,
    staff_id, text) and effort (at, minutes)."""

    talks: dict[CustomerId, list[Talk]]
    promises: dict[CustomerId, list[Pledge]]
    claims: dict[CustomerId, list[tuple[Any, ...]]]
    requests: dict[CustomerId, list[tuple[Any, ...]]]
    money: dict[CustomerId, list[tuple[Any, ...]]]
    feedback: dict[CustomerId, list[tuple[Any, ...]]]
    effort: dict[CustomerId, list[tuple[Any, ...]]]

    def has_others(self, customer_id: CustomerId) -> bool:
        """Whether the customer has claims, requests, money or feedback (records other than
        interactions and promises that may have events)."""
        return (
            customer_id in self.claims
            or customer_id in self.requests
            or customer_id in self.money
            or customer_id in self.feedback
        )


# Some customers' ids as one expanding parameter: the statement is compiled once and cached,
# not coerced again for each of a chunk's 500 ids.
IDS: Any = bindparam("ids", expanding=True)


@functools.lru_cache(maxsize=64)
def _statement(kind: str, names: tuple[str, ...], texts: bool) -> tuple[Any, tuple[int, ...]]:
    """One table's select of these columns (built once: building costs more Python than
    SQLite spends on a chunk), and which of its result columns are times read raw."""
    table = table_of(kind)
    times = [n == "at" or n.endswith("_at") for n in names]
    timed = table.name != "money" and any(times)  # money's `at` is a date
    columns = [
        raw_time(table.c[n])
        if timed and is_time
        else literal("")
        if not texts and n in TEXTS
        else table.c[n]
        for n, is_time in zip(names, times, strict=True)
    ]
    stmt = select(table.c.customer_id, *columns).where(table.c.customer_id.in_(IDS))
    return stmt, tuple(n for n, is_time in enumerate(times, 1) if timed and is_time)


def _by_customer(
    session: Session, kind: str, names: tuple[str, ...], ids: list[CustomerId], texts: bool
) -> dict[CustomerId, list[tuple[Any, ...]]]:
    """Columns of one table's rows of these customers, by customer, in one fetch; the
    columns named `*at` are read raw and parsed by `moment` (None stays None)."""
    stmt, at = _statement(kind, names, texts)
    out: dict[CustomerId, list[tuple[Any, ...]]] = defaultdict(list)
    rows = session.execute(stmt, {"ids": ids}).all()
    if not at:
        for row in rows:
            out[row[0]].append(tuple(row[1:]))
        return out
    for row in rows:
        values = list(row)
        for n in at:
            if values[n] is not None:
                values[n] = moment(values[n])
        out[values[0]].append(tuple(values[1:]))
    return out


@functools.lru_cache(maxsize=8)
def _talks_and_promises(texts: bool) -> tuple[Any, Any]:
    t: Any = InteractionRow.__table__
    p: Any = PromiseRow.__table__
    summary, pledge = (t.c.summary, p.c.text) if texts else (literal(""), literal(""))
    talks = select(t.c.customer_id, t.c.id, raw_time(t.c.at), t.c.staff_id, t.c.mood, summary,
                   t.c.minutes).where(t.c.customer_id.in_(IDS))  # fmt: skip
    columns = (p.c.customer_id, p.c.id, p.c.status, p.c.due, p.c.resolved_at, p.c.made_by, pledge)
    return talks, select(*columns).where(p.c.customer_id.in_(IDS))


def scored_rows_of(
    session: Session, customer_ids: Sequence[CustomerId], texts: bool = True
) -> Scored:
    """What the scores of these customers are computed from; without `texts`, interactions'
    summaries, promises' texts and the other records' texts (`TEXTS`) read as "" (a rebuild
    writes no reasons)."""
    ids = list(customer_ids)
    params = {"ids": ids}
    read_talks, read_promises = _talks_and_promises(texts)
    talks: dict[CustomerId, list[Talk]] = defaultdict(list)
    rows = session.execute(read_talks, params).all()
    parse = time_parser(rows[0][2] if rows else None)
    for cid, i, at, staff, mood, text, minutes in rows:
        talks[cid].append((i, parse(at), staff, mood, text, minutes))
    promises: dict[CustomerId, list[Pledge]] = defaultdict(list)
    for row in session.execute(read_promises, params).all():
        promises[row[0]].append(tuple(row[1:]))
    return Scored(
        talks,
        promises,
        _by_customer(session, "claim", CLAIM_COLUMNS, ids, texts),
        _by_customer(session, "request", REQUEST_COLUMNS, ids, texts),
        _by_customer(session, "money", MONEY_COLUMNS, ids, texts),
        _by_customer(session, "feedback", FEEDBACK_COLUMNS, ids, texts),
        _by_customer(session, "effort", ("at", "minutes"), ids, texts),
    )


def table_of(kind: str) -> Any:
    """The table of a kind of record."""
    return ROW_BY_KIND[kind].__table__


CLAIM_COLUMNS = ("id", "raised_at", "verdict", "resolution", "resolved_at", "staff_id", "text")
REQUEST_COLUMNS = ("id", "raised_at", "kind", "judgment", "outcome", "staff_id", "text")
MONEY_COLUMNS = ("id", "at", "kind", "amount", "rate", "reference")
# The free texts among them: the reasons an explanation quotes; a rebuild writes none.
TEXTS = frozenset({"text", "reference"})
FEEDBACK_COLUMNS = ("id", "at", "kind", "staff_id", "text")


# The free text each kind of record's events quote (`scoring_events`: `short_reason` of it).
TEXT_OF = {
    "interaction": "summary",
    "promise": "text",
    "claim": "text",
    "request": "text",
    "money": "reference",
    "feedback": "text",
}


@functools.lru_cache(maxsize=8)
def _texts_statement(kind: str) -> Any:
    table = table_of(kind)
    return select(table.c.id, table.c[TEXT_OF[kind]]).where(table.c.id.in_(IDS))


def texts_of(session: Session, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The free texts of some records, by (kind, id): one indexed read per kind, for the few
    hundred moves an explanation quotes (the rest of a long history is read without them)."""
    ids: dict[str, list[int]] = defaultdict(list)
    for kind, ref_id in refs:
        ids[kind].append(ref_id)
    out: dict[tuple[str, int], str] = {}
    for kind, some in ids.items():
        for ref_id, text in session.execute(_texts_statement(kind), {"ids": some}):
            out[kind, ref_id] = text
    return out
