"""The seed cases on the command line: files, figures, letters, the staff report, currencies."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from crmnote.storage.engine import database_url, make_engine
from tests.e2e.cli_runner import Cli

EVIDENCE = Path(__file__).parents[1] / "data" / "evidence"


def replace_file_bytes(database: str, attachment_id: int) -> None:
    """Another tool swaps a stored file behind crmnote's back (SQLite or PostgreSQL alike)."""
    engine = make_engine(database_url(database))
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE attachment_data SET data = :data WHERE attachment_id = :id"),
                {"data": b"\x00", "id": attachment_id},
            )
    finally:
        engine.dispose()


def test_two_tables_missing_with_the_signed_delivery_note(
    cli: Cli, tmp_path: Path, database: str
) -> None:
    due = (date.today() - timedelta(days=3)).isoformat()
    made = (date.today() - timedelta(days=10)).isoformat()
    cli.run("add", "customer", "Harbour Café")
    promise = cli.run(
        "add", "promise", "Harbour Café", "--text", "deliver 12 tables", "--category",
        "quantity", "--made-at", made, "--due", due, "--quantity", "12", "--unit", "tables",
    ).stdout.strip()  # fmt: skip
    cli.run("set", "promise", promise, "--status", "kept", "--delivered-quantity", "10",
            "--evidence", "delivery note 88: 10 tables (2 backordered)")  # fmt: skip
    scan = cli.run("attach", "promise", promise, str(EVIDENCE / "delivery-note-88.png"),
                   "--note", "signed by the customer").stdout.strip()  # fmt: skip
    claim = cli.run(
        "add", "claim", "Harbour Café", "--text", "2 tables missing", "--category", "quantity",
        "--promise", promise,
    ).stdout.strip()  # fmt: skip
    shown = json.loads(cli.run("show", "claim", claim, "--json").stdout)
    assert shown["suggested_verdict"]["verdict"] == "substantiated"
    assert "Delivered 10 of 12 tables: 2 short" in " ".join(shown["suggested_verdict"]["reasons"])
    facts = shown["facts"]
    assert facts["delivery"] == {
        "promised": 12.0, "delivered": 10.0, "unit": "tables", "short": 2.0, "share": 0.8333,
    }  # fmt: skip
    assert [f["id"] for f in facts["files"]] == [int(scan)]
    assert facts["change_log"]["entries"] >= 4
    listed = json.loads(cli.run("attachments", "promise", promise, "--json").stdout)
    assert listed[0]["sha256"] == facts["files"][0]["sha256"] and listed[0]["note"]
    assert json.loads(cli.run("attachments", "--customer", "Harbour", "--json").stdout) == listed
    out = cli.run("extract", scan, "-o", str(tmp_path)).stdout.strip()
    assert Path(out).read_bytes() == (EVIDENCE / "delivery-note-88.png").read_bytes()
    again = cli.run("extract", scan, "-o", str(tmp_path), ok=False)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    refused = cli.run("attach", "claim", claim, str(EVIDENCE / "tool.exe"), ok=False)
    assert refused.returncode == 1 and "not accepted" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    cli.run("attach", "claim", claim, str(EVIDENCE / "truncated.jpg"))
    pdf = cli.run("claim-pdf", claim, "-o", str(tmp_path / "dossier.pdf"))
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
    assert pdf.stderr == ""  # a damaged picture is printed as far as it goes, without a word

    replace_file_bytes(database, int(scan))
    bad = cli.run("verify-log", ok=False)
    assert bad.returncode == 1 and f"attachment {scan}" in bad.stdout
    checked = cli.run("check", ok=False)
    assert checked.returncode == 1 and f"attachment {scan}" in checked.stdout


