"""The claim dossier PDF: the facts side by side, with the standard in force at the time."""

from __future__ import annotations

from pathlib import Path

from crmnote.domain.types import ClaimId
from crmnote.reports import layout_claim_dossier, render_claim_dossier
from tests.unit.reports.conftest import BUSINESS, NAME, Made, pdf_text


def test_dossier_sets_the_facts_side_by_side(made: Made, tmp_path: Path) -> None:
    data = made.history.claim_dossier(ClaimId(made.claim_id))
    assert data.standard is not None and data.standard.name == "Deliver within 2 days"
    out = tmp_path / "claim.pdf"
    pages = render_claim_dossier(data, out)
    text = pdf_text(out)
    for words in (
        f"Claim #{made.claim_id}: {NAME}",
        BUSINESS,
        "The claim",
        "The promise as made",
        "The chairs came two days late",
        "Deliver 20 chairs",
        "delivery note 77",
        "Standard in force on 2026-01-05",
        "Deliver within 2 days",
        "Timing",
        "2 day(s) late",
        "Related interactions",
        "Contact 1",
        "Verdict",
        "Substantiated",
        "Delivered on the 10th, due on the 8th.",
        "What the facts suggest",
        f"Page 1 of {pages}",
    ):
        assert words in text, words
    assert "Deliver within 3 days" not in text  # the version linked, no longer in force


def test_dossier_wraps_inside_its_columns(made: Made) -> None:
    report = layout_claim_dossier(made.history.claim_dossier(ClaimId(made.claim_id)))
    assert report.page_count >= 1 and report.overflow() <= 1.0
