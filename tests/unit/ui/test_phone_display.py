"""Phone numbers on the customer page follow Settings' country; the country is chosen there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.desktop.autostart import Autostart
from crmnote.domain import settings as declared
from crmnote.domain.entities import ContactPoint
from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.settings_dialog import SettingsDialog
from crmnote.ui.widgets.region_box import system_region
from crmnote.ui.window.main_window import MainWindow


def test_header_shows_home_numbers_nationally(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path
) -> None:
    phones = (ContactPoint(value="+49301234567", label="work"), ContactPoint(value="+442079460000"))
    ann, _ = services.records.add("customer", {"name": "Ann", "phones": phones})
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    w.customer_page.show_customer(ann.id)
    assert w.customer_page.header.details.text() == "+49 30 1234567 (work)\n+44 20 7946 0000"
    dialog = SettingsDialog(services, w.bus, autostart=Autostart(tmp_path, None))
    qtbot.addWidget(dialog)
    assert dialog.phone_region.region() == system_region()  # not set: the system's country
    dialog.phone_region.set_region("de")
    assert dialog.phone_region.currentText() == "Deutschland (DE, +49)"
    dialog.accept()
    assert services.settings.get(declared.PHONE_REGION) == "DE"
    w.customer_page.show_customer(ann.id)
    assert w.customer_page.header.details.text() == "030 1234567 (work)\n+44 20 7946 0000"
    # Stored as typed: only the display changes.
    assert services.records.get("customer", ann.id).phones == phones
    again = SettingsDialog(services, Bus(), autostart=Autostart(tmp_path, None))
    qtbot.addWidget(again)
    assert again.phone_region.region() == "DE"
