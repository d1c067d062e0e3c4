"""Fixtures of the import/export tests: the transfer service and a notebook with every kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.domain import entities as e
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    CustomerStatus,
    DecisionAction,
    FeedbackKind,
    Judgment,
    MoneyKind,
    PromiseStatus,
    Resolution,
    TargetUnit,
    Verdict,
)
from crmnote.services.records import RecordService
from crmnote.services.transfer import TransferService
from crmnote.storage.engine import make_sessionmaker


@pytest.fixture
def transfer(opened: OpenDatabase, clock: Callable[[], datetime]) -> TransferService:
    return TransferService(make_sessionmaker(opened.engine), clock)


@pytest.fixture
def records(opened: OpenDatabase, clock: Callable[[], datetime]) -> RecordService:
    return RecordService(make_sessionmaker(opened.engine), clock)


@pytest.fixture
def filled(records: RecordService) -> dict[str, int]:
    """A small notebook with a record of every kind and references between them; its ids."""
    ids: dict[str, int] = {}

    def add(kind: str, values: dict[str, object], customer: int | None = None) -> int:
        record, _ = records.add(kind, values, customer)
        ids.setdefault(kind, record.id)
        return int(record.id)

    anna = add("staff", {"name": "Anna Berg", "email": "anna@example.com"})
    std = add(
        "standard",
        {
            "name": "Reply within a day",
            "category": Category.SPEED,
            "target_value": 24.0,
            "target_unit": TargetUnit.HOURS,
            "valid_from": date(2026, 1, 1),
        },
    )
    zoe = add(
        "customer",
        {
            "name": "Zoë Ångström",
            "company": "Fjord Bikes AS",
            "emails": (e.ContactPoint(value="zoe@example.se", label="work"),),
            "phones": (e.ContactPoint(value="+46 8 123 45 67", label="mobile"),),
            "address": "Storgatan 1\n111 22 Stockholm",
            "tags": ("vip", "b2b"),
            "status": CustomerStatus.WATCH,
            "notes": "=cmd|' /C calc'!A0 and a line\nsecond line",
            "owner_id": anna,
        },
    )
    other = add("customer", {"name": "Иван Петров", "emails": (e.ContactPoint(value="i@x.ru"),)})
    at = datetime(2026, 10, 1, 9, 30)
    call = add("interaction", {"at": at, "minutes": 12, "mood": -1, "summary": "-5 helmets"}, zoe)
    add("interaction", {"at": at, "summary": "hello"}, other)
    kept = add(
        "promise",
        {
            "text": "deliver 20 helmets",
            "made_at": at,
            "due": date(2026, 10, 10),
            "standard_id": std,
            "interaction_id": call,
            "status": PromiseStatus.KEPT,
            "resolved_at": datetime(2026, 10, 9, 12, 0),
            "evidence": "@tracking 123",
        },
        zoe,
    )
    add("promise", {"text": "call back", "made_at": at, "due": date(2026, 12, 1)}, zoe)
    add(
        "claim",
        {
            "raised_at": datetime(2026, 10, 12, 8, 0),
            "category": ClaimCategory.QUANTITY,
            "text": "only 18 arrived",
            "promise_id": kept,
            "verdict": Verdict.SUBSTANTIATED,
            "resolution": Resolution.CREDIT,
            "resolved_at": datetime(2026, 10, 13, 8, 0),
        },
        zoe,
    )
    add(
        "request",
        {"text": "gift wrap", "judgment": Judgment.WITHIN_STANDARD, "insight": True},
        zoe,
    )
    add("feedback", {"kind": FeedbackKind.PRAISE, "theme": "speed", "text": "fast!"}, zoe)
    add("money", {"at": date(2026, 10, 2), "amount": Decimal("199.90"), "reference": "+INV-1"}, zoe)
    add("money", {"kind": MoneyKind.REFUND, "amount": Decimal("19.99")}, zoe)
    add("effort", {"minutes": 30, "text": "\trework"}, zoe)
    add("decision", {"action": DecisionAction.WATCH, "reason": "many claims"}, zoe)
    ids["zoe"], ids["other"], ids["anna"] = zoe, other, anna
    return ids
