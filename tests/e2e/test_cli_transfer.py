"""The data commands end to end: import, export, export-customer, erase."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.cli_runner import Cli


@pytest.fixture
def cli(tmp_path: Path, databases: Callable[[], str]) -> Cli:
    return Cli(tmp_path, databases())


@pytest.fixture
def other(tmp_path: Path, databases: Callable[[], str]) -> Cli:
    """A second database on the same back end."""
    return Cli(tmp_path, databases())


def test_csv_import_dry_run_then_all_or_nothing(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Name;E-mail;Phone;Tags\nÅse Berg;ase@x.example;+47 22 33 44 55;vip\nBad;nope;;\n",
        encoding="utf-8-sig",
    )
    dry = cli.run("import", path, "--dry-run", code=1)
    assert "row 2: created Åse Berg" in dry.stdout
    assert "row 3: rejected (Bad): emails:" in dry.stdout
    assert "nothing would be written" in dry.stderr
    cli.run("import", path, code=1)
    assert json.loads(cli.run("customers", "--json").stdout) == []
    cli.run("import", path, "--skip-invalid")
    customers = json.loads(cli.run("customers", "--json").stdout)
    assert [c["name"] for c in customers] == ["Åse Berg"]
    again = cli.run("import", path, "--skip-invalid", "--duplicates", "merge")
    assert "row 2: matched Åse Berg (customer 1)" in again.stdout


def test_json_export_import_round_trip(cli: Cli, other: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Fjord Bikes AS", "--emails", "work:post@fjord.example")
    cli.run("add", "promise", "Fjord Bikes AS", "--text", "deliver", "--due", "2030-01-01")
    first = tmp_path / "all.json"
    cli.run("export", first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    other.run("import", first)
    second = tmp_path / "again.json"
    other.run("export", second)
    assert second.read_text() == first.read_text()


def test_vcf_csv_zip_and_directory_exports(cli: Cli, other: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Ann Lee", "--phones", "mobile:+1 555 0100", "--notes", "=2+3")
    cli.run("export", tmp_path / "all.vcf")
    assert "FN:Ann Lee" in (tmp_path / "all.vcf").read_text()
    cli.run("export", tmp_path / "all.csv")
    assert "'=2+3" in (tmp_path / "all.csv").read_text("utf-8-sig")
    cli.run("export", tmp_path / "all.zip")
    cli.run("export", tmp_path / "tables")
    assert (tmp_path / "tables" / "customer.csv").exists()
    other.run("import", tmp_path / "all.vcf")
    assert json.loads(other.run("customers", "--json").stdout)[0]["name"] == "Ann Lee"


def test_export_customer_and_erase_customer(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Ann Lee")
    cli.run("add", "customer", "Bob Moe")
    cli.run("log", "Ann Lee", "--note", "called about the invoice")
    out = tmp_path / "ann.json"
    cli.run("export-customer", "Ann Lee", "-o", out)
    doc = json.loads(out.read_text())
    assert doc["scope"] == "customer" and len(doc["records"]["interaction"]) == 1
    refused = cli.run("erase-customer", "Ann Lee", code=1)
    assert "--yes" in refused.stderr
    cli.run("erase-customer", "Ann Lee", "--yes")
    names = [c["name"] for c in json.loads(cli.run("customers", "--json").stdout)]
    assert names == ["Bob Moe"]
    assert cli.run("list", "interaction").stdout == ""


def test_unknown_format_is_one_clear_error(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("x")
    result = cli.run("import", bad, code=1)
    assert result.stderr.startswith("crmnote: error: file:")


def test_csv_interaction_import_end_to_end(cli: Cli, tmp_path: Path) -> None:
    cli.run("add", "customer", "Ann Lee", "--emails", "ann@lee.example")
    cli.run("add", "customer", "Bob Moe", "--phones", "+47 22 33 44 55")
    cli.run("add", "staff", "Eva Holm")
    cli.run("settings", "phone_region", "no")  # the rows' numbers are Norwegian
    quiet = json.loads(cli.run("customers", "--json").stdout)[0]["difficulty"]
    path = tmp_path / "calls.csv"
    path.write_text(
        "Date;Customer;Type;Duration;Handled by;Mood;Notes\n"
        "03/04/2026 10:15;Ann Lee;Phone;1h 5m;Eva Holm;hostile;Shouted about the zeppelin bill\n"
        "05/04/2026 09:00;22 33 44 55;Outgoing;0:12;;;Called back\n"
        "06/04/2026 11:00;ann@lee.example;WhatsApp;;;-2;Threatened to leave\n",
        encoding="cp1252",
    )
    dry = cli.run("import", path, "--dry-run", code=1)
    assert "row 2: rejected (Ann Lee): at: '03/04/2026 10:15' could be day-first" in dry.stdout
    assert "nothing would be written" in dry.stderr
    ok = cli.run("import", path, "--dates", "dmy")
    assert "dates day first (--dates)" in ok.stdout
    assert "row 3: created Bob Moe: call 2026-04-05 09:00 (customer 2)" in ok.stdout
    assert "3 created, 0 matched, 0 merged, 0 rejected; written" in ok.stdout
    ann = json.loads(cli.run("customers", "--json").stdout)[0]
    assert ann["difficulty"] > quiet and ann["last_contact_at"] == "2026-04-06T11:00:00"
    hits = json.loads(cli.run("search", "zeppelin", "--json").stdout)
    assert [(h["kind"], h["customer"]) for h in hits] == [("interaction", "Ann Lee")]
    again = cli.run("import", path, "--dates", "dmy", "--dry-run")
    assert "0 created, 3 matched" in again.stdout


def test_csv_interaction_import_unknown_customers(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("When,Customer,Subject\n2026-05-01 10:00,Nina Berg,Intro call\n")
    refused = cli.run("import", path, "--kind", "interactions", code=1)
    assert "customer: no customer matches 'Nina Berg' (by name)" in refused.stdout
    assert "--create-customers" in refused.stderr
    made = cli.run("import", path, "--create-customers")
    assert "row 2: created Nina Berg (new customer): call 2026-05-01 10:00" in made.stdout
    assert [c["name"] for c in json.loads(cli.run("customers", "--json").stdout)] == ["Nina Berg"]
