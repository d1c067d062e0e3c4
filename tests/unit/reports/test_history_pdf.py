"""The customer history PDF read back: text in every script, sections, pages, safety."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from crmnote.domain.errors import ValidationError
from crmnote.domain.rules import default_summary
from crmnote.reports import (
    ReportCancelled,
    ReportOptions,
    Section,
    layout_customer_history,
    parse_sections,
    render_customer_history,
)
from crmnote.services.history import Period
from tests.unit.reports.conftest import (
    ARABIC,
    BUSINESS,
    CHINESE,
    COMPANY,
    HEBREW,
    KOREAN,
    NAME,
    Made,
    font_names,
    pdf_text,
    shows,
)

SHIPPED = {
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoSansArabic-Regular",
    "NotoSansArabic-Bold",
    "NotoSansHebrew-Regular",
    "NotoSansHebrew-Bold",
    "DroidSansFallback",
    "NotoSansCJKkrHangul-Regular",
    "NotoEmoji-Regular",
}


def _log(made: Made, count: int, note: str = "Routine call about the order.") -> None:
    """`count` calls as the quick log records them, in one transaction (the PDF is the point;
    a commit each took most of a long history's test)."""
    start = datetime(2025, 1, 1, 9, 0)
    records = made.services.records
    with records.transaction() as repo:
        for n in range(count):
            values = {
                "at": start + timedelta(hours=7 * n),
                "minutes": 10,
                "notes": note,
                "summary": default_summary(note),
            }
            records.add_in(repo, "interaction", values, made.customer_id)


def test_every_section_and_script_prints_as_text(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "history.pdf"
    pages = render_customer_history(made.history.customer_history(made.customer_id), out)
    text = pdf_text(out)
    for words in (NAME, COMPANY, CHINESE, BUSINESS, "Deliver 20 chairs", "delivery note 77"):
        assert words in text, words
    assert shows(text, ARABIC) and shows(text, HEBREW) and shows(text, KOREAN)
    for title in (
        "Customer details",
        "Difficulty and trust",
        "Promises",
        "Claims",
        "Requests",
        "Money and effort",
        "Timeline of interactions",
        "Cost to serve",
    ):
        assert title in text, title
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Substantiated" in text and "Chargeable extra" in text
    assert "#1" not in text  # a claim names its promise by its text


def test_fonts_are_the_shipped_ones_embedded(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "history.pdf"
    render_customer_history(made.history.customer_history(made.customer_id), out)
    names = font_names(out)
    assert names <= SHIPPED, names - SHIPPED
    # Every script of the fixture found its font, emoji included (outlines, not pictures).
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"} <= names
    assert {"DroidSansFallback", "NotoSansCJKkrHangul-Regular", "NotoEmoji-Regular"} <= names
    reader = PdfReader(str(out))
    for page in reader.pages:
        assert not page.images  # no logo given: nothing printed as a picture
        for ref in page["/Resources"]["/Font"].values():
            descendant = ref.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor


def test_markup_in_a_note_is_printed_literally_and_loads_nothing(
    made: Made, tmp_path: Path
) -> None:
    picture = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    note = f'<b>bold?</b> <img src="{picture}"> &amp; <script>x</script>'
    made.services.interactions.log(made.customer_id, notes=note, summary="<i>markup</i>")
    out = tmp_path / "history.pdf"
    render_customer_history(made.history.customer_history(made.customer_id), out)
    text = pdf_text(out)
    assert "<b>bold?</b>" in text and "&amp;" in text and "<script>x</script>" in text
    assert f'<img src="{picture}">' in text.replace(" ", "") or "<img src=" in text
    assert "<i>markup</i>" in text
    assert all(not page.images for page in PdfReader(str(out)).pages)


@pytest.mark.slow
def test_a_long_history_runs_to_many_numbered_pages(made: Made, tmp_path: Path) -> None:
    _log(made, 300, note="Long call.\n" + "We went through every line of the order. " * 6)
    out = tmp_path / "long.pdf"
    data = made.history.customer_history(made.customer_id)
    assert len(data.interactions) == 304
    pages = render_customer_history(data, out)
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) > 25
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in " ".join(page.extract_text().split())
    # The timeline's header row is repeated on every page the table spans.
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "When What happened" in last


def test_long_notes_and_words_wrap_inside_the_column(made: Made, tmp_path: Path) -> None:
    word = "x" * 3000
    page_long = "\n".join(f"Line {n}: the customer explained it again." for n in range(150))
    made.services.interactions.log(made.customer_id, notes=word, summary="Unbroken")
    made.services.interactions.log(made.customer_id, notes=page_long, summary="Very long")
    report = layout_customer_history(made.history.customer_history(made.customer_id))
    assert report.overflow() <= 1.0  # device pixels: nothing runs past its column
    out = tmp_path / "wrapped.pdf"
    report.write_pdf(out)
    text = pdf_text(out)
    assert "Line 0:" in text and "Line 149:" in text
    assert text.replace(" ", "").count("x" * 100) >= 25


def test_sections_and_period_choose_what_prints(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "part.pdf"
    data = made.history.customer_history(made.customer_id, Period(date(2026, 1, 10), None))
    options = ReportOptions(sections=parse_sections("promises,timeline"))
    render_customer_history(data, out, options)
    text = pdf_text(out)
    assert "Promises" in text and "Timeline of interactions" in text
    assert "Customer details" not in text and "Money and effort" not in text
    assert "2026-01-10 – ..." in text  # NFKC folds the ellipsis
    assert "Contact 1" not in text and "Contact 2" in text  # 5 Jan is before the period


def test_parse_sections_names_the_unknown_one() -> None:
    assert parse_sections(" Claims, money ") == {Section.CLAIMS, Section.MONEY}
    with pytest.raises(ValidationError, match="'gossip' is not a section"):
        parse_sections("claims,gossip")


def test_cancel_leaves_no_file_and_progress_counts_pages(made: Made, tmp_path: Path) -> None:
    _log(made, 60)
    data = made.history.customer_history(made.customer_id)
    seen: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        render_customer_history(data, out, progress=stop_after_two)
    assert not out.exists() and not list(tmp_path.glob("*.pdf"))
    total = seen[0][1]
    assert seen == [(0, total), (1, total), (2, total)] and total > 2


def test_the_file_is_owner_only_and_replaced_whole(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "history.pdf"
    out.write_text("old")
    out.chmod(0o644)
    render_customer_history(made.history.customer_history(made.customer_id), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")


def test_a_logo_prints_as_the_one_picture(made: Made, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(logo))
    out = tmp_path / "history.pdf"
    data = made.history.customer_history(made.customer_id)
    render_customer_history(data, out, ReportOptions(logo=logo))
    assert len(PdfReader(str(out)).pages[0].images) == 1


def test_a_missing_logo_is_a_clear_error(made: Made, tmp_path: Path) -> None:
    from crmnote.domain.errors import CrmError

    data = made.history.customer_history(made.customer_id)
    with pytest.raises(CrmError, match="cannot read the logo"):
        render_customer_history(data, tmp_path / "x.pdf", ReportOptions(logo=tmp_path / "no.png"))


def test_pages_preview_as_images(made: Made) -> None:
    report = layout_customer_history(made.history.customer_history(made.customer_id))
    image = report.page_image(0, dpi=50)
    assert image.width() == round(595.28 / 72 * 50) or abs(image.width() - 413) <= 1
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3  # text, rules and the chart, not a blank page


def test_phone_numbers_print_in_the_form_of_settings_country(made: Made, tmp_path: Path) -> None:
    from crmnote.domain import settings as declared
    from crmnote.domain.entities import ContactPoint

    phones = (
        ContactPoint(value="+49301234567", label="Büro"),
        ContactPoint(value="+4420 79460000"),
    )
    made.services.records.update("customer", made.customer_id, {"phones": phones})
    made.services.settings.set(declared.PHONE_REGION, "DE")
    out = tmp_path / "phones.pdf"
    options = ReportOptions(sections=frozenset({Section.DETAILS}))
    render_customer_history(made.history.customer_history(made.customer_id), out, options)
    text = pdf_text(out)
    assert "030 1234567 (Büro)" in text and "+44 20 7946 0000" in text
