"""File → Export calendar…: asks where, writes the .ics file, says what it wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
from PySide6.QtCore import QSettings

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.window.main_window import MainWindow


def test_export_calendar_writes_the_due_promise(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    asked: list[tuple[str, str, str]] = []

    def save_as(title: str, suggested: str, filter_: str) -> str:
        asked.append((title, suggested, filter_))
        return str(tmp_path / "agenda")  # no suffix: .ics is added

    w.files.save_as = save_as
    assert "Export c&alendar…" in [a.text() for a in w.menuBar().actions()[0].menu().actions()]
    w.registry.trigger(ActionId.EXPORT_CALENDAR)
    assert asked == [("Export calendar", "crmnote-due.ics", "iCalendar files (*.ics)")]
    cal = icalendar.Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    summaries = sorted(str(ev["summary"]) for ev in cal.walk("VEVENT"))
    assert summaries == [
        "Judgment due on a request: Gift wrapping for free (Ann Archer)",
        "Promise due: Deliver the order (Ann Archer)",
        "Verdict due on a claim: Box arrived damaged (Ann Archer)",
    ]
    assert "3 promise(s) or follow-up(s) to do" in w.statusBar().currentMessage()


def test_export_calendar_cancelled_or_unwritable(
    qtbot: Any, services: Services, ui_settings: QSettings, tmp_path: Path
) -> None:
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    errors: list[str] = []
    w.show_error = errors.append  # type: ignore[method-assign]
    w.files.save_as = lambda *_a: ""
    assert w.files.export_calendar() is None and errors == []
    blocker = tmp_path / "file"
    blocker.write_text("x")
    w.files.save_as = lambda *_a: str(blocker / "due.ics")
    assert w.files.export_calendar() is None
    assert len(errors) == 1 and errors[0].startswith(f"Cannot write {blocker / 'due.ics'}")
