"""Customer history PDF: the entry points the GUI and the command line call."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImageReader, QPainter

from crmnote.domain.errors import CrmError
from crmnote.domain.reasons import say
from crmnote.reports.chart import paint_score_chart, score_line
from crmnote.reports.flow import Picture
from crmnote.reports.history_doc import CHART_HEIGHT, HistoryBuilder
from crmnote.reports.labels import Words, translate
from crmnote.reports.options import ReportOptions
from crmnote.reports.pages import RESOLUTION, Furniture, PagedReport, PageSetup, Progress
from crmnote.services.history import CustomerHistory

LOGO_BOX = (160.0, 48.0)  # points: the logo is scaled to fit, never stretched


def layout_customer_history(
    data: CustomerHistory, options: ReportOptions | None = None
) -> PagedReport:
    """The history in pages: `page_count`, `page_image(i)` for a preview, `write_pdf(path)`."""
    opts = options or ReportOptions()
    unit = RESOLUTION / 72
    points = [(p.at, p.difficulty, p.trust) for p in data.score_history]
    s = data.scores
    if data.period.contains(s.as_of):
        points.append((s.as_of, s.difficulty.score, s.trust.score))
    line = score_line(points, end=max((p[0] for p in points), default=data.exported_at))
    chart = Picture(CHART_HEIGHT, lambda p, r: paint_score_chart(p, r, line, unit))
    logo = _logo_block(opts.logo) if opts.logo is not None else None
    w = Words()
    furniture = Furniture(
        header_left=data.business_name or translate("reports", "Customer history"),
        header_right=data.customer.name,
        footer_left=translate("reports", "Exported %1").replace("%1", w.moment(data.exported_at)),
        title=translate("reports", "Customer history: %1").replace("%1", data.customer.name),
    )
    builder = HistoryBuilder(data, opts, chart, logo)
    return PagedReport(builder.blocks(), furniture, PageSetup(paper=opts.paper))


def render_customer_history(
    data: CustomerHistory,
    path: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the customer history PDF to `path` (owner-only); returns the number of pages.

    `progress(done, total)` is called before the first page and after each one; returning
    False raises ReportCancelled and leaves no file.
    """
    return layout_customer_history(data, options).write_pdf(path, progress)


def _logo_block(path: Path) -> Picture:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise CrmError(
            say(
                "pdf.logo",
                "cannot read the logo {path}: {why}",
                path=str(path),
                why=reader.errorString(),
            )
        )
    box_w, box_h = LOGO_BOX
    scale = min(box_w / max(image.width(), 1), box_h / max(image.height(), 1))
    width, height = image.width() * scale, image.height() * scale

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(rect.left(), rect.top(), rect.width(), rect.height()), image)

    return Picture(height, paint, width_pt=width)


__all__ = ["layout_customer_history", "render_customer_history"]
