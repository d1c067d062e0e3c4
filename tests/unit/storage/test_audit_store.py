"""Entries appended to the change log in bulk (storage/audit_store.append_many): on SQLite
the driver's executemany, whose ids are read back as the connection's last rowid; the head
and the chain come out as entries appended one at a time leave them. The entries a
transaction appended are its last entries without a read, as a read gives them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from crmnote.bootstrap import open_database
from crmnote.domain.audit import Action
from crmnote.storage import audit_store
from crmnote.storage.audit_rows import ChangeLogRow

KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
AT = datetime(2026, 11, 2, 10, 0)


def entry(n: int) -> dict[str, object]:
    state = {"kind": "interaction", "id": n, "summary": f"Call {n}"}
    return {
        "at": AT,
        "staff_id": None,
        "kind": "interaction",
        "record_id": n,
        "customer_id": None,
        "action": Action.ADD,
        "changes": {"summary": [None, f"Call {n}"]},
        "state": state,
        "refs": {},
    }


@pytest.mark.parametrize("kind", KINDS)
def test_entries_appended_in_bulk_chain_as_one_at_a_time(
    place: Callable[[str], str], kind: str
) -> None:
    opened = open_database(place(kind))
    try:
        with Session(opened.engine) as session:
            first_id, entries, _ = audit_store.head(session)
            last = audit_store.append_many(session, [entry(n) for n in range(1, 6)])
            one = audit_store.append(session, **entry(6))
            ids = list(session.scalars(select(ChangeLogRow.id).where(ChangeLogRow.id > first_id)))
            assert last == ids[4] and one == ids[5] == max(ids)
            assert audit_store.head(session)[:2] == (one, entries + 6)
            chain = list(audit_store.entries(session))
            assert [e.record_id for e in chain[-6:]] == [1, 2, 3, 4, 5, 6]
            assert audit_store.head(session)[2] == chain[-1].hash
            session.rollback()
    finally:
        opened.close()


@pytest.mark.parametrize("kind", KINDS)
def test_entries_appended_are_last_entries_as_read_without_a_read(
    place: Callable[[str], str], kind: str
) -> None:
    opened = open_database(place(kind))
    read: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        read.append(statement)

    try:
        with Session(opened.engine) as session, session.begin():
            audit_store.append_many(session, [entry(n) for n in (1, 2)])
            newer = audit_store.append(session, **entry(2))  # record 2's latest entry now
            event.listen(opened.engine, "before_cursor_execute", count)
            try:
                remembered = audit_store.last_entries(session, "interaction", [1, 2])
            finally:
                event.remove(opened.engine, "before_cursor_execute", count)
            assert not [s for s in read if "change_log" in s]
            assert remembered[2].id == newer and remembered[1].id < newer
        with Session(opened.engine) as session:
            assert audit_store.last_entries(session, "interaction", [1, 2, 3]) == remembered
    finally:
        opened.close()


@pytest.mark.parametrize("kind", KINDS)
def test_entries_rolled_back_are_not_remembered(place: Callable[[str], str], kind: str) -> None:
    opened = open_database(place(kind))
    try:
        with Session(opened.engine) as session:
            audit_store.append_many(session, [entry(n) for n in (7, 8)])
            session.rollback()
            assert audit_store.last_entries(session, "interaction", [7, 8]) == {}
    finally:
        opened.close()
