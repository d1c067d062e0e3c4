"""Encodings and delimiters of CSV files from spreadsheets, Google, Outlook and Excel."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmnote.domain.errors import ValidationError
from crmnote.importers.csv_read import neutralise, read_table, unclosed_quote, unneutralise
from crmnote.importers.textfile import decode, detect_encoding

TEXT = 'name,company,notes\nZoë Ångström,Fjord,"a, b"\nJosé Müller,Café,x\n'


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    assert detect_encoding(data) == encoding
    text, _ = decode(data)
    assert text.lstrip("\ufeff") == TEXT


def test_bom_does_not_reach_the_first_header() -> None:
    text, _ = decode(codecs.BOM_UTF8 + b"Name,Email\nA,a@x\n")
    assert read_table(text).header == ("Name", "Email")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(delimiter: str) -> None:
    d = delimiter
    text = f'Name{d}Company{d}Notes\nAnn{d}"Acme, Inc."{d}"x; y"\n'

    table = read_table(text)
    assert table.delimiter == delimiter
    assert table.rows == ((2, ("Ann", "Acme, Inc.", "x; y")),)


def test_semicolon_file_with_commas_in_cells() -> None:
    # What a German or French Excel writes: semicolons, decimal commas, commas in notes.
    text = 'Name;Betrag;Notiz\n"Müller, Hans";12,50;"ja, gern"\nSchmidt;3,10;nein\n'
    table = read_table(text)
    assert table.delimiter == ";"
    assert table.rows[0][1] == ("Müller, Hans", "12,50", "ja, gern")


def test_rows_are_numbered_as_in_a_spreadsheet_and_blank_rows_dropped() -> None:
    text = 'name,notes\nAnn,"two\nlines"\n\n,\nBob,x\n'
    table = read_table(text)
    assert [n for n, _ in table.rows] == [2, 5]


def test_empty_file_is_an_error() -> None:
    with pytest.raises(ValidationError, match="empty"):
        read_table("\n\n")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+46 8 123", "'+46 8 123"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'quoted", "''quoted"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_formula_neutralisation_round_trips(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe
    assert unneutralise(neutralise(cell)) == cell


def _unclosed_quote_char_by_char(text: str, delimiter: str) -> int | None:
    """The check as it was written first, one character at a time: the reference."""
    line, opened = 1, 0
    at_start, quoted, closing = True, False, False
    for ch in text:
        if quoted:
            if ch == '"':
                quoted, closing = False, True
            elif ch == "\n":
                line += 1
            continue
        if closing and ch == '"':
            quoted, closing = True, False
            continue
        closing = False
        if ch == '"' and at_start:
            quoted, opened, at_start = True, line, False
        elif ch in (delimiter, "\n", "\r"):
            at_start = True
            line += ch == "\n"
        else:
            at_start = False
    return opened if quoted else None


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(alphabet='a;,"\n\r ', max_size=60), st.sampled_from([",", ";"]))
def test_the_quote_scan_names_the_line_the_character_reader_names(
    text: str, delimiter: str
) -> None:
    assert unclosed_quote(text, delimiter) == _unclosed_quote_char_by_char(text, delimiter)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('a,b\n"open\nmore\n', 2),
        ('a,"x""y"\n"z"",w\n', 2),
        ('a"b,c\n"d"e,"f\n', 2),
        ('"a""",b\n', None),
        ('x,"y"\r\n"z', 2),
    ],
)
def test_the_quote_scan_on_written_cases(text: str, line: int | None) -> None:
    assert unclosed_quote(text, ",") == line
