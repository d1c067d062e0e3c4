"""The fact commands end to end: dossier in `show claim`, weaker promises, history, verify-log."""

from __future__ import annotations

import json

from crmnote.storage.engine import database_url, make_engine
from tests.e2e.cli_runner import Cli


def tamper(database: str, statement: str) -> None:
    """Another tool's write, behind crmnote's back (SQLite file or PostgreSQL alike)."""
    engine = make_engine(database_url(database))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_claim_dossier_weaker_promise_history_and_verify(cli: Cli) -> None:
    cli.run("add", "customer", "Fjord Bikes AS")
    cli.run(
        "add", "standard", "Delivery time", "--category", "speed", "--target-value", "3",
        "--target-unit", "working_days", "--valid-from", "2026-01-01",
    )  # fmt: skip
    made = cli.run(
        "add", "promise", "Fjord Bikes AS", "--text", "deliver 20 helmets", "--category",
        "speed", "--made-at", "2026-11-02T09:00", "--due", "2026-11-09",
    )  # fmt: skip
    promise = made.stdout.strip()
    assert "warning: promise" in made.stderr and "3 working days" in made.stderr
    cli.run("set", "promise", promise, "--status", "kept", "--resolved-at", "2026-11-10T12:00")
    claim = cli.run(
        "add", "claim", "Fjord Bikes AS", "--text", "late", "--category", "speed",
        "--promise", promise,
    ).stdout.strip()  # fmt: skip
    shown = json.loads(cli.run("show", "claim", claim, "--json").stdout)
    assert shown["suggested_verdict"]["verdict"] == "substantiated"
    assert shown["suggested_verdict"]["reasons"]
    facts = shown["facts"]
    assert facts["promise"]["id"] == int(promise) and facts["standard"]["name"] == "Delivery time"
    assert facts["timing"]["late_days"] == 1 and facts["timing"]["beyond_target"] is True

    history = json.loads(cli.run("history", "promise", promise, "--json").stdout)
    assert [h["action"] for h in history] == ["add", "update"]
    assert cli.run("verify-log").stdout.count("intact") == 1

    tamper(cli.url, f"UPDATE promises SET resolved_at = '2026-11-08 12:00:00' WHERE id = {promise}")
    bad = cli.run("verify-log", ok=False)
    assert bad.returncode == 1 and f"promise {promise} differs" in bad.stdout


def test_reports_print_json(cli: Cli) -> None:
    cli.run("add", "customer", "Ann")
    cli.run("add", "interaction", "Ann", "--minutes", "30")
    cli.run("add", "request", "Ann", "--text", "weekend delivery")
    assert json.loads(cli.run("cost", "--json").stdout)[0]["name"] == "Ann"
    assert json.loads(cli.run("cost", "Ann", "--json").stdout)["interaction_minutes"] == 30
    board = json.loads(cli.run("insights", "--json").stdout)
    assert board[0]["key"] == "request:weekend delivery"
    follow = json.loads(cli.run("followups", "--json").stdout)
    assert len(follow["awaiting_judgment"]) == 1
    assert json.loads(cli.run("standards", "--report", "--json").stdout) == []
