"""Customers an import creates are logged for sync by `capture.capture_created`, which makes
their change-log and shadow rows straight from their states (no Change objects). They must be
the rows the ordinary capture writes at the end of a transaction for the same customers: the
same operation, fields and values, parents, author and device, the same shadow state with the
change as its head, stamps that follow each other, and no marks left behind."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.sync.hlc import Hlc
from crmnote.services import transfer as transfer_module
from crmnote.services.book_services import Services
from crmnote.services.sync import capture
from crmnote.services.transfer_report import ImportItem, RowAction

PEOPLE = [
    e.Customer(
        name="Zoë Ünïcode ☃",
        company='Quotes "and" \\ backslashes',
        emails=(e.ContactPoint(value="zoe@example.com", label="work"),),
        phones=(e.ContactPoint(value="+49 30 1234567"), e.ContactPoint(value="+49 171 5550000")),
        address="Street 1\nBerlin",
        tags=("vip", "lead"),
        notes="line one\nline two",
    ),
    e.Customer(name="Bare Person"),
    e.Customer(
        name="Ann Tagged", emails=(e.ContactPoint(value="ann@example.org"),), tags=("fair",)
    ),
]
_TIMES = ("created_at",)  # the clock ticks between the two imports


def _logged(opened: OpenDatabase, names: list[str]) -> list[dict[str, Any]]:
    """The creates of these customers (not erased) with their shadows, in log order."""
    with Session(opened.engine) as session:
        rows = session.execute(
            text(
                "SELECT s.kind, s.op, s.author, s.device, s.fields, s.parents, s.resolves, "
                "s.source, s.hlc, s.change_uuid, h.state, h.heads, h.kind "
                "FROM sync_changes s JOIN sync_shadow h ON h.record_uuid = s.record_uuid "
                "WHERE s.kind = 'customer' AND s.op = 'create' ORDER BY s.id"
            )
        ).all()
        left = session.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one()
    assert left == 0
    out = []
    for (
        kind,
        op,
        by,
        device,
        fields,
        parents,
        resolves,
        source,
        hlc,
        change,
        state,
        heads,
        k2,
    ) in rows:
        values = json.loads(fields)
        if values["name"][1] not in names or state is None:  # None: erased since
            continue
        shadow = json.loads(state)
        assert values["created_at"][1]
        assert {n: v[1] for n, v in values.items()} == shadow  # the shadow is what was created
        assert all(v[0] is None for v in values.values())
        assert json.loads(heads) == [change] and k2 == kind
        out.append(
            {
                "kind": kind,
                "op": op,
                "author": by,
                "device": device,
                "fields": {n: v for n, v in values.items() if n not in _TIMES},
                "state": {n: v for n, v in shadow.items() if n not in _TIMES},
                "parents": parents,
                "resolves": resolves,
                "source": source,
                "hlc": Hlc.parse(hlc),
            }
        )
    return out


def test_imported_customers_are_logged_as_the_ordinary_capture_logs_them(
    services: Services, opened: OpenDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [p.name for p in PEOPLE]
    items = [ImportItem(n, p) for n, p in enumerate(PEOPLE, 2)]
    # The reference: the import leaves the marks, and the transaction's end captures them.
    with monkeypatch.context() as patched:
        patched.setattr(transfer_module, "capture_inserted", lambda session, kind, rows: 0)
        first = services.transfer.import_customers(items)
    reference = _logged(opened, names)
    for row in first.rows:
        services.transfer.erase_customer(int(row.customer_id or 0))

    again = services.transfer.import_customers(items)

    assert [r.action for r in again.rows] == [RowAction.CREATED] * len(PEOPLE)
    made = _logged(opened, names)
    assert len(reference) == len(PEOPLE)
    # logged in the order the rows came (their ids), each stamp after the one before
    assert [m["fields"]["name"][1] for m in made] == names
    stamps = [m.pop("hlc") for m in made]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stamps[0] > max(r.pop("hlc") for r in reference)
    reference.sort(key=lambda r: names.index(r["fields"]["name"][1]))
    assert made == reference
    assert made[0]["state"]["contacts"] == [
        ["email", "zoe@example.com", "work"],
        ["phone", "+49 30 1234567", ""],
        ["phone", "+49 171 5550000", ""],
    ]
    assert made[0]["state"]["tags"] == ["lead", "vip"]


def test_a_record_the_log_knows_already_goes_the_ordinary_way(
    services: Services, opened: OpenDatabase
) -> None:
    record, _ = services.records.add("customer", {"name": "Known Before"})
    with Session(opened.engine) as session, session.begin():
        session.execute(
            text("UPDATE customers SET company = 'Changed' WHERE id = :i"), {"i": int(record.id)}
        )
        made = capture.capture_created(session, "customer", [int(record.id)])
        left = session.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one()
    assert (made, left) == (1, 0)
    with Session(opened.engine) as session:
        ops = session.execute(
            text(
                "SELECT s.op, s.fields FROM sync_changes s JOIN customers c "
                "ON c.uuid = s.record_uuid WHERE c.id = :i ORDER BY s.id"
            ),
            {"i": int(record.id)},
        ).all()
    assert [op for op, _ in ops] == ["create", "update"]
    assert json.loads(ops[1][1]) == {"company": ["", "Changed"]}
