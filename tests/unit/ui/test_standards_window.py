"""The Standards catalogue: dated versions, revising without rewriting history, the report."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.domain.types import Verdict
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.window.main_window import MainWindow


def test_catalogue_revise_undo_and_report(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    std = add_record(
        services, "standard", name="Delivery time", category="speed", target_value=3,
        target_unit="working_days", valid_from=date(2024, 1, 1),
    )  # fmt: skip
    ann = add_record(services, "customer", name="Ann")
    made = datetime(2024, 3, 4, 10)
    promise = add_record(
        services, "promise", ann.id, text="Chairs", made_at=made, due=date(2024, 3, 7),
        standard_id=std.id,
    )  # fmt: skip
    services.records.update("promise", promise.id, {"status": "broken"})
    claim = add_record(services, "claim", ann.id, text="Late", promise_id=promise.id)
    services.records.update("claim", claim.id, {"verdict": Verdict.SUBSTANTIATED})

    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.STANDARDS)
    sw = window.screens.standards_window
    assert sw is not None and sw.isVisible()
    # Read on a worker: "Loading…" and empty tables until both arrive together.
    assert sw.loader.busy and sw.loader.note.text() == "Loading…"
    assert sw.versions.rowCount() == 0 and sw.report.rowCount() == 0
    qtbot.waitUntil(lambda: not sw.loader.busy, timeout=10_000)
    assert not sw.loader.note.isVisible()
    qtmodeltester.check(sw.versions)
    qtmodeltester.check(sw.report)
    assert sw.versions.rowCount() == 1
    assert sw.versions.index(0, 2).data() == "3 working days"
    assert sw.versions.index(0, 5).data() == "in force"
    report = [sw.report.index(0, c).data() for c in range(sw.report.columnCount())]
    assert report[3:] == ["1", "1", "0", "1", "0", "1", "1"]

    sw.view.selectRow(0)
    form = sw.revise_selected()
    assert isinstance(form, RecordForm)
    tomorrow = date.today() + timedelta(days=1)
    assert form.editor("valid_from").value() == date.today()
    form.editor("target_value").set_value(2.0)
    form.editor("valid_from").set_value(tomorrow)
    form.accept()
    assert form.error_text("name") == "" and form.error_text("valid_from") == ""
    versions = services.standards.versions(std.series_id)
    assert [v.target_value for v in versions] == [3.0, 2.0]
    assert versions[0].valid_until == date.today() and versions[1].valid_from == tomorrow
    assert sw.loader.busy  # refreshed through the bus, on a worker
    qtbot.waitUntil(lambda: not sw.loader.busy, timeout=10_000)
    assert sw.versions.rowCount() == 2
    assert sw.report.index(0, 3).data() == "2"

    window.registry.trigger(ActionId.UNDO)
    versions = services.standards.versions(std.series_id)
    assert len(versions) == 1 and versions[0].valid_until is None
    qtbot.waitUntil(lambda: sw.versions.rowCount() == 1, timeout=10_000)
    window.registry.trigger(ActionId.REDO)
    assert len(services.standards.versions(std.series_id)) == 2


def test_revising_without_a_change_says_so(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    add_record(services, "standard", name="Reply", category="communication",
               valid_from=date(2024, 1, 1))  # fmt: skip
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    sw = window.screens.standards()
    assert sw is not None
    qtbot.waitUntil(lambda: not sw.loader.busy, timeout=10_000)
    sw.view.selectRow(0)
    form = sw.revise_selected()
    assert form is not None
    form.accept()
    assert "change something" in form.error_text("name")
    form.reject()
