"""What a customer history PDF includes: sections, logo, paper."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Typed, listing, say


class Section(StrEnum):
    """The parts of a customer history, in the order they print."""

    DETAILS = "details"
    SCORES = "scores"
    PROMISES = "promises"
    CLAIMS = "claims"
    REQUESTS = "requests"
    MONEY = "money"
    TIMELINE = "timeline"


ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class ReportOptions:
    """Rendering choices; the date range is applied when the data is gathered (services)."""

    sections: frozenset[Section] = ALL_SECTIONS
    logo: Path | None = None
    paper: str = "A4"


def parse_sections(text: str) -> frozenset[Section]:
    """`promises,claims` → those sections; raises naming the unknown one."""
    chosen: set[Section] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        try:
            chosen.add(Section(word))
        except ValueError:
            raise ValidationError(
                "sections",
                say(
                    "pdf.no_section",
                    "'{word}' is not a section ({known})",
                    word=word,
                    known=listing(Typed(s.value) for s in Section),
                ),
            ) from None
    if not chosen:
        raise ValidationError("sections", say("pdf.some_section", "name at least one section"))
    return frozenset(chosen)
