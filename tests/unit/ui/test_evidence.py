"""Evidence files in the desktop app: a button in the record's form, drops on the form and on
a record's row, thumbnails that survive damaged images, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.editing import Editing
from crmnote.ui.widgets.evidence import EvidencePanel
from tests.unit.ui.test_advice import page_of

EVIDENCE = Path(__file__).parents[2] / "data" / "evidence"


def editing(services: Services) -> Editing:
    bus, stack = Bus(), QUndoStack()
    ed = Editing(services, bus, stack, None)
    ed._keep = (bus, stack)  # type: ignore[attr-defined]
    return ed


def files(*names: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EVIDENCE / n)) for n in names])
    return mime


def drop(widget: Any, mime: QMimeData, at: QPoint | None = None) -> bool:
    """Drag `mime` over `widget` and drop it; True when the drop was accepted."""
    point = QPointF(at if at is not None else widget.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_saved_record_s_form_has_its_files_and_accepts_drops(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed = editing(services)
    promise = seeded["promise"].id
    form = ed.edit("promise", promise)
    qtbot.addWidget(form)
    panel = form.evidence
    assert isinstance(panel, EvidencePanel) and panel.files == []
    assert drop(form, files("delivery-note-88.png", "missing-tables.eml"))
    assert [f.name for f in panel.files] == ["delivery-note-88.png", "missing-tables.eml"]
    assert not panel.list.item(0).icon().isNull()
    assert not drop(form, QMimeData())  # nothing to attach: the drop is refused
    panel.attach([EVIDENCE / "tool.exe"])
    assert panel.error.isVisibleTo(form) and "not accepted" in panel.error.text()
    assert len(panel.files) == 2
    ed.stack.undo()  # the e-mail's attaching
    panel.reload()
    assert [f.name for f in panel.files] == ["delivery-note-88.png"]
    ed.stack.redo()
    panel.reload()
    assert len(panel.files) == 2
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert [f.name for f in panel.files] == ["missing-tables.eml"]
    ed.stack.undo()
    panel.reload()
    assert len(panel.files) == 2 and services.audit.verify().ok


def test_a_new_record_s_form_has_no_files_part(qtbot: Any, services: Services) -> None:
    form = editing(services).new("customer")
    qtbot.addWidget(form)
    assert form.evidence is None and not form.acceptDrops()


@pytest.mark.qt_log_ignore("JPEG")  # libjpeg reports the damage; the view carries on
def test_a_truncated_or_false_image_never_breaks_the_view(
    qtbot: Any, services: Services, seeded: dict[str, Any], tmp_path: Path
) -> None:
    ed = editing(services)
    claim = seeded["claim"].id
    ed.attach("claim", claim, EVIDENCE / "truncated.jpg")
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)  # says PNG, is nothing
    ed.attach("claim", claim, fake)
    panel = EvidencePanel(ed, "claim", claim)
    qtbot.addWidget(panel)
    assert panel.list.count() == 2
    assert all(not panel.list.item(i).icon().isNull() for i in range(2))
    panel.list.setCurrentRow(1)
    out = tmp_path / "copy.png"
    panel.save_to(panel.selected(), out)  # type: ignore[arg-type]
    assert out.read_bytes() == fake.read_bytes()


def test_files_dropped_on_a_promise_row_attach_to_it(
    qtbot: Any, services: Services, ui_settings: Any, seeded: dict[str, Any]
) -> None:
    window = page_of(qtbot, services, ui_settings, seeded["ann"].id)
    page = window.customer_page
    page.tabs.setCurrentWidget(page.record_tabs["promise"])
    tab = page.record_tabs["promise"]
    viewport = tab.view.viewport()
    row = tab.view.visualRect(tab.model.index(0, 0)).center()
    assert drop(viewport, files("signed.pdf"), row)
    attached = services.attachments.of_record("promise", seeded["promise"].id)
    assert [f.name for f in attached] == ["signed.pdf"]
    below = QPoint(row.x(), viewport.height() - 2)  # no row there
    assert not drop(viewport, files("signed.pdf"), below)


def test_a_request_is_judged_with_the_suggestion_and_a_note_to_differ(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    from crmnote.domain.types import Judgment

    ed = editing(services)
    request = seeded["request"].id  # "Gift wrapping for free": an extra no standard includes
    form = ed.judge_request(request)
    qtbot.addWidget(form)
    assert "Suggested: Chargeable extra" in form.suggestion.text()  # type: ignore[attr-defined]
    assert form.editor("judgment").value() is Judgment.CHARGEABLE_EXTRA
    form.editor("judgment").set_value(Judgment.UNREASONABLE)
    form.accept()
    assert form.isVisible() and "differs from the suggestion" in form.error_text("judgment_note")
    form.editor("judgment_note").set_value("They asked three times this month")
    form.accept()
    assert not form.isVisible()
    assert services.records.get("request", request).judgment is Judgment.UNREASONABLE


def test_the_claim_dossier_shows_the_figures_and_every_file(
    qtbot: Any, services: Services, ui_settings: Any, seeded: dict[str, Any]
) -> None:
    promise = seeded["promise"].id
    services.records.update("promise", promise, {"quantity": 12.0, "unit": "tables"})
    services.records.update(
        "promise", promise, {"status": "kept", "delivered_quantity": 10.0, "evidence": "note 88"}
    )
    ed = editing(services)
    ed.attach("promise", promise, EVIDENCE / "delivery-note-88.png")
    from crmnote.ui.widgets.claim_dossier import ClaimDossierWindow

    window = ClaimDossierWindow(ed)
    qtbot.addWidget(window)
    assert window.show_claim(seeded["claim"].id)
    assert "10 of 12 tables · 2 short" in window.timing_box.text()
    assert [f.name for f in window.files.files] == ["delivery-note-88.png"]
    assert drop(window.files, files("missing-tables.eml"))
    claim_files = services.attachments.of_record("claim", seeded["claim"].id)
    assert [f.name for f in claim_files] == ["missing-tables.eml"]
