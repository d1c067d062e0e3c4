"""The recommendation panel, the "is it us?" flag, and recording decisions (undoable)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from crmnote.domain import settings as declared
from crmnote.domain.types import CustomerStatus, DecisionAction
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.decision import DecisionDialog
from crmnote.ui.window.main_window import MainWindow


def page_of(qtbot: Any, services: Services, settings: QSettings, cid: int) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.customer_list.select(cid)
    qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=10_000)
    return window


def dialog_of(window: MainWindow) -> DecisionDialog:
    dialog = window.findChild(DecisionDialog, "decision_dialog")
    assert dialog is not None
    return dialog


def give_history(services: Services, cid: int) -> None:
    """Six calls over two months: enough history for advice (docs/scoring.md)."""
    start = datetime.now().replace(microsecond=0) - timedelta(days=60)
    for n in range(6):
        services.records.add("interaction", {"at": start + timedelta(days=10 * n), "mood": 0}, cid)


def test_no_advice_without_enough_history(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = page_of(qtbot, services, ui_settings, seeded["bob"].id)  # no records at all
    advice = window.customer_page.advice
    assert advice.action.text() == "Not enough history yet"
    assert "0 scored events so far; advice needs 5." in advice.reasons.text()
    assert advice.suggested is None and not advice.act_button.isEnabled()
    assert advice.other_button.isEnabled()  # a person may still decide


def test_recommendation_and_its_reasons_are_shown(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    give_history(services, seeded["bob"].id)
    window = page_of(qtbot, services, ui_settings, seeded["bob"].id)
    advice = window.customer_page.advice
    assert advice.action.text() == "Keep & nurture"
    assert "good relationship to nurture" in advice.reasons.text()
    assert advice.act_button.text() == "Decide: Keep && nurture…"
    assert not advice.flag.isVisibleTo(window)
    assert advice.last.text() == "No decision recorded yet."


def test_friction_with_one_staff_member_is_flagged(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    alex = add_record(services, "staff", name="Alex").id
    sam = add_record(services, "staff", name="Sam").id
    cid = add_record(services, "customer", name="Harbour Café").id
    start = datetime.now().replace(microsecond=0) - timedelta(days=30)
    for n, mood in enumerate([-2, 0, -2, 0, -2, 0]):
        add_record(services, "interaction", cid, staff_id=alex, mood=mood, at=start + timedelta(n))
    for n in range(12):
        add_record(services, "interaction", cid, staff_id=sam, mood=0, at=start + timedelta(10 + n))
    window = page_of(qtbot, services, ui_settings, cid)
    advice = window.customer_page.advice
    assert advice.flag.isVisibleTo(window)
    text = advice.flag.text()
    assert "Friction concentrates with Alex" in text
    assert "6 vs 12 interactions" in text
    assert advice.action.text() == "Fix our side"
    assert advice.suggested is DecisionAction.FIX_OUR_SIDE  # recordable, with a follow-up


def test_acting_on_the_suggestion_records_a_decision_and_status_undoably(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    cat = seeded["cat"].id  # on watch: keeping her sets her active again
    give_history(services, cat)
    window = page_of(qtbot, services, ui_settings, cat)
    window.customer_page.advice.act_button.click()
    dialog = dialog_of(window)
    assert dialog.chosen() is DecisionAction.KEEP
    assert "good relationship" in dialog.reason.toPlainText()
    assert dialog.set_status.isVisibleTo(dialog) and dialog.set_status.isChecked()
    dialog.accept()
    [decision] = services.records.list("decision", cat)
    assert decision.action is DecisionAction.KEEP and "good relationship" in decision.reason
    assert services.records.get("customer", cat).status is CustomerStatus.ACTIVE
    qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=10_000)
    assert window.customer_page.advice.last.text().startswith("Last decision: Keep & nurture")
    window.registry.trigger(ActionId.UNDO)
    assert services.records.list("decision", cat) == []
    assert services.records.get("customer", cat).status is CustomerStatus.WATCH
    window.registry.trigger(ActionId.REDO)
    assert len(services.records.list("decision", cat)) == 1
    assert services.records.get("customer", cat).status is CustomerStatus.ACTIVE


def test_deciding_otherwise_can_leave_the_status_alone(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    bob = seeded["bob"].id
    window = page_of(qtbot, services, ui_settings, bob)
    window.customer_page.advice.choices[DecisionAction.WATCH].trigger()
    dialog = dialog_of(window)
    assert dialog.chosen() is DecisionAction.WATCH and dialog.reason.toPlainText() == ""
    dialog.reason.setPlainText("Three late payments")
    dialog.set_status.setChecked(False)
    dialog.accept()
    [decision] = services.records.list("decision", bob)
    assert decision.reason == "Three late payments"
    assert services.records.get("customer", bob).status is CustomerStatus.ACTIVE


def test_referring_drafts_a_courteous_message_to_edit_and_copy(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    services.settings.set(declared.BUSINESS_NAME, "Acme Repairs")
    ann = seeded["ann"].id
    window = page_of(qtbot, services, ui_settings, ann)
    window.customer_page.advice.choices[DecisionAction.REFER].trigger()
    dialog = dialog_of(window)
    assert dialog.letter.isVisibleTo(dialog) and not dialog.follow.isVisibleTo(dialog)
    dialog.accept()  # nobody to refer to yet: refused at the field
    assert dialog.isVisible()
    assert "Name who you refer them to" in dialog.errors["referral_to"].text()
    qtbot.keyClicks(dialog.referral_to, "Bolt & Co")
    qtbot.keyClicks(dialog.why, "your project needs weekend support")
    message = dialog.message.toPlainText()
    assert message.startswith("Dear Ann Archer,")
    assert "Bolt & Co is better placed" in message
    assert "Your project needs weekend support." in message
    assert message.rstrip().endswith("Acme Repairs")
    dialog.message.appendPlainText("PS: call me.")  # edited by hand: no longer redrafted
    qtbot.keyClicks(dialog.why, " on Sundays")
    assert dialog.message.toPlainText().endswith("PS: call me.")
    dialog.copy.click()
    assert QApplication.clipboard().text().endswith("PS: call me.")
    dialog.accept()
    [decision] = services.records.list("decision", ann)
    assert decision.action is DecisionAction.REFER and decision.referral_to == "Bolt & Co"
    assert decision.message.endswith("PS: call me.")
    assert services.records.get("customer", ann).status is CustomerStatus.REFERRED


def test_declining_drafts_a_letter_to_print_or_save_and_sets_the_status(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    tmp_path: Path,
) -> None:
    services.settings.set(declared.BUSINESS_NAME, "Acme Repairs")
    ann = seeded["ann"].id
    window = page_of(qtbot, services, ui_settings, ann)
    window.customer_page.advice.choices[DecisionAction.DECLINE].trigger()
    dialog = dialog_of(window)
    assert dialog.letter.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.why, "we cannot offer the response times your work needs")
    letter = dialog.message.toPlainText()
    assert "we have decided not to take on further work for you. We cannot offer" in letter
    assert dialog.print_button.isEnabled()
    out = tmp_path / "letter.txt"
    assert dialog.save_letter(str(out))
    assert out.read_text(encoding="utf-8") == letter
    dialog.accept()
    [decision] = services.records.list("decision", ann)
    assert decision.action is DecisionAction.DECLINE and decision.message == letter.strip()
    assert services.records.get("customer", ann).status is CustomerStatus.DECLINED


def test_fixing_our_side_records_who_does_what_by_when(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    ann = seeded["ann"].id
    window = page_of(qtbot, services, ui_settings, ann)
    window.customer_page.advice.choices[DecisionAction.FIX_OUR_SIDE].trigger()
    dialog = dialog_of(window)
    assert dialog.follow.isVisibleTo(dialog) and not dialog.letter.isVisibleTo(dialog)
    dialog.accept()
    assert "Say what we will put right" in dialog.errors["follow_up"].text()
    qtbot.keyClicks(dialog.follow_up, "Answer within one working day")
    dialog.accept()
    [decision] = services.records.list("decision", ann)
    assert decision.action is DecisionAction.FIX_OUR_SIDE
    assert decision.follow_up == "Answer within one working day"
    assert decision.follow_up_by == services.customers.current_staff()
    assert decision.follow_up_due is not None
    assert services.records.get("customer", ann).status is CustomerStatus.ACTIVE
