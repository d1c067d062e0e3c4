"""`crmnote settings`: list, show and change the business settings, checked like the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmnote.cli import main


def test_list_show_and_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "settings"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split(" = ")[0] for line in listed] == [
        "business_name",
        "currency",
        "hourly_cost",
        "due_soon_days",
        "backup_keep_days",
        "phone_region",
        "country",
        "exchange_rates",
        "attachment_max_mb",
        "attachments_total_mb",
    ]
    assert main(["--db", db, "settings", "phone_region", " no "]) == 0
    assert capsys.readouterr().out.startswith("phone_region = 'NO'  # Country")
    assert main(["--db", db, "settings", "hourly_cost", "72,5"]) == 0
    assert main(["--db", db, "settings", "due_soon_days", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "settings", "hourly_cost"]) == 0
    assert capsys.readouterr().out.startswith("hourly_cost = 72.5  #")


def test_holidays_rates_and_file_limits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The facts settings (docs/facts.md): typed as in the dialog, kept as the services keep
    them."""
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "settings", "country", "de-by"]) == 0
    assert capsys.readouterr().out.startswith("country = 'DE-BY'  #")
    assert main(["--db", db, "settings", "exchange_rates", "jpy=0,0062; USD=0.92"]) == 0
    assert capsys.readouterr().out.startswith("exchange_rates = 'JPY=0.0062, USD=0.92'  #")
    assert main(["--db", db, "settings", "attachment_max_mb", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "settings", "exchange_rates", ""]) == 0
    assert capsys.readouterr().out.startswith("exchange_rates = ''  #")
    assert main(["--db", db, "settings"]) == 0
    listed = capsys.readouterr().out
    assert "country = 'DE-BY'" in listed and "attachment_max_mb = 10 " in listed


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("phone_region", "Norway", "phone-region: 'Norway' is no country code such as DE or GB"),
        ("currency", "EURO", "currency: must be a three-letter code such as EUR"),
        ("due_soon_days", "three", "due-soon-days: 'three' is not a number"),
        ("hourly_cost", "-1", "hourly-cost: must not be negative"),
        ("country", "XX", "country: no public holidays are known for it"),
        ("exchange_rates", "JPY=abc", "exchange-rates: 'abc' is not a rate for JPY"),
        ("exchange_rates", "YENN=1", "exchange-rates: 'YENN' is not a three-letter code"),
        ("attachment_max_mb", "0", "attachment-max-mb: must be a number of megabytes above zero"),
    ],
)
def test_bad_values_are_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, value: str, message: str
) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "settings", name, value]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"crmnote: error: {message}") and err.count("\n") == 1
