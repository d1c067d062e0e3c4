"""Settings → Business: the reminders switch installs and removes the timer or autostart entry,
for the book that is open, and says at the switch when that fails."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crmnote.desktop.autostart import Autostart
from crmnote.services.book_services import Services
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.settings_dialog import SettingsDialog


def test_switch_installs_and_removes_the_reminders(
    qtbot: Any, services: Services, tmp_path: Path
) -> None:
    auto = Autostart(tmp_path / "config", None)
    dialog = SettingsDialog(services, Bus(), autostart=auto)
    qtbot.addWidget(dialog)
    assert not dialog.reminders.isChecked()
    dialog.reminders.setChecked(True)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    entry = auto.autostart_file.read_text()
    book = services.database.location()
    assert f'"--db" "{book}" "remind"' in entry  # a file's path, or a URL with no password
    assert book.endswith("t.sqlite3") or book.startswith("postgresql+psycopg://")
    again = SettingsDialog(services, Bus(), autostart=auto)
    qtbot.addWidget(again)
    assert again.reminders.isChecked()
    again.reminders.setChecked(False)
    again.accept()
    assert not auto.installed()


def test_a_failing_install_is_told_at_the_switch(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: Any
) -> None:
    runtime = tmp_path / "run"
    (runtime / "systemd").mkdir(parents=True)
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")

    def failing(args: Sequence[str]) -> None:
        raise subprocess.CalledProcessError(1, list(args))

    auto = Autostart(tmp_path / "config", runtime, failing)
    dialog = SettingsDialog(services, Bus(), autostart=auto)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reminders.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.reminders_error.isVisible()
    assert dialog.reminders_error.text().startswith("The reminders could not be set up: ")
    assert not auto.installed() and not auto.service_file.exists()  # nothing half installed
