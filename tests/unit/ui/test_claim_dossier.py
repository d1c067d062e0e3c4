"""The claim dossier: facts side by side, suggested verdict confirmed or overridden (undoable)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from crmnote.domain.types import Resolution, Verdict
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.widgets.claim_dossier import ClaimDossierWindow
from crmnote.ui.window.main_window import MainWindow


@pytest.fixture
def late(services: Services, add_record: Any) -> dict[str, Any]:
    """Chairs promised in 3 working days, delivered 2 days late; a speed claim against it."""
    std = add_record(
        services,
        "standard",
        name="Delivery time",
        category="speed",
        target_value=3,
        target_unit="working_days",
        valid_from=date(2024, 1, 1),
    )
    ann = add_record(services, "customer", name="Ann <b>Archer</b>")
    made = datetime(2024, 3, 4, 10)
    promise = add_record(
        services,
        "promise",
        ann.id,
        text="Deliver the <i>chairs</i>",
        category="speed",
        made_at=made,
        due=date(2024, 3, 7),
        standard_id=std.id,
    )
    services.records.update(
        "promise",
        promise.id,
        {"status": "kept", "resolved_at": datetime(2024, 3, 9, 12), "evidence": "Tracking 123"},
    )
    talk = add_record(
        services, "interaction", ann.id, at=datetime(2024, 3, 8, 9), summary="Where are they?"
    )
    claim = add_record(
        services,
        "claim",
        ann.id,
        text="Too slow",
        category="speed",
        promise_id=promise.id,
        raised_at=datetime(2024, 3, 10, 9),
    )
    bare = add_record(
        services, "claim", ann.id, text="Rude on the phone", category="conduct",
        raised_at=datetime(2024, 3, 10, 9),
    )  # fmt: skip
    return {"ann": ann, "claim": claim, "bare": bare, "talk": talk, "promise": promise}


def open_dossier(qtbot: Any, services: Services, settings: QSettings, claim_id: int) -> Any:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    dossier = window.screens.claim_dossier(claim_id)
    assert isinstance(dossier, ClaimDossierWindow) and dossier.isVisible()
    return window, dossier


def test_dossier_puts_the_facts_side_by_side(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, late: Any
) -> None:
    _, dossier = open_dossier(qtbot, services, ui_settings, late["claim"].id)
    assert "Ann <b>Archer</b>" in dossier.windowTitle()
    assert "Too slow" in dossier.claim_box.text()
    assert "Deliver the <i>chairs</i>" in dossier.promise_box.text()
    assert "2024-03-07" in dossier.promise_box.text()
    assert "2024-03-04" in dossier.standard_box.title()
    assert "Delivery time" in dossier.standard_box.text()
    assert "3 working days" in dossier.standard_box.text()
    facts = dossier.timing_box.text()
    assert "Tracking 123" in facts and "2 day(s) late" in facts and "yes, beyond" in facts
    assert dossier.suggested.text() == "Suggested: Substantiated"
    assert "2 days after the due date" in dossier.reasons.text()
    qtmodeltester.check(dossier.interactions)
    assert dossier.interactions.rowCount() == 1
    # User text is never read as markup.
    for label in dossier.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_claim_without_promise_says_there_is_no_record(
    qtbot: Any, services: Services, ui_settings: QSettings, late: Any
) -> None:
    _, dossier = open_dossier(qtbot, services, ui_settings, late["bare"].id)
    assert "no record to check it against" in dossier.promise_box.text()
    assert dossier.suggested.text() == "Suggested: Undeterminable"


def test_confirming_the_suggestion_saves_it_and_undo_takes_it_back(
    qtbot: Any, services: Services, ui_settings: QSettings, late: Any
) -> None:
    window, dossier = open_dossier(qtbot, services, ui_settings, late["claim"].id)
    dossier.resolution.setCurrentIndex(dossier.resolution.findData(Resolution.CREDIT))
    qtbot.mouseClick(dossier.confirm, Qt.MouseButton.LeftButton)
    claim = services.records.get("claim", late["claim"].id)
    assert claim.verdict is Verdict.SUBSTANTIATED and claim.resolution is Resolution.CREDIT
    assert "Substantiated" in dossier.claim_box.text()  # reloaded through the bus
    window.registry.trigger(ActionId.UNDO)
    assert services.records.get("claim", late["claim"].id).verdict is Verdict.PENDING
    assert "Pending" in dossier.claim_box.text()


def test_overriding_needs_a_note(
    qtbot: Any, services: Services, ui_settings: QSettings, late: Any
) -> None:
    _, dossier = open_dossier(qtbot, services, ui_settings, late["claim"].id)
    dossier.verdict.setCurrentIndex(dossier.verdict.findData(Verdict.UNSUBSTANTIATED))
    assert not dossier.save_verdict()
    assert not dossier.error.isHidden()
    assert services.records.get("claim", late["claim"].id).verdict is Verdict.PENDING
    qtbot.keyClicks(dossier.note, "Customer agreed the later date by phone")
    qtbot.mouseClick(dossier.save, Qt.MouseButton.LeftButton)
    claim = services.records.get("claim", late["claim"].id)
    assert claim.verdict is Verdict.UNSUBSTANTIATED
    assert claim.verdict_note == "Customer agreed the later date by phone"


def test_double_click_on_an_interaction_opens_it(
    qtbot: Any, services: Services, ui_settings: QSettings, late: Any
) -> None:
    window, dossier = open_dossier(qtbot, services, ui_settings, late["claim"].id)
    qtbot.waitExposed(dossier)
    view = dossier.view
    rect = view.visualRect(dossier.interactions.index(0, 4))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.findChild(RecordForm, "record_form_interaction")
    assert form is not None and form.editor("summary").value() == "Where are they?"
    form.reject()


def test_opened_from_the_claims_tab_timeline_and_today(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    claim_id = seeded["claim"].id
    line = window.today_view.groups["claims"].child(0)
    window.today_view.tree.itemActivated.emit(line, 0)
    assert window.screens.dossier is not None and window.screens.dossier.isVisible()
    assert window.screens.dossier.dossier.claim.id == claim_id
    window.screens.dossier.close()
    tab = window.customer_page.record_tabs["claim"]
    tab.select_row(0)
    tab.buttons["Dossier…"].click()
    assert window.screens.dossier.isVisible()
    window.screens.dossier.close()
    timeline = window.customer_page.timeline
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findData("claim"))
    qtbot.waitUntil(lambda: not timeline.loading(), timeout=10_000)
    assert not timeline.dossier_button.isEnabled()
    timeline.view.setCurrentIndex(timeline.model.index(0, 0))
    assert timeline.dossier_button.isEnabled()
    timeline.dossier_button.click()
    assert window.screens.dossier.isVisible()
