"""Capture of many dirty marks at once (in runs of one kind) gives exactly what looking at the
marks one by one gave: the same changes (ops, fields, stamps and their order, authors), the
same shadows, the same marks held back, the same uuids given to rows that had none.

The book: a demo book, its records logged, a file attached; then, written around crmnote
(plain SQL, as a copy to a server or an import does): records whose shadows are gone
(creates), shadows saying deleted (restores), edits of rows and of contacts (updates), deleted
rows (deletes), a row without a uuid, a row deleted and put back under a new id with its uuid,
and logged records changed or deleted behind the log's back (held back); finally every record
marked, as `crmnote copy` to PostgreSQL does. The one-by-one capture below is the reference
(the per-record path capture had before)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain.sync.change import Change, FieldChange, Op, diff_fields
from crmnote.domain.sync.merge import merge
from crmnote.services.audit_verify import differs_from_log
from crmnote.services.sync import capture as capture_module
from crmnote.services.sync import identity, parents
from crmnote.services.sync.capture import CLOCK_KEY, author, capture, held_back
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.base import Base
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.sync_rows import SYNCED_TABLES

EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"
NOW_MS = 1_793_000_000_000  # 2026-10-26
# The demo's records are dated back from this day, not from the clock: the book is the same on
# any day the tests run.
DEMO_DAY = date(2026, 10, 20)


def one_by_one(session: Session) -> list[Change]:
    """The reference: every mark read, checked, compared and written on its own."""
    marks = store.dirty(session)
    order = capture_module._ORDER
    marks.sort(key=lambda d: (order.get(d.kind, 99), d.at_ms, d.record_id))
    clock = identity.Stamper(session)
    now_ms = capture_module.clock_ms(session)
    ids = records.Ids(session)
    by = author(session, ids)
    made: list[Change] = []
    looked: list[store.Dirty] = []
    for mark in marks:
        if differs_from_log(session, mark.kind, mark.record_id) is not None:
            continue
        looked.append(mark)
        change = _one(session, mark, clock, by, now_ms, ids)
        if change is not None:
            made.append(change)
    store.append(session, made, None)
    clock.save()
    store.clear_dirty(session, looked)
    for customer in sorted(capture_module._customers_left(made)):
        parents.settle(session, customer)
    for record_uuid in store.with_conflicts(session, [c.record_uuid for c in made]):
        store.put_conflicts(
            session, record_uuid, merge(store.of_record(session, record_uuid)).conflicts
        )
    return made


def _one(
    session: Session,
    mark: store.Dirty,
    clock: identity.Stamper,
    by: str | None,
    now_ms: int,
    ids: records.Ids,
) -> Change | None:
    found = records.read_state(session, mark.kind, mark.record_id, ids)
    record_uuid = found[0] if found else mark.record_uuid
    if record_uuid is None:
        return None
    state = found[1] if found else None
    before = store.shadow(session, record_uuid)
    old = before.state if before else None
    if state is None and before is not None and old is None:
        return None
    if state is not None and old == state:
        return None
    if state is None:
        op, fields = Op.DELETE, {k: FieldChange(v, None) for k, v in (old or {}).items()}
    elif before is None:
        op, fields = Op.CREATE, diff_fields(None, state)
    elif old is None:
        op, fields = Op.RESTORE, diff_fields(None, state)
    else:
        op, fields = Op.UPDATE, diff_fields(old, state)
    if mark.kind == "attachment" and op in (Op.CREATE, Op.RESTORE) and found:
        fields[records.BYTES] = FieldChange(None, records.attachment_bytes(session, mark.record_id))
    change = Change(
        change_uuid=capture_module.new_uuid(),
        record_uuid=record_uuid,
        kind=mark.kind,
        op=op,
        hlc=clock.stamp(now_ms),
        device=clock.device,
        author=by,
        fields=fields,
        parents=before.heads if before else frozenset(),
    )
    store.put_shadow(session, record_uuid, mark.kind, state, {change.change_uuid})
    return change


@pytest.fixture
def book(database: str) -> Iterator[OpenDatabase]:
    opened = open_database(database)
    opened.demo().generate(customers=14, seed=5, today=DEMO_DAY)
    opened.services.audit.baseline()  # the demo's records logged: tampering can be seen
    opened.services.attachments.attach_file("interaction", 2, EVIDENCE / "signed.pdf")
    yield opened
    opened.close()


@pytest.fixture
def counted_uuids(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """New uuids (changes, rows given one) counted from the start again at each call."""
    numbers: Iterator[int] = iter(())

    def restart() -> None:
        nonlocal numbers
        numbers = itertools.count(1)

    def new() -> str:
        return f"00000000-0000-4000-8000-{next(numbers):012d}"

    monkeypatch.setattr(capture_module, "new_uuid", new)
    monkeypatch.setattr(records, "new_uuid", new)
    restart()
    return restart


def _first(session: Session, table: str, n: int = 1) -> list[int]:
    found = session.execute(text(f"SELECT id FROM {table} ORDER BY id LIMIT {n}"))
    return [int(i) for i in found.scalars()]


def write_around(session: Session) -> tuple[int, int]:
    """Everything capture must tell apart, written in plain SQL; then every record marked.
    Returns the interaction changed and the claim deleted behind the log's back."""
    run = session.execute
    run(text("DELETE FROM sync_shadow WHERE kind IN ('promise', 'money')"))  # creates
    run(text("UPDATE sync_shadow SET state = NULL WHERE kind = 'effort'"))  # restores
    run(text("UPDATE customers SET name = name || ' & Co' WHERE id <= 3"))  # updates
    run(text("UPDATE customer_contacts SET value = value || '9' WHERE customer_id = 4"))
    run(text("DELETE FROM customer_tags WHERE customer_id = 5"))
    for i in _first(session, "requests", 2):  # deletes
        run(text("DELETE FROM requests WHERE id = :i"), {"i": i})
    run(
        text("UPDATE decisions SET uuid = NULL WHERE id = :i"),
        {"i": _first(session, "decisions")[0]},
    )
    feedback = Base.metadata.tables["feedback"]  # gone and back under a new id, same uuid
    row = dict(
        session.execute(select(feedback).where(feedback.c.id == _first(session, "feedback")[0]))
        .mappings()
        .one()
    )
    run(text("DELETE FROM feedback WHERE id = :i"), {"i": row["id"]})
    run(insert(feedback).values({**row, "id": row["id"] + 10_000}))
    altered, gone = _first(session, "interactions", 2)[0], _first(session, "claims")[0]
    run(
        text("UPDATE interactions SET summary = 'edited behind the log' WHERE id = :i"),
        {"i": altered},
    )
    run(text("DELETE FROM claims WHERE id = :i"), {"i": gone})  # held back: tampering
    for kind, table in SYNCED_TABLES.items():
        run(
            text(
                f"INSERT INTO sync_dirty (kind, record_id, record_uuid, mark, at_ms) "
                f"SELECT '{kind}', id, uuid, 1, 0 FROM {table} WHERE true ON CONFLICT DO NOTHING"
            )
        )
    return altered, gone


