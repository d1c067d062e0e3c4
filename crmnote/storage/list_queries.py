"""The customer list for the desktop app: filtered, sorted and paged in SQL over summary columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import column, false, func, select, table, text
from sqlalchemy.orm import Session

from crmnote.domain.types import CustomerStatus
from crmnote.domain.views import CustomerSummary
from crmnote.storage import list_postgres
from crmnote.storage.first_screen import DISTINCT_TAGS
from crmnote.storage.lookup_queries import like_pattern
from crmnote.storage.rows import CustomerRow, TagRow

_SUMMARY_COLUMNS = (
    CustomerRow.id,
    CustomerRow.name,
    CustomerRow.company,
    CustomerRow.status,
    CustomerRow.difficulty,
    CustomerRow.trust,
    CustomerRow.last_contact_at,
    CustomerRow.open_promises,
    CustomerRow.next_due,
)

# Sort keys → summary columns. "overdue" sorts by the earliest open due date: the customers with
# the oldest overdue promise come first, which an indexed column can do without a per-row count.
SORT_COLUMNS: dict[str, Any] = {
    "name": CustomerRow.name,
    "company": CustomerRow.company,
    "status": CustomerRow.status,
    "difficulty": CustomerRow.difficulty,
    "trust": CustomerRow.trust,
    "last_contact": CustomerRow.last_contact_at,
    "open_promises": CustomerRow.open_promises,
    "overdue": CustomerRow.next_due,
}


# Migration 0006 (SQLite): one text per customer and its FTS5 trigram index. Migration 0008
# (PostgreSQL): the same text, with a pg_trgm index over `crmnote_fold(text)`.
_CUSTOMER_TEXT = list_postgres.TEXTS  # one table object: both paths may meet in a query
_TRIGRAM_INDEX = table("customer_text_index", column("rowid"), column("customer_text_index"))
TRIGRAM = 3  # the trigram index answers substrings of at least three characters


def _matching_text(session: Session, text: str) -> Any:
    """Customers whose name, company, emails, phones or tags contain `text` (case-insensitive)."""
    if "\x00" in text:
        return false()  # stored text never holds NUL (validation refuses it); FTS5 would choke
    if session.get_bind().dialect.name == "postgresql":
        # Both sides folded the same way; pg_trgm's index answers three characters or more.
        hits = select(_CUSTOMER_TEXT.c.id).where(list_postgres.matching(text))
    elif len(text) >= TRIGRAM:
        # A quoted FTS5 phrase: every character is literal, LIKE wildcards included.
        phrase = '"' + text.replace('"', '""') + '"'
        hits = select(_TRIGRAM_INDEX.c.rowid).where(
            _TRIGRAM_INDEX.c.customer_text_index.op("MATCH")(phrase)
        )
    else:
        # One or two characters: a scan of this one narrow table (no index answers them).
        # A page of a common short text is first looked for among the first rows of the
        # list's order (`_page_among_the_first`); walking the whole order instead would read
        # nearly every customer when the matches cluster at its end.
        hits = select(_CUSTOMER_TEXT.c.id).where(_short_like(session, text))
    return CustomerRow.id.in_(hits)


def _filtered(
    stmt: Any, session: Session, search: str, statuses: Sequence[CustomerStatus], tag: str | None
) -> Any:
    text = search.strip()
    if text:
        stmt = stmt.where(_matching_text(session, text))
    if statuses:
        stmt = stmt.where(CustomerRow.status.in_(list(statuses)))
    if tag:
        stmt = stmt.where(
            select(TagRow.tag)
            .where(TagRow.customer_id == CustomerRow.id, TagRow.tag == tag)
            .exists()
        )
    return stmt


def sorted_summaries(
    session: Session,
    search: str = "",
    statuses: Sequence[CustomerStatus] = (),
    tag: str | None = None,
    order_by: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[CustomerSummary]:
    """One page of customers matching the filters, in the order asked (empty values last)."""
    return _page(session, search, statuses, tag, order_by, descending, limit, offset)[0]


def first_page_and_count(
    session: Session,
    search: str,
    statuses: Sequence[CustomerStatus],
    tag: str | None,
    order_by: str,
    descending: bool,
    limit: int,
    at_most: int | None = None,
) -> tuple[list[CustomerSummary], int]:
    """The first page (`sorted_summaries`) and how many customers match (`count_matching`,
    stopped past `at_most`), in one go where the page's read counted them already."""
    rows, n = _page(session, search, statuses, tag, order_by, descending, limit, 0, counted=True)
    if n is None:
        n = (
            len(rows)
            if len(rows) < limit
            else count_matching(session, search, statuses, tag, at_most)
        )
    return rows, n if at_most is None else min(n, at_most + 1)


