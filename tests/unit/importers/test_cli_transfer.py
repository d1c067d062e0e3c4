"""The data commands called directly with parsed arguments, before cli.py registers them."""

from __future__ import annotations

import argparse
import json
import stat
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from crmnote.bootstrap import OpenDatabase
from crmnote.cli.transfer import add_transfer_commands, run_transfer_command
from crmnote.domain.errors import ValidationError
from crmnote.services.customers import CustomerService
from crmnote.services.transfer import TransferService
from crmnote.storage.engine import make_sessionmaker

Run = Callable[..., int]


@pytest.fixture
def run(opened: OpenDatabase, transfer: TransferService) -> Run:
    parser = argparse.ArgumentParser()
    add_transfer_commands(parser.add_subparsers(dest="command"))
    services = SimpleNamespace(
        transfer=transfer, customers=CustomerService(make_sessionmaker(opened.engine))
    )
    return lambda *argv: run_transfer_command(services, parser.parse_args([str(a) for a in argv]))


def test_import_prints_a_report_per_row(
    run: Run, transfer: TransferService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,email\nAnn,ann@x.example\nBob,nope\n")
    assert run("import", path, "--dry-run") == 1
    out, err = capsys.readouterr()
    assert "row 2: created Ann" in out
    assert "row 3: rejected (Bob): emails: 'nope' is not an email address" in out
    assert "1 rejected; nothing would be written" in err
    assert run("import", path, "--skip-invalid") == 0
    out, _ = capsys.readouterr()
    assert "1 created, 0 matched, 0 merged, 1 rejected; written" in out
    assert run("import", path, "--skip-invalid", "--duplicates", "merge") == 0
    assert "row 2: matched Ann (customer 1)" in capsys.readouterr().out


def test_map_option(run: Run, transfer: TransferService, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Kunde,Mail\nAnn,ann@x.example\n")
    assert run("import", path, "--map", "Kunde=name", "--map", "Mail=email") == 0
    assert [c.emails[0].value for c in transfer.customers()] == ["ann@x.example"]
    with pytest.raises(ValidationError):
        run("import", path, "--map", "nonsense")


def test_export_customer_and_erase(
    run: Run, transfer: TransferService, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "zoe.json"
    assert run("export-customer", "Zoë Ångström", "-o", out) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["records"]["customer"][0]["name"] == "Zoë Ångström"
    with pytest.raises(ValidationError, match="--yes"):
        run("erase-customer", "Zoë Ångström")
    assert run("erase-customer", str(filled["zoe"]), "--yes") == 0
    assert [c.name for c in transfer.customers()] == ["Иван Петров"]


def test_export_selected_customers(run: Run, filled: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "two.vcf"
    assert run("export", path, "--customer", "Zoë", "--customer", str(filled["other"])) == 0
    assert path.read_text().count("BEGIN:VCARD") == 2
