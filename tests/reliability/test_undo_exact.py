"""Undo is exact: any run of create, edit and delete commands through the GUI's undo stack,
undone to the bottom, leaves the database as it started; redone, as it ended.

Compared: every row of every table, except
- `score_history`, rebuilt by rescoring after each change (the scores on the customer rows,
  which the customer list shows, are compared);
- `change_log`/`change_log_head`: the tamper-evident log is append-only by design, so an undo
  is logged as a new entry rather than erasing the entry it reverses; likewise sync's change
  log and the bookkeeping that follows it (`sync_*` but `sync_conflicts`);
- `settings` (not touched by these commands) and the full-text index, derived by triggers from
  the rows that are compared;
- the `updated_at`, `version` and `updated_by` columns: they say when, how often and by whom a
  row was last written, and an undo writes the row (a colleague's open form must see that the
  row changed, so an undo takes a new version rather than putting the old one back);
- the scores stored on the customer row (`difficulty`, `trust`): they are the scores as of the
  last change to that customer and decay with time, so an undo made later stores a different
  number for the very same records; the records they are computed from are compared exactly.
  (The other summary columns, last contact, open promises and next due date, are compared.)
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtGui import QUndoStack

from crmnote.bootstrap import open_database
from crmnote.domain.errors import CrmError, NotFoundError
from crmnote.domain.types import ClaimCategory, CustomerStatus, PromiseStatus, Verdict
from crmnote.services.book_services import Services
from crmnote.storage.engine import database_url, make_engine
from crmnote.storage.sqlite_files import sqlite_uri
from crmnote.ui.bus import Bus
from crmnote.ui.editing import Editing
from tests.conftest import TickingClock
from tests.reliability.conftest import columns, order_by, tables

SKIP_TABLES = {"score_history", "change_log", "change_log_head", "settings", "search_index"}
# Sync's bookkeeping (docs/sync.md): its change log is append-only like `change_log` (an undo
# is a change of its own, to be synced), the shadows and marks follow that log, and the clock
# only moves forward.
SKIP_TABLES |= {"sync_changes", "sync_shadow", "sync_dirty", "sync_state", "sync_peers"}
SKIP_COLUMNS = {"updated_at", "version", "updated_by", "difficulty", "trust"}
CHILD_KINDS = ("interaction", "promise", "claim", "request", "feedback", "money", "effort")
words = st.text(alphabet="abcæøå Zoë🙂\n", min_size=1, max_size=12).filter(lambda t: t.strip())
# Names, companies and tags are one line (domain/rules.py refuses line breaks in them).
line_words = words.map(lambda t: t.replace("\n", " ")).filter(lambda t: t.strip())


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        out = {}
        for table in tables(con):
            if table in SKIP_TABLES or table == "alembic_version":
                continue
            keep = ", ".join(f'"{c}"' for c in columns(con, table) if c not in SKIP_COLUMNS)
            sql = f'SELECT {keep} FROM "{table}" ORDER BY {order_by(con, table)}'
            out[table] = [tuple(r) for r in con.execute(sql)]
        return out
    finally:
        con.close()


def first_difference(a: dict[str, list[Any]], b: dict[str, list[Any]]) -> str:
    for table in sorted(set(a) | set(b)):
        if a.get(table) != b.get(table):
            left, right = set(a.get(table, [])), set(b.get(table, []))
            return f"{table}: only before {sorted(left - right)[:3]}, only after {sorted(right - left)[:3]}"  # noqa: E501
    return ""


def values_for(kind: str, text: str, when: datetime) -> dict[str, Any]:
    return {
        "interaction": {"notes": text, "minutes": 5, "at": when},
        "promise": {"text": text, "made_at": when, "due": when.date() + timedelta(days=3)},
        "claim": {"text": text, "raised_at": when, "category": ClaimCategory.SPEED},
        "request": {"text": text, "raised_at": when},
        "feedback": {"text": text, "at": when},
        "money": {"amount": Decimal("12.50"), "at": when.date()},
        "effort": {"minutes": 20, "text": text, "at": when},
    }[kind]


class UndoMachine(RuleBasedStateMachine):
    template: Path
    folder: Path
    counter = itertools.count()

    customers = Bundle("customers")
    records = Bundle("records")

    def __init__(self) -> None:
        super().__init__()
        self.path = self.folder / f"undo-{next(self.counter)}.sqlite3"
        shutil.copyfile(self.template, self.path)
        self.engine = make_engine(database_url(self.path))
        self.clock = TickingClock(datetime(2026, 11, 2, 9, 0))
        self.services = Services.over(self.engine, self.clock)
        self.stack = QUndoStack()
        self.editing = Editing(self.services, Bus(), self.stack, None)
        self.errors: list[str] = []
        self.editing.failed.connect(self.errors.append)
        self.start = dump(self.path)

    @initialize(target=customers)
    def seeded_customers(self) -> Any:
        return multiple(*(c.id for c in self.services.records.list("customer")))

    @initialize(target=records)
    def seeded_records(self) -> Any:
        found = []
        for customer in self.services.records.list("customer"):
            for kind in CHILD_KINDS:
                found += [(kind, r.id) for r in self.services.records.list(kind, customer.id)]
        return multiple(*found)

    def act(self, action: Any) -> Any:
        """Run a first action as a form would: refused with a CrmError, it writes nothing and
        puts nothing on the stack."""
        before, count = dump(self.path), self.stack.count()
        try:
            return action()
        except CrmError:
            assert dump(self.path) == before and self.stack.count() == count
            return None

    def exists(self, kind: str, record_id: int) -> Any:
        try:
            return self.services.records.get(kind, record_id)
        except NotFoundError:
            return None

    # -- create -------------------------------------------------------------------------

    @rule(target=customers, name=line_words, company=line_words)
    def add_customer(self, name: str, company: str) -> int:
        made = self.editing.add("customer", {"name": name, "company": company}, None)
        return int(made.id)

    @rule(target=records, customer=customers, kind=st.sampled_from(CHILD_KINDS), text=words)
    def add_record(self, customer: int, kind: str, text: str) -> tuple[str, int]:
        if self.exists("customer", customer) is None:
            return ("customer", customer)  # deleted or undone meanwhile: nothing to add to
        made = self.editing.add(kind, values_for(kind, text, self.clock()), customer)
        return (kind, int(made.id))

    # -- edit ---------------------------------------------------------------------------

    @rule(
        customer=customers,
        field=st.sampled_from(["name", "company", "notes", "status", "tags"]),
        text=words,
    )
    def edit_customer(self, customer: int, field: str, text: str) -> None:
        old = self.exists("customer", customer)
        if old is None:
            return
        if field != "notes":
            text = text.replace("\n", " ")
        value: Any = {"status": CustomerStatus.WATCH, "tags": (text.strip(),)}.get(field, text)
        self.editing.update("customer", old, {field: value})

    @rule(record=records, text=words)
    def edit_text(self, record: tuple[str, int], text: str) -> None:
        kind, record_id = record
        old = self.exists(kind, record_id)
        if old is None or kind == "customer":
            return
        field = {"interaction": "notes", "money": "reference"}.get(kind, "text")
        self.editing.update(kind, old, {field: text})

    @rule(record=records, status=st.sampled_from([PromiseStatus.KEPT, PromiseStatus.BROKEN]))
    def close_promise(self, record: tuple[str, int], status: PromiseStatus) -> None:
        old = self.exists(*record)
        if record[0] != "promise" or old is None or old.status is not PromiseStatus.OPEN:
            return
        self.editing.update("promise", old, {"status": status, "evidence": "noted"})

    @rule(record=records, days=st.integers(1, 30))
    def renegotiate_promise(self, record: tuple[str, int], days: int) -> None:
        old = self.exists(*record)
        if record[0] != "promise" or old is None or old.status is not PromiseStatus.OPEN:
            return
        due = self.clock.current.date() + timedelta(days=days)
        self.act(
            lambda: self.editing.update(
                "promise", old, {"status": PromiseStatus.RENEGOTIATED, "due": due}
            )
        )

    @rule(record=records)
    def judge_claim(self, record: tuple[str, int]) -> None:
        old = self.exists(*record)
        if record[0] != "claim" or old is None:
            return
        values = {"verdict": Verdict.SUBSTANTIATED, "verdict_note": "checked"}
        self.editing.update("claim", old, values)

    # -- delete -------------------------------------------------------------------------

    @rule(record=records)
    def delete_record(self, record: tuple[str, int]) -> None:
        if self.exists(*record) is not None:
            self.editing.delete(*record, confirm=False)

    @rule(customer=customers)
    def delete_customer(self, customer: int) -> None:
        if self.exists("customer", customer) is not None:
            self.editing.delete("customer", customer, confirm=False)

    # -- the stack itself ---------------------------------------------------------------

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo_one(self) -> None:
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo_one(self) -> None:
        self.stack.redo()

    def teardown(self) -> None:
        try:
            assert self.errors == [], self.errors
            end, index = dump(self.path), self.stack.index()
            self.stack.setIndex(0)
            assert self.errors == [], self.errors
            undone = dump(self.path)
            assert undone == self.start, "undo all: " + first_difference(self.start, undone)
            self.stack.setIndex(index)
            assert self.errors == [], self.errors
            redone = dump(self.path)
            assert redone == end, "redo all: " + first_difference(end, redone)
        finally:
            self.stack.deleteLater()
            self.engine.dispose()


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A migrated database with two customers who already have records of every kind."""
    path = tmp_path / "template.sqlite3"
    opened = open_database(str(path))
    services = Services.over(opened.engine, TickingClock(datetime(2026, 10, 1, 9, 0)))
    try:
        for name in ("Åse Nilsen", "Zoë Ångström"):
            customer, _ = services.records.add("customer", {"name": name, "tags": ("seed",)})
            when = datetime(2026, 10, 1, 10, 0)
            promise = None
            for kind in CHILD_KINDS:
                values = values_for(kind, f"{kind} of {name}", when)
                if kind == "claim" and promise is not None:
                    values["promise_id"] = promise.id
                made, _ = services.records.add(kind, values, customer.id)
                promise = made if kind == "promise" else promise
    finally:
        opened.close()
    return path


@pytest.mark.slow
def test_undo_all_restores_the_start_and_redo_all_the_end(
    qapp: Any, template: Path, tmp_path: Path
) -> None:
    UndoMachine.template = template
    UndoMachine.folder = tmp_path
    run_state_machine_as_test(
        UndoMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=20,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
