"""Drag and drop: contact files onto the window open the import wizard at its dry run; files
onto a record of an attachable kind come out as (kind, id, paths); other drags are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from crmnote.services.book_services import Services
from crmnote.ui.dialogs.import_wizard import ImportWizard
from crmnote.ui.window.main_window import MainWindow

COPY = Qt.DropAction.CopyAction
CORNER = QPoint(5, 5)


def mime(*paths: Path | str) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl(str(p)) if "://" in str(p) else QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def enter(widget: QWidget, data: QMimeData, at: QPoint = CORNER) -> bool:
    event = QDragEnterEvent(
        at, COPY, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def move(widget: QWidget, data: QMimeData, at: QPoint) -> bool:
    event = QDragMoveEvent(
        at, COPY, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def drop(widget: QWidget, data: QMimeData, at: QPoint = CORNER) -> bool:
    event = QDropEvent(
        QPointF(at), COPY, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def window(qtbot: Any, services: Services, ui_settings: Any) -> MainWindow:
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    w.show()
    return w


def test_dropping_a_csv_opens_the_wizard_at_its_dry_run(
    qtbot: Any, services: Services, ui_settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name,Email\nDora Diaz,dora@example.com\nAnn Archer,ann@example.com\n")
    other = tmp_path / "other.vcf"
    other.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Eve\nEND:VCARD\n")
    assert enter(w, mime(csv, other))
    assert drop(w, mime(csv, other))
    wizard = w.findChild(ImportWizard, "import_wizard")
    assert wizard is not None and wizard.currentPage() is wizard.dry_run_page
    assert wizard.file_page.path.text() == str(csv)
    assert wizard.dry_run_page.run is not None and wizard.dry_run_page.run.report.dry_run
    assert "1 created, 1 matched" in wizard.dry_run_page.summary.text()  # Ann is there
    assert len(services.records.list("customer")) == 3  # nothing written yet
    assert "One file at a time: importing contacts.csv" in w.statusBar().currentMessage()
    wizard.back()  # the mapping can still be changed
    assert wizard.currentPage() is wizard.mapping_page


def test_dropping_a_vcard_and_refusing_other_files(
    qtbot: Any, services: Services, ui_settings: Any, tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    card = tmp_path / "eve.VCF"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Eve Evans\nEND:VCARD\n")
    assert enter(w, mime(card))
    assert drop(w, mime(card))
    wizard = w.findChild(ImportWizard, "import_wizard")
    assert wizard is not None and wizard.currentPage() is wizard.dry_run_page
    assert "1 created" in wizard.dry_run_page.summary.text()
    wizard.close()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8")
    assert not enter(w, mime(photo))
    assert not enter(w, mime("https://example.com/contacts.csv"))
    assert not enter(w, mime(tmp_path))  # a folder
    assert not drop(w, mime(photo))


def test_files_dropped_on_a_record_name_it(
    qtbot: Any, services: Services, ui_settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    w.open_customer(seeded["ann"].id)
    page = w.customer_page
    page.tabs.setCurrentWidget(page.record_tabs["promise"])
    view = page.record_tabs["promise"].view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    scan = tmp_path / "delivery note.pdf"
    scan.write_bytes(b"%PDF-1.4")
    on_row = view.visualRect(view.model().index(0, 0)).center()
    below = QPoint(5, view.viewport().height() - 3)
    got: list[tuple[str, int, list[str]]] = []
    page.files_dropped.connect(lambda k, i, p: got.append((k, i, p)))
    assert enter(view.viewport(), mime(scan), on_row)
    assert move(view.viewport(), mime(scan), on_row)
    assert not move(view.viewport(), mime(scan), below)  # no record there
    assert enter(view.viewport(), mime(scan), below)
    assert not drop(view.viewport(), mime(scan), below)
    assert enter(view.viewport(), mime(scan), on_row)
    assert drop(view.viewport(), mime(scan), on_row)
    assert got == [("promise", seeded["promise"].id, [str(scan)])]
    assert "1 file(s) attached as evidence" in w.statusBar().currentMessage()
    [kept] = services.attachments.of_record("promise", seeded["promise"].id)
    assert kept.name == "delivery note.pdf" and kept.media_type == "application/pdf"
    money = page.record_tabs["money"].view  # money takes no evidence files
    assert not money.acceptDrops()


def test_files_dropped_on_the_timeline(
    qtbot: Any, services: Services, ui_settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    w.open_customer(seeded["ann"].id)
    timeline = w.customer_page.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0)
    rows = [timeline.model.row_at(r) for r in range(timeline.model.rowCount())]
    talk = next(i for i, r in enumerate(rows) if r.kind == "interaction")
    money = next(i for i, r in enumerate(rows) if r.kind == "money")
    view = timeline.view
    got: list[tuple[str, int, list[str]]] = []
    w.customer_page.files_dropped.connect(lambda k, i, p: got.append((k, i, p)))
    mail = tmp_path / "mail.eml"
    mail.write_text("Subject: hi")
    at = view.visualRect(timeline.model.index(money, 0)).center()
    assert enter(view.viewport(), mime(mail), at)
    assert not drop(view.viewport(), mime(mail), at)
    at = view.visualRect(timeline.model.index(talk, 0)).center()
    assert enter(view.viewport(), mime(mail), at)
    assert drop(view.viewport(), mime(mail), at)
    assert got == [("interaction", seeded["interaction"].id, [str(mail)])]
    assert "1 file(s) attached as evidence" in w.statusBar().currentMessage()
    [kept] = services.attachments.of_record("interaction", seeded["interaction"].id)
    assert kept.name == "mail.eml"
