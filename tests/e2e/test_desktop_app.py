"""End to end: the real main window over a freshly migrated temporary database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.types import CustomerStatus, DecisionAction, PromiseStatus
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.decision import DecisionDialog
from crmnote.ui.dialogs.quick_log import QuickLogDialog
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.dialogs.settings_dialog import SettingsDialog
from crmnote.ui.window.main_window import MainWindow

# The desktop app on PostgreSQL waits for the team-book steps (sign-in, live updates): its
# worker threads still query while a test's server database is dropped.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot: Any, opened: OpenDatabase, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(opened.services, opened.name, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def form_named(window: MainWindow, kind: str) -> RecordForm:
    form = window.findChild(RecordForm, f"record_form_{kind}")
    assert form is not None
    return form


def test_a_day_with_the_app(qtbot: Any, window: MainWindow, opened: OpenDatabase) -> None:
    services = opened.services
    assert window.windowTitle() == f"crmnote — {opened.name}"
    assert window.pages.currentWidget() is window.start_page

    # First customer from the start page.
    window.start_page.add_button.click()
    form = form_named(window, "customer")
    qtbot.keyClicks(form.editor("name").widget, "Greta Gray")
    qtbot.keyClicks(form.editor("company").widget, "Grayhound")
    form.accept()
    assert window.pages.currentWidget() is window.splitter
    greta = window.customer_page.customer_id
    assert greta is not None and window.customer_page.header.name.text() == "Greta Gray"

    # A second customer from the menu action.
    window.registry.trigger(ActionId.NEW_CUSTOMER)
    form = form_named(window, "customer")
    form.editor("name").set_value("Hank Hope")
    form.accept()
    assert window.customer_list.count_label.text() == "2 customer(s)"

    # Quick log with a promise for Greta, the customer shown.
    window.customer_list.select(greta)
    window.registry.trigger(ActionId.QUICK_LOG)
    dialog = window.findChild(QuickLogDialog, "quick_log")
    assert dialog is not None and dialog.customer.text() == "Greta Gray"
    dialog.minutes.setValue(20)
    dialog.note.setText("Ordered two chairs")
    dialog.extra_kind.setCurrentIndex(dialog.extra_kind.findData("promise"))
    dialog.extra_text.setText("Deliver the chairs")
    dialog.accept()
    page = window.customer_page
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert page.timeline.model.rowCount() == 2
    promises = page.record_tabs["promise"]
    assert promises.model.rowCount() == 1

    # The promise kept, with evidence.
    promises.select_row(0)
    promises.buttons["Kept…"].click()
    form = form_named(window, "promise")
    form.editor("evidence").set_value("Delivery note 4711")
    form.accept()
    [promise] = services.records.list("promise", greta)
    assert promise.status is PromiseStatus.KEPT and promise.evidence == "Delivery note 4711"

    # Undo twice: the promise is open again, then the quick log is gone.
    window.registry.trigger(ActionId.UNDO)
    assert services.records.get("promise", promise.id).status is PromiseStatus.OPEN
    window.registry.trigger(ActionId.UNDO)
    assert services.records.list("interaction", greta) == []
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert page.timeline.model.rowCount() == 0
    window.registry.trigger(ActionId.REDO)
    assert len(services.records.list("interaction", greta)) == 1

    # Filtering the list.
    window.registry.trigger(ActionId.FIND)
    assert QApplication.focusWidget() in (window.customer_list.search, None)
    qtbot.keyClicks(window.customer_list.search, "hope")
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 1, timeout=10_000)
    assert window.customer_list.model.row_at(0).name == "Hank Hope"

    window.close()


def test_scores_advice_map_and_settings(
    qtbot: Any, window: MainWindow, opened: OpenDatabase
) -> None:
    services = opened.services
    for name in ("Ivy Ives", "Jon Jones"):
        window.registry.trigger(ActionId.NEW_CUSTOMER)
        form = form_named(window, "customer")
        form.editor("name").set_value(name)
        form.accept()
    ivy = services.customers.find("Ivy Ives")
    window.customer_list.select(ivy)

    # Two hostile calls: difficulty rises, the Scores tab explains it.
    for note in ("Shouted about the price", "Shouted again"):
        window.registry.trigger(ActionId.NEW_INTERACTION)
        form = form_named(window, "interaction")
        form.editor("mood").set_value(-2)
        form.editor("summary").set_value(note)
        form.accept()
    page = window.customer_page
    qtbot.waitUntil(lambda: not page.scores_pending(), timeout=10_000)
    assert page.header.difficulty.trend.text().startswith("↑")
    page.tabs.setCurrentWidget(page.scores_tab)
    assert page.scores_tab.model.rowCount() == 2
    assert page.scores_tab.chart.plot is not None

    # Decide to watch her: recorded, status set, one undo takes both back.
    page.advice.choices[DecisionAction.WATCH].trigger()
    decision = window.findChild(DecisionDialog, "decision_dialog")
    assert decision is not None
    decision.reason.setPlainText("Two angry calls in a day")
    decision.accept()
    assert services.records.get("customer", ivy).status is CustomerStatus.WATCH
    window.registry.trigger(ActionId.UNDO)
    assert services.records.get("customer", ivy).status is CustomerStatus.ACTIVE
    assert services.records.list("decision", ivy) == []

    # The map shows both customers; the staff report and settings open from the registry.
    window.registry.trigger(ActionId.CUSTOMER_MAP)
    chart = window.screens.map
    assert chart is not None
    qtbot.waitUntil(lambda: not chart.loader.busy, timeout=10_000)
    assert len(chart.points) == 2
    window.registry.trigger(ActionId.STAFF_REPORT)
    assert window.screens.staff is not None
    qtbot.waitUntil(lambda: window.screens.staff.report is not None, timeout=10000)
    window.registry.trigger(ActionId.SETTINGS)
    settings = window.findChild(SettingsDialog, "settings_dialog")
    assert settings is not None
    settings.business_name.setText("Ives & Co")
    settings.weights.boxes["half_life_days"].setValue(90)
    with qtbot.waitSignal(settings.finished, timeout=10000):
        settings.accept()
    assert services.scores.weights().half_life_days == 90
    window.close()
