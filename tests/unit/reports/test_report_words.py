"""PDFs print words a reader knows, not stored values (issue 17, item 11)."""

from __future__ import annotations

from pathlib import Path

from crmnote.domain import settings as declared
from crmnote.domain.types import ClaimId
from crmnote.reports import render_customer_history
from crmnote.reports.dossier import render_claim_dossier
from crmnote.reports.labels import Words
from tests.unit.reports.conftest import BUSINESS, Made, pdf_text


def test_values_read_as_words() -> None:
    w = Words()
    assert w.label("active") == "Active" and w.label("kept") == "Kept"
    assert w.contact("call", "in") == "Incoming call"
    assert w.contact("email", "out") == "Outgoing email"
    assert w.label("some_new_value") == "Some new value"


def test_history_names_claims_by_their_promise_and_contacts_in_words(
    made: Made, tmp_path: Path
) -> None:
    out = tmp_path / "history.pdf"
    render_customer_history(made.history.customer_history(made.customer_id), out)
    text = pdf_text(out)
    assert "Incoming call" in text and "call · incoming" not in text
    assert "Active" in text
    claims = text[text.index("Claims") :]
    assert "Deliver 20 chairs" in claims


def test_without_a_business_name_none_is_made_up(made: Made, tmp_path: Path) -> None:
    made.services.settings.set(declared.BUSINESS_NAME, "")
    out = tmp_path / "history.pdf"
    render_customer_history(made.history.customer_history(made.customer_id), out)
    text = pdf_text(out)
    assert "our business" not in text and BUSINESS not in text
    assert "Customer history · exported" in text
    dossier = tmp_path / "dossier.pdf"
    render_claim_dossier(made.history.claim_dossier(ClaimId(made.claim_id)), dossier)
    assert "our business" not in pdf_text(dossier)


def test_the_preview_s_chart_keeps_its_legend_and_axis_text() -> None:
    """The preview paints pages scaled down from printer pixels: text sized in points
    followed the image's own resolution and shrank to nothing."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from crmnote.reports.chart import paint_score_chart, score_line
    from crmnote.reports.pages import RESOLUTION

    start = datetime(2026, 1, 1)
    line = score_line([(start + timedelta(days=d), 30.0, 60.0) for d in range(0, 90, 10)], start)
    unit = RESOLUTION / 72  # printer pixels per point
    scale = 80 / RESOLUTION  # the preview's resolution
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    rect = QRectF(0, 0, 600 / scale, 200 / scale)
    paint_score_chart(painter, rect, line, unit)
    painter.end()

    def inked(x0: int, y0: int, x1: int, y1: int) -> int:
        return sum(
            1
            for x in range(x0, x1)
            for y in range(y0, y1)
            if QColor(image.pixel(x, y)).lightness() < 160
        )

    legend_h = round(10 * unit * scale)
    axis_w = round(20 * unit * scale)
    assert inked(axis_w + 20, 0, 300, legend_h) > 30  # "Difficulty", "Trust"
    assert inked(0, legend_h, axis_w - 2, 190) > 30  # 0, 25, 50, 75, 100
