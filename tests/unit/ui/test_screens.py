"""The Staff report, the Customer map and Settings, opened from the action registry."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence

from crmnote.domain import settings as declared
from crmnote.domain.scoring import Weights
from crmnote.services.book_services import Services
from crmnote.services.staff_report import StaffLine
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.settings_dialog import SettingsDialog
from crmnote.ui.models.staff_report import Column, StaffReportModel, StaffReportProxy
from crmnote.ui.window.main_window import MainWindow


def shown_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def two_staff(services: Services, add_record: Any) -> dict[str, int]:
    alex = add_record(services, "staff", name="Alex").id
    sam = add_record(services, "staff", name="Sam").id
    cid = add_record(services, "customer", name="Harbour Café").id
    start = datetime.now().replace(microsecond=0) - timedelta(days=30)
    for n, mood in enumerate([-2, 0, -2, 0, -2, 0]):
        add_record(services, "interaction", cid, staff_id=alex, mood=mood, at=start + timedelta(n))
    for n in range(12):
        add_record(services, "interaction", cid, staff_id=sam, mood=0, at=start + timedelta(10 + n))
    return {"alex": alex, "sam": sam, "harbour": cid}


def test_new_actions_have_shortcuts_and_menu_places(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    assert window.registry[ActionId.CUSTOMER_MAP].shortcut() == QKeySequence("Ctrl+M")
    assert window.registry[ActionId.STAFF_REPORT].shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.registry[ActionId.SETTINGS].shortcut() == QKeySequence("Ctrl+,")
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    names = [a.objectName() for a in view.actions()]
    assert "staff_report" in names and "customer_map" in names


def test_staff_report_compares_staff(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, two_staff: Any
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.STAFF_REPORT)
    report = window.screens.staff
    assert report is not None and report.isVisible()
    # The comparison runs on a worker: the window says so and shows its progress meanwhile.
    assert report.loading and report.busy.isVisible() and report.stop_button.isVisible()
    assert report.note.text() == "Comparing difficulty per staff member…"
    qtbot.waitUntil(lambda: not report.loading, timeout=10000)
    assert not report.busy.isVisible() and not report.stop_button.isVisible()
    qtmodeltester.check(report.model)
    qtmodeltester.check(report.proxy)
    rows = {report.proxy.index(r, Column.NAME).data(): r for r in range(report.proxy.rowCount())}
    alex = rows["Alex"]
    assert report.proxy.index(alex, Column.INTERACTIONS).data() == "6"
    assert report.proxy.index(alex, Column.FLAGGED).data() == "1"
    assert report.proxy.index(alex, Column.DIFFERENCE).data().startswith("+")
    assert report.proxy.index(alex, Column.DIFFERENCE).data(Qt.ItemDataRole.FontRole).bold()
    report.view.sortByColumn(Column.DIFFERENCE, Qt.SortOrder.DescendingOrder)
    assert report.proxy.index(0, Column.NAME).data() == "Alex"
    assert "1 customer(s)" in report.note.text()
    # Opening it again reuses the report until something changes.
    first = report.report
    window.registry.trigger(ActionId.STAFF_REPORT)
    assert report.report is first


def test_staff_report_stops_early_and_runs_again_when_asked_meanwhile(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    two_staff: Any,
    add_record: Any,
    monkeypatch: Any,
) -> None:
    from crmnote.services import staff_report

    for name in ("Bay Books", "Cove Cafe"):  # two more customers both staff members served
        cid = add_record(services, "customer", name=name).id
        for staff in (two_staff["alex"], two_staff["sam"]):
            add_record(services, "interaction", cid, staff_id=staff, mood=0)
    monkeypatch.setattr(staff_report, "CHUNK", 1)
    gate = threading.Event()
    read = staff_report.staffed_records

    def held(*args: Any) -> Any:
        while not gate.is_set():  # a short sleep loop: a timed wait never wakes under faketime
            time.sleep(0.005)
        return read(*args)

    monkeypatch.setattr(staff_report, "staffed_records", held)
    window = shown_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.STAFF_REPORT)
    report = window.screens.staff
    assert report is not None and report.loading
    report.stop()
    gate.set()
    with qtbot.waitSignal(report.loaded, timeout=10000):
        pass
    assert report.report is not None and not report.report.complete
    assert "Stopped early" in report.note.text()
    # Asked again while a comparison runs: it runs once more when that one ends.
    gate.clear()
    report.refresh()
    report.refresh()
    assert report.loading
    gate.set()
    with qtbot.waitSignal(report.loaded, timeout=10000):
        pass
    assert report.loading  # the second run started at once
    qtbot.waitUntil(lambda: not report.loading, timeout=10000)
    assert report.report.complete and report.report.customers_compared == 3


def test_staff_report_model_alone(qtmodeltester: Any) -> None:
    model = StaffReportModel()
    line = StaffLine(1, "Ann", 3, 30, 2, None, 1, 0, 0)
    model.set_lines([line])
    proxy = StaffReportProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.index(0, Column.MOOD).data() == "—"


def test_customer_map_opens_the_clicked_customer(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], two_staff: Any
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.CUSTOMER_MAP)
    chart = window.screens.map
    assert chart is not None
    # Read on a worker: "Loading…" until the points arrive, then all of them at once.
    assert chart.loader.busy and chart.loader.note.isVisible()
    assert chart.loader.note.text() == "Loading…" and chart.points == []
    qtbot.waitUntil(lambda: not chart.loader.busy, timeout=10_000)
    qtbot.waitExposed(chart)
    assert not chart.loader.note.isVisible()
    assert chart.count.text() == "4 customer(s)"  # Cat is on watch, so shown too
    nurture = "Easy & trusting — keep & nurture ("
    assert any(text.startswith(nurture) for text in chart.labels.values())
    assert sorted(chart.plot.corners.values()) == sorted(chart.labels.values())
    harbour = next(p for p in chart.points if p.id == two_staff["harbour"])
    tip = chart.tip(chart.points.index(harbour))
    assert tip.startswith("Harbour Café\ndifficulty ")
    pos = chart.point_at(harbour.difficulty, harbour.trust).toPoint()
    assert chart.plot.dot_at(pos) == chart.points.index(harbour)
    assert chart.plot.dot_at(pos + QPoint(40, 40)) is None  # beside every dot: nothing
    with qtbot.waitSignal(chart.open_customer) as blocker:
        qtbot.mouseClick(chart.plot, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [two_staff["harbour"]]
    assert window.customer_page.customer_id == two_staff["harbour"]
    with qtbot.waitSignal(chart.loader.loaded, timeout=10_000):
        chart.include_closed.setChecked(True)
    assert chart.total == 4
    # An edit elsewhere reloads the open map a moment later.
    window.editing.add("customer", {"name": "Dot Dale"}, None)
    qtbot.waitUntil(lambda: chart.total == 5, timeout=10_000)


def test_settings_are_saved_and_weights_recompute(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.SETTINGS)
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog is not None
    assert dialog.weights.boxes["half_life_days"].value() == 180.0
    dialog.business_name.setText("Acme Repairs")
    dialog.hourly_cost.setValue(45.5)
    dialog.due_soon.setValue(5)
    dialog.weights.boxes["k"].setValue(3.0)
    before = services.customer_list.summary(seeded["ann"].id)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.accept()
        assert dialog.busy_now() and not dialog.buttons.isEnabled()  # recomputing on a thread
    assert services.settings.get(declared.BUSINESS_NAME) == "Acme Repairs"
    assert services.settings.get(declared.HOURLY_COST) == 45.5
    assert services.settings.get(declared.DUE_SOON_DAYS) == 5
    assert services.scores.weights().k == 3.0
    after = services.customer_list.summary(seeded["ann"].id)
    assert before is not None and after is not None
    assert after.difficulty is not None and before.difficulty is not None
    assert after.difficulty > before.difficulty  # a steeper curve: recomputed


def test_a_bad_weight_is_shown_at_its_field_and_nothing_is_saved(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    dialog.business_name.setText("Not saved")
    dialog.weights.boxes["broken_penalty"].setValue(0.5)
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    error = dialog.weights.errors["broken_penalty"]
    assert not error.isHidden() and "more than 1" in error.text()
    assert services.settings.get(declared.BUSINESS_NAME) == ""
    dialog.currency.setText("EU")
    dialog.weights.boxes["broken_penalty"].setValue(2.0)
    dialog.accept()
    assert dialog.isVisible() and not dialog.currency_error.isHidden()
    dialog.reject()


def test_reset_to_defaults(qtbot: Any, services: Services, ui_settings: QSettings) -> None:
    services.scores.set_weights(Weights(half_life_days=90.0))
    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    assert dialog.weights.boxes["half_life_days"].value() == 90.0
    dialog.reset_button.click()
    assert dialog.weights.boxes["half_life_days"].value() == 180.0
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.accept()
    assert services.scores.weights() == Weights()
    assert services.settings.get(declared.SCORE_WEIGHTS) is None


def test_settings_for_currencies_holidays_and_files_are_checked_at_their_field(
    qtbot: Any, services: Services
) -> None:
    from decimal import Decimal

    from crmnote.domain import settings as declared
    from crmnote.ui.bus import Bus
    from crmnote.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, Bus())
    qtbot.addWidget(dialog)
    dialog.country.setText("Atlantis")
    dialog.accept()
    label = dialog.field_errors["country"]
    assert not label.isHidden() and "country code" in label.text()
    dialog.country.setText("de")
    dialog.rates.setText("jpy=0.0062, USD = 0,92")
    dialog.max_mb.setValue(5)
    dialog.accept()
    shown = [
        lbl.text()
        for lbl in [*dialog.field_errors.values(), dialog.general_error]
        if not lbl.isHidden()
    ]
    assert shown == []
    assert services.settings.get(declared.COUNTRY) == "DE"
    assert services.settings.get(declared.EXCHANGE_RATES) == {"JPY": "0.0062", "USD": "0.92"}
    assert services.settings.get(declared.ATTACHMENT_MAX_MB) == 5
    assert Decimal(services.settings.get(declared.EXCHANGE_RATES)["JPY"]) == Decimal("0.0062")


def test_every_weight_is_explained_in_a_sentence(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    from PySide6.QtWidgets import QLabel

    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    assert dialog.findChild(QLabel, "weight_help_k") is None  # built when first shown
    dialog.tabs.setCurrentIndex(1)
    for key in Weights().to_dict():
        help_ = dialog.findChild(QLabel, f"weight_help_{key}")
        assert help_ is not None, key
        text = help_.text()
        assert len(text.split()) >= 6 and text.endswith((".", "…")), (key, text)
    assert "Prior" not in " ".join(
        label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None
    )
    dialog.reject()


def test_customers_at_the_same_place_share_one_dot_on_the_map(
    qtbot: Any, services: Services, ui_settings: QSettings, add_record: Any
) -> None:
    for name in ("Ada", "Ben", "Cy"):  # no history yet: all three at the neutral start
        add_record(services, "customer", name=name)
    window = shown_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.CUSTOMER_MAP)
    chart = window.screens.map
    assert chart is not None
    qtbot.waitUntil(lambda: not chart.loader.busy, timeout=10_000)
    assert chart.count.text() == "3 customer(s)" and chart.dots() == 1
    assert len(chart.points) == 1  # only a dot's first customer is kept, not all three
    point = chart.points[0]
    tip = chart.tip(0)
    assert tip.startswith(f"{point.name} and 2 other(s) here\ndifficulty ")
    pos = chart.point_at(point.difficulty, point.trust).toPoint()
    qtbot.waitExposed(chart)
    with qtbot.waitSignal(chart.open_customer) as blocker:
        qtbot.mouseClick(chart.plot, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [point.id]


def test_a_read_only_settings_dialog_locks_the_scores_tab_built_later(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    dialog.set_read_only("Only the book's owner changes settings.")
    assert dialog.business_name.isReadOnly()
    dialog.tabs.setCurrentIndex(1)  # the Scores tab is made now, locked as the rest
    assert all(box.isReadOnly() for box in dialog.weights.boxes.values())
    assert dialog.reset_button.isHidden()
    dialog.reject()


def test_saving_business_settings_leaves_the_unseen_weights_as_they_are(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    before = services.scores.weights()
    dialog = window.screens.settings()
    dialog.business_name.setText("Ann's Garage")
    dialog.accept()
    assert dialog.job is None and not dialog.isVisible()  # no recompute was started
    assert services.scores.weights() == before
    assert services.settings.get(declared.BUSINESS_NAME) == "Ann's Garage"


def test_the_scores_tab_built_when_shown_has_its_fields_named(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox

    from crmnote.ui.accessibility import accessible_name

    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    qtbot.waitExposed(dialog)  # the window's fields are named as it is first shown
    dialog.tabs.setCurrentIndex(1)
    boxes = dialog.weights.findChildren(QAbstractSpinBox)
    assert boxes and all(accessible_name(box) for box in boxes)
    dialog.reject()
