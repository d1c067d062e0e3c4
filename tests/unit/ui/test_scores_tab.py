"""The Scores tab, the header's trend arrows, and pyqtgraph staying out of start-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QSettings, Qt

from crmnote.domain.entities import ScorePoint
from crmnote.domain.trend import trends
from crmnote.domain.types import CustomerId, Verdict
from crmnote.services.book_services import Services
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.models.contributions import (
    Column,
    ContributionModel,
    ContributionProxy,
    points_text,
)
from crmnote.ui.window.main_window import MainWindow


def open_scores(qtbot: Any, services: Services, settings: QSettings, cid: int) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.customer_list.select(cid)
    page = window.customer_page
    page.load_scores()
    page.tabs.setCurrentWidget(page.scores_tab)
    return window


def judged_claim(services: Services, seeded: dict[str, Any], verdict: Verdict) -> None:
    services.records.update("claim", seeded["claim"].id, {"verdict": verdict})


def test_contributions_are_listed_largest_first_and_filter_by_score(
    qtbot: Any, qtmodeltester: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    judged_claim(services, seeded, Verdict.UNSUBSTANTIATED)
    window = open_scores(qtbot, services, ui_settings, seeded["ann"].id)
    tab = window.customer_page.scores_tab
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    rows = [tab.proxy.index(r, Column.POINTS).data() for r in range(tab.proxy.rowCount())]
    sizes = [abs(float(p.replace("−", "-"))) for p in rows]
    assert sizes == sorted(sizes, reverse=True) and len(rows) >= 2
    top = tab.proxy.index(0, Column.KIND).data()
    assert top == "Claim unsubstantiated"
    assert "Difficulty" in tab.summary.text() and "Trust" in tab.summary.text()
    tab.which.setCurrentIndex(tab.which.findData("trust"))
    scores = {tab.proxy.index(r, Column.SCORE).data() for r in range(tab.proxy.rowCount())}
    assert scores <= {"Trust"}
    qtmodeltester.check(tab.proxy)


def test_activating_a_contribution_opens_its_record(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    judged_claim(services, seeded, Verdict.UNSUBSTANTIATED)
    window = open_scores(qtbot, services, ui_settings, seeded["ann"].id)
    tab = window.customer_page.scores_tab
    view = tab.view
    rect = view.visualRect(tab.proxy.index(0, Column.REASON))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.findChild(RecordForm, "record_form_claim")
    assert form is not None
    assert form.editor("text").value() == "Box arrived damaged"
    form.reject()


def test_chart_draws_the_history_and_today_and_opens_a_clicked_point(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    window = open_scores(qtbot, services, ui_settings, seeded["ann"].id)
    chart = window.customer_page.scores_tab.chart
    history = services.scores.history(CustomerId(seeded["ann"].id))
    assert chart.plot is not None and chart.plot.isVisible()
    xs, trust = chart.series("trust")
    assert len(xs) in (len(history), len(history) + 1)  # + today, when later than the last
    assert trust[: len(history)] == [p.trust for p in history]
    with qtbot.waitSignal(chart.point_clicked) as blocker:
        chart._clicked(None, [_Spot(0)])
    assert blocker.args == [history[0].cause_kind, history[0].cause_id]


class _Spot:
    def __init__(self, index: int) -> None:
        self._index = index

    def index(self) -> int:
        return self._index


def test_a_new_customer_has_no_chart_yet(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: Any
) -> None:
    window = open_scores(qtbot, services, ui_settings, seeded["bob"].id)
    tab = window.customer_page.scores_tab
    assert tab.chart.empty.isVisible()
    assert tab.model.rowCount() == 0
    assert window.customer_page.header.difficulty.trend.text().strip() == ""


def test_contribution_model_on_its_own(qtmodeltester: Any) -> None:
    model = ContributionModel()
    proxy = ContributionProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert points_text(-3.5) == "−3.50" and points_text(2) == "+2.00"


def point(days_ago: int, d: float, t: float, now: datetime) -> ScorePoint:
    return ScorePoint(
        customer_id=CustomerId(1), at=now - timedelta(days=days_ago), difficulty=d, trust=t
    )


def test_trend_compares_with_a_month_ago() -> None:
    now = datetime(2026, 6, 1, 12)
    history = [point(90, 20, 50, now), point(40, 30, 60, now), point(5, 50, 55, now)]
    result = trends(history, now, (52.0, 55.4), (18.1, 50.0))
    assert result is not None
    difficulty, trust = result
    assert (difficulty.before, difficulty.now, difficulty.arrow) == (30, 52.0, "↑")
    assert trust.arrow == "↓" and round(trust.delta, 1) == -4.6
    recent = trends([point(3, 40, 50.4, now)], now, (40.0, 50.4), (18.1, 50.0))
    assert recent is not None and recent[0].before == 18.1 and recent[1].arrow == "→"
    assert trends([], now, (18.1, 50.0), (18.1, 50.0)) is None


def test_header_badges_show_the_trend(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: Any, add_record: Any
) -> None:
    ann = seeded["ann"].id
    for _ in range(3):
        add_record(services, "interaction", ann, mood=-2, summary="Shouting")
    window = open_scores(qtbot, services, ui_settings, ann)
    badge = window.customer_page.header.difficulty
    assert badge.trend.text().startswith("↑")
    assert "worse" in badge.toolTip()


def test_pyqtgraph_is_not_imported_at_start_up(tmp_path: Any) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "from crmnote.bootstrap import open_database\n"
        "from crmnote.ui.window.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"db = open_database({str(tmp_path / 'x.sqlite3')!r})\n"
        f"w = MainWindow(db.services, 'x', QSettings({str(tmp_path / 'ui.ini')!r}, "
        "QSettings.Format.IniFormat))\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": ""},
    )
    assert out.stdout.split() == ["False", "False"]


def test_a_long_history_keeps_the_largest_moves() -> None:
    from crmnote.domain.scoring import Contribution
    from crmnote.ui.models.contributions import LIMIT

    at = datetime(2026, 1, 1)
    many = [Contribution(i / 1000, "interaction", "interaction", i + 1, at, "") for i in range(600)]
    model = ContributionModel()
    model.set_contributions(many, many[:3])
    assert model.truncated() and model.total == 603
    assert model.rowCount() == LIMIT + 3
    assert model.row_at(0)[1].points == 0.599


def test_a_one_day_history_is_shown_over_two_weeks_not_seconds() -> None:
    from crmnote.ui.customer_page.score_chart import MIN_SPAN_S, x_span

    start, end = 1_767_000_000.0, 1_767_000_000.0 + 3600  # two points an hour apart
    low, high = x_span(start, end)
    assert high - low >= MIN_SPAN_S and low < start and high >= end
    assert x_span(start, start + 90 * 86400) == (start, start + 90 * 86400)


def test_the_model_sorts_itself_and_the_current_row_follows(qtmodeltester: Any) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    from crmnote.domain.scoring import Contribution

    at = datetime(2026, 1, 1)
    moves = [
        Contribution(points, "interaction", "interaction", n + 1, at + timedelta(days=n), "")
        for n, points in enumerate((0.5, -3.0, 1.5))
    ]
    model = ContributionModel()
    proxy = ContributionProxy()
    proxy.setSourceModel(model)
    model.set_contributions(moves, ())
    size = [proxy.index(r, Column.POINTS).data() for r in range(proxy.rowCount())]
    assert size == ["−3.00", "+1.50", "+0.50"]  # by size, largest first
    held = QPersistentModelIndex(proxy.index(0, Column.POINTS))
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert proxy.sortColumn() == -1  # the proxy keeps the model's order
    dates = [proxy.index(r, Column.DATE).data() for r in range(proxy.rowCount())]
    assert dates == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert held.row() == 1 and held.data() == "−3.00"  # the row moved with its contribution
    model.set_contributions(moves[:2], ())  # new rows come in the order chosen
    assert [proxy.index(r, Column.DATE).data() for r in range(2)] == ["2026-01-01", "2026-01-02"]
    qtmodeltester.check(proxy)
