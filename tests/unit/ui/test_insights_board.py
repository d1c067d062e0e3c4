"""The Insights board: themes with counts and trend, customers behind them, promote, act."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.models.insights import Column, sparkline
from crmnote.ui.window.main_window import MainWindow


@pytest.fixture
def themes(services: Services, seeded: dict[str, Any]) -> dict[str, Any]:
    for n, who in enumerate(("ann", "bob", "cat")):
        values = {"kind": "complaint", "theme": "Late delivery", "text": "Took too long"}
        values["at"] = datetime(2024, 1 + 2 * n, 5)
        services.records.add("feedback", values, seeded[who].id)
    values = {"kind": "suggestion", "theme": "Parking", "text": "More parking"}
    services.records.add("feedback", {**values, "at": datetime(2024, 2, 1)}, seeded["bob"].id)
    return seeded


def board(qtbot: Any, services: Services, settings: QSettings) -> Any:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.INSIGHTS)
    ib = window.screens.insights_board
    assert ib is not None
    settle(qtbot, ib)
    return window, ib


def settle(qtbot: Any, ib: Any) -> None:
    """Wait for the reads on workers to be on screen."""
    qtbot.waitUntil(lambda: not ib.loading(), timeout=10_000)


def test_sparkline_fills_empty_months() -> None:
    assert sparkline([("2024-01", 1), ("2024-03", 2)]) == "▅▁█"
    assert sparkline([]) == ""


def test_board_lists_themes_with_counts_trend_and_customers(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, themes: Any
) -> None:
    window, ib = board(qtbot, services, ui_settings)
    qtmodeltester.check(ib.model)
    qtmodeltester.check(ib.proxy)
    qtmodeltester.check(ib.customers)
    first = ib.proxy.index(0, Column.THEME)
    assert first.data() == "late delivery"
    assert ib.proxy.index(0, Column.CUSTOMERS).data() == "3"
    assert ib.proxy.index(0, Column.COMPLAINTS).data() == "3"
    assert ib.proxy.index(0, Column.TREND).data() == "█▁█▁█"
    assert ib.proxy.index(0, Column.INSIGHT).data() == "can be promoted"
    assert ib.title.text() == "late delivery"
    assert ib.customers.rowCount() == 3
    ib.view.sortByColumn(Column.THEME, Qt.SortOrder.AscendingOrder)
    assert ib.proxy.index(0, Column.THEME).data() == "Gift wrapping for free"
    # Double-clicking a customer behind the theme opens them in the main window.
    ib.select("feedback:parking")
    settle(qtbot, ib)
    assert ib.customers.rowCount() == 1
    qtbot.waitExposed(ib)
    view = ib.customer_view
    rect = view.visualRect(ib.customers.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.customer_page.customer_id == themes["bob"].id


def test_promote_then_mark_acted(
    qtbot: Any, services: Services, ui_settings: QSettings, themes: Any
) -> None:
    _, ib = board(qtbot, services, ui_settings)
    ib.select("feedback:parking")
    assert not ib.promote.isEnabled()  # one customer, no reasonable request
    ib.select("feedback:late delivery")
    assert ib.promote.isEnabled() and not ib.acted.isEnabled()
    qtbot.keyClicks(ib.note, "Our courier is slow")
    qtbot.mouseClick(ib.promote, Qt.MouseButton.LeftButton)
    settle(qtbot, ib)
    (insight,) = services.insights.insights()
    assert insight.note == "Our courier is slow"
    assert ib.selected().key == "feedback:late delivery"
    assert ib.proxy.index(ib.view.currentIndex().row(), Column.INSIGHT).data() == "insight"
    assert ib.acted.isEnabled()
    assert not ib.mark_acted()  # needs a note
    qtbot.keyClicks(ib.note, "Changed courier")
    qtbot.mouseClick(ib.acted, Qt.MouseButton.LeftButton)
    settle(qtbot, ib)
    (insight,) = services.insights.insights()
    assert insight.acted_at is not None and insight.acted_note == "Changed courier"
    assert "Acted upon" in ib.detail.text()


def test_by_month_is_drawn_as_bars_with_empty_months_as_gaps(qtbot: Any) -> None:
    from PySide6.QtGui import QColor, QPalette

    from crmnote.ui.widgets.month_bars import MonthBars, last_months

    months = last_months([("2025-11", 2), ("2026-02", 5)])
    assert len(months) == 12 and months[-1] == ("2026-02", 5)
    assert months[-4] == ("2025-11", 2) and months[-3] == ("2025-12", 0)
    assert last_months([]) == []
    bars = MonthBars()
    qtbot.addWidget(bars)
    bars.resize(360, 140)
    bars.set_counts([("2025-11", 2), ("2026-02", 5)])
    image = bars.grab().toImage()
    colour = bars.palette().color(QPalette.ColorRole.Highlight)
    filled = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)) == colour
    )
    assert filled > 300  # the bars are painted, not listed as text
    assert "2026-02: 5" in bars.toolTip()


def test_board_is_read_on_a_worker_with_a_loading_line_meanwhile(
    qtbot: Any, services: Services, ui_settings: QSettings, themes: Any
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.INSIGHTS)
    ib = window.screens.insights_board
    assert ib is not None
    # Nothing read on the GUI thread: the window says it is loading, its table still empty.
    assert ib.loading() and ib.loader.note.isVisible() and ib.loader.note.text() == "Loading…"
    assert ib.model.rowCount() == 0
    with qtbot.waitSignal(ib.loader.loaded, timeout=10_000):
        pass
    assert not ib.loader.note.isVisible()
    assert ib.proxy.index(0, Column.THEME).data() == "late delivery"
    # The customers behind the selected theme follow on their own worker.
    settle(qtbot, ib)
    assert ib.customers.rowCount() == 3
    # A change to feedback while shown reloads it the same way.
    ib.show()
    noise = {"kind": "complaint", "theme": "Noise", "text": "Loud", "at": datetime(2024, 3, 1)}
    window.editing.add("feedback", noise, themes["bob"].id)
    assert ib.loader.busy
    settle(qtbot, ib)
    themes_shown = {ib.proxy.index(r, Column.THEME).data() for r in range(ib.proxy.rowCount())}
    assert "noise" in themes_shown


def test_the_selected_theme_s_customers_are_read_once(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    themes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening the board selects its first theme: one read of its customers (on a big book,
    a read on a worker beside the window's first paint), and one more on a refresh."""
    asked: list[str] = []
    customers = services.insights.customers

    def counted(key: str) -> Any:
        asked.append(key)
        return customers(key)

    monkeypatch.setattr(services.insights, "customers", counted)
    _window, ib = board(qtbot, services, ui_settings)
    assert asked == ["feedback:late delivery"]
    assert ib.customers.rowCount() == 3
    ib.refresh()
    settle(qtbot, ib)
    assert asked == ["feedback:late delivery"] * 2
