"""Two processes edit the same promise at once: one wins, the other is told who changed it and
exits 7; nothing is silently lost. Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.cli_runner import Cli


def _start(cli: Cli, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crmnote", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli.env,
    )


def test_two_processes_editing_one_promise_one_wins_and_the_other_is_told(cli: Cli) -> None:
    cli.run("add", "staff", "Anna")
    cli.run("add", "customer", "Fjord Bikes")
    promise = cli.run("add", "promise", "Fjord Bikes", "--text", "20 helmets").stdout.strip()
    shown = json.loads(cli.run("show", "promise", promise, "--json").stdout)
    assert shown["version"] == 1
    runs = {
        text: _start(cli, "set", "promise", promise, "--evidence", text, "--expect-version", "1")
        for text in ("tracking 1Z999", "delivered by hand")
    }
    outcomes = {}
    for text, run in runs.items():
        _out, err = run.communicate(timeout=120)
        outcomes[text] = (run.returncode, err)
    codes = sorted(code for code, _ in outcomes.values())
    assert codes == [0, 7], outcomes
    (winner,) = [text for text, (code, _) in outcomes.items() if code == 0]
    (loser_err,) = [err for code, err in outcomes.values() if code == 7]
    assert "crmnote: error: this promise was changed by" in loser_err
    assert "while you were editing; your change was not saved" in loser_err
    final = json.loads(cli.run("show", "promise", promise, "--json").stdout)
    assert (final["evidence"], final["version"]) == (winner, 2)
    history = json.loads(cli.run("history", "promise", promise, "--json").stdout)
    assert [h["action"] for h in history] == ["add", "update"]


def test_set_without_a_version_changes_what_is_stored_and_a_wrong_one_exits_7(cli: Cli) -> None:
    cli.run("add", "customer", "Fjord Bikes")
    promise = cli.run("add", "promise", "Fjord Bikes", "--text", "20 helmets").stdout.strip()
    cli.run("set", "promise", promise, "--evidence", "first")
    refused = cli.run(
        "set", "promise", promise, "--evidence", "late", "--expect-version", "1", ok=False
    )
    assert refused.returncode == 7 and refused.stderr.count("\n") == 1
    assert json.loads(cli.run("show", "promise", promise, "--json").stdout)["evidence"] == "first"
