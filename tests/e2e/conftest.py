"""The `cli` fixture: the command line on the test's database (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli


@pytest.fixture
def cli(tmp_path: Path, database: str) -> Cli:
    return Cli(tmp_path, database)
