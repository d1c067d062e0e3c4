"""At 1280×680 no header and no cell on the first page of any table is cut beyond a set
fraction (issue 17, item 8): columns follow content and importance (ui/widgets/tables.py)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.background import Background
from crmnote.ui.fit import fitted
from crmnote.ui.widgets.tables import ColumnFitter, _sizes
from crmnote.ui.window.main_window import MainWindow

SMALL = QSize(1280, 680)
HEADER_SHOWN = 0.85  # a header shows at least this much of its label
CELL_SHOWN = 0.5  # a cell at least this much of its text (the rest elided with "…")


def shown_fractions(view: QAbstractItemView) -> list[tuple[str, float]]:
    """(what, fraction shown) for every header and every cell in the first page of rows."""
    model = view.model()
    header: QHeaderView = (
        view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[union-attr]
    )
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    text_margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    out: list[tuple[str, float]] = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        width = header.sectionSize(c)
        label = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(label) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == c:
            need += header.fontMetrics().height()
        if label:
            out.append((f"{view.objectName()} header {label!r}", min(1.0, width / need)))
        rows = view.viewport().height() // max(1, view.sizeHintForRow(0) or 1)
        for r in range(min(model.rowCount(), max(1, rows))):
            index = model.index(r, c)
            text = str(index.data() or "").split("\n")[0]
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            need_cell = metrics.horizontalAdvance(text) + 2 * text_margin
            indent = view.indentation() * 1 if isinstance(view, QTreeView) and c == 0 else 0
            out.append(
                (
                    f"{view.objectName()} [{r},{label}] {text!r}",
                    min(1.0, (width - indent) / need_cell),
                )
            )
    return out


def assert_fits(view: QAbstractItemView) -> None:
    for fitter in view.findChildren(ColumnFitter):
        fitter.fit()
    cut = [
        (what, round(f, 2))
        for what, f in shown_fractions(view)
        if f < (HEADER_SHOWN if " header " in what else CELL_SHOWN)
    ]
    assert not cut, cut


@pytest.fixture
def demo_book(services: Services) -> Services:
    from crmnote.demo.service import DemoService

    DemoService.beside(services.records).generate(customers=30, seed=3)
    return services


def richest(services: Services) -> int:
    counts = {
        c.id: len(services.records.list("claim", c.id)) + len(services.records.list("money", c.id))
        for c in services.records.list("customer")
    }
    return max(counts, key=lambda cid: counts[cid])


def test_share_gives_the_text_the_room_and_short_values_what_they_need() -> None:
    natural = {0: 120, 1: 500, 2: 80, 3: 300}
    floor = {0: 120, 1: 250, 2: 80, 3: 120}
    lows = {0: 80, 1: 40, 2: 54, 3: 60}
    weights = {0: 0, 1: 4, 2: 0, 3: 1}
    roomy = _sizes(1200, natural, floor, lows, weights)
    assert roomy[0] == 120 and roomy[2] == 80 and roomy[1] > 500 and sum(roomy.values()) <= 1200
    tight = _sizes(650, natural, floor, lows, weights)
    assert tight[3] == 120  # the lesser text gave way first, to its floor
    assert tight[0] == 120 and tight[2] == 80 and tight[1] == 330
    assert sum(_sizes(300, natural, floor, lows, weights).values()) <= 300 + 4


def test_no_table_of_the_main_window_is_cut_at_1280_by_680(
    qtbot: Any, demo_book: Services, ui_settings: QSettings
) -> None:
    window = MainWindow(demo_book, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    window.show_today()
    qtbot.waitUntil(lambda: not window.today_view.loader.busy, timeout=10_000)
    assert_fits(window.today_view.tree)
    assert_fits(window.customer_list.view)
    window.open_customer(richest(demo_book))
    page = window.customer_page
    qtbot.waitUntil(lambda: not page.scores_pending(), timeout=5000)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        qtbot.wait(5)
        for view in page.tabs.currentWidget().findChildren(QTableView):
            if view.isVisible():
                assert_fits(view)
    window.search.field.setText("order")
    assert window.search.run()
    assert_fits(window.search.view)


SCREENS = {
    ActionId.STAFF_REPORT: "staff",
    ActionId.STANDARDS: "standards_window",
    ActionId.COST_RANKING: "ranking",
    ActionId.INSIGHTS: "insights_board",
}


@pytest.mark.parametrize("action", list(SCREENS))
def test_secondary_windows_are_not_cut_on_a_1280_by_680_screen(
    qtbot: Any, demo_book: Services, ui_settings: QSettings, action: ActionId
) -> None:
    window = MainWindow(demo_book, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.registry.trigger(action)
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10000)  # screens read on workers
    other = getattr(window.screens, SCREENS[action])
    shown = [v for v in other.findChildren(QAbstractItemView) if isinstance(v, QTableView)]
    wanted = other.property("wanted_size")
    assert isinstance(wanted, QSize)
    other.resize(fitted(wanted, QRect(0, 0, SMALL.width(), SMALL.height())))
    qtbot.waitUntil(lambda: other.isVisible())
    qtbot.waitUntil(lambda: not Background.busy(), timeout=10_000)  # rows read on workers
    qtbot.wait(20)
    for view in shown:
        if view.isVisible() and view.model() is not None and view.model().rowCount():
            assert_fits(view)


class _Rows(QAbstractTableModel):
    """Two columns of text, replaced by a reset only (as the customer list is filtered)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = [("a", "b")]

    def rowCount(self, parent: Any = None) -> int:
        return len(self.texts)

    def columnCount(self, parent: Any = None) -> int:
        return 2

    def column_weight(self, column: int) -> int:
        return 1 if column == 0 else 0  # the first takes the room left; the second its text

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.texts[index.row()][index.column()]

    def replace(self, texts: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.texts = texts
        self.endResetModel()


def test_a_filtered_list_keeps_its_columns_until_the_rows_settle(qtbot: Any) -> None:
    from crmnote.ui.widgets.tables import table_view

    model = _Rows()
    settling = table_view("settling", model, fit_after_reset_ms=60_000)
    at_once = table_view("at_once", model)
    for view in (settling, at_once):
        qtbot.addWidget(view)
        view.resize(600, 300)
        view.show()
    qtbot.waitExposed(settling)
    qtbot.wait(50)  # the fits after showing
    before = settling.columnWidth(1)
    assert before == at_once.columnWidth(1) < 300
    model.replace([("a", "b"), ("c", "a much longer text than before")])
    qtbot.waitUntil(lambda: at_once.columnWidth(1) > before)  # fitted on the next turn
    qtbot.wait(50)
    assert settling.columnWidth(1) == before  # not while resets may still follow
    # A resize meanwhile (the scroll bar comes or goes as the rows change) shares the new
    # width by the last measurements: the first column takes it, the second stays.
    first = settling.columnWidth(0)
    settling.resize(700, 300)
    qtbot.waitUntil(lambda: settling.columnWidth(0) > first)
    assert settling.columnWidth(1) == before
    (fitter,) = settling.findChildren(ColumnFitter)
    fitter.rows_settled()  # what the settle timer calls
    assert settling.columnWidth(1) == at_once.columnWidth(1)


def test_tables_shown_together_measure_one_per_turn_of_the_event_loop(qtbot: Any) -> None:
    """Each measure asks Python for every cell it looks at: several tables measured in one
    turn held the window (Insights' nine: ~70 ms at 100,000 customers). One a turn; the
    width of an already measured table is shared at once."""
    from PySide6.QtCore import QTimer

    from crmnote.ui.widgets.tables import table_view

    views = [table_view(f"t{n}", _Rows()) for n in range(3)]
    measured: list[str] = []
    turns: list[list[str]] = []
    for view in views:
        qtbot.addWidget(view)
        view.resize(600, 300)
        (fitter,) = view.findChildren(ColumnFitter)
        measure = fitter._measure

        def counted(
            columns: Any, chars: int, name: str = view.objectName(), m: Any = measure
        ) -> Any:
            measured.append(name)
            return m(columns, chars)

        fitter._measure = counted  # type: ignore[method-assign]
    for view in views:
        view.show()

    def turn() -> None:  # a 0 ms timer of its own: fires once per turn of the event loop
        turns.append(list(measured))
        if len(turns) < 20:
            QTimer.singleShot(0, turn)

    QTimer.singleShot(0, turn)
    qtbot.waitUntil(lambda: len(turns) == 20)
    assert sorted(set(measured)) == ["t0", "t1", "t2"]  # every table measured
    grew = [len(b) - len(a) for a, b in itertools.pairwise(turns)]
    assert max(grew) == 1, turns  # never two measures between two turns
    # A resize of a measured table only shares its width: done without waiting its turn.
    before = len(measured)
    first = views[0].columnWidth(0)
    views[0].resize(700, 300)
    qtbot.waitUntil(lambda: views[0].columnWidth(0) > first)
    assert len(measured) == before
