"""File → Print…: the history (or the dossier of the claim selected on the Claims tab) in the
preview, Print… asks for a printer and prints the pages shown; a refused printer is told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.pdf_export import ClaimPdfDialog, HistoryPdfDialog
from crmnote.ui.window.main_window import MainWindow


def laid_out(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10000)


def pdf_words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def to_pdf(path: Path, asked: list[int]) -> Any:
    def ask(printer: QPrinter, page_count: int) -> bool:
        asked.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return ask


def test_print_history_and_claim_dossier(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    assert w.registry[ActionId.PRINT].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    w.registry.trigger(ActionId.PRINT)
    assert w.findChild(HistoryPdfDialog) is None  # no customer shown
    assert w.statusBar().currentMessage() == "Select a customer first"
    w.open_customer(seeded["ann"].id)
    w.registry.trigger(ActionId.PRINT)
    dialog = w.findChild(HistoryPdfDialog, "pdf_export")
    assert dialog is not None and dialog.windowTitle() == "Print — Ann Archer"
    laid_out(qtbot, dialog)
    assert dialog.print_button.isDefault() and not dialog.save_button.isDefault()
    asked: list[int] = []
    dialog.ask_printer = to_pdf(tmp_path / "history.pdf", asked)
    assert dialog.print_pages() == dialog.report.page_count
    assert asked == [dialog.report.page_count]
    text = pdf_words(tmp_path / "history.pdf")
    assert "Ann Archer" in text and "Deliver the order" in text
    assert dialog.status.text().startswith("Sent ") and str(tmp_path / "history.pdf") in (
        dialog.status.text()
    )
    dialog.close()

    page = w.customer_page
    claims = page.record_tabs["claim"]
    page.tabs.setCurrentWidget(claims)
    claims.select_row(0)
    w.registry.trigger(ActionId.PRINT)
    dossier = w.findChild(ClaimPdfDialog, "claim_pdf")
    assert dossier is not None and dossier.windowTitle().startswith("Print claim dossier")
    laid_out(qtbot, dossier)
    dossier.ask_printer = to_pdf(tmp_path / "dossier.pdf", [])
    assert dossier.print_pages() >= 1
    text = pdf_words(tmp_path / "dossier.pdf")
    assert "Box arrived damaged" in text


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word for the refused printer
def test_print_cancelled_or_refused(
    qtbot: Any, services: Services, seeded: dict[str, Any], tmp_path: Path
) -> None:
    dialog = HistoryPdfDialog(services, seeded["ann"].id)
    qtbot.addWidget(dialog)
    laid_out(qtbot, dialog)
    assert dialog.save_button.isDefault()  # the export dialog saves by default
    dialog.ask_printer = lambda _printer, _n: False
    assert dialog.print_pages() == 0 and not dialog.status.text().startswith("Sent")

    def unusable(printer: QPrinter, _n: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "missing" / "folder" / "x.pdf"))
        return True

    dialog.ask_printer = unusable
    assert dialog.print_pages() == 0
    assert dialog.status.text().startswith("Nothing was printed: the printer cannot be used")
