"""The Timeline tab: every kind of record in one chronological list, filtered by kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmnote.services.timeline import TimelineService
from crmnote.ui.labels import kind_label
from crmnote.ui.models.timeline import Column, TimelineModel


class TimelineTab(QWidget):
    open_record = Signal(str, int)

    def __init__(self, service: TimelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_timeline")
        self.model = TimelineModel(service, self)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timeline_kind")
        self.kind_filter.addItem(self.tr("Every kind"), "")
        for kind in service.kinds:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.view = QTableView()
        self.view.setObjectName("timeline_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.WHEN, 130)
        header.resizeSection(Column.KIND, 90)
        header.resizeSection(Column.STATUS, 110)
        header.resizeSection(Column.DETAIL, 70)
        self.view.doubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_customer(self, customer_id: int | None) -> None:
        kind = self.kind_filter.currentData()
        self.model.show_customer(customer_id, (kind,) if kind else ())

    def reload(self) -> None:
        self.show_customer(self.model.customer_id)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.open_record.emit(row.kind, row.id)
