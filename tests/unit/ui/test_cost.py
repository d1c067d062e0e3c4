"""Cost to serve on the Money & effort tab, and the Cost ranking window."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSettings, Qt

from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.actions import ActionId
from crmnote.ui.customer_page.cost_panel import period_start
from crmnote.ui.window.main_window import MainWindow


def test_period_start_counts_whole_months() -> None:
    assert period_start(3, date(2024, 2, 15)) == date(2023, 12, 1)
    assert period_start(12, date(2024, 12, 31)) == date(2024, 1, 1)
    assert period_start(0, date(2024, 2, 15)) is None


def test_money_and_effort_shows_cost_to_serve(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.customer_list.select(seeded["ann"].id)
    cost = window.customer_page.cost
    qtbot.waitUntil(lambda: not cost.loader.busy, timeout=10_000)
    qtmodeltester.check(cost.months)
    assert cost.cost is not None and cost.cost.interaction_minutes == 12
    text = cost.summary.text()
    assert "12 min" in text and "cost 12.00" in text and "revenue 120.00" in text
    assert "0.10" in text
    assert cost.months.rowCount() >= 1
    assert cost.months.index(0, 3).data() in ("120.00", "0.00")
    window.editing.add("effort", {"minutes": 48, "text": "Rework"}, seeded["ann"].id)
    assert cost.loader.busy  # refreshed through the bus, on a worker
    qtbot.waitUntil(lambda: not cost.loader.busy, timeout=10_000)
    assert cost.cost is not None and cost.cost.effort_minutes == 48
    assert "cost 60.00" in cost.summary.text()


def test_cost_ranking_lists_customers_by_ratio(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, seeded: Any,
    add_record: Any,
) -> None:  # fmt: skip
    at = datetime.now().replace(microsecond=0) - timedelta(days=1)
    add_record(services, "effort", seeded["bob"].id, minutes=60, text="Paperwork", at=at)
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(ActionId.COST_RANKING)
    ranking = window.screens.ranking
    assert ranking is not None and ranking.isVisible()
    # The first page is read on a worker: "Loading…" and no rows until it arrives.
    assert ranking.loader.busy and ranking.loader.note.isVisible()
    assert ranking.model.rowCount() == 0
    qtbot.waitUntil(lambda: not ranking.loader.busy, timeout=10_000)
    assert not ranking.loader.note.isVisible()
    qtmodeltester.check(ranking.model)
    names = [ranking.model.index(r, 0).data() for r in range(ranking.model.rowCount())]
    assert names == ["Bob Baker", "Ann Archer"]
    assert ranking.model.index(0, 4).data() == "no revenue"
    assert ranking.model.index(1, 4).data() == "0.10"
    qtbot.waitExposed(ranking)
    rect = ranking.view.visualRect(ranking.model.index(1, 0))
    viewport = ranking.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.customer_page.customer_id == seeded["ann"].id
    # Money recorded elsewhere while the ranking is shown reloads it, again on a worker.
    add_record(services, "money", seeded["bob"].id, amount=Decimal("1000.00"), at=at)
    window.editing.bus.publish(Changes(kinds=frozenset({"money"})))
    assert ranking.loader.busy
    qtbot.waitUntil(lambda: not ranking.loader.busy, timeout=10_000)
    assert ranking.model.index(0, 0).data() == "Ann Archer"
