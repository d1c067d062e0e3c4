"""Cost to serve on the Money & effort tab: cost, revenue, ratio and the monthly trend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import NotFoundError
from crmnote.ui.labels import NONE
from crmnote.ui.loading import Loader
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.widgets.facts import plain
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.cost import CostMonth, CostService, CustomerCost

PERIODS = (3, 12, 0)  # months back from this one; 0 = all time


def period_start(months: int, today: date) -> date | None:
    """The first day of the month `months - 1` months before today's (None: from the start)."""
    if months <= 0:
        return None
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def money(value: float | Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


def ratio_text(ratio: float | None) -> str:
    if ratio is None:
        return QCoreApplication.translate("CostPanel", "no revenue")
    return QLocale().toString(ratio, "f", 2)


def period_box(parent: QWidget | None = None) -> QComboBox:
    t = QCoreApplication.translate
    box = QComboBox(parent)
    box.addItem(t("CostPanel", "Last 3 months"), 3)
    box.addItem(t("CostPanel", "Last 12 months"), 12)
    box.addItem(t("CostPanel", "All time"), 0)
    box.setCurrentIndex(1)
    return box


def _month_cell(m: CostMonth, column: int) -> str:
    cells = (
        m.month,
        str(m.interaction_minutes + m.effort_minutes),
        money(m.cost),
        money(m.revenue),
        ratio_text(m.ratio),
    )
    return cells[column]


class CostPanel(QWidget):
    """Shows one customer's cost to serve over the chosen period."""

    def __init__(
        self,
        service: CostService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cost_panel")
        self._service = service
        self._today = today
        self.customer_id: int | None = None
        self.cost: CustomerCost | None = None
        self.period = period_box()
        self.period.setObjectName("cost_period")
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = plain()
        self.summary.setObjectName("cost_summary")
        headers = [self.tr("Month"), self.tr("Minutes"), self.tr("Cost"), self.tr("Revenue")]
        headers.append(self.tr("Cost / revenue"))
        self.months = RowsModel(headers, _month_cell, parent=self)
        self.view = table_view(
            "cost_months", self.months, rows=False, single=False, label=self.tr("Cost by month")
        )
        self.view.hide()  # on demand: the records below need the room more
        self.view.setMaximumHeight(self.view.fontMetrics().height() * 12)
        self.by_month = QToolButton()
        self.by_month.setObjectName("cost_by_month")
        self.by_month.setText(self.tr("By month"))
        self.by_month.setCheckable(True)
        self.by_month.toggled.connect(self.view.setVisible)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(plain(self.tr("Cost to serve:"), bold=True))
        top.addWidget(self.period)
        self.loader = Loader(self)
        top.addWidget(self.loader.note)
        top.addStretch(1)
        top.addWidget(self.by_month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id != self.customer_id:
            self._show(None)  # nothing of another customer while this one's cost is read
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        """Read the customer's cost on a worker; it is shown when it arrives."""
        customer_id = self.customer_id
        if customer_id is None:
            self.loader.cancel()
            self._show(None)
            return
        start = period_start(int(self.period.currentData()), self._today())
        service = self._service

        def read() -> CustomerCost | None:
            try:
                return service.customer(customer_id, start, None)
            except NotFoundError:
                return None

        self.loader.load(read, self._show)

    def _show(self, cost: CustomerCost | None) -> None:
        self.cost = c = cost
        if c is None:
            self.summary.setText(NONE)
            self.months.set_rows([])
            return
        minutes = c.interaction_minutes + c.effort_minutes
        self.summary.setText(
            self.tr(
                "{0} min ({1} in contacts, {2} effort) × {3}/h = cost {4}; revenue {5}; "
                "cost / revenue {6}"
            ).format(
                minutes,
                c.interaction_minutes,
                c.effort_minutes,
                money(c.hourly_cost),
                money(c.cost),
                money(c.revenue),
                ratio_text(c.ratio),
            )
        )
        self.months.set_rows(list(reversed(c.months)))
