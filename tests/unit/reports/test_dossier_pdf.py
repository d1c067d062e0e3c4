"""The claim dossier PDF: the facts side by side, with the standard in force at the time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

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


EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"


def test_dossier_lists_every_file_with_its_hash_and_prints_images(
    made: Made, tmp_path: Path
) -> None:
    services = made.services
    claim = services.records.get("claim", made.claim_id)
    scan, _ = services.attachments.attach_file(
        "promise", claim.promise_id, EVIDENCE / "delivery-note-88.png", "signed"
    )
    mail, _ = services.attachments.attach_file("claim", claim.id, EVIDENCE / "missing-tables.eml")
    data = made.history.claim_dossier(ClaimId(made.claim_id))
    assert set(data.images) == {scan.id}  # only images are carried for printing
    out = tmp_path / "claim.pdf"
    render_claim_dossier(data, out)
    text = pdf_text(out)
    packed = text.replace(" ", "")  # a 64-digit hash may wrap inside its column
    entries, head = services.audit.head()[1:]
    for words in (
        "Evidence files",
        "delivery-note-88.png",
        "missing-tables.eml",
        f"SHA-256 {scan.sha256}",
        f"SHA-256 {mail.sha256}",
        f"File #{scan.id}: delivery-note-88.png",
        f"change log: {entries} entries, head {head}",
    ):
        assert words.replace(" ", "") in packed, words
    assert _image_xobjects(out), "the scan is embedded as an image"


def _image_xobjects(path: Path) -> int:
    """How many image XObjects the PDF's pages draw (no image decoder needed)."""
    count = 0
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in xobjects.get_object().values() if xobjects else ():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


@pytest.mark.qt_log_ignore("JPEG")  # libjpeg says what is wrong with the bytes; nothing fails
def test_a_truncated_image_prints_what_it_holds_and_a_damaged_one_a_note(
    made: Made, tmp_path: Path
) -> None:
    services = made.services
    claim = services.records.get("claim", made.claim_id)
    services.attachments.attach_file("claim", claim.id, EVIDENCE / "truncated.jpg")
    junk = b"\xff\xd8\xff" + bytes(range(256)) * 4  # says JPEG, holds nothing a decoder reads
    services.attachments.attach("claim", claim.id, "junk.jpg", junk)
    out = tmp_path / "claim.pdf"
    render_claim_dossier(made.history.claim_dossier(ClaimId(made.claim_id)), out)
    text = pdf_text(out)
    assert "truncated.jpg" in text and "junk.jpg" in text
    assert "cannot be shown" in text
