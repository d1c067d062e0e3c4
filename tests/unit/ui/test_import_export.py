"""File → Import… (mapping, dry run, all-or-nothing, the bus) and File → Export…."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.export_dialog import ExportDialog
from crmnote.ui.dialogs.import_wizard import ImportWizard
from crmnote.ui.window.main_window import MainWindow

CSV = (
    "Full Name;E-mail;Phone;Colour\nDora Diaz;dora@example.com;+44 20 7946 0000;red\n"
    "Ann Archer;ann@example.com;;blue\n"
)


def window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(w)
    return w


def wizard_on(qtbot: Any, w: MainWindow, path: Path) -> ImportWizard:
    w.registry.trigger(ActionId.IMPORT)
    wizard = w.findChild(ImportWizard, "import_wizard")
    assert wizard is not None
    wizard.file_page.path.setText(str(path))
    return wizard


def test_csv_import_with_mapping_dry_run_then_import(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="cp1252")
    wizard = wizard_on(qtbot, w, path)
    wizard.next()
    page = wizard.mapping_page
    assert "delimiter “;”" in page.detected.text()
    assert [h for h, _c in page.combos] == ["Full Name", "E-mail", "Phone", "Colour"]
    colour = page.table.cellWidget(3, 2)
    assert isinstance(colour, QComboBox) and "left out" in colour.currentText()
    colour.setCurrentIndex(colour.findData("tags"))  # the user maps a column by hand
    assert page.mapping() == {"Colour": "tags"}
    wizard.next()
    dry = wizard.dry_run_page
    rows = [
        (dry.model.data(dry.model.index(r, 1)), dry.model.data(dry.model.index(r, 2)))
        for r in range(dry.model.rowCount())
    ]
    assert rows == [("created", "Dora Diaz"), ("matched", "Ann Archer")]
    assert services.customers.count() == 3  # a dry run writes nothing
    with qtbot.waitSignal(w.bus.changed):
        wizard.accept()
    assert services.customers.count() == 4
    dora = services.customers.find("Dora Diaz")
    assert services.records.get("customer", dora).tags == ("red",)
    assert w.customer_list.model.rowCount() == 4  # the list refreshed from the bus


def test_rejected_rows_block_the_import_unless_skipped(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    path = tmp_path / "bad.csv"
    path.write_text("Name,Status\nEve Ellis,active\nFay Fox,bogus\n", encoding="utf-8")
    wizard = wizard_on(qtbot, w, path)
    wizard.next()
    wizard.next()
    assert "1 rejected" in wizard.dry_run_page.summary.text()
    wizard.accept()
    assert wizard.isVisible() or wizard.imported is None
    assert "Nothing was imported" in wizard.error.text()
    assert services.customers.count() == 0
    wizard.back()
    wizard.back()
    wizard.file_page.skip_invalid.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.accept()
    assert wizard.imported is not None and services.customers.count() == 1


def test_missing_or_hostile_files_are_told(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    wizard = wizard_on(qtbot, w, tmp_path / "nowhere.csv")
    assert wizard.file_page.isComplete()
    assert not wizard.file_page.validatePage()
    wizard.file_page.path.setText(str(tmp_path / "notes.txt"))
    assert not wizard.file_page.isComplete()
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"{\x00\xff not json")
    wizard.file_page.path.setText(str(broken))
    wizard.next()
    assert "JSON" in wizard.mapping_page.detected.text()
    wizard.next()
    assert "not valid JSON" in wizard.error.text()
    assert not wizard.dry_run_page.isComplete()


def test_export_all_and_one_customer(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = window(qtbot, services, ui_settings)
    w.open_customer(seeded["ann"].id)
    w.registry.trigger(ActionId.EXPORT)
    dialog = w.findChild(ExportDialog, "export_dialog")
    assert dialog is not None
    dialog.path.setText(str(tmp_path / "all"))

    def export() -> None:
        with qtbot.waitSignal(dialog.exported, timeout=10000):
            assert dialog.export() is not None
        assert dialog.job is None and dialog.export_button.isEnabled()

    # It writes on a worker: the dialog says so and takes no second export meanwhile.
    job = dialog.export()
    assert job is not None and dialog.done_label.text().startswith("Exporting to ")
    assert not dialog.export_button.isEnabled() and dialog.export() is None
    dialog.reject()
    assert dialog.isVisible()  # an export under way writes to its end
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert (tmp_path / "all.json").stat().st_mode & 0o777 == 0o600
    assert "Written to" in dialog.done_label.text()
    dialog.only.setChecked(True)
    dialog.path.setText(str(tmp_path / "ann.json"))
    export()
    one = json.loads((tmp_path / "ann.json").read_text(encoding="utf-8"))
    assert one != doc
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    assert not dialog.only.isEnabled() and not dialog.only.isChecked()
    assert dialog.path.text().endswith("ann.csv")
    export()
    assert (tmp_path / "ann.csv").read_text(encoding="utf-8-sig").count("\n") >= 4
    dialog.format.setCurrentIndex(dialog.format.findData(""))
    dialog.path.setText(str(tmp_path / "folder"))
    export()
    assert (tmp_path / "folder" / "claim.csv").exists()
    blocked = tmp_path / "file"
    blocked.write_text("")
    dialog.path.setText(str(blocked / "sub"))
    assert dialog.export() is not None  # a folder inside a file: refused once tried
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert not dialog.error.isHidden() and str(blocked) in dialog.error.text()
    assert dialog.export_button.isEnabled()
    dialog.path.setText("")
    assert dialog.export() is None and dialog.error.text() == "Choose where to save the export."
