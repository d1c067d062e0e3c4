"""Reading text files of unknown origin: byte-order marks, UTF-8, UTF-16 and a cp1252 fallback."""

from __future__ import annotations

import codecs
from pathlib import Path

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(data: bytes) -> str:
    """The encoding of `data`: from its BOM, else UTF-8 if it decodes, else cp1252.

    UTF-16 without a BOM is recognised by its NUL bytes (every ASCII character has one), which
    no spreadsheet export in the other encodings contains.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        # Which half of each pair is NUL tells the byte order.
        even = head[0::2].count(b"\x00")
        odd = head[1::2].count(b"\x00")
        return "utf-16-be" if even > odd else "utf-16-le"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows "ANSI" exports (Outlook, Excel "CSV") are cp1252; it decodes nearly any byte.
        return "cp1252"
    return "utf-8"


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used; undecodable bytes become U+FFFD."""
    encoding = detect_encoding(data)
    return data.decode(encoding, errors="replace"), encoding


def read_text(path: Path) -> tuple[str, str]:
    return decode(path.read_bytes())
