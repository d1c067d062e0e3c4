"""Turning what a person types into a safe full-text query: phrases, prefixes, AND / OR / NOT.

One reading of the text, two renderings: an FTS5 MATCH expression for SQLite (`fts_query`) and a
`tsquery` text for PostgreSQL (`ts_query`). Every word becomes a quoted string in either, so
characters that are query syntax (`"`, `*`, `:`, `(`, `^`, `-`, `&`, `|`, `!`, `'`…) are searched
for as text and can never make the query fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
# unicode61 splits on everything that is not a letter or digit: a term made only of such
# characters would match nothing and, quoted, is harmless; dropped to keep queries tidy.
_WORDLIKE = re.compile(r"\w", re.UNICODE)
# The words of a term as both indexes see them: runs of letters and digits.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase as typed; `prefix` when a word ended with `*`."""

    text: str
    prefix: bool = False


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def parse(text: str) -> list[Term | str]:
    """Terms and the operators written between them (AND, OR, NOT); a dangling operator, or one
    before the first term, is dropped, and a later operator replaces an earlier one."""
    out: list[Term | str] = []
    pending: str | None = None
    for match in _TOKEN.finditer(text.replace("\x00", " ")):
        phrase, word = match.group(1), match.group(2)
        if phrase is None and word in _OPERATORS:
            pending = word if out else None
            continue
        if phrase is not None:
            if not _WORDLIKE.search(phrase):
                continue
            term = Term(phrase)
        else:
            prefix = word.endswith("*") and len(word) > 1
            core = word.rstrip("*") if prefix else word
            if not _WORDLIKE.search(core):
                continue
            term = Term(core, prefix)
        if pending is not None:
            out.append(pending)
            pending = None
        out.append(term)
    return out


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for user input, or None when there is nothing to search.

    AND, OR and NOT are binary in FTS5: an operator joins the terms around it, a later operator
    replaces an earlier one (`a AND NOT b` means `a NOT b`), and a dangling one is dropped.
    """
    parts = [
        p if isinstance(p, str) else _quote(p.text) + ("*" if p.prefix else "") for p in parse(text)
    ]
    return " ".join(parts) or None


def ts_query(text: str) -> str | None:
    """The same query as `fts_query`, as `to_tsquery` text; None when nothing can match.

    FTS5's grammar is followed: terms side by side are ANDed first, then NOT (binary: `a NOT b`
    is `a & !b`), then AND, then OR, each from the left. A term with no letter or digit matches
    nothing, as in FTS5, but among terms side by side it is left out. A phrase is its words
    joined by `<->`; a prefix marks the last word `:*`. Lexemes are quoted: the database folds
    case and accents with the index's own configuration.
    """
    items = parse(text)
    groups: list[list[Term]] = [[]]
    operators: list[str] = []
    for item in items:
        if isinstance(item, str):
            operators.append(item)
            groups.append([])
        else:
            groups[-1].append(item)
    if not items:
        return None
    nodes = [_group(g) for g in groups]
    return _binary(nodes, operators)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _term(term: Term) -> str | None:
    words = _WORD.findall(term.text)
    if not words:
        return None
    lexemes = [_lexeme(w) for w in words]
    if term.prefix:
        lexemes[-1] += ":*"
    return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"


def _group(terms: list[Term]) -> str | None:
    """Terms side by side: all of them (those with no word left out); None matches nothing."""
    parts = [p for p in (_term(t) for t in terms) if p is not None]
    return " & ".join(parts) if parts else None


def _binary(nodes: list[str | None], operators: list[str]) -> str | None:
    """Fold `nodes[0] op nodes[1] op …` by FTS5's precedence (NOT, then AND, then OR); None
    stands for a part that matches nothing."""
    for op in ("NOT", "AND", "OR"):
        out_nodes, out_ops = [nodes[0]], []
        for node, between in zip(nodes[1:], operators, strict=True):
            if between == op:
                out_nodes[-1] = _combine(op, out_nodes[-1], node)
            else:
                out_nodes.append(node)
                out_ops.append(between)
        nodes, operators = out_nodes, out_ops
    assert len(nodes) == 1
    return nodes[0]


def _combine(op: str, left: str | None, right: str | None) -> str | None:
    if op == "OR":
        if left is None or right is None:
            return left if right is None else right
        return f"({left}) | ({right})"
    if left is None or right is None:
        return left if op == "NOT" else None  # x NOT nothing is x; nothing NOT x is nothing
    return f"({left}) & !({right})" if op == "NOT" else f"({left}) & ({right})"


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


class SearchHits(list[SearchHit]):
    """Hits, best first. `ranked_among`: when a search matched very many records, only that
    many of the most recently added matches were ranked (None: every match was ranked)."""

    def __init__(self, hits: Iterable[SearchHit] = (), ranked_among: int | None = None) -> None:
        super().__init__(hits)
        self.ranked_among = ranked_among


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