def test_letters_decisions_and_the_staff_report(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Prospect Petersen")
    for days_ago in range(40, 32, -1):  # past the minimum history advice waits for
        at = (date.today() - timedelta(days=days_ago)).isoformat()
        cli.run("log", "Prospect Petersen", "--minutes", "30", "--mood", "-2", "--at", at)
    scores = json.loads(cli.run("scores", "Prospect Petersen", "--json").stdout)
    assert scores["recommendation"]["action"] == "decline"
    assert scores["cost_to_serve"]["cost_without_income"] is True
    assert scores["cost_to_serve"]["hours"] == 4.0
    declined = cli.run(
        "add", "decision", "Prospect Petersen", "--action", "decline",
        "--why", "we cannot offer the response times your work needs",
    )  # fmt: skip
    assert "signed [your business name]" in declined.stderr
    letter = cli.run("letter", declined.stdout.strip()).stdout
    assert letter.startswith("Dear Prospect Petersen,") and "We cannot offer" in letter
    customer = json.loads(cli.run("customers", "--json").stdout)[0]
    assert customer["status"] == "declined"
    saved = tmp_path / "letter.txt"
    cli.run("letter", declined.stdout.strip(), "-o", str(saved))
    assert saved.read_text(encoding="utf-8") == letter

    cli.run("add", "customer", "Ann Smith")
    refused = cli.run("add", "decision", "Ann Smith", "--action", "refer", ok=False)
    assert refused.returncode == 1 and "referral-to" in refused.stderr
    referred = cli.run(
        "add", "decision", "Ann Smith", "--action", "refer", "--referral-to", "Bolt & Co",
        "--set-status", "no",
    ).stdout.strip()  # fmt: skip
    assert "Bolt & Co is better placed" in cli.run("letter", referred).stdout
    assert (
        json.loads(cli.run("customers", "--search", "Ann", "--json").stdout)[0]["status"]
        == "active"
    )
    follow = cli.run(
        "add", "decision", "Ann Smith", "--action", "fix_our_side", "--follow-up",
        "Call her back within a day", "--follow-up-due", (date.today() + timedelta(7)).isoformat(),
    ).stdout.strip()  # fmt: skip
    mine = json.loads(cli.run("followups", "--json").stdout)["our_side"]
    assert [x["id"] for x in mine] == [int(follow)]

    report = json.loads(cli.run("staff-report", "--json").stdout)
    assert report["rule"] == {"min_interactions": 10, "margin": 20.0}
    assert len(report["staff"]) == 1 and report["staff"][0]["interactions"] == 8
    assert "flagged when a staff member handled at least 10" in cli.run("staff-report").stdout


def test_money_in_another_currency_needs_its_rate(cli: Cli) -> None:
    cli.run("add", "customer", "Tokyo Trading")
    refused = cli.run(
        "add", "money", "Tokyo Trading", "--amount", "100000", "--currency", "JPY", ok=False
    )
    assert refused.returncode == 1 and refused.stderr.startswith("crmnote: error: rate:")
    cli.run("add", "money", "Tokyo Trading", "--amount", "100000", "--currency", "JPY",
            "--rate", "0.0062")  # fmt: skip
    assert json.loads(cli.run("cost", "Tokyo Trading", "--json").stdout)["revenue"] == "620.00"


def test_a_request_shows_its_suggested_judgment(cli: Cli) -> None:
    cli.run("add", "customer", "Ann")
    cli.run("add", "standard", "Delivery time", "--category", "speed", "--target-value", "3",
            "--target-unit", "working_days", "--valid-from", "2026-01-01")  # fmt: skip
    request = cli.run("add", "request", "Ann", "--text", "deliver within 2 working days",
                      "--quantity", "2", "--unit", "working days").stdout.strip()  # fmt: skip
    shown = json.loads(cli.run("show", "request", request, "--json").stdout)
    assert shown["suggested_judgment"]["judgment"] == "chargeable_extra"
    assert "suggested judgment: chargeable_extra" in cli.run("show", "request", request).stdout


def test_the_advice_names_a_team_outlier_without_the_staff_report(cli: Cli, tmp_path: Path) -> None:
    """`crmnote scores` renews the team comparison itself (once a day): Dana, alone with
    hostile customers, is named though nobody ran `crmnote staff-report`."""
    cli.run("add", "staff", "Dana")
    cli.run("add", "staff", "Alex")
    cli.run("add", "customer", "Hostile Co")
    cli.run("add", "customer", "Calm Co")
    rows = ["Date,Customer,Staff,Mood,Duration"]
    for days_ago in range(40, 4, -3):  # 12 calls over 36 days: enough history to advise on
        day = (date.today() - timedelta(days=days_ago)).isoformat()
        rows.append(f"{day},Hostile Co,Dana,-2,10")
        rows.append(f"{day},Calm Co,Alex,0,10")
    calls = tmp_path / "calls.csv"
    calls.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli.run("import", str(calls))
    scores = json.loads(cli.run("scores", "Hostile Co", "--json").stdout)
    handler = scores["handler"]
    assert handler is not None and handler["name"] == "Dana" and handler["outlier"] is True
    assert scores["recommendation"]["action"] == "fix_our_side"
    assert any("Dana, who handles them most" in r for r in scores["recommendation"]["reasons"])
    due = (date.today() + timedelta(5)).isoformat()
    follow = cli.run(
        "add", "decision", "Hostile Co", "--action", "fix_our_side", "--follow-up",
        "Pair Dana with Alex on calls", "--follow-up-due", due,
    ).stdout.strip()  # fmt: skip
    listed = cli.run("followups").stdout
    assert f"decision {follow}  Hostile Co: Pair Dana with Alex on calls (due in 5 days)" in listed
