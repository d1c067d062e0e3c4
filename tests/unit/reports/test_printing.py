"""Printing through QPrinter: the very pages of the PDF (same text, same page count, same
paper), a page range, a paper of another size, and Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from crmnote.reports import (
    ReportCancelled,
    layout_claim_dossier,
    layout_customer_history,
    prepare_printer,
    print_report,
)
from crmnote.reports.printing import pages_to_print
from tests.unit.reports.conftest import NAME, Made, pdf_text


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def test_printed_history_is_the_pdf(made: Made, tmp_path: Path) -> None:
    data = made.history.customer_history(made.customer_id)
    report = layout_customer_history(data)
    report.write_pdf(tmp_path / "saved.pdf")
    printer = pdf_printer(tmp_path / "printed.pdf")
    prepare_printer(printer, report)
    assert printer.docName() == f"Customer history: {NAME}"
    assert print_report(printer, report) == report.page_count
    saved, printed = (
        PdfReader(str(tmp_path / "saved.pdf")),
        PdfReader(str(tmp_path / "printed.pdf")),
    )
    assert len(printed.pages) == len(saved.pages) == report.page_count
    assert _pages(tmp_path / "printed.pdf") == _pages(tmp_path / "saved.pdf")
    for a, b in zip(saved.pages, printed.pages, strict=True):  # same paper, in points
        assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 1
        assert abs(float(a.mediabox.height) - float(b.mediabox.height)) < 1
    assert NAME in pdf_text(tmp_path / "printed.pdf")


def test_printed_dossier_is_the_pdf(made: Made, tmp_path: Path) -> None:
    report = layout_claim_dossier(made.history.claim_dossier(made.claim_id), "Letter")
    report.write_pdf(tmp_path / "saved.pdf")
    printer = pdf_printer(tmp_path / "printed.pdf")
    prepare_printer(printer, report)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    print_report(printer, report)
    assert _pages(tmp_path / "printed.pdf") == _pages(tmp_path / "saved.pdf")


def test_a_page_range_and_another_paper(made: Made, tmp_path: Path) -> None:
    for n in range(80):
        made.services.interactions.log(made.customer_id, minutes=5, notes=f"Call {n} " * 20)
    report = layout_customer_history(made.history.customer_history(made.customer_id))
    assert report.page_count >= 3
    printer = pdf_printer(tmp_path / "two.pdf")
    prepare_printer(printer, report)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert pages_to_print(printer, report) == range(1, 3)
    assert print_report(printer, report) == 2
    saved = tmp_path / "all.pdf"
    report.write_pdf(saved)
    assert _pages(tmp_path / "two.pdf") == _pages(saved)[1:3]
    printer.setFromTo(2, 999)
    assert pages_to_print(printer, report) == range(1, report.page_count)
    # An A5 paper chosen in the print dialog: the A4 pages shrink to fit, whole.
    small = pdf_printer(tmp_path / "a5.pdf")
    prepare_printer(small, report)
    small.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    print_report(small, report)
    assert _pages(tmp_path / "a5.pdf") == _pages(saved)


def test_cancel_stops_printing(made: Made, tmp_path: Path) -> None:
    report = layout_customer_history(made.history.customer_history(made.customer_id))
    printer = pdf_printer(tmp_path / "cancel.pdf")
    prepare_printer(printer, report)
    with pytest.raises(ReportCancelled):
        print_report(printer, report, lambda done, total: done < 1)
