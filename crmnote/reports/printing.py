"""Printing a laid-out report on a QPrinter: the very pages of the PDF, painted at the
printer's resolution (QtPrintSupport's QPrinter is a paint device, no widget)."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from crmnote.domain.errors import CrmError
from crmnote.domain.reasons import say
from crmnote.reports.pages import RESOLUTION, PagedReport, Progress, ReportCancelled


def prepare_printer(printer: QPrinter, report: PagedReport, title: str = "") -> None:
    """The report's paper and no margins of the printer's own (the pages carry theirs), so
    the print dialog opens with them; the document name is what print queues show."""
    printer.setFullPage(True)
    printer.setPageLayout(report.setup.layout())
    printer.setDocName(title or report.furniture.title)
    printer.setCreator("crmnote")


def pages_to_print(printer: QPrinter, report: PagedReport) -> range:
    """The pages (from 0) the print dialog asked for: all, or a range, within the report."""
    total = report.page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or total, total)
        return range(first, last)
    return range(total)


def print_report(printer: QPrinter, report: PagedReport, progress: Progress | None = None) -> int:
    """Paint the pages on `printer`, scaled from the report's 1200 dpi to the printer's and to
    fit the paper chosen (a Letter report on A4 shrinks a little, never cropped). Returns the
    number of pages sent; raises ReportCancelled when `progress` returns False."""
    pages = pages_to_print(printer, report)
    if progress is not None and progress(0, len(pages)) is False:
        raise ReportCancelled
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    fit = min(paper.width() / report.page.width(), paper.height() / report.page.height())
    scale = min(printer.resolution() / RESOLUTION, fit)
    painter = QPainter()
    if not painter.begin(printer):
        raise CrmError(
            say("print.unusable", "the printer cannot be used (is it connected and switched on?)")
        )
    try:
        for done, index in enumerate(pages):
            if done:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            report.paint_page(painter, index)
            painter.restore()
            if progress is not None and progress(done + 1, len(pages)) is False:
                printer.abort()
                raise ReportCancelled
    finally:
        if painter.isActive():
            painter.end()
    return len(pages)


__all__ = ["pages_to_print", "prepare_printer", "print_report"]