def _page(
    session: Session,
    search: str,
    statuses: Sequence[CustomerStatus],
    tag: str | None,
    order_by: str,
    descending: bool,
    limit: int | None,
    offset: int,
    counted: bool = False,
) -> tuple[list[CustomerSummary], int | None]:
    """A page, and with `counted` (the first page) the number of matches when its read
    counted them on the way (PostgreSQL, from the filter texts alone), else None."""
    short = _short_text(session, search)
    # One or two characters: a common text's page is found by walking the list's order (it
    # stops at the page's last match); a rarer one is listed whole (SQLite: a scan of the
    # texts; PostgreSQL: migration 0013's index).
    by_name = _by_name_from_texts(session, search, statuses, tag, order_by)
    if limit is not None and by_name and not is_scanned(search):
        return _from_the_texts(session, search.strip(), descending, limit, offset, counted)
    if short is not None and limit is not None:
        if not (by_name and list_postgres.rare(session, short)):
            page = _page_among_the_first(
                session, short, statuses, tag, order_by, descending, limit, offset
            )
            if page is not None:
                return page, None
        if by_name:
            # A rarer short text on PostgreSQL: its texts from migration 0013's index.
            return _from_the_texts(session, short, descending, limit, offset, counted)
    stmt = _filtered(select(*_SUMMARY_COLUMNS), session, search, statuses, tag)
    stmt = stmt.order_by(*_order(order_by, descending, code_points=_code_points(session)))
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [CustomerSummary(*row) for row in session.execute(stmt)], None


def _from_the_texts(
    session: Session, text: str, descending: bool, limit: int, offset: int, counted: bool
) -> tuple[list[CustomerSummary], int | None]:
    """A page in name order found in PostgreSQL's filter texts (and their count, counted)."""
    counted = counted and offset == 0
    rows = list_postgres.page_by_name(
        session, text, descending, limit, offset, _SUMMARY_COLUMNS, counted
    )
    page = [CustomerSummary(*row[: len(_SUMMARY_COLUMNS)]) for row in rows]
    if not counted:
        return page, None
    return page, int(rows[0][-1]) if rows else 0


def _by_name_from_texts(
    session: Session,
    search: str,
    statuses: Sequence[CustomerStatus],
    tag: str | None,
    order_by: str,
) -> bool:
    """Whether the filter texts alone answer (PostgreSQL, a text and nothing else to match,
    the list in name order): the count always, the page from three characters on (and for
    one or two characters when walking the order did not find it)."""
    text = search.strip()
    plain = text and "\x00" not in text and not statuses and not tag and order_by == "name"
    return bool(plain) and _code_points(session)


def _order(
    order_by: str, descending: bool, columns: Any = None, code_points: bool = False
) -> tuple[Any, ...]:
    """The list's order over the customers table, or over `columns` of a subquery of it.

    `code_points`: text sorts in code point order (`COLLATE "C"`), as SQLite sorts it, rather
    than by the database's locale (PostgreSQL)."""

    def col(c: Any) -> Any:
        found = c if columns is None else columns[c.key]
        return found.collate("C") if code_points and c.key in _TEXT_KEYS else found

    column = col(SORT_COLUMNS[order_by])
    key = column.desc() if descending else column.asc()
    return key.nulls_last(), col(CustomerRow.name), col(CustomerRow.id)


_TEXT_KEYS = frozenset({"name", "company"})


