"""Splitting a .vcf file into cards and repairing the line quirks of real address books."""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass

# Binary or nested values: never imported, and often what trips a parser (2.1 base64 photos).
_DROPPED = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT", "PROFILE"}


# Single text values that writers often leave with bare commas, which a 3.0 parser would split.
_TEXT = {"FN", "NOTE", "ORG"}
_BARE_COMMA = re.compile(r"(?<!\\),")


@dataclass(frozen=True)
class Card:
    """The text of one BEGIN:VCARD … END:VCARD block and the line where it begins."""

    line: int
    text: str


def _name(line: str) -> str:
    head = line.split(":", 1)[0].split(";", 1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()


def _quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with their first line number.

    Joins RFC folding (a line starting with a space or tab), vCard 2.1 quoted-printable soft
    line breaks (a value ending in `=`), and lines without a colon, which in the wild are the
    unindented rest of a base64 or quoted-printable value.
    """
    out: list[tuple[int, str]] = []
    soft_break = False
    for number, raw in enumerate(text.splitlines(), 1):
        if soft_break and out:
            out[-1] = (out[-1][0], out[-1][1][:-1] + raw)
        elif raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif not raw.strip():
            soft_break = False
            continue
        elif ":" not in raw and out:
            out[-1] = (out[-1][0], out[-1][1] + raw.strip())
        else:
            out.append((number, raw))
        soft_break = _quoted_printable(out[-1][1]) and out[-1][1].endswith("=")
    return out


def _decoded(line: str) -> str:
    """A quoted-printable line decoded here, leniently: phones write stray bytes (`=80`) that a
    strict decoder would reject, losing the whole contact."""
    head, _, value = line.partition(":")
    params = head.split(";")
    charset = "utf-8"
    kept = []
    for p in params:
        key, _, val = p.partition("=")
        if key.strip().upper() == "CHARSET":
            charset = val.strip() or charset
        elif key.strip().upper() != "ENCODING" and p.strip().upper() != "QUOTED-PRINTABLE":
            kept.append(p)
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    try:
        text = raw.decode(charset, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return ";".join(kept) + ":" + text


def _clean(line: str) -> str:
    if _quoted_printable(line):
        line = _decoded(line)
    if _name(line) in _TEXT:
        head, _, value = line.partition(":")
        line = head + ":" + _BARE_COMMA.sub(r"\\,", value)
    return line


def split_cards(text: str) -> list[Card]:
    """Every card of a file, cleaned of binary properties; text outside cards is ignored."""
    cards: list[Card] = []
    current: list[str] | None = None
    start = 0
    for number, line in unfold(text.lstrip("\ufeff")):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current, start = ["BEGIN:VCARD"], number
        elif upper == "END:VCARD" and current is not None:
            current.append("END:VCARD")
            cards.append(Card(start, "\r\n".join(current) + "\r\n"))
            current = None
        elif current is not None and _name(line) not in _DROPPED:
            current.append(_clean(line))
    return cards
