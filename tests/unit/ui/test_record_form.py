"""The generic record form: inline validation, and the specific promise/claim/request actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtGui import QUndoStack

from crmnote.domain.types import Category, Judgment, Outcome, PromiseStatus, Resolution, Verdict
from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.editing import Editing


def editing(qtbot: Any, services: Services) -> Editing:
    bus = Bus()
    stack = QUndoStack()
    ed = Editing(services, bus, stack, None)
    ed._keep = (bus, stack)  # type: ignore[attr-defined]
    return ed


def test_a_validation_error_shows_next_to_its_field_and_keeps_the_input(
    qtbot: Any, services: Services
) -> None:
    form = editing(qtbot, services).new("customer")
    qtbot.addWidget(form)
    form.editor("name").edit.setText("Eve Evans")
    emails = form.editor("emails")
    emails.add("not-an-address", edit=False)
    form.accept()
    assert form.isVisible()
    assert "is not an email address" in form.error_text("emails")
    assert form.error_text("name") == ""
    assert form.editor("name").value() == "Eve Evans"
    assert services.customers.count() == 0
    emails.list.item(0).setText("work: eve@example.com")
    form.accept()
    assert not form.isVisible()
    [saved] = services.records.list("customer")
    assert saved.emails[0].value == "eve@example.com" and saved.emails[0].label == "work"


def test_required_text_is_reported_inline(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).new("promise", seeded["bob"].id)
    qtbot.addWidget(form)
    form.accept()
    assert form.error_text("text") == "must not be empty"


def test_marking_a_promise_kept_with_evidence(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed = editing(qtbot, services)
    form = ed.mark_promise(seeded["promise"].id, PromiseStatus.KEPT)
    qtbot.addWidget(form)
    assert list(form.editors) == ["resolved_at", "evidence"]
    shown = form.editor("resolved_at").value()
    assert isinstance(shown, datetime)  # now, by default
    assert abs((shown - datetime.now()).total_seconds()) < 120
    delivered = seeded["promise"].made_at + timedelta(days=1)  # recorded days later
    form.editor("resolved_at").set_value(delivered)
    qtbot.keyClicks(form.editor("evidence").widget, "Tracking 1Z999")
    form.accept()
    kept = services.records.get("promise", seeded["promise"].id)
    assert kept.status is PromiseStatus.KEPT
    assert kept.evidence == "Tracking 1Z999"
    assert kept.resolved_at == delivered
    ed.stack.undo()
    reopened = services.records.get("promise", seeded["promise"].id)
    assert reopened.status is PromiseStatus.OPEN and reopened.evidence == ""


def test_renegotiating_makes_a_follow_up_promise(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    ed = editing(qtbot, services)
    form = ed.renegotiate(seeded["promise"].id)
    qtbot.addWidget(form)
    form.accept()
    assert form.error_text("due") == "is required"
    new_due = date.today() + timedelta(days=7)
    form.editor("due").set_value(new_due)
    form.accept()
    promises = services.records.list("promise", seeded["ann"].id)
    assert [p.status for p in promises] == [PromiseStatus.RENEGOTIATED, PromiseStatus.OPEN]
    assert promises[1].due == new_due
    ed.stack.undo()
    [only] = services.records.list("promise", seeded["ann"].id)
    assert only.status is PromiseStatus.OPEN


def test_judging_a_request(qtbot: Any, services: Services, seeded: dict[str, Any]) -> None:
    form = editing(qtbot, services).judge_request(seeded["request"].id)
    qtbot.addWidget(form)
    judgment = form.editor("judgment").combo
    judgment.setCurrentIndex(judgment.findData(Judgment.WITHIN_STANDARD))
    outcome = form.editor("outcome").combo
    outcome.setCurrentIndex(outcome.findData(Outcome.GRANTED))
    form.editor("insight").box.setChecked(True)
    qtbot.keyClicks(form.editor("judgment_note").widget, "Fair: others get it too")
    form.accept()
    judged = services.records.get("request", seeded["request"].id)
    assert judged.judgment is Judgment.WITHIN_STANDARD
    assert judged.outcome is Outcome.GRANTED and judged.insight
    assert judged.judgment_note == "Fair: others get it too"


def test_an_insight_needs_a_reasonable_judgment(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).judge_request(seeded["request"].id)
    qtbot.addWidget(form)
    # The form starts on the suggested judgment; still pending, it cannot be an insight.
    form.editor("judgment").set_value(Judgment.PENDING)
    form.editor("insight").box.setChecked(True)
    form.accept()
    assert "judged reasonable" in form.error_text("insight")


def test_claim_verdict_and_resolution(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).claim_verdict(seeded["claim"].id)
    qtbot.addWidget(form)
    verdict = form.editor("verdict").combo
    verdict.setCurrentIndex(verdict.findData(Verdict.SUBSTANTIATED))
    resolution = form.editor("resolution").combo
    resolution.setCurrentIndex(resolution.findData(Resolution.REPLACEMENT))
    form.accept()
    claim = services.records.get("claim", seeded["claim"].id)
    assert claim.verdict is Verdict.SUBSTANTIATED
    assert claim.resolution is Resolution.REPLACEMENT and claim.resolved_at is not None


def test_a_claim_resolution_asks_when(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).claim_verdict(seeded["claim"].id)
    qtbot.addWidget(form)
    resolution = form.editor("resolution").combo
    resolution.setCurrentIndex(resolution.findData(Resolution.REFUND))
    when = (seeded["claim"].raised_at + timedelta(minutes=2)).replace(second=0)
    form.editor("resolved_at").set_value(when)
    form.accept()
    assert services.records.get("claim", seeded["claim"].id).resolved_at == when


def test_a_broken_promise_cannot_be_dated_before_it_was_made(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).mark_promise(seeded["promise"].id, PromiseStatus.BROKEN)
    qtbot.addWidget(form)
    form.editor("resolved_at").set_value(seeded["promise"].made_at - timedelta(days=3))
    form.accept()
    assert form.isVisible() and form.error_text("resolved_at") != ""
    assert services.records.get("promise", seeded["promise"].id).status is PromiseStatus.OPEN


def test_a_new_record_starts_from_the_entity_defaults(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    form = editing(qtbot, services).new("promise", seeded["bob"].id)
    qtbot.addWidget(form)
    assert form.editor("category").value() is Category.OTHER
    assert form.editor("made_by").value() == services.customers.current_staff()
    assert form.editor("due").value() is None
    assert "status" not in form.editors  # outcomes are set by the specific actions


def test_tab_leaves_a_date_time_field_without_changing_it(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    form = editing(qtbot, services).new("promise", seeded["bob"].id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    made = form.editor("made_at")
    before = made.value()
    made.edit.setFocus()
    qtbot.waitUntil(lambda: made.edit.hasFocus())
    qtbot.keyClick(made.edit, Qt.Key.Key_Tab)
    assert not made.edit.hasFocus()
    assert QApplication.focusWidget() is not made.edit
    qtbot.keyClicks(QApplication.focusWidget(), "7")  # typed into the next field, not the date
    assert made.value() == before
