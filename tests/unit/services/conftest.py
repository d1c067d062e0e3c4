"""The `laptops` fixture of the sync tests (tests/unit/services/sync_books.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.unit.services.sync_books import Laptops


@pytest.fixture
def laptops(
    tmp_path: Path,
    clock: Callable[[], datetime],
    request: pytest.FixtureRequest,
    migrated_template: Path,
) -> Iterator[Laptops]:
    """Books opened during the test, closed at its end: before the test's databases are
    dropped (set up first, so torn down after), as DROP DATABASE on PostgreSQL waits 5 s for
    the connections still open before it closes them itself. A new laptop's file is a copy
    of the migrated template (no migrations per file)."""
    if "databases" in request.fixturenames:  # only where the test uses them anyway
        request.getfixturevalue("databases")
    made = Laptops(tmp_path, clock, migrated_template)
    yield made
    made.close()
