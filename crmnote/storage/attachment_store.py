"""Evidence files in the book: metadata rows, their bytes kept apart, and checks of their hashes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from crmnote.domain import entities as e
from crmnote.domain.errors import NotFoundError
from crmnote.domain.reasons import say
from crmnote.domain.types import AttachmentId, CustomerId, StaffId
from crmnote.storage.repository import no_record, to_domain
from crmnote.storage.rows import (
    ATTACHMENT_LINK,
    AttachmentDataRow,
    AttachmentRow,
    ClaimRow,
    InteractionRow,
    PromiseRow,
)

_ROWS = cast(Table, AttachmentRow.__table__)
_DATA = cast(Table, AttachmentDataRow.__table__)
_COLUMNS = tuple(c for c in _ROWS.c)

# Rows of the kinds the change log keeps, and how a row becomes the record it logs.
LOGGED_ROWS: dict[str, Any] = {
    "interaction": InteractionRow,
    "promise": PromiseRow,
    "claim": ClaimRow,
    "attachment": AttachmentRow,
}


def to_attachment(row: Any) -> e.Attachment:
    """An Attachment from a row (or a row of its columns)."""
    kind, record_id = next(
        (k, getattr(row, column))
        for k, column in ATTACHMENT_LINK.items()
        if getattr(row, column) is not None
    )
    return e.Attachment(
        id=AttachmentId(row.id),
        customer_id=CustomerId(row.customer_id),
        record_kind=kind,
        record_id=int(record_id),
        name=row.name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        note=row.note,
        added_by=None if row.added_by is None else StaffId(row.added_by),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def logged_record(kind: str, row: Any) -> Any:
    """The record a logged row stands for, as the change log states it."""
    return to_attachment(row) if kind == "attachment" else to_domain(kind, row)


def _values(a: e.Attachment) -> dict[str, Any]:
    values: dict[str, Any] = {column: None for column in ATTACHMENT_LINK.values()}
    values[ATTACHMENT_LINK[a.record_kind]] = a.record_id
    values.update(
        customer_id=a.customer_id,
        name=a.name,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        note=a.note,
        added_by=a.added_by,
        created_at=a.created_at,
        updated_at=a.updated_at,
    )
    if a.id:
        values["id"] = a.id  # put back with its id (undo of a delete)
    return values


def add(session: Session, attachment: e.Attachment, data: bytes) -> e.Attachment:
    """Insert the file's row and its bytes; returns it with its id."""
    connection = session.connection()
    new_id = connection.execute(insert(_ROWS).values(_values(attachment))).inserted_primary_key
    assert new_id is not None
    attachment_id = int(new_id[0])
    connection.execute(insert(_DATA).values(attachment_id=attachment_id, data=data))
    return get(session, attachment_id)


def get(session: Session, attachment_id: int) -> e.Attachment:
    row = session.connection().execute(select(*_COLUMNS).where(_ROWS.c.id == attachment_id)).first()
    if row is None:
        raise NotFoundError(no_record("attachment", attachment_id))
    return to_attachment(row)


def data(session: Session, attachment_id: int) -> bytes:
    found = (
        session.connection()
        .execute(select(_DATA.c.data).where(_DATA.c.attachment_id == attachment_id))
        .scalar()
    )
    if found is None:
        raise NotFoundError(no_record("attachment", attachment_id))
    return bytes(found)


def _listed(session: Session, *where: Any) -> list[e.Attachment]:
    stmt = select(*_COLUMNS).where(*where).order_by(_ROWS.c.created_at, _ROWS.c.id)
    return [to_attachment(row) for row in session.connection().execute(stmt)]


def of_record(session: Session, kind: str, record_id: int) -> list[e.Attachment]:
    return _listed(session, _ROWS.c[ATTACHMENT_LINK[kind]] == record_id)


def of_records(session: Session, pairs: Iterable[tuple[str, int]]) -> list[e.Attachment]:
    """The files of several records, oldest first."""
    by_kind: dict[str, list[int]] = {}
    for kind, record_id in pairs:
        by_kind.setdefault(kind, []).append(record_id)
    if not by_kind:
        return []
    where = [_ROWS.c[ATTACHMENT_LINK[k]].in_(ids) for k, ids in by_kind.items()]
    return _listed(session, or_(*where))


def everything(session: Session) -> list[e.Attachment]:
    """Every evidence file of the book (without bytes), oldest first."""
    return _listed(session)


def of_customer(session: Session, customer_id: int) -> list[e.Attachment]:
    return _listed(session, _ROWS.c.customer_id == customer_id)


def counts(session: Session, kind: str, record_ids: Sequence[int]) -> dict[int, int]:
    """How many files each of these records has (records without any left out)."""
    column = _ROWS.c[ATTACHMENT_LINK[kind]]
    out: dict[int, int] = {}
    for start in range(0, len(record_ids), 500):
        stmt = (
            select(column, func.count())
            .where(column.in_(record_ids[start : start + 500]))
            .group_by(column)
        )
        out.update({int(k): int(n) for k, n in session.connection().execute(stmt)})
    return out


def remove(session: Session, attachment_id: int) -> None:
    result: Any = session.connection().execute(delete(_ROWS).where(_ROWS.c.id == attachment_id))
    if result.rowcount == 0:
        raise NotFoundError(no_record("attachment", attachment_id))
    # The bytes go by ON DELETE CASCADE; said here too for a connection with foreign keys off.
    session.connection().execute(delete(_DATA).where(_DATA.c.attachment_id == attachment_id))


def total_size(session: Session) -> int:
    """Bytes of evidence files the book holds."""
    return int(
        session.connection().execute(select(func.coalesce(func.sum(_ROWS.c.size), 0))).scalar() or 0
    )


def bad_files(session: Session, chunk: int = 50) -> Iterator[tuple[e.Attachment, str]]:
    """(attachment, what is wrong) for each file whose bytes are missing, of another size,
    or no longer hash to the SHA-256 on its row; read a few files at a time."""
    after = 0
    connection = session.connection()
    while True:
        rows = connection.execute(
            select(*_COLUMNS, _DATA.c.data)
            .select_from(_ROWS.outerjoin(_DATA, _DATA.c.attachment_id == _ROWS.c.id))
            .where(_ROWS.c.id > after)
            .order_by(_ROWS.c.id)
            .limit(chunk)
        ).all()
        if not rows:
            return
        for row in rows:
            attachment = to_attachment(row)
            blob = row.data
            if blob is None:
                yield attachment, say("file.missing", "its file is missing")
            elif len(blob) != attachment.size:
                yield (
                    attachment,
                    say(
                        "file.size",
                        "its file is {size} bytes, not {expected}",
                        size=len(blob),
                        expected=attachment.size,
                    ),
                )
            elif hashlib.sha256(bytes(blob)).hexdigest() != attachment.sha256:
                yield (
                    attachment,
                    say(
                        "file.replaced", "its file no longer matches its SHA-256 (it was replaced)"
                    ),
                )
        after = rows[-1].id
