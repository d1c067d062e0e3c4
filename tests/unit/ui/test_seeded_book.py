"""The widget tests' seeded book (seeded_book.py): one seeding per test process and day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from crmnote.bootstrap import open_database
from crmnote.services.book_services import Services
from tests.unit.ui import seeded_book
from tests.unit.ui.seeded_book import SeededBooks


def test_a_copy_holds_the_seeded_records_with_dates_relative_to_today(
    seeded: dict[str, Any], services: Services
) -> None:
    assert seeded["promise"].due == date.today() - timedelta(days=2)
    names = sorted(c.name for c in services.records.list("customer"))
    assert names == ["Ann Archer", "Bob Baker", "Cat Cole"]
    (promise,) = services.records.list("promise", seeded["ann"].id)
    assert promise == seeded["promise"]


def test_the_book_is_seeded_once_a_day_and_again_when_the_date_changed(
    tmp_path: Path,
    sqlite_template: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    books = SeededBooks(tmp_path, sqlite_template)
    first = books.get("sqlite", request)
    assert books.get("sqlite", request) is first  # the same day: no second seeding

    tomorrow = date.today() + timedelta(days=1)

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return tomorrow

    monkeypatch.setattr(seeded_book, "date", Tomorrow)
    second = books.get("sqlite", request)
    assert second is not first and second.day == tomorrow
    assert second.records["promise"].due == tomorrow - timedelta(days=2)
    opened = open_database(second.source)
    try:
        dues = [p.due for p in opened.services.records.list("promise", second.records["ann"].id)]
    finally:
        opened.close()
    assert dues == [tomorrow - timedelta(days=2)]
