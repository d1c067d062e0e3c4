"""Today as the window is first made: a screenful of lines at once, every line once painted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from crmnote.services.agenda import Agenda, AgendaItem
from crmnote.ui.widgets.today_view import FIRST_LINES, TodayView

DAY = date(2026, 3, 10)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # where each line keeps its record


def _promises(n: int, start: int, due: date) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem("promise", start + i, 1, "Fjord Bikes", f"Call back {start + i}", due)
        for i in range(n)
    )


class _Today:
    """A TodayService answering a fixed agenda (the one given last)."""

    def __init__(self, overdue: int, due_soon: int) -> None:
        self.answer = self.make(overdue, due_soon)

    @staticmethod
    def make(overdue: int, due_soon: int) -> Agenda:
        return Agenda(
            overdue=_promises(overdue, 1, DAY - timedelta(days=2)),
            due_soon=_promises(due_soon, 1000, DAY + timedelta(days=1)),
            claims=(),
            requests=(),
        )

    def agenda(self, today: date | None = None, limit: int = 500) -> Agenda:
        return self.answer


def _ids(view: TodayView, key: str) -> list[int]:
    group = view.groups[key]
    return [group.child(i).data(0, ITEM_ROLE).id for i in range(group.childCount())]


def test_the_first_screen_shows_a_screenful_then_every_line_once_painted(qtbot: Any) -> None:
    service = _Today(overdue=FIRST_LINES + 20, due_soon=30)
    view = TodayView(service)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.refresh_now(DAY)
    # Before the paint: each group with its whole count, the first lines in order.
    assert view.groups["overdue"].text(0).endswith(f"({FIRST_LINES + 20})")
    assert view.groups["due_soon"].text(0).endswith("(30)")
    assert _ids(view, "overdue") == list(range(1, FIRST_LINES + 1))
    assert _ids(view, "due_soon") == []
    assert view.filling
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.filling)
    assert _ids(view, "overdue") == list(range(1, FIRST_LINES + 21))
    assert _ids(view, "due_soon") == list(range(1000, 1030))
    assert view.groups["due_soon"].isExpanded()


def test_a_small_agenda_is_shown_whole_at_once(qtbot: Any) -> None:
    view = TodayView(_Today(overdue=3, due_soon=2))  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.refresh_now(DAY)
    assert not view.filling
    assert _ids(view, "overdue") == [1, 2, 3] and _ids(view, "due_soon") == [1000, 1001]


def test_today_read_again_before_the_paint_shows_only_the_new_lines(qtbot: Any) -> None:
    service = _Today(overdue=FIRST_LINES + 20, due_soon=30)
    view = TodayView(service)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.refresh_now(DAY)
    service.answer = _Today.make(overdue=2, due_soon=1)
    view.refresh(DAY)
    qtbot.waitUntil(lambda: not view.loader.busy)
    view.show()
    qtbot.waitExposed(view)
    assert not view.filling
    assert _ids(view, "overdue") == [1, 2] and _ids(view, "due_soon") == [1000]
