"""History…: every logged version of an interaction, promise or claim, with who/when/what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from crmnote.domain.types import PromiseStatus
from crmnote.services.book_services import Services
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.dialogs.record_history import RecordHistoryDialog
from crmnote.ui.window.main_window import MainWindow


def test_history_lists_every_version(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    pid = seeded["promise"].id
    form = window.editing.mark_promise(pid, PromiseStatus.KEPT)
    form.editor("evidence").set_value("Signed <b>note</b>")
    form.accept()
    form = window.editing.edit("promise", pid)
    assert form.history_button.text() == "&History…"
    form.history_button.click()
    dialog = form.findChild(RecordHistoryDialog, "record_history")
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    first, second = ([dialog.model.index(r, c).data() for c in range(4)] for r in range(2))
    assert first[2] == "created" and first[1] == "Root"
    assert second[2] == "changed"
    assert "Status: open → kept" in second[3] and "Evidence: — → Signed <b>note</b>" in second[3]
    assert "Evidence: — → Signed <b>note</b>" in dialog.detail.text()  # the last one, selected
    dialog.reject()
    form.reject()


def test_history_from_the_claims_tab_and_none_for_other_kinds(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.customer_list.select(seeded["ann"].id)
    tab = window.customer_page.record_tabs["claim"]
    tab.select_row(0)
    tab.buttons["History…"].click()
    dialog = window.findChild(RecordHistoryDialog, "record_history")
    assert dialog is not None and dialog.model.rowCount() == 1
    dialog.reject()
    form = window.editing.edit("request", seeded["request"].id)
    assert isinstance(form, RecordForm) and not hasattr(form, "history_button")
    form.reject()
