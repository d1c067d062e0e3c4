"""Fixtures for widget tests: a migrated temporary database and settings kept out of $HOME."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crmnote.bootstrap import open_database
from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.ui.background import Background


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def services(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, sqlite_template: Path
) -> Iterator[Services]:
    """The book the widgets show: `t.sqlite3`, or a PostgreSQL database (the `postgresql`
    runs of every widget test, tests/conftest.py). Workers the widgets started (a customer's
    scores, a check) finish before the connections close and the database is dropped."""
    where = (
        str(tmp_path / "t.sqlite3") if backend == "sqlite" else request.getfixturevalue("database")
    )
    if backend == "sqlite":
        shutil.copyfile(sqlite_template, where)
    opened = open_database(where)
    yield opened.services
    assert Background.finish_all(), "a worker thread was still running after the test"
    opened.close()


def add(services: Services, kind: str, customer_id: int | None = None, **values: Any) -> Any:
    record, _ = services.records.add(kind, values, customer_id)
    return record


@pytest.fixture
def add_record() -> Any:
    """`add_record(services, kind, customer_id, **values)` → the saved record."""
    return add


@pytest.fixture
def seeded(services: Services) -> dict[str, Any]:
    """Three customers; Ann has an interaction, an overdue promise, a claim and a request."""
    ann = add(services, "customer", name="Ann Archer", company="Acme", tags=("vip",))
    bob = add(services, "customer", name="Bob Baker", company="Bakery")
    cat = add(
        services, "customer", name="Cat Cole", company="Coleworks", status=CustomerStatus.WATCH
    )
    long_ago = datetime.now().replace(microsecond=0) - timedelta(days=10)
    talk = add(
        services, "interaction", ann.id, at=long_ago, minutes=12, summary="Called about order"
    )
    promise = add(
        services,
        "promise",
        ann.id,
        text="Deliver the order",
        made_at=long_ago,
        due=date.today() - timedelta(days=2),
    )
    claim = add(services, "claim", ann.id, text="Box arrived damaged", promise_id=promise.id)
    request = add(services, "request", ann.id, text="Gift wrapping for free")
    money = add(services, "money", ann.id, amount=Decimal("120.00"))
    return {
        "ann": ann,
        "bob": bob,
        "cat": cat,
        "interaction": talk,
        "promise": promise,
        "claim": claim,
        "request": request,
        "money": money,
    }
