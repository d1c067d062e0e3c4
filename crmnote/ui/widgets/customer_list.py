"""The customer list beside the customer page: search as you type, filters, SQL sorting."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.domain.types import CustomerStatus
from crmnote.domain.views import CustomerSummary
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus
from crmnote.ui.labels import enum_label
from crmnote.ui.models.customer_list import Column, CustomerListModel
from crmnote.ui.newest import Newest
from crmnote.ui.widgets.cells import AnsweredCells
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.customer_list import CustomerListService
    from crmnote.services.list_query import ListQuery

SEARCH_DELAY_MS = 150
# The columns keep their widths while the user types; sized again once the rows have stayed
# put this long (sizing them by content asks for every role of every cell in view).
FIT_AFTER_FILTER_MS = 400
# Records whose change alters a column of the list.
# "scores": a recompute (new weights, hourly cost) changes the columns and their order.
_LIST_KINDS = (
    "customer",
    "interaction",
    "promise",
    "claim",
    "request",
    "money",
    "effort",
    "scores",
)


class CustomerListPanel(QWidget):
    """Emits `selected` with a customer id, `opened` on double-click or Enter, `filtered` once
    the rows of the filters last applied are shown.

    The filters are applied on a worker thread (`ui/newest.py`): the list keeps showing its
    rows until the new ones are read, so typing never waits for the database, and a keystroke
    overtaken by the next one is never shown."""

    selected = Signal(int)
    opened = Signal(int)
    filtered = Signal()

    def __init__(
        self,
        service: CustomerListService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        bus: Bus | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        if bus is not None:
            bus.subscribe(self, self.on_changed)
        self.model = CustomerListModel(service, today, self)
        self._reader = Newest(self)
        # The next page as the list is scrolled, on its own worker (ui/models/paged.py).
        self.model.read_pages_with(Newest(self))
        self.model.page_failed.connect(self._page_failed)
        self._asked: ListQuery | None = None  # the filters applied last, until shown

        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setAccessibleName(self.tr("Filter customers"))
        self.search.setPlaceholderText(self.tr("Search name, company, email, phone, tag…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in CustomerStatus:
            self.status.addItem(enum_label(status), status)
        self.tag = QComboBox()
        self.tag.setObjectName("tag_filter")
        self.count_label = QLabel()

        self.view = table_view(
            "customer_table",
            self.model,
            label=self.tr("Customers"),
            wrap=False,
            sort=(Column.NAME, Qt.SortOrder.AscendingOrder),
            fit_after_reset_ms=FIT_AFTER_FILTER_MS,
        )
        # Each cell's roles in one call from Qt, not seven (widgets/cells.py).
        self.view.setItemDelegate(AnsweredCells(self.model, self.view))
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        # Columns are sized by the rows in view and a few more (tables.MEASURED_ROWS), not by
        # the whole first page: Qt's default of 1,000 rows, then 100, cost 30-60 ms a fit.

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.tag, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda index: self.opened.emit(self._id_at(index.row())))
        self.view.activated.connect(lambda index: self.opened.emit(self._id_at(index.row())))
        self.refresh_tags()
        self._update_count()

    @property
    def filtering(self) -> bool:
        """True while the rows of the filters last applied are being read."""
        return self._reader.busy

    def apply_filters(self) -> None:
        """Read the rows for what the search box and filters say now, on a worker; they are
        shown when read, unless newer filters were applied meanwhile."""
        self._timer.stop()
        status = self.status.currentData()
        query = dataclasses.replace(
            self.model.query,
            search=self.search.text(),
            statuses=(CustomerStatus(status),) if status is not None else (),
            tag=self.tag.currentData(),
        )
        if query == self.model.query and not self._reader.busy:
            self.filtered.emit()  # shown already
            return
        self._read(query)

    def _read(self, query: ListQuery) -> None:
        self._asked = query
        service, size = self._service, self.model.page_size
        stop = service.interrupt()  # overtaken by a later keystroke: the server stops it too

        def work() -> tuple[list[CustomerSummary], tuple[int, bool]]:
            return service.first_page(query, size, stop)

        self._reader.submit(work, lambda read: self._show(query, *read), self._failed, stop.stop)

    def _show(self, query: ListQuery, rows: list[CustomerSummary], count: tuple[int, bool]) -> None:
        now = self.model.query
        if (now.order_by, now.descending) != (query.order_by, query.descending):
            # Sorted by a header meanwhile: the filters again, in that order.
            self._read(dataclasses.replace(query, order_by=now.order_by, descending=now.descending))
            return
        self._asked = None
        current = self.current_id()
        self.model.show(query, rows)
        self._set_count(*count)
        if current is not None:
            self.select(current, notify=False)
        self.filtered.emit()

    def _failed(self, error: Exception) -> None:
        self._asked = None
        self._page_failed(error)
        self.filtered.emit()

    def _page_failed(self, error: Exception) -> None:
        if not isinstance(error, CrmError):
            raise error
        self.count_label.setText(self.tr("The list could not be read: {0}").format(error))

    def refresh_tags(self) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in self._service.tags():
            self.tag.addItem(tag, tag)
        index = self.tag.findData(chosen)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches(*_LIST_KINDS):
            return
        if self._asked is not None:
            # Filters being read: read them again, after this change.
            self._read(self._asked)
            if changes.touches("customer"):
                self.refresh_tags()
            return
        current = self.current_id()
        self.model.reload()
        if changes.touches("customer"):
            self.refresh_tags()
            self._update_count()
        if current is not None:
            self.select(current, notify=False)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self._id_at(index.row()) if index.isValid() else None

    def select(self, customer_id: int, notify: bool = True) -> bool:
        row = self.model.row_of(customer_id)
        if row < 0:
            return False
        selection = self.view.selectionModel()
        if not notify:
            selection.blockSignals(True)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(self.model.index(row, 0), flags)
        if not notify:
            selection.blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _id_at(self, row: int) -> int:
        return int(self.model.row_at(row).id)

    def _current_changed(self, current: object, _previous: object) -> None:
        cid = self.current_id()
        if cid is not None:
            self.selected.emit(cid)

    def _update_count(self) -> None:
        # Every match already loaded (a narrow filter): their number needs no second query.
        if self.model.complete:
            self._set_count(self.model.rowCount(), False)
        else:
            self._set_count(*self._service.count_for_label(self.model.query))

    def _set_count(self, n: int, more: bool) -> None:
        if more:
            self.count_label.setText(self.tr("More than %n customer(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", n))
