"""Today over the follow-ups service: days late, due soon, claims pending too long."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings

from crmnote.services.book_services import Services
from crmnote.ui.window.main_window import MainWindow


def test_today_shows_days_and_claims_pending_too_long(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], add_record: Any
) -> None:
    old = datetime.now().replace(microsecond=0) - timedelta(days=20)
    add_record(services, "claim", seeded["bob"].id, text="Wrong colour", raised_at=old)
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    groups = window.today_view.groups
    assert groups["overdue"].child(0).text(3) == "2 day(s) late"
    assert groups["stale_claims"].childCount() == 1
    stale = groups["stale_claims"].child(0)
    assert stale.text(0) == "Wrong colour" and stale.text(3) == "20 day(s) waiting"
    assert "7 day(s)" in groups["stale_claims"].text(0)
    assert groups["claims"].childCount() == 1  # Ann's fresh claim only
    assert groups["requests"].child(0).text(3) == "0 day(s) waiting"
    window.today_view.tree.itemActivated.emit(stale, 0)
    assert window.screens.dossier is not None
    assert window.screens.dossier.dossier.claim.text == "Wrong colour"
    assert window.customer_page.customer_id == seeded["bob"].id


def test_a_double_click_opens_the_record_once(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    from PySide6.QtCore import Qt

    from crmnote.ui.dialogs.record_form import RecordForm

    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tree = window.today_view.tree
    line = window.today_view.groups["overdue"].child(0)
    tree.scrollToItem(line)
    # On the line's first cell: the whole line may be wider than the view on a small screen.
    pos = tree.visualRect(tree.indexFromItem(line, 0)).center()
    # What a real double-click sends: press and release, then the double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    forms = [f for f in window.findChildren(RecordForm) if f.isVisible()]
    assert len(forms) == 1
    # Asked again (the list, a search hit), the same form comes forward: never a second one.
    again = window.editing.edit("promise", seeded["promise"].id)
    assert again is forms[0]
    assert len([f for f in window.findChildren(RecordForm) if f.isVisible()]) == 1
    again.reject()


def test_our_side_to_fix_is_on_today_until_done(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    """A decision to fix our side shows with its follow-up: days to go, then days late."""
    today = datetime.now().date()
    soon, _ = services.decisions.decide(
        seeded["ann"].id,
        {"action": "fix_our_side", "follow_up": "Train the team on returns",
         "follow_up_due": today + timedelta(days=4)},
    )  # fmt: skip
    late, _ = services.decisions.decide(
        seeded["bob"].id,
        {"action": "fix_our_side", "follow_up": "Fix the courier pick-up",
         "at": datetime.now().replace(microsecond=0) - timedelta(days=10),
         "follow_up_due": today - timedelta(days=3)},
    )  # fmt: skip
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    group = window.today_view.groups["our_side"]
    lines = [(group.child(i).text(0), group.child(i).text(3)) for i in range(group.childCount())]
    assert lines == [("Fix the courier pick-up", "3 day(s) late"),
                     ("Train the team on returns", "in 4 day(s)")]  # fmt: skip
    window.today_view.tree.itemActivated.emit(group.child(0), 0)
    assert window.customer_page.customer_id == seeded["bob"].id
    changes = services.decisions.follow_up_done(late.id)
    today = window.today_view
    today.on_changed(changes)
    # Read again on a worker: "Loading…", the lines shown stay until the new ones arrive.
    assert today.loader.busy and today.loader.note.text() == "Loading…"
    assert today.groups["our_side"].childCount() == 2
    with qtbot.waitSignal(today.loader.loaded, timeout=10_000):
        pass
    assert today.loader.note.isHidden()
    group = today.groups["our_side"]
    assert [group.child(i).text(0) for i in range(group.childCount())] == [
        "Train the team on returns"
    ]
    assert soon.id != late.id
