"""Export PDF: options, a painted preview with page navigation, Save with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProgressDialog, QPushButton

from crmnote.reports import Section
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.pdf_export import ClaimPdfDialog, HistoryPdfDialog, file_name
from crmnote.ui.window.main_window import MainWindow


def laid_out(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog.save_button.isEnabled(), timeout=10000
    )


def test_history_preview_pages_and_options(
    qtbot: Any, services: Services, seeded: dict[str, Any], add_record: Any
) -> None:
    ann = seeded["ann"]
    for i in range(60):
        add_record(services, "interaction", ann.id, summary=f"Call number {i} " + "words " * 30)
    dialog = HistoryPdfDialog(services, ann.id)
    qtbot.addWidget(dialog)
    laid_out(qtbot, dialog)
    view = dialog.preview
    assert dialog.report is not None and dialog.report.page_count > 1
    assert view.number.text() == f"Page 1 of {dialog.report.page_count}"
    assert not view.previous.isEnabled() and view.next.isEnabled()
    pixmap = view.page.pixmap()
    assert pixmap is not None and pixmap.width() > 500
    view.next.click()
    assert view.number.text().startswith("Page 2 of")
    many = dialog.report.page_count
    dialog.sections[Section.TIMELINE].setChecked(False)
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog.report.page_count < many, timeout=10000
    )
    assert dialog.options().sections == frozenset(Section) - {Section.TIMELINE}


def test_a_wrong_date_range_is_told_not_raised(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    dialog = HistoryPdfDialog(services, seeded["ann"].id)
    qtbot.addWidget(dialog)
    laid_out(qtbot, dialog)
    dialog.use_start.setChecked(True)
    dialog.use_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-3))
    dialog.refresh()
    assert "before" in dialog.status.text()
    assert not dialog.save_button.isEnabled()


def test_save_writes_an_owner_only_pdf(
    qtbot: Any, services: Services, seeded: dict[str, Any], tmp_path: Path
) -> None:
    dialog = HistoryPdfDialog(services, seeded["ann"].id)
    qtbot.addWidget(dialog)
    laid_out(qtbot, dialog)
    target = tmp_path / "ann.pdf"
    dialog.save_to(target)
    assert isinstance(dialog.progress, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Saved" in dialog.status.text()


def test_cancel_leaves_no_file(
    qtbot: Any, services: Services, seeded: dict[str, Any], tmp_path: Path
) -> None:
    dialog = HistoryPdfDialog(services, seeded["ann"].id)
    qtbot.addWidget(dialog)
    laid_out(qtbot, dialog)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.pdf"
    dialog.save_to(target)
    assert dialog.progress is not None
    cancel = dialog.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # what the user does; honoured before the first page is written
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=10000)
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file left either
    assert "Cancelled" in dialog.status.text()


def test_claim_dossier_pdf_from_the_claims_tab(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.CLAIM_PDF)  # nothing selected: told in the status bar
    assert window.findChild(ClaimPdfDialog) is None
    window.open_customer(seeded["ann"].id)
    tab = window.customer_page.record_tabs["claim"]
    tab.select_row(0)
    assert window.registry[ActionId.CLAIM_PDF] in tab.view.actions()
    window.registry.trigger(ActionId.CLAIM_PDF)
    dialog = window.findChild(ClaimPdfDialog)
    assert dialog is not None
    laid_out(qtbot, dialog)
    dialog.save_to(tmp_path / "claim.pdf")
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=10000)
    assert (tmp_path / "claim.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


def test_export_pdf_action_opens_for_the_customer_shown(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.open_customer(seeded["bob"].id)
    window.registry.trigger(ActionId.EXPORT_PDF)
    dialog = window.findChild(HistoryPdfDialog)
    assert dialog is not None and "Bob Baker" in dialog.windowTitle()
    assert dialog.suggested_name == "Bob-Baker-history.pdf"
    laid_out(qtbot, dialog)
    dialog.close()
    assert file_name("../../etc/passwd") == "etc-passwd"


def test_save_starts_in_documents_not_the_program_s_folder(
    qtbot: Any, services: Services, seeded: dict[str, Any], monkeypatch: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def fake(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    dialog = HistoryPdfDialog(services, seeded["ann"].id)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    [start] = asked
    assert Path(start).parent == Path(folder) and start.endswith(".pdf")
    assert not start.startswith(str(program))
