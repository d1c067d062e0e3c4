"""Fixtures for PDF tests: a customer with records in many scripts, and reading PDFs back."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from crmnote.domain import settings as declared
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    CustomerId,
    Judgment,
    MoneyKind,
    PromiseStatus,
    RequestKind,
    TargetUnit,
    Verdict,
)
from crmnote.services.book_services import Services
from crmnote.services.history import HistoryService
from crmnote.services.standards import StandardsService

NAME = "Renée Łukasiewicz-Ørsted"
COMPANY = "Алексей Иванов и партнёры"
CHINESE = "张伟在北京"
ARABIC = "محمد العلي"
HEBREW = "דוד כהן"
KOREAN = "김민준"
EMOJI = "👍🎉"
BUSINESS = "Atelier Ünal"


@pytest.fixture(autouse=True)
def _gui(qapp: QApplication) -> QApplication:
    """Reports need a QGuiApplication for fonts; pytest-qt's is used, never our own."""
    return qapp


@dataclass
class Made:
    services: Services
    customer_id: CustomerId
    claim_id: int
    history: HistoryService


def _add(services: Services, what: str, customer_id: int | None, **values: object) -> int:
    record, _ = services.records.add(what, values, customer_id)
    return int(record.id)


@pytest.fixture
def made(services: Services) -> Made:
    """One customer with every kind of record, names and notes in several scripts."""
    services.settings.set(declared.BUSINESS_NAME, BUSINESS)
    cid = _add(services, "customer", None, name=NAME, company=COMPANY, address="Ulica 1\nKraków")
    start = datetime(2026, 1, 5, 9, 30)
    notes = [
        f"Asked about the order. {CHINESE}",
        f"Spoke with {ARABIC} about the invoice.",
        f"Meeting with {HEBREW}; {KOREAN} joined.",
        f"Happy with the delivery {EMOJI}",
    ]
    for n, note in enumerate(notes):
        _add(
            services,
            "interaction",
            cid,
            at=start + timedelta(days=7 * n),
            minutes=15,
            notes=note,
            summary=f"Contact {n + 1}",
            mood=n % 3 - 1,
        )
    old = _add(
        services,
        "standard",
        None,
        name="Deliver within 3 days",
        category=Category.SPEED,
        target_value=3.0,
        target_unit=TargetUnit.DAYS,
        valid_from=date(2025, 1, 1),
    )
    # The promise links the old version; the dossier must show the one in force when it was made.
    standards = StandardsService(services.records._sessions, services.records._clock)
    standards.revise(old, {"name": "Deliver within 2 days", "target_value": 2.0}, date(2026, 1, 1))
    standard = old
    promise = _add(
        services,
        "promise",
        cid,
        text="Deliver 20 chairs",
        category=Category.SPEED,
        made_at=datetime(2026, 1, 5, 10, 0),
        due=date(2026, 1, 8),
        standard_id=standard,
    )
    services.records.update(
        "promise",
        promise,
        {
            "status": PromiseStatus.KEPT,
            "evidence": "delivery note 77",
            "resolved_at": datetime(2026, 1, 10, 12, 0),
        },
    )
    claim = _add(
        services,
        "claim",
        cid,
        raised_at=datetime(2026, 1, 12, 11, 0),
        category=ClaimCategory.SPEED,
        text="The chairs came two days late",
        promise_id=promise,
    )
    services.records.update(
        "claim",
        claim,
        {
            "verdict": Verdict.SUBSTANTIATED,
            "verdict_note": "Delivered on the 10th, due on the 8th.",
        },
    )
    _add(
        services,
        "request",
        cid,
        raised_at=datetime(2026, 2, 1, 10, 0),
        kind=RequestKind.EXTRA,
        text="Free assembly",
        judgment=Judgment.CHARGEABLE_EXTRA,
    )
    _add(
        services,
        "money",
        cid,
        at=date(2026, 1, 5),
        kind=MoneyKind.SALE,
        amount=Decimal("1200.00"),
        reference="INV-1",
    )
    _add(
        services,
        "effort",
        cid,
        at=datetime(2026, 1, 11, 15, 0),
        minutes=45,
        text="Rearranged the delivery",
    )
    return Made(services, CustomerId(cid), claim, HistoryService.beside(services.records))


def pdf_text(path: Path) -> str:
    """All text of a PDF, whitespace collapsed and compatibility forms folded (NFKC)."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def shows(text: str, words: str) -> bool:
    """Right-to-left words come out of a PDF in visual order: accept either order."""
    return all(w in text or w[::-1] in text for w in words.split())


def font_names(path: Path) -> set[str]:
    """Base names of the fonts used on any page (subset tags dropped)."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            base = str(ref.get_object()["/BaseFont"]).lstrip("/")
            names.add(base.split("+")[-1])
    return names
