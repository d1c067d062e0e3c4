"""Turning what a person types into a safe full-text query: phrases, prefixes, AND / OR / NOT.

Every word becomes a quoted FTS5 string, so characters that are FTS syntax (`"`, `*`, `:`, `(`,
`^`, `-`…) are searched for as text and can never make the query fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
# unicode61 splits on everything that is not a letter or digit: a term made only of such
# characters would match nothing and, quoted, is harmless; dropped to keep queries tidy.
_WORDLIKE = re.compile(r"\w", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for user input, or None when there is nothing to search.

    AND, OR and NOT are binary in FTS5: an operator joins the terms around it, a later operator
    replaces an earlier one (`a AND NOT b` means `a NOT b`), and a dangling one is dropped.
    """
    out: list[str] = []
    pending: str | None = None
    for match in _TOKEN.finditer(text.replace("\x00", " ")):
        phrase, word = match.group(1), match.group(2)
        if phrase is None and word in _OPERATORS:
            pending = word if out else None
            continue
        if phrase is not None:
            if not _WORDLIKE.search(phrase):
                continue
            term = _quote(phrase)
        else:
            prefix = word.endswith("*") and len(word) > 1
            core = word.rstrip("*") if prefix else word
            if not _WORDLIKE.search(core):
                continue
            term = _quote(core) + ("*" if prefix else "")
        if pending is not None:
            out.append(pending)
            pending = None
        out.append(term)
    return " ".join(out) or None


@dataclass(frozen=True)
class SearchHit:
    """One matching record with the passage that matched; `matches` are (start, end) spans."""

    kind: str
    record_id: int
    customer_id: int
    customer_name: str
    title: str
    snippet: str
    matches: tuple[tuple[int, int], ...]
    rank: float


def split_marked(
    text: str, start: str = "\x01", end: str = "\x02"
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove highlight markers from a snippet, returning plain text and the marked spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    opened: int | None = None
    for ch in text:
        if ch == start:
            opened = length
        elif ch == end:
            if opened is not None:
                spans.append((opened, length))
            opened = None
        else:
            out.append(ch)
            length += 1
    return "".join(out), tuple(spans)
