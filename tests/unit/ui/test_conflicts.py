"""A form saved over a record someone else saved meanwhile: reload theirs, or keep mine over
theirs (their version stays in the history); undo refuses the same way."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crmnote.domain import settings as declared
from crmnote.domain.errors import StaleRecordError
from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs import conflict
from crmnote.ui.editing import Editing
from crmnote.ui.labels import show


@pytest.fixture
def editing(qtbot: Any, services: Services) -> Editing:
    bus, stack = Bus(), QUndoStack()
    ed = Editing(services, bus, stack, None)
    ed._keep = (bus, stack)  # type: ignore[attr-defined]
    errors: list[str] = []
    ed.failed.connect(errors.append)
    ed._errors = errors  # type: ignore[attr-defined]
    return ed


@pytest.fixture
def promise(services: Services, add_record: Any) -> Any:
    anna = add_record(services, "staff", name="Anna")
    services.settings.set(declared.CURRENT_STAFF, anna.id)
    customer = add_record(services, "customer", name="Fjord Bikes")
    return add_record(services, "promise", customer.id, text="20 helmets")


def _answer(monkeypatch: pytest.MonkeyPatch, choice: conflict.Choice) -> list[str]:
    asked: list[str] = []

    def ask(_parent: Any, exc: StaleRecordError, *_rest: Any) -> conflict.Choice:
        asked.append(conflict.conflict_text(exc, datetime.now()))
        return choice

    monkeypatch.setattr(conflict, "ask", ask)
    return asked


def test_reload_shows_their_version_and_saves_nothing_of_mine(
    qtbot: Any,
    services: Services,
    editing: Editing,
    promise: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = editing.edit("promise", promise.id)
    qtbot.addWidget(form)
    services.records.update("promise", promise.id, {"evidence": "tracking 1Z999"})  # Anna
    form.editor("text").set_value("20 helmets, size M")
    asked = _answer(monkeypatch, conflict.Choice.RELOAD)
    form.accept()
    assert asked and asked[0].startswith("Anna changed this promise at ")
    assert form.isVisible() and form.editor("evidence").value() == "tracking 1Z999"
    assert form.editor("text").value() == "20 helmets"  # theirs, mine dropped
    stored = services.records.get("promise", promise.id)
    assert (stored.text, stored.version) == ("20 helmets", 2)
    form.editor("text").set_value("20 helmets, size M")  # made again on their version: saved
    form.accept()
    stored = services.records.get("promise", promise.id)
    assert (stored.text, stored.evidence, stored.version) == (
        "20 helmets, size M",
        "tracking 1Z999",
        3,
    )


def test_keep_mine_saves_my_changes_over_theirs_and_keeps_theirs_in_history(
    qtbot: Any,
    services: Services,
    editing: Editing,
    promise: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = editing.edit("promise", promise.id)
    qtbot.addWidget(form)
    services.records.update(
        "promise", promise.id, {"evidence": "tracking 1Z999", "text": "20 helmets (red)"}
    )
    form.editor("text").set_value("20 helmets, size M")  # I change the text only
    _answer(monkeypatch, conflict.Choice.KEEP_MINE)
    form.accept()
    stored = services.records.get("promise", promise.id)
    # My field over theirs; the field only they changed keeps their value.
    assert (stored.text, stored.evidence, stored.version) == (
        "20 helmets, size M",
        "tracking 1Z999",
        3,
    )
    history = services.audit.history("promise", promise.id)
    assert history[1].changes is not None
    assert ("text", "20 helmets", "20 helmets (red)") in history[1].changes
    assert history[2].changes is not None
    assert ("text", "20 helmets (red)", "20 helmets, size M") in history[2].changes
    # Undo goes back to their version, not to the one I started from.
    editing.stack.undo()
    assert services.records.get("promise", promise.id).text == "20 helmets (red)"


def test_cancel_keeps_the_form_open_with_mine_and_says_why(
    qtbot: Any,
    services: Services,
    editing: Editing,
    promise: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = editing.edit("promise", promise.id)
    qtbot.addWidget(form)
    services.records.update("promise", promise.id, {"evidence": "x"})
    form.editor("text").set_value("mine")
    _answer(monkeypatch, conflict.Choice.CANCEL)
    form.accept()
    assert form.editor("text").value() == "mine"
    assert "was changed by Anna" in form.general_error.text()
    assert services.records.get("promise", promise.id).text == "20 helmets"


def test_undo_refuses_to_overwrite_a_change_made_since(
    qtbot: Any, services: Services, editing: Editing, promise: Any
) -> None:
    form = editing.edit("promise", promise.id)
    qtbot.addWidget(form)
    form.editor("evidence").set_value("mine")
    form.accept()
    services.records.update("promise", promise.id, {"evidence": "theirs"})
    editing.stack.undo()
    assert services.records.get("promise", promise.id).evidence == "theirs"
    errors: list[str] = editing._errors  # type: ignore[attr-defined]
    assert errors and "was changed by Anna" in errors[-1]


def test_the_question_names_who_and_what_they_changed(
    qtbot: Any, services: Services, promise: Any
) -> None:
    saved, _ = services.records.update("promise", promise.id, {"evidence": "tracking 1Z999"})
    exc = StaleRecordError("x", kind="promise", by="Anna", at=saved.updated_at, current=saved)
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"], seen["more"] = box.text(), box.informativeText()
        (keep,) = [b for b in box.buttons() if b.objectName() == "conflict_keep"]
        keep.click()

    QTimer.singleShot(0, answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    choice = conflict.ask(parent, exc, promise, {"evidence": "", "text": "x"}, saved.updated_at)
    assert choice is conflict.Choice.KEEP_MINE
    at = saved.updated_at
    assert seen["text"] == f"Anna changed this promise at {at:%H:%M} while you were editing it."
    assert f"Evidence: {show('')} → tracking 1Z999" in seen["more"]
    assert "Text" not in seen["more"]  # a field they did not change
