"""Reading feedback and requests for the insights board, and the promoted insights."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import String, cast, func, literal_column, select
from sqlalchemy.orm import Session

from crmnote.domain.types import FeedbackKind, Judgment
from crmnote.domain.views import Insight
from crmnote.storage.audit_rows import InsightRow
from crmnote.storage.rows import CustomerRow, FeedbackRow, RequestRow


def _month(column: Any) -> Any:
    # Literal bounds: a GROUP BY of it must be the very same expression to PostgreSQL.
    return func.substr(cast(column, String), literal_column("1"), literal_column("7"))


def _span(column: Any, start: date | None, end: date | None) -> list[Any]:
    where = []
    if start is not None:
        where.append(column >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        where.append(column <= datetime.combine(end, datetime.max.time()))
    return where


def feedback_groups(
    session: Session, start: date | None, end: date | None
) -> Iterator[tuple[str, FeedbackKind, int, str, int]]:
    """(theme, kind, customer id, month, count) of complaints and suggestions, grouped in SQL
    by the theme as typed and given lower-cased and trimmed (themes spelt alike may come in
    several rows: their counts add up). Lowering in SQL was a Python call per feedback row on
    SQLite (the app's Unicode `lower`), on the worker's share of the interpreter. Yielded as
    read (inside the caller's session), `_BATCH` rows at a time, not a list of 36,000."""
    month = _month(FeedbackRow.at)
    columns = (FeedbackRow.theme, FeedbackRow.kind, FeedbackRow.customer_id, month)
    stmt = (
        select(*columns, func.count(FeedbackRow.id))
        .where(FeedbackRow.kind.in_(_THEMED), *_span(FeedbackRow.at, start, end))
        .group_by(*columns)
    )
    for t, k, c, m, n in session.execute(stmt.execution_options(yield_per=_BATCH)):
        yield _shown_theme(str(t or "")), FeedbackKind(k), int(c), str(m), int(n)


@lru_cache(maxsize=4096)
def _shown_theme(theme: str) -> str:
    """A theme as the board shows it: lower case, without the spaces around it (SQL's trim)."""
    return theme.strip(" ").lower()


def request_rows(
    session: Session, start: date | None, end: date | None
) -> Iterator[tuple[str, int, Judgment, str]]:
    """(text, customer id, judgment, month) of every request not judged unreasonable, by id;
    yielded as read, as `feedback_groups`."""
    columns = (
        RequestRow.text,
        RequestRow.customer_id,
        RequestRow.judgment,
        _month(RequestRow.raised_at),
    )
    where = [RequestRow.judgment != Judgment.UNREASONABLE, *_span(RequestRow.raised_at, start, end)]
    stmt = select(*columns).where(*where).order_by(RequestRow.id)
    for t, c, j, m in session.execute(stmt.execution_options(yield_per=_BATCH)):
        yield str(t), int(c), Judgment(j), str(m)


_THEMED = (FeedbackKind.COMPLAINT, FeedbackKind.SUGGESTION)
# Rows fetched at a time: without `yield_per` the ORM fetches every row before yielding one.
_BATCH = 1000
_IN_CHUNK = 1000  # values per IN list


def feedback_themes(session: Session) -> list[str]:
    """The distinct themes of complaints and suggestions, as typed (`feedback_key` of one is
    that of the form `feedback_groups` gives)."""
    stmt = select(FeedbackRow.theme).where(FeedbackRow.kind.in_(_THEMED)).distinct()
    return [str(t) for t in session.scalars(stmt)]


def feedback_customers(session: Session, themes: list[str]) -> dict[int, int]:
    """How many complaints and suggestions of one of `themes` (as `feedback_themes` gives
    them) each customer made, counted in SQL on the theme's index (no lower() per row: on
    SQLite that is a Python call per row, on the worker's share of the interpreter)."""
    kinds = FeedbackRow.kind.in_(_THEMED)
    return _per_customer(session, FeedbackRow, kinds, FeedbackRow.theme, themes)


def request_texts(session: Session) -> list[str]:
    """The distinct texts of the requests not judged unreasonable."""
    stmt = select(RequestRow.text).where(RequestRow.judgment != Judgment.UNREASONABLE).distinct()
    return [str(t) for t in session.scalars(stmt)]


def request_customers(session: Session, texts: list[str]) -> dict[int, int]:
    """How many requests not judged unreasonable with one of `texts` each customer made."""
    judged = RequestRow.judgment != Judgment.UNREASONABLE
    return _per_customer(session, RequestRow, judged, RequestRow.text, texts)


def _per_customer(
    session: Session, row: Any, where: Any, column: Any, values: list[str]
) -> dict[int, int]:
    """Rows of `row`'s table meeting `where` whose `column` is one of `values`, counted per
    customer in SQL (IN lists of `_IN_CHUNK` values)."""
    out: dict[int, int] = {}
    for n in range(0, len(values), _IN_CHUNK):
        stmt = (
            select(row.customer_id, func.count(row.id))
            .where(where, column.in_(values[n : n + _IN_CHUNK]))
            .group_by(row.customer_id)
        )
        for customer, count in session.execute(stmt):
            out[int(customer)] = out.get(int(customer), 0) + int(count)
    return out


def customer_names(session: Session, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for n in range(0, len(ids), 1000):
        stmt = select(CustomerRow.id, CustomerRow.name).where(CustomerRow.id.in_(ids[n : n + 1000]))
        out.update((int(i), str(name)) for i, name in session.execute(stmt))
    return out


def _as_insight(row: InsightRow) -> Insight:
    return Insight(
        row.theme, row.label, row.source, row.note, row.created_at, row.acted_at, row.acted_note
    )


def _insight_row(session: Session, theme: str) -> InsightRow | None:
    return session.scalars(select(InsightRow).where(InsightRow.theme == theme)).first()


def insights(session: Session) -> list[Insight]:
    """Every promoted insight, oldest first."""
    stmt = select(InsightRow).order_by(InsightRow.created_at, InsightRow.id)
    return [_as_insight(row) for row in session.scalars(stmt)]


def ensure_insight(
    session: Session, theme: str, label: str, source: str, note: str, now: datetime
) -> tuple[int, Insight]:
    """The insight of a theme (its id and it), made if there is none; a note given replaces
    the one kept."""
    row = _insight_row(session, theme)
    if row is None:
        row = InsightRow(theme=theme, label=label[:500], source=source, note=note)
        row.acted_note, row.created_at, row.updated_at = "", now, now
        session.add(row)
    elif note:
        row.note, row.updated_at = note, now
    session.flush()
    return row.id, _as_insight(row)


def mark_acted(
    session: Session, theme: str, at: datetime, note: str, now: datetime
) -> tuple[int, Insight] | None:
    """Record when and how the business acted on an insight (its id and it afterwards);
    None when the theme is no insight."""
    row = _insight_row(session, theme)
    if row is None:
        return None
    row.acted_at = at
    row.acted_note = note
    row.updated_at = now
    session.flush()
    return row.id, _as_insight(row)
