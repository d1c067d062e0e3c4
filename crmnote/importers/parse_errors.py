"""What the json and csv libraries say about a file they cannot read, as crmnote's own
sentences with the line and column (message ids, so a translation says them): Python's
`json.JSONDecodeError` reads "Expecting value: line 1 column 1 (char 0)", in English only."""

from __future__ import annotations

import json

from crmnote.domain.reasons import Reason, Typed, message

# The beginning of json's message → what it means, at {line}, {column}.
_JSON = (
    (
        "Expecting value",
        message("json.value", "a value is missing at line {line}, column {column}"),
    ),
    (
        "Expecting property name",
        message("json.name", "a name in double quotes is expected at line {line}, column {column}"),
    ),
    ("Expecting ','", message("json.comma", "a comma is missing at line {line}, column {column}")),
    ("Expecting ':'", message("json.colon", "a colon is missing at line {line}, column {column}")),
    (
        "Unterminated string",
        message("json.string", "a text that opens at line {line}, column {column} is never closed"),
    ),
    (
        "Invalid control character",
        message(
            "json.control",
            "a control character (such as a line break) inside a text at line {line}, "
            "column {column}",
        ),
    ),
    (
        "Invalid \\escape",
        message(
            "json.escape", "a backslash escape that is not JSON at line {line}, column {column}"
        ),
    ),
    (
        "Invalid \\u",
        message("json.unicode", "a \\u escape that is not JSON at line {line}, column {column}"),
    ),
    (
        "Extra data",
        message(
            "json.extra",
            "more follows the end of the document at line {line}, column {column}",
        ),
    ),
)
_JSON_OTHER = message("json.other", "it stops making sense at line {line}, column {column}")
_NOT_VALUE = message("json.not_value", "{word} is not a JSON value (JSON has no NaN or Infinity)")
_NOT_UTF8 = message("json.not_utf8", "byte {offset} is not UTF-8 text")


class NotJsonValue(ValueError):
    """NaN, Infinity or -Infinity: Python's reader takes them, JSON (RFC 8259) does not."""

    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def not_json_value(word: str) -> None:
    """`json.loads(..., parse_constant=not_json_value)`: refuse NaN and Infinity."""
    raise NotJsonValue(word)


def json_problem(exc: UnicodeDecodeError | json.JSONDecodeError | NotJsonValue) -> Reason:
    """Why a file is not JSON, in crmnote's words, with the line and column where known."""
    if isinstance(exc, json.JSONDecodeError):
        template = next((t for start, t in _JSON if exc.msg.startswith(start)), _JSON_OTHER)
        return Reason(template, line=exc.lineno, column=exc.colno)
    if isinstance(exc, NotJsonValue):
        return Reason(_NOT_VALUE, word=Typed(exc.word))
    return not_utf8(exc)


_CSV_NUL = message("csv.nul", "line {line} holds a NUL character (is it a text file?)")
_CSV_LONG = message(
    "csv.long", "line {line} holds a field longer than the limit of {limit} characters"
)
_CSV_OTHER = message("csv.other", "line {line} cannot be read")


def csv_problem(exc: Exception, line: int, limit: int) -> Reason:
    """Why the csv reader stopped at `line` (csv.Error says it in English only)."""
    text = str(exc)
    if "NUL" in text:
        return Reason(_CSV_NUL, line=line)
    if "field limit" in text:
        return Reason(_CSV_LONG, line=line, limit=limit)
    return Reason(_CSV_OTHER, line=line)


def not_utf8(exc: UnicodeDecodeError) -> Reason:
    """Where a file stops being UTF-8 text (Python says it in English only)."""
    return Reason(_NOT_UTF8, offset=exc.start + 1)


# datetime's refusal ("day is out of range for month") → which part of the date is wrong.
_DATE = (
    ("month", message("date.month", "there is no such month")),
    ("day", message("date.day", "the month has no such day")),
    ("year", message("date.year", "the year is out of range")),
    ("hour", message("date.hour", "there is no such hour")),
    ("minute", message("date.minute", "there is no such minute")),
    ("second", message("date.second", "there is no such second")),
)
_DATE_OTHER = message("date.other", "no such date")


def date_problem(exc: ValueError) -> Reason:
    """Why `datetime(y, m, d, …)` refused its parts, in crmnote's words."""
    text = str(exc)
    return Reason(next((t for word, t in _DATE if text.startswith(word)), _DATE_OTHER))
