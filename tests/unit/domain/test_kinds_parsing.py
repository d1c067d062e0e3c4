"""The kind catalogue comes from the entities; text parses into typed values or names the field."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.kinds import KINDS, to_dict
from crmnote.domain.parsing import parse_value
from crmnote.domain.types import Category, CustomerId, PromiseStatus


def test_every_domain_kind_is_catalogued() -> None:
    assert set(KINDS) == {
        "customer",
        "staff",
        "interaction",
        "standard",
        "promise",
        "claim",
        "request",
        "feedback",
        "money",
        "effort",
        "decision",
    }


def test_promise_fields() -> None:
    spec = KINDS["promise"]
    assert spec.customer_bound
    assert [f.name for f in spec.required] == ["text", "made_at"]
    assert spec.field("status").choices == tuple(s.value for s in PromiseStatus)
    assert spec.field("made_by").option == "--made-by"
    assert spec.field("made_by").reference == "staff"
    assert spec.field("resolved_at").option == "--resolved-at"
    assert spec.field("standard_id").option == "--standard"
    assert not KINDS["standard"].customer_bound


@pytest.mark.parametrize(
    ("kind", "field", "text", "expected"),
    [
        ("promise", "due", "2026-12-01", date(2026, 12, 1)),
        ("promise", "due", "", None),
        ("promise", "category", "Quantity", Category.QUANTITY),
        ("promise", "made_at", "2026-11-30T14:05", datetime(2026, 11, 30, 14, 5)),
        ("money", "amount", "12,50", Decimal("12.50")),
        ("interaction", "mood", "-2", -2),
        ("request", "insight", "yes", True),
        ("customer", "tags", "vip, b2b,", ("vip", "b2b")),
        (
            "customer",
            "emails",
            "work:a@b.no, c@d.no",
            (e.ContactPoint(value="a@b.no", label="work"), e.ContactPoint(value="c@d.no")),
        ),
    ],
)
def test_parse_value(kind: str, field: str, text: str, expected: object) -> None:
    assert parse_value(KINDS[kind].field(field), text) == expected


@pytest.mark.parametrize(
    ("kind", "field", "text"),
    [
        ("promise", "due", "tomorrow"),
        ("promise", "status", "done"),
        ("money", "amount", "lots"),
        ("money", "amount", "NaN"),
        ("interaction", "minutes", "1.5"),
        ("request", "insight", "maybe"),
    ],
)
def test_bad_text_names_the_field(kind: str, field: str, text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_value(KINDS[kind].field(field), text)
    assert info.value.field == field


@given(st.text())
def test_parsing_any_text_either_works_or_names_the_field(text: str) -> None:
    for kind in ("promise", "money", "interaction"):
        for spec in KINDS[kind].fields:
            try:
                parse_value(spec, text)
            except ValidationError as exc:
                assert exc.field == spec.name


def test_to_dict_is_json_ready() -> None:
    p = e.Promise(customer_id=CustomerId(3), text="x", made_at=datetime(2026, 1, 2, 3, 4))
    d = to_dict(p)
    assert d["kind"] == "promise"
    assert d["made_at"] == "2026-01-02T03:04:00"
    assert d["status"] == "open"
    assert d["customer_id"] == 3
