"""`crmnote log "New Name" --create`: a first call to a new prospect (issue 17, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path, str(tmp_path / "cli.sqlite3"))


def test_log_creates_a_new_customer_only_when_asked(cli: Cli) -> None:
    refused = cli.run("log", "Nordlicht Optik", "--note", "cold call", ok=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    made = cli.run("log", "Nordlicht Optik", "--create", "--note", "cold call", "--minutes", "5")
    assert "created customer" in made.stderr and "Nordlicht Optik" in made.stderr
    first = int(made.stdout.strip())
    again = cli.run("log", "Nordlicht Optik", "--create", "--note", "second call")
    assert again.stderr == "" and int(again.stdout.strip()) != first  # found, not duplicated
    listed = json.loads(cli.run("customers", "--json").stdout)
    assert [c["name"] for c in listed] == ["Nordlicht Optik"]
    assert listed[0]["difficulty"] is not None  # scored like any customer
    shown = cli.run("show", "interaction", str(first)).stdout
    assert "cold call" in shown
