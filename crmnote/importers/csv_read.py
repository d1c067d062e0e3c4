"""Reading a CSV file of unknown origin: encoding, delimiter, header and rows."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import message, say
from crmnote.importers.parse_errors import csv_problem

DELIMITERS = ",;\t"
# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvTable:
    """The header and the data rows, each with its spreadsheet row number (the header is 1)."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    encoding: str = ""


def neutralise(cell: str) -> str:
    """`cell` made safe to open in a spreadsheet: a formula-like start is quoted with `'`.

    A cell that already starts with `'` is quoted as well, so stripping one `'` from every
    quoted cell of our own files gives back exactly what was written.
    """
    if cell.startswith(FORMULA_START) or cell.startswith("'"):
        return "'" + cell
    return cell


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def _count_outside_quotes(line: str, ch: str) -> int:
    count, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == ch and not quoted:
            count += 1
    return count


def detect_delimiter(text: str) -> str:
    """`,`, `;` or tab: csv.Sniffer's guess if the header line agrees, else the most frequent
    of them in the header line (the Sniffer is easily misled by punctuation in notes)."""
    header = _first_line(text)
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(text[:16384], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and counts.get(sniffed, 0) > 0 and counts[sniffed] >= max(counts.values()) // 2:
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line where a quoted field opens and never closes (None when every one closes).

    Read as Python's csv reader reads (not strict): a quote opens a field only at its start,
    `""` inside is a quote, and a closing quote followed by other text ends the quoting. The
    reader itself would take the rest of the file, newlines and all, as that one field.
    """
    # Jumps from quote to quote (str.find) instead of looking at every character: a quote
    # opens a field at the text's start or after a delimiter or line end; inside, `""` is
    # a quote and any other `"` closes it.
    starts = (delimiter, "\n", "\r")
    at = text.find('"')
    while at >= 0:
        if at and text[at - 1] not in starts:
            at = text.find('"', at + 1)  # a quote inside an unquoted field: text
            continue
        end = text.find('"', at + 1)
        while end >= 0 and text.startswith('"', end + 1):
            end = text.find('"', end + 2)
        if end < 0:
            return text.count("\n", 0, at) + 1
        at = text.find('"', end + 1)
    return None


# A row with more cells than the header has names (customers' and interactions' CSV).
STRAY_CELLS = message(
    "import.stray_cells", "has %n cell(s) but the header has {width} (a stray delimiter?)"
)


# A line with its ending as a text stream with newline="" gives it: \r\n, \r or \n.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings, one at a time: an `io.StringIO` would hold
    the whole text again at four bytes a character (40 MB for 100,000 rows)."""
    for found in _LINE.finditer(text):
        yield found.group()


class CsvSource:
    """A CSV text whose rows are read as they are iterated, each time anew: the header and
    delimiter are known at once, the rows are never all held (`__iter__` gives the data rows,
    numbered as in `CsvTable`). A row the reader cannot read raises ValidationError when
    it is reached. With `lines` (the same text's lines with their endings, read anew on each
    call: the file read again) the text is let go of once checked."""

    def __init__(
        self, text: str, encoding: str = "", lines: Callable[[], Iterator[str]] | None = None
    ) -> None:
        self.delimiter = detect_delimiter(text)
        opened = unclosed_quote(text, self.delimiter)
        if opened is not None:
            raise ValidationError(
                "file",
                say(
                    "import.unclosed_quote",
                    "line {line}: a quote opens a field there and is never closed; "
                    'nothing was imported (close the quote, or double a quote inside a field: "")',
                    line=opened,
                ),
            )
        self.encoding = encoding
        self._lines = lines or (lambda: _lines(text))
        first = next(self._numbered(), None)
        if first is None:
            raise ValidationError("file", say("import.file_empty", "is empty"))
        self.header: tuple[str, ...] = tuple(h.strip() for h in first[1])

    def _numbered(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        reader = csv.reader(self._lines(), delimiter=self.delimiter, strict=False)
        try:
            for n, row in enumerate(reader, 1):
                if any(c.strip() for c in row):
                    yield n, tuple(row)
        except csv.Error as exc:
            why = csv_problem(exc, reader.line_num, csv.field_size_limit())
            raise ValidationError(
                "file", say("import.not_csv", "is not readable as CSV: {why}", why=why)
            ) from None

    def __iter__(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        rows = self._numbered()
        next(rows, None)  # the header
        yield from rows


def read_table(text: str, encoding: str = "") -> CsvTable:
    """Parse CSV text; blank rows are dropped, short rows padded, over-long rows kept as read.
    A quote that opens a field and never closes refuses the whole file, naming its line."""
    source = CsvSource(text, encoding)
    return CsvTable(source.header, tuple(source), source.delimiter, encoding)
