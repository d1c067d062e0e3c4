"""The Cost ranking window: customers by cost to serve against revenue, paged from SQL.

The first page is read on a worker thread ("Loading…" meanwhile); later pages as the view
scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from crmnote.services.cost import CostRank, CostService
from crmnote.ui.bus import Bus
from crmnote.ui.customer_page.cost_panel import money, period_box, period_start, ratio_text
from crmnote.ui.fit import place
from crmnote.ui.loading import Loader
from crmnote.ui.models.paged import PagedModel
from crmnote.ui.stale import RefreshWhenStale
from crmnote.ui.widgets.facts import plain
from crmnote.ui.widgets.tables import table_view


class CostRankingModel(PagedModel[CostRank]):
    """Rows in the service's order (highest ratio first); more are fetched as the view scrolls."""

    page_size = 200

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [self.tr("Customer"), self.tr("Minutes"), self.tr("Cost"), self.tr("Revenue")]
        headers.append(self.tr("Cost / revenue"))
        super().__init__(headers, parent)

    def show_ranking(self, service: CostService, start: date | None, end: date | None) -> None:
        self.load(self.source(service, start, end))

    @staticmethod
    def source(
        service: CostService, start: date | None, end: date | None
    ) -> Callable[[int, int], list[CostRank]]:
        return lambda offset, limit: service.ranking(start, end, limit, offset)

    def cell(self, row: CostRank, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (
                row.name,
                str(row.minutes),
                money(row.cost),
                money(row.revenue),
                ratio_text(row.ratio),
            )
            return cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CostRankingWindow(QWidget, RefreshWhenStale):
    """Emits `open_customer(id)` on double-click."""

    WATCHED = ("customer", "interaction", "effort", "money", "settings")

    open_customer = Signal(int)

    def __init__(
        self,
        service: CostService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        bus: Bus | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if bus is not None:
            bus.subscribe(self, self.on_changed)
        self.setObjectName("cost_ranking")
        self.setWindowTitle(self.tr("Cost ranking"))
        self._service = service
        self._today = today
        self.model = CostRankingModel(self)
        self.period = period_box()
        self.period.setObjectName("ranking_period")
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view = table_view(
            "ranking_table", self.model, single=False, label=self.tr("Customers by cost ratio")
        )
        self.view.doubleClicked.connect(self._open)
        self.loader = Loader(self)
        top = QHBoxLayout()
        top.addWidget(plain(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.loader.note)
        top.addStretch(1)
        note = plain(
            self.tr(
                "Cost: minutes in contacts and effort × the hourly cost (Settings). Revenue: "
                "sales − refunds − credits. Highest cost per unit of revenue first; customers "
                "with cost but no revenue come first. Double-click to open a customer."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        place(self, QSize(760, 620))

    def refresh(self) -> None:
        self._stale = False
        start = period_start(int(self.period.currentData()), self._today())
        fetch = self.model.source(self._service, start, None)
        size = self.model.page_size
        self.loader.load(lambda: fetch(0, size), lambda first: self.model.load(fetch, first))

    def _open(self, index: QModelIndex) -> None:
        self.open_customer.emit(self.model.row_at(index.row()).customer_id)