def outcome(session: Session, work: Callable[[Session], list[Change]]) -> dict[str, Any]:
    """What a capture returned and left in the book."""
    session.info[CLOCK_KEY] = lambda: NOW_MS
    made = work(session)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in session.execute(text(sql))]

    found: dict[str, Any] = {
        "made": made,
        # in log order (ids: PostgreSQL's sequence does not roll back)
        "log": [r[1:] for r in rows("SELECT * FROM sync_changes ORDER BY id")],
        "shadows": rows("SELECT * FROM sync_shadow ORDER BY record_uuid"),
        # (when a trigger marked a row again: the computer's time, left out)
        "dirty": rows("SELECT kind, record_id, record_uuid, mark FROM sync_dirty ORDER BY 1, 2"),
        "state": rows("SELECT * FROM sync_state ORDER BY key"),
        "conflicts": rows("SELECT * FROM sync_conflicts ORDER BY record_uuid, id"),
    }
    for table in SYNCED_TABLES.values():
        found[table] = rows(f"SELECT id, uuid FROM {table} ORDER BY id")
    return found


def test_capture_of_many_marks_is_capture_of_each(
    book: OpenDatabase, counted_uuids: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(capture_module, "CHUNK", 7)  # many runs, and runs cut mid-kind
    sessions = make_sessionmaker(book.engine)
    with sessions() as session, session.begin():
        altered, gone = write_around(session)
    with sessions() as session:
        reasons = [differs_from_log(session, m.kind, m.record_id) for m in store.dirty(session)]
        assert held_back(session) == [r for r in reasons if r is not None]
        expected = outcome(session, one_by_one)
        session.rollback()
    counted_uuids()
    with sessions() as session, session.begin():
        got = outcome(session, capture)
    assert got == expected
    made: list[Change] = got["made"]
    assert {c.op for c in made} == {Op.CREATE, Op.UPDATE, Op.DELETE, Op.RESTORE}
    assert {c.kind for c in made if c.op is Op.CREATE} >= {"promise", "money", "decision"}
    assert sorted(c.kind for c in made if c.op is Op.DELETE) == ["feedback", "request", "request"]
    feedback = [c.op for c in made if c.kind == "feedback" and c.op is not Op.UPDATE]
    assert feedback[:2] == [Op.DELETE, Op.RESTORE]  # one uuid, two marks, one after the other
    held = [(k, i) for k, i, _, mark in got["dirty"] if mark == 1]
    assert held == [("claim", gone), ("interaction", altered)]
    assert len(made) > 10 * 7  # a big capture: more than ten runs of seven had work
