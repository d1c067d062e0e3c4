"""`crmnote check` and `check --repair` end to end, on a database broken with plain SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli

# check --repair of a SQLite file, broken behind its back (on PostgreSQL: a later step).
pytestmark = pytest.mark.sqlite_only


def _fill(cli: Cli) -> None:
    cli.run("add", "customer", "Fjord Bikes AS", "--tags", "vip")
    cli.run("add", "customer", "Gone Ltd", "--emails", "gone@example.com")
    cli.run("log", "Fjord", "--minutes", "10", "--mood", "1", "--note", "asked for a quote")
    cli.run("log", "Gone", "--minutes", "5", "--note", "last call")
    promise = cli.run(
        "add", "promise", "Fjord", "--text", "send the quote", "--category", "speed"
    ).stdout.strip()
    cli.run("set", "promise", promise, "--status", "kept")


def _break(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM customers WHERE name = 'Gone Ltd'")
    con.execute("UPDATE promises SET resolved_at = NULL")
    con.execute("UPDATE interactions SET mood = 7 WHERE notes = 'asked for a quote'")
    con.execute("DROP TRIGGER search_promises_update")
    con.execute("UPDATE customers SET open_promises = 3")
    # The customer filter's text, behind its trigram index's back (no trigger on UPDATE).
    con.execute("UPDATE customer_text SET text = 'tampered' WHERE text LIKE 'Fjord%'")
    con.commit()
    con.close()


def test_check_finds_repair_mends_and_a_second_check_is_clean(cli: Cli) -> None:
    _fill(cli)
    assert cli.run("check").stdout.rstrip().endswith("no problems found")
    _break(cli.db)

    found = cli.run("check", ok=False)
    assert found.returncode == 1, found.stderr
    out = found.stdout
    assert "interactions: 1 row whose customer_id names a missing row in customers" in out
    assert "contact details: 1 row whose customer_id names" in out
    assert "promises: 1 closed promise without a resolution time" in out
    assert "interactions: 1 interaction with a mood outside" in out
    assert "search index: 1 trigger" in out
    assert "customers: 1 customer whose list columns" in out
    assert "customer texts: 1 customer text missing, different" in out
    assert "customer filter index: 1 index that does not match the customer texts" in out
    assert "the file itself is damaged" not in out
    assert "change log: promise 1 differs from its last logged version" in out
    assert "crmnote check --repair" in out

    repaired = cli.run("check", "--repair")
    out = repaired.stdout
    backup = next(line for line in out.splitlines() if line.startswith("backed up to "))
    assert Path(backup.removeprefix("backed up to ")).is_file()
    assert (
        "repaired: interactions: 1 row whose customer_id names a missing row in customers;"
        " deleted" in out
    )
    assert "repaired: promises: 1 closed promise without a resolution time; stamped" in out
    assert "repaired: customer texts: 1 customer text" in out
    assert out.rstrip().endswith("no problems found")
    assert "Fjord Bikes AS" in cli.run("customers", "--search", "bikes").stdout

    again = cli.run("check")
    assert again.stdout.strip() == f"{cli.db}: no problems found"
    assert cli.run("check", "--repair").stdout.splitlines()[0] == "nothing to repair"


def test_a_damaged_file_is_not_repaired_but_pointed_to_a_backup(cli: Cli) -> None:
    cli.run("add", "customer", "Fjord Bikes AS", "--notes", "x" * 50_000)
    good = Path(cli.run("backup").stdout.strip())
    data = bytearray(cli.db.read_bytes())
    assert len(data) > 4096 * 8
    data[4096 * 3 : 4096 * 6] = b"\xa5" * (4096 * 3)
    cli.db.write_bytes(bytes(data))
    result = cli.run("check", "--repair", ok=False)
    assert result.returncode == 1
    assert "the file itself is damaged" in result.stdout
    assert f"the newest good backup is {good}" in result.stdout
    assert "backed up to" not in result.stdout