def _code_points(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# How many customers, in list order, a short text is first matched against.
FIRST_ROWS = 3000


def _page_among_the_first(
    session: Session,
    text: str,
    statuses: Sequence[CustomerStatus],
    tag: str | None,
    order_by: str,
    descending: bool,
    limit: int,
    offset: int,
) -> list[CustomerSummary] | None:
    """The page, if it lies among the first customers of the list's order; else None.

    One or two characters often match most customers ("l"). Then the page is found by testing
    only the first rows of the order (an index walk where the sort column has one) instead of
    listing and sorting every match. When the text matches fewer (or they cluster further down,
    as Arabic names sort after Latin ones), the caller lists them all.
    """
    first = _filtered(select(*_SUMMARY_COLUMNS), session, "", statuses, tag)
    code_points = _code_points(session)
    # PostgreSQL probes each text by its key (~3 µs each on a quiet machine, ~10 under load)
    # and has an index for what the walk does not find: a shorter walk.
    walked = (
        max(FIRST_ROWS // 3, 5 * (offset + limit))
        if code_points
        else max(FIRST_ROWS, 10 * (offset + limit))
    )
    window = (
        first.order_by(*_order(order_by, descending, code_points=code_points))
        .limit(walked)
        .subquery()
    )
    if code_points:
        # A correlated scalar subquery: each customer's text is probed by its key. As EXISTS,
        # PostgreSQL's planner joined the window to a test of all 100,000 texts (120–190 ms).
        matched: Any = (
            select(_short_like(session, text))
            .where(_CUSTOMER_TEXT.c.id == window.c.id)
            .scalar_subquery()
            .is_(True)
        )
    else:
        matched = (
            select(_CUSTOMER_TEXT.c.id)
            .where(_CUSTOMER_TEXT.c.id == window.c.id, _short_like(session, text))
            .exists()
        )
    stmt = (
        select(*window.c)
        .where(matched)
        .order_by(*_order(order_by, descending, window.c, code_points))
        .offset(offset)
        .limit(limit)
    )
    rows = [CustomerSummary(*row) for row in session.execute(stmt)]
    # A full page from the window is the true page: the window is a prefix of the order.
    return rows if len(rows) == limit else None


def _short_text(session: Session, search: str) -> str | None:
    """The filter text when it is one or two characters (no trigram answers it)."""
    text = search.strip()
    if not is_scanned(text) or "\x00" in text:
        return None
    return text


def _short_like(session: Session, text: str) -> Any:
    """The substring test of one text, no index: SQLite's LIKE (ASCII case folded), on
    PostgreSQL both sides folded."""
    if _code_points(session):
        return list_postgres.matching(text)
    return _CUSTOMER_TEXT.c.text.like(like_pattern(text), escape="\\")


def count_matching(
    session: Session,
    search: str = "",
    statuses: Sequence[CustomerStatus] = (),
    tag: str | None = None,
    at_most: int | None = None,
) -> int:
    """How many customers match; with `at_most`, counting stops past it (returns at_most + 1)."""
    short = _short_text(session, search)
    if _by_name_from_texts(session, search, statuses, tag, "name"):
        return list_postgres.count(session, search.strip(), at_most)
    if short is not None and not statuses and not tag:
        # SQLite: one text row per customer, counted without touching the customers table.
        hits: Any = select(_CUSTOMER_TEXT.c.id).where(_short_like(session, short))
    else:
        hits = _filtered(select(CustomerRow.id), session, search, statuses, tag)
    if at_most is not None:
        hits = hits.limit(at_most + 1)
    return int(session.scalar(select(func.count()).select_from(hits.subquery())) or 0)


def is_scanned(search: str) -> bool:
    """Whether matching `search` reads every customer (one or two characters: no index)."""
    return 0 < len(search.strip()) < TRIGRAM


def all_tags(session: Session) -> list[str]:
    """Every tag once, in order (storage/first_screen.py: a walk of the tag index)."""
    return list(session.scalars(text(DISTINCT_TAGS)))


def summary_of(session: Session, customer_id: int) -> CustomerSummary | None:
    row = session.execute(select(*_SUMMARY_COLUMNS).where(CustomerRow.id == customer_id)).first()
    return None if row is None else CustomerSummary(*row)  # type: ignore[arg-type]


def customer_count(session: Session) -> int:
    """How many customers the book holds, archived ones included."""
    return int(session.scalar(select(func.count(CustomerRow.id))) or 0)
