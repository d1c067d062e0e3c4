"""The bus: views subscribe themselves, skip what they published, and stop hearing when gone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus


def test_a_view_hears_others_changes_but_not_its_own(qtbot: Any) -> None:
    bus = Bus()
    view, other = QWidget(), QWidget()
    qtbot.addWidget(view)
    qtbot.addWidget(other)
    heard: list[Changes] = []
    bus.subscribe(view, heard.append)
    theirs = Changes.of("promise", 1, 7)
    bus.publish(theirs, initiator=other)
    bus.publish(Changes.of("promise", 2, 7), initiator=view)
    bus.publish(Changes())  # nothing changed: nothing sent
    assert heard == [theirs]


def test_a_deleted_view_is_no_longer_called(qtbot: Any) -> None:
    bus = Bus()
    view = QWidget()
    heard: list[Changes] = []
    bus.subscribe(view, heard.append)
    with qtbot.waitSignal(view.destroyed, timeout=10_000):
        view.deleteLater()
    bus.publish(Changes.of("claim", 3, 7))
    assert heard == []
