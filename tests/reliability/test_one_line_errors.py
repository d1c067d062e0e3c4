"""One line, never a traceback (promise 7c of docs/reliability.md): a full disk during a
backup, a migration or a repair; a damaged page under `customers` and `export`; hostile JSON;
values out of every range on the command line. Each answer is one line on stderr with the
exit code docs/cli.md gives it, and nothing is half-written."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from crmnote.cli import main
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.backup import backup_problem, schema_revision
from tests.reliability.conftest import DATA
from tests.reliability.disk_tools import damage_table, make_book, one_line, run_cli


def test_a_full_disk_during_a_migration_leaves_the_old_schema(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "schema-0001.sqlite3", db)
    # Room for the pre-migration backup (a file as large as the book), not for the upgrade.
    done = run_cli("--db", str(db), "customers", limit_bytes=db.stat().st_size + 2048)
    assert done.returncode == 4
    assert "could not be brought up to date" in one_line(done.stderr)
    assert schema_revision(db) == "0001"
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup_problem(backup) is None
    assert run_cli("--db", str(db), "customers").returncode == 0  # with room, it upgrades


def test_a_full_disk_during_check_repair_changes_nothing(tmp_path: Path) -> None:
    db = make_book(tmp_path / "book.sqlite3", customers=120)
    con = sqlite3.connect(db)
    con.execute("UPDATE customers SET open_promises = 99")  # stale list columns to repair
    con.commit()
    con.close()
    done = run_cli("--db", str(db), "check", "--repair", limit_bytes=db.stat().st_size // 2)
    assert done.returncode == 4
    assert "no backup" in one_line(done.stderr)
    con = sqlite3.connect(db)
    try:
        assert {r[0] for r in con.execute("SELECT open_promises FROM customers")} == {99}
    finally:
        con.close()
    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.parametrize("command", [["customers"], ["export", "out.json"], ["search", "note"]])
def test_a_damaged_page_under_a_command_is_one_line_naming_the_backup(
    tmp_path: Path, command: list[str]
) -> None:
    db = make_book(tmp_path / "book.sqlite3", customers=30)
    good = MaintenanceService(db, tmp_path / "backups").backup()
    damage_table(db, "customers")
    words = [str(tmp_path / w) if w.endswith(".json") else w for w in command]
    done = run_cli("--db", str(db), *words)
    if done.returncode == 0:  # search reads the index, not the damaged table
        assert command == ["search", "note"]
        return
    assert done.returncode == 4
    line = one_line(done.stderr)
    assert "damaged" in line and line.endswith(f"the newest good backup is {good}")
    assert not (tmp_path / "out.json").exists()


def export_with(tmp_path: Path, amount: object) -> Path:
    """A crmnote JSON export of one customer with one money record of `amount` (raw JSON)."""
    db = tmp_path / "source.sqlite3"
    opened = open_database(str(db))
    try:
        customer, _ = opened.services.records.add("customer", {"name": "Ann"})
        values = opened.services.records.parse("money", {"kind": "sale", "amount": "12.50"})
        opened.services.records.add("money", values, customer.id)
    finally:
        opened.close()
    out = tmp_path / "export.json"
    assert main(["--db", str(db), "export", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    return _replace_amount(out, text, amount)


def _replace_amount(out: Path, text: str, amount: object) -> Path:
    raw = text.replace('"amount": "12.50"', f'"amount": {amount}')
    assert raw != text
    out.write_text(raw, encoding="utf-8")
    return out


@pytest.mark.parametrize(
    "amount", ['"1e999"', "1e999", "NaN", "Infinity", "-Infinity", '"NaN"', '"-1e-999"', "true"]
)
def test_hostile_json_amounts_write_nothing(
    tmp_path: Path, amount: str, capsys: pytest.CaptureFixture[str]
) -> None:
    file = export_with(tmp_path, amount)
    target = str(tmp_path / "target.sqlite3")
    capsys.readouterr()
    assert main(["--db", target, "import", str(file)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("crmnote: error:") == 1
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM money").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM customers").fetchone() == (0,)
    finally:
        con.close()


def test_deeply_nested_json_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "deep.json"
    file.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert main(["--db", str(tmp_path / "t.sqlite3"), "import", str(file)]) == 1
    assert one_line(capsys.readouterr().err).endswith("is nested too deeply to be a crmnote export")


def test_a_well_formed_export_still_imports(tmp_path: Path) -> None:
    file = export_with(tmp_path, '"7.25"')
    target = str(tmp_path / "target.sqlite3")
    assert main(["--db", target, "import", str(file)]) == 0
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["records"]["money"][0]["amount"] == "7.25"


# The values the issue lists, and their neighbours; (argv after --db, exit code, words).
CLI_VALUES = [
    (["add", "money", "1", "--kind", "sale", "--amount", "1e999"], 1, "amount"),
    (["add", "money", "1", "--kind", "sale", "--amount", "NaN"], 1, "amount"),
    (["add", "money", "1", "--kind", "sale", "--amount", "-Infinity"], 1, "amount"),
    (["show", "customer", "12345678901234567890123"], 2, "argument id"),
    (["set", "customer", "99999999999999999999", "--name", "x"], 2, "argument id"),
    (["list", "customer", "--limit", str(10**23)], 2, "argument --limit"),
    (["search", "x", "--limit", "-1"], 2, "argument --limit"),
    (["cost", "--offset", str(2**63)], 2, "argument --offset"),
    (["followups", "--today", "0001-01-01"], 1, "today"),
    (["followups", "--claims-older-than", "999999999"], 2, "--claims-older-than"),
    (["scores", "1", "--as-of", "9999-12-31T23:59"], 1, "as-of"),
    (["demo", "--interactions", "inf"], 2, "--interactions"),
    (["demo", "--interactions", "nan"], 2, "--interactions"),
    (["demo", "--customers", "10000000000"], 2, "--customers"),
    (["log", "12345678901234567890123", "--note", "x"], 1, "no customer"),
    (["log", "1", "--minutes", "1e999"], 1, "minutes"),
    (["log", "1", "--at", "0001-01-01"], 1, "at"),
    (["add", "promise", "1", "--text", "x", "--due", "9999-12-31"], 1, "due"),
    (["add", "claim", "1", "--text", "x", "--promise", str(10**23)], 1, "promise"),
    (["add", "standard", "S", "--target-value", "inf", "--target-unit", "hours"], 1, "target"),
    (["claim-pdf", str(10**23), "-o", "x.pdf"], 1, "claim"),
    (["insight", "request", str(10**23)], 1, "target"),
    (["history", "promise", str(10**23)], 2, "argument id"),
    (["standards", "--request", "0"], 2, "--request"),
]


@pytest.mark.parametrize(("argv", "code", "words"), CLI_VALUES, ids=lambda v: str(v)[:40])
def test_out_of_range_values_are_refused_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "v.sqlite3")
    assert main(["--db", db, "add", "customer", "Ann"]) == 0
    capsys.readouterr()
    try:
        got = main(["--db", db, *argv])
    except SystemExit as exit_:
        got = int(exit_.code or 0)
    line = one_line(capsys.readouterr().err)
    assert got == code, line
    assert words in line
