"""The command line end to end, as a user or a script would run it (tests/e2e/cli_runner.py:
in this process; the version and an exit code at the process boundary in a child)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli


@pytest.mark.sqlite_only  # opens no database
def test_version(cli: Cli) -> None:
    cli.process = True  # `python -m crmnote` itself
    assert cli.run("--version").stdout.startswith("crmnote 0.")


def test_the_issue_walkthrough(cli: Cli) -> None:
    # Relative to today: a promise cannot be due before it was made (now).
    due = date.today() + timedelta(days=7)
    kept = due - timedelta(days=1)
    assert cli.run("add", "customer", "Fjord Bikes AS").stdout.strip() == "1"
    promise = cli.run(
        "add",
        "promise",
        "Fjord Bikes AS",
        "--text",
        "deliver 20 helmets",
        "--category",
        "quantity",
        "--due",
        due.isoformat(),
    ).stdout.strip()
    cli.run(
        "set",
        "promise",
        promise,
        "--status",
        "kept",
        "--resolved-at",
        kept.isoformat(),
        "--evidence",
        "delivery note 4411",
    )
    claim = cli.run(
        "add",
        "claim",
        "Fjord Bikes AS",
        "--text",
        "helmets arrived late",
        "--category",
        "speed",
        "--promise",
        promise,
    ).stdout.strip()
    cli.run("set", "claim", claim, "--verdict", "unsubstantiated")
    request = cli.run(
        "add", "request", "Fjord Bikes AS", "--text", "free shipping on small orders"
    ).stdout.strip()
    cli.run("set", "request", request, "--judgment", "chargeable_extra")

    shown = json.loads(cli.run("show", "promise", promise, "--json").stdout)
    assert shown["status"] == "kept" and shown["evidence"] == "delivery note 4411"
    assert shown["resolved_at"] == f"{kept.isoformat()}T00:00:00"
    claims = json.loads(cli.run("list", "claim", "--customer", "Fjord", "--json").stdout)
    assert [(c["verdict"], c["promise_id"]) for c in claims] == [("unsubstantiated", 1)]
    text = cli.run("show", "request", request).stdout
    assert "judgment" in text and "chargeable_extra" in text


def test_log_and_customers_json(cli: Cli) -> None:
    cli.run("add", "customer", "Иван Петров", "--company", "Ромашка", "--emails", "i@p.ru")
    cli.run("add", "staff", "Bo")
    cli.run(
        "log",
        "Иван",
        "--channel",
        "call",
        "--minutes",
        "12",
        "--mood",
        "-1",
        "--note",
        "Asked about the invoice\nwants a copy",
        "--staff",
        "Bo",
        "--at",
        "2026-11-20T10:30",
    )
    rows = json.loads(cli.run("customers", "--json").stdout)
    assert rows[0]["name"] == "Иван Петров" and rows[0]["company"] == "Ромашка"
    assert rows[0]["status"] == "active" and rows[0]["last_contact_at"] == "2026-11-20T10:30:00"
    assert set(rows[0]) >= {"id", "name", "company", "status"}
    (interaction,) = json.loads(cli.run("list", "interaction", "--json").stdout)
    assert interaction["summary"] == "Asked about the invoice"
    assert interaction["minutes"] == 12 and interaction["mood"] == -1
    assert json.loads(cli.run("customers", "--search", "nobody", "--json").stdout) == []


@pytest.mark.sqlite_only  # validation, before any back end: once is enough
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "promise", "Acme", "--text", "x", "--due", "soon"], "due: 'soon' is not a date"),
        (["add", "promise", "Acme", "--colour", "red"], "colour: promise has no such field"),
        (["add", "promise", "Nobody", "--text", "x"], "no customer matches 'Nobody'"),
        (["log", "Acme", "--mood", "-7"], "mood: must be between -2"),
        (["set", "promise", "42", "--status", "kept"], "there is no promise with id 42"),
        (["add", "money", "Acme", "--amount", "-5"], "amount: must be positive"),
        (["add", "promise", "Acme", "--text"], "text: needs a value"),
    ],
)
def test_errors_are_one_line_and_write_nothing(cli: Cli, args: list[str], message: str) -> None:
    cli.run("add", "customer", "Acme")
    before = cli.run("list", "promise", "--json").stdout
    result = cli.run(*args, ok=False)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert result.stdout == ""
    assert cli.run("list", "promise", "--json").stdout == before


@pytest.mark.sqlite_only  # opens no database
def test_add_help_lists_fields(cli: Cli) -> None:
    out = cli.run("add", "--help").stdout
    assert "promise:" in out and "--due" in out and "--resolved-at" in out


@pytest.mark.sqlite_only  # edits the file
def test_newer_database_is_refused_with_its_own_exit_code(cli: Cli) -> None:
    import sqlite3

    cli.run("add", "customer", "Acme")
    con = sqlite3.connect(cli.db)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    cli.process = True  # the exit code a script sees
    result = cli.run("customers", ok=False)
    assert result.returncode == 3
    assert "newer version of crmnote" in result.stderr


def test_scores_json_contract(cli: Cli) -> None:
    cli.run("add", "customer", "Acme")
    cli.run("log", "Acme", "--mood", "-2", "--minutes", "40", "--note", "shouted")
    promise = cli.run("add", "promise", "Acme", "--text", "deliver").stdout.strip()
    cli.run("set", "promise", promise, "--status", "kept")
    cli.run("add", "claim", "Acme", "--text", "late", "--verdict", "unsubstantiated")
    data = json.loads(cli.run("scores", "Acme", "--json").stdout)
    for name in ("difficulty", "trust"):
        score = data[name]
        assert 0 <= score["score"] <= 100
        total = score["prior"] + sum(c["points"] for c in score["contributions"])
        assert total == pytest.approx(score["score"], abs=1e-4)
        for c in score["contributions"]:
            assert set(c) >= {"points", "kind", "id", "at", "reason"}
    assert {c["kind"] for c in data["difficulty"]["contributions"]} >= {"claim_unsubstantiated"}
    assert data["trust"]["score"] > 50
    assert data["recommendation"]["action"] in {
        "keep",
        "fix_our_side",
        "watch",
        "reprice",
        "refer",
        "decline",
        "too_early",
    }
    assert data["recommendation"]["reasons"]
    early = json.loads(cli.run("scores", "Acme", "--as-of", "2000-01-01", "--json").stdout)
    assert early["trust"]["contributions"] == [] and early["trust"]["score"] == 50
    assert "recomputed the scores of 1 customer" in cli.run("scores", "--recompute").stdout


def test_search_json(cli: Cli) -> None:
    cli.run("add", "customer", "Zoë Ångström")
    cli.run("log", "Zoë", "--note", "The helmets arrived late again")
    cli.run("add", "promise", "Zoë", "--text", "replace scratched helmets")
    hits = json.loads(cli.run("search", "helmet*", "--json").stdout)
    assert {h["kind"] for h in hits} == {"interaction", "promise"}
    for h in hits:
        assert set(h) >= {"kind", "id", "customer_id", "customer", "snippet", "matches", "rank"}
        assert h["customer"] == "Zoë Ångström"
    assert json.loads(cli.run("search", '"; DROP TABLE --', "--json").stdout) == []


@pytest.mark.sqlite_only  # SQLite files (pg_dump backups: a later step)
def test_backup_restore_check(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Before")
    made = Path(cli.run("backup").stdout.strip())
    assert made.parent == cli.db.parent / "backups" and made.exists()
    cli.run("add", "customer", "After")
    assert "no problems found" in cli.run("check").stdout
    out = cli.run("restore", str(made)).stdout
    assert "previous database was kept" in out
    names = [c["name"] for c in json.loads(cli.run("customers", "--json").stdout)]
    assert names == ["Before"]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    result = cli.run("restore", str(bad), ok=False)
    assert result.returncode == 4 and "not a sound SQLite database" in result.stderr
