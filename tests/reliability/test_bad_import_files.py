"""Bad files in, nothing half-read (promise 7d of docs/reliability.md): a CSV quote that never
closes refuses the file, naming its line; no import takes a name, email or phone with a line
break or a control character."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.cli import main
from crmnote.importers.csv_read import unclosed_quote


def customers(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        con.close()


def assert_one_line_values(db: Path) -> None:
    """No name, company, email or phone in the book holds a line break or control character."""
    con = sqlite3.connect(db)
    try:
        stored = [r[0] for r in con.execute("SELECT name FROM customers")]
        stored += [r[0] for r in con.execute("SELECT company FROM customers")]
        stored += [r[0] for r in con.execute("SELECT value FROM customer_contacts")]
    finally:
        con.close()
    for value in stored:
        assert all(unicodedata.category(ch) not in ("Cc", "Zl", "Zp") for ch in value), value


def test_an_unbalanced_quote_refuses_the_file_naming_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "people.csv"
    file.write_text('name,email\nAnn,ann@a.example\n"Bo,bo@b.example\nCid,cid@c.example\n')
    db = tmp_path / "b.sqlite3"
    assert main(["--db", str(db), "import", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "crmnote: error: file: line 3: a quote opens a field there and is never closed; nothing"
        ' was imported (close the quote, or double a quote inside a field: "")'
    ]
    assert customers(db) == []


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet='a,"\n', max_size=40))
def test_the_quote_check_reads_quotes_as_the_csv_reader_does(text: str) -> None:
    """Where Python's strict reader reaches the end inside quotes, the check names a line;
    where it reads the whole text, the check finds nothing."""
    try:
        list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            assert unclosed_quote(text, ",") is not None
        return  # other strict complaints (text after a closing quote) are read leniently
    assert unclosed_quote(text, ",") is None


BAD = ["Ann\nSmith", "Ann\rSmith", "Ann\x07", "Ann\x1b[31m", "Ann\u2028Smith", "Ann\tSmith"]


@pytest.mark.parametrize("bad", BAD, ids=repr)
@pytest.mark.parametrize("column", ["name", "email", "phone"])
def test_no_csv_row_brings_a_line_break_or_control_character(
    tmp_path: Path, bad: str, column: str, capsys: pytest.CaptureFixture[str]
) -> None:
    values = {"name": "Ann Smith", "email": "ann@a.example", "phone": "+47 123 45 678"}
    values[column] = bad.replace(
        "Ann", {"name": "Ann", "email": "ann@a.", "phone": "+47 1"}[column]
    )
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["name", "email", "phone"])
    writer.writerow([values["name"], values["email"], values["phone"]])
    writer.writerow(["Bo Good", "bo@b.example", "+47 987 65 432"])
    file = tmp_path / "people.csv"
    file.write_text(rows.getvalue(), encoding="utf-8")
    db = tmp_path / "b.sqlite3"
    assert main(["--db", str(db), "import", str(file)]) == 1
    out = capsys.readouterr().out
    # A line break in an email or phone cell separates two values (each then judged); any
    # other control character is refused as such. The row is rejected either way.
    assert "row 2: rejected" in out
    if column == "name" or bad != "Ann\nSmith":
        assert "must be one line without control characters" in out
    assert customers(db) == []
    assert main(["--db", str(db), "import", str(file), "--skip-invalid"]) == 0
    assert customers(db) == ["Bo Good"]
    assert_one_line_values(db)


def test_no_vcard_brings_a_line_break(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "people.vcf"
    file.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\\nSmith\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Good\r\nTEL:+47 123\\n45\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cid\x07Bell\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    db = tmp_path / "b.sqlite3"
    main(["--db", str(db), "import", str(file), "--skip-invalid"])
    out = capsys.readouterr().out
    assert "rejected (Bo Good): phones: must be one line" in out, out
    assert "rejected ('Cid\\x07Bell'): name: must be one line" in out, out
    assert_one_line_values(db)


def test_no_json_record_brings_a_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite3"
    assert main(["--db", str(source), "add", "customer", "Placeholder"]) == 0
    export = tmp_path / "all.json"
    assert main(["--db", str(source), "export", str(export)]) == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    doc["records"]["customer"][0]["name"] = "Ann\u0085Smith"
    export.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "b.sqlite3"
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(export)]) == 1
    assert "must be one line" in capsys.readouterr().out
    assert customers(db) == []
    assert_one_line_values(source)
