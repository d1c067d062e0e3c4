"""The customer list beside the customer page: search as you type, filters, SQL sorting."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.types import CustomerStatus
from crmnote.services.changes import Changes
from crmnote.services.customer_list import CustomerListService
from crmnote.ui.bus import Bus
from crmnote.ui.labels import enum_label
from crmnote.ui.models.customer_list import Column, CustomerListModel
from crmnote.ui.widgets.tables import table_view

SEARCH_DELAY_MS = 150
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
    """Emits `selected` with a customer id, `opened` on double-click or Enter."""

    selected = Signal(int)
    opened = Signal(int)

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
        )
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)

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

    def apply_filters(self) -> None:
        """Query the service with what the search box and filters say now."""
        self._timer.stop()
        status = self.status.currentData()
        query = dataclasses.replace(
            self.model.query,
            search=self.search.text(),
            statuses=(CustomerStatus(status),) if status is not None else (),
            tag=self.tag.currentData(),
        )
        current = self.current_id()
        self.model.set_query(query)
        self._update_count()
        if current is not None:
            self.select(current, notify=False)

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
        if not self.model.canFetchMore():
            n, more = self.model.rowCount(), False
        else:
            n, more = self._service.count_for_label(self.model.query)
        if more:
            self.count_label.setText(self.tr("More than %n customer(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", n))
