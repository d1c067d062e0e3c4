"""storage/repository.py: a new record without related rows is one Core INSERT, and the row
is then held by the session as the ORM's flush would leave it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import event, inspect

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.types import Channel, CustomerId
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.repository import Repository
from crmnote.storage.rows import InteractionRow


def test_an_added_record_is_persistent_at_version_one_and_updates_as_any_other(
    opened: OpenDatabase, clock: Callable[[], datetime]
) -> None:
    customer, _ = opened.services.records.add("customer", {"name": "Fjord Bikes"})
    sessions = make_sessionmaker(opened.engine)
    now = clock()
    call = e.Interaction(
        customer_id=CustomerId(customer.id), at=now, channel=Channel.EMAIL, minutes=4,
        summary="asked for the invoice", created_at=now, updated_at=now,
    )  # fmt: skip
    read: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        read.append(statement)

    with sessions() as session, session.begin():
        repo = Repository(session)
        event.listen(opened.engine, "before_cursor_execute", count)
        try:
            added = repo.add(call)
            row = session.get(InteractionRow, added.id)  # the session holds it: not read
        finally:
            event.remove(opened.engine, "before_cursor_execute", count)
        assert [s.split()[0] for s in read if "interactions" in s] == ["INSERT"]
        assert added.id > 0 and added.version == 1 and added.uuid
        assert added == dataclasses.replace(call, id=added.id, uuid=added.uuid, version=1)
        assert row is not None and inspect(row).persistent
        changed = repo.update(dataclasses.replace(added, minutes=9), expected_version=1)
        assert changed.version == 2 and changed.minutes == 9
    with sessions() as session:
        assert Repository(session).get("interaction", added.id) == changed
