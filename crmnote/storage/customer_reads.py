"""Every customer as a domain record, read as column tuples in chunks (exports).

`Repository.list("customer")` loads ORM rows with their contacts and tags: on 100,000 customers
that is ~40 s of Python on the worker and a million objects for the collector to walk, which
holds the interpreter (and so the window) for seconds at a time, and ~1 GB at its peak. Here
the customers come from one Core query in name order and their contacts and tags from one
query per chunk, each chunk's records built and handed on before the next is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.types import ContactKind
from crmnote.storage.rows import ContactRow, CustomerRow, TagRow

CHUNK = 500  # customers per round of contact and tag reads (ids bound per statement)

_COLUMNS = (
    CustomerRow.id,
    CustomerRow.name,
    CustomerRow.company,
    CustomerRow.address,
    CustomerRow.status,
    CustomerRow.owner_id,
    CustomerRow.source,
    CustomerRow.notes,
    CustomerRow.created_at,
    CustomerRow.updated_at,
    CustomerRow.uuid,
    CustomerRow.version,
)


def customers_by_name(session: Session, chunk: int = CHUNK) -> Iterator[list[e.Customer]]:
    """Every customer ordered by name then id (as `Repository.list`), `chunk` at a time."""
    stmt = select(*_COLUMNS).order_by(CustomerRow.name, CustomerRow.id)
    result = session.execute(stmt.execution_options(yield_per=chunk))
    for rows in result.partitions(chunk):
        yield _records(session, rows)


def _records(session: Session, rows: Sequence[tuple]) -> list[e.Customer]:  # type: ignore[type-arg]
    ids = [row[0] for row in rows]
    contacts: dict[tuple[int, ContactKind], list[e.ContactPoint]] = defaultdict(list)
    found = session.execute(
        select(ContactRow.customer_id, ContactRow.kind, ContactRow.value, ContactRow.label)
        .where(ContactRow.customer_id.in_(ids))
        .order_by(ContactRow.customer_id, ContactRow.position, ContactRow.id)
    )
    for cid, kind, value, label in found:
        contacts[(cid, kind)].append(e.ContactPoint(value=value, label=label))
    tags: dict[int, list[str]] = defaultdict(list)
    found_tags = session.execute(
        select(TagRow.customer_id, TagRow.tag)
        .where(TagRow.customer_id.in_(ids))
        .order_by(TagRow.customer_id, TagRow.tag)
    )
    for cid, tag in found_tags:
        tags[cid].append(tag)
    out = []
    for cid, name, company, address, status, owner, source, notes, made, changed, uuid, v in rows:
        out.append(
            e.Customer(
                id=cid,
                name=name,
                company=company,
                emails=tuple(contacts.get((cid, ContactKind.EMAIL), ())),
                phones=tuple(contacts.get((cid, ContactKind.PHONE), ())),
                address=address,
                tags=tuple(tags.get(cid, ())),
                status=status,
                owner_id=owner,
                source=source,
                notes=notes,
                created_at=made,
                updated_at=changed,
                uuid=uuid or "",
                version=v,
            )
        )
    return out
