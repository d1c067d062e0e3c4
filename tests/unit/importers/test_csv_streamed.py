"""A customers' CSV is imported as it is read (importers/csv_read.CsvSource): checked whole
first, then its rows read again from the file a chunk at a time. The rows read so must be those
the whole text gives, in every encoding and line ending we read; reading them twice (an import
run again after a collision) gives them again; and a row the reader refuses late in the file
still refuses the whole import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.errors import ValidationError
from crmnote.importers.csv_read import CsvSource, read_table
from crmnote.importers.imports import _file_lines, import_file
from crmnote.importers.textfile import decode
from crmnote.services import transfer as transfer_module
from crmnote.services.transfer import TransferService

_CELLS = st.text(alphabet=st.sampled_from('ab ,;"\r\n\tüé€ÿ'), max_size=8)


def _rows_both_ways(tmp_path: Path, data: bytes) -> tuple[list[object], list[object]]:
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    text, encoding = decode(data)
    whole = list(read_table(text, encoding).rows)
    source = CsvSource(text, encoding, _file_lines(path, encoding))
    assert source.header == read_table(text, encoding).header
    return whole, list(source)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_rows_read_again_from_the_file_are_those_of_the_text(
    tmp_path: Path, encoding: str, ending: str
) -> None:
    lines = [
        "name;company;notes",
        'Zoë;"Firm; with delimiter";"two' + ending + 'lines"',
        "",
        "José;;café ÿ",
        'Ann;"quoted ""twice""";x',
    ]
    data = ending.join(lines).encode(encoding)
    whole, streamed = _rows_both_ways(tmp_path, data)
    assert streamed == whole
    assert len(whole) == 3


@given(rows=st.lists(st.lists(_CELLS, min_size=1, max_size=4), min_size=1, max_size=6))
def test_rows_read_again_match_for_any_cells(rows: list[list[str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["name", "notes"])
            writer.writerows(rows)
        data = path.read_bytes()
        text, encoding = decode(data)
        try:
            whole = list(read_table(text, encoding).rows)
        except ValidationError:
            return  # (a file the checks refuse is refused before any row is read)
        source = CsvSource(text, encoding, _file_lines(path, encoding))
        assert list(source) == whole
        assert list(source) == whole  # a second reading gives them again


def test_a_row_the_reader_refuses_late_in_the_file_refuses_the_import(
    tmp_path: Path, transfer: TransferService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer_module, "_WRITE_CHUNK", 3)
    before = len(transfer.customers())
    path = tmp_path / "late.csv"
    big = "x" * (csv.field_size_limit() + 1)
    lines = ["name,notes", *(f"Person {n},note" for n in range(9)), f"Late,{big}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as raised:
        import_file(path, transfer)
    assert raised.value.field == "file"
    assert len(transfer.customers()) == before  # the chunks written before it are undone
