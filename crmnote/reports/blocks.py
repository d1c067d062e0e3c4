"""The report vocabulary built on flow blocks: title, headings, label/value lists, tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crmnote import messages
from crmnote.reports.flow import ACCENT, BODY, MUTED, SMALL, STRONG, Block, Paragraph, Style
from crmnote.reports.tables import Table

TITLE = Style(size=17, bold=True, colour=ACCENT, after=2)
LEAD = Style(size=10, colour=MUTED, after=10)
HEADING = Style(size=12.5, bold=True, colour=ACCENT, before=14, after=5, keep_with_next=True)
SUBHEADING = Style(size=10, bold=True, before=6, after=3, keep_with_next=True)
BIG = Style(size=13, bold=True, after=2)
ADVICE = Style(bold=True, before=2, after=3)
BULLET = Style(indent=10, after=1.5)
NOTE = Style(after=2)
LABEL = Style(colour=MUTED)
EMPTY = Style(colour=MUTED, after=4)

Item = str | tuple[object, Style] | None


def cell(*items: Item) -> list[Paragraph]:
    """A table cell: plain strings in body text, (text, style) pairs as given; blanks skipped."""
    out: list[Paragraph] = []
    for item in items:
        if item is None:
            continue
        text, style = item if isinstance(item, tuple) else (item, BODY)
        if str(text).strip():
            out.append(Paragraph(text, style))
    return out


def strong(text: object) -> tuple[object, Style]:
    return text, STRONG


def small(text: object) -> tuple[object, Style]:
    return text, SMALL


def heading(text: str) -> Paragraph:
    return Paragraph(text, HEADING)


def bullets(lines: Iterable[str]) -> list[Block]:
    """One paragraph per line; a reason the domain gave (a `Reason`) in the reader's language."""
    return [Paragraph(f"•  {messages.text(line)}", BULLET) for line in lines]


def pairs(rows: Iterable[tuple[str, Sequence[Paragraph] | str]]) -> Table:
    """Labels and their values in two columns, without rules; empty values left out."""
    kept = [
        [cell((label, LABEL)), value if not isinstance(value, str) else cell(value)]
        for label, value in rows
        if (value.strip() if isinstance(value, str) else value)
    ]
    return Table([28, 72], kept, ruled=False, padding=1.5)


def section(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Sequence[Paragraph]]],
    shares: Sequence[float],
    empty: str,
) -> list[Block]:
    """A heading over a ruled table, or a line saying there is nothing to show."""
    body: Block = Table(shares, rows, header) if rows else Paragraph(empty, EMPTY)
    return [heading(title), body]
