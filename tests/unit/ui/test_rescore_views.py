"""After any rescore every view shows the new values; the rescore runs on a worker thread and
shows how far it is (issue 17, item 3)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.settings_dialog import SettingsDialog
from crmnote.ui.labels import show
from crmnote.ui.models.customer_list import Column
from crmnote.ui.window.main_window import MainWindow


def shown_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def listed_difficulty(window: MainWindow, customer_id: int) -> str:
    model = window.customer_list.model
    row = model.row_of(customer_id)
    return str(model.index(row, Column.DIFFICULTY).data())


def test_new_weights_reach_the_list_and_the_page_with_progress(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    ann = seeded["ann"].id
    window.customer_list.select(ann)
    before = listed_difficulty(window, ann)
    window.registry.trigger(ActionId.SETTINGS)
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog is not None
    dialog.weights.boxes["k"].setValue(3.0)
    reports: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.accept()
        assert dialog.job is not None
        dialog.job.progress.connect(lambda done, total: reports.append((done, total)))
    stored = services.customer_list.summary(ann)
    assert stored is not None and stored.difficulty is not None
    after = listed_difficulty(window, ann)
    assert after != before and after == show(stored.difficulty)
    assert reports and reports[-1] == (3, 3)  # every customer, counted as it went
    badge = window.customer_page.header.difficulty.value.text()
    assert badge == f"{stored.difficulty:.0f}"  # the page shown follows too


def test_a_new_hourly_cost_rescores_too(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = shown_window(qtbot, services, ui_settings)
    dialog = window.screens.settings()
    dialog.hourly_cost.setValue(500.0)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.accept()
        assert dialog.busy_now()  # on a worker thread, the window free meanwhile
    ann = seeded["ann"].id
    stored = services.customer_list.summary(ann)
    assert stored is not None
    assert listed_difficulty(window, ann) == show(stored.difficulty)
