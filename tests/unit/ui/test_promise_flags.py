"""A promise weaker than the standard in force is flagged in the notice bar when it is saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.services.book_services import Services
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.window.main_window import MainWindow


def monday() -> datetime:
    today = date.today()
    day = today - timedelta(days=today.weekday() + 7)
    return datetime.combine(day, datetime.min.time()).replace(hour=10)


def window_with_standard(
    qtbot: Any, services: Services, settings: QSettings, add_record: Any
) -> tuple[MainWindow, Any]:
    add_record(
        services, "standard", name="Delivery time", category="speed", target_value=3,
        target_unit="working_days", valid_from=date(2020, 1, 1),
    )  # fmt: skip
    ann = add_record(services, "customer", name="Ann")
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.notice.hide()
    return window, ann


def test_weaker_promise_from_the_form_is_flagged(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    window, ann = window_with_standard(qtbot, services, ui_settings, add_record)
    form = window.editing.new("promise", ann.id)
    assert isinstance(form, RecordForm)
    form.editor("text").set_value("Deliver the chairs")
    form.editor("category").set_value("speed")
    form.editor("made_at").set_value(monday())
    form.editor("due").set_value(monday().date() + timedelta(days=7))
    form.accept()
    assert form.error_text("text") == ""
    assert len(window.promise_flags.last) == 1
    assert window.notice.isVisibleTo(window)
    message = window.notice.message.text()
    assert "allows 5 working days" in message and "Delivery time" in message
    assert "says 3 working days" in message


def test_promise_within_the_standard_is_not_flagged(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    window, ann = window_with_standard(qtbot, services, ui_settings, add_record)
    values = {"text": "Chairs", "category": "speed", "made_at": monday()}
    values["due"] = monday().date() + timedelta(days=2)
    window.editing.add("promise", values, ann.id)
    assert window.promise_flags.last == ()
    assert not window.notice.isVisibleTo(window)


def test_weaker_promise_from_the_quick_log_is_flagged(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    window, ann = window_with_standard(qtbot, services, ui_settings, add_record)
    promise = {"text": "Chairs", "category": "speed", "due": date.today() + timedelta(days=30)}
    records, changes = services.quick_log.log(ann.id, {"notes": "Called"}, "promise", promise)
    window.editing.add_many("Quick log", records, changes)
    assert len(window.promise_flags.last) == 1
    assert window.notice.isVisibleTo(window)
