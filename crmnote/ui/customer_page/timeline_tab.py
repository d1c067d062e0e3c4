"""The Timeline tab: every kind of record in one chronological list, filtered by kind.

Its first page (500 entries of a customer with 10,000) is read on a worker thread, "Loading…"
meanwhile; the entries of the customer shown before are cleared at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.ui.drops import RecordDropTarget
from crmnote.ui.labels import kind_label
from crmnote.ui.loading import Loader
from crmnote.ui.models.timeline import TimelineModel
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.timeline import TimelineService


class TimelineTab(QWidget):
    open_record = Signal(str, int)
    open_dossier = Signal(int)
    files_dropped = Signal(str, int, list)  # (kind, record id, file paths) let go over a row

    def __init__(self, service: TimelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_timeline")
        self._service = service
        self.model = TimelineModel(service, self)
        self._shown: int | None = None  # the customer asked for (shown once read)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timeline_kind")
        self.kind_filter.addItem(self.tr("Every kind"), "")
        # The kinds are added when a customer is first shown: the window is built before
        # the services have loaded (app.py), and the tab is not seen before then.
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.view = table_view(
            "timeline_table",
            self.model,
            single=False,
            wrap=False,
            compact=True,
            label=self.tr("Timeline"),
        )
        self.view.doubleClicked.connect(self._open)
        RecordDropTarget(self.view, self._record_at).dropped.connect(self.files_dropped)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind_filter)
        self.loader = Loader(self)
        top.addWidget(self.loader.note)
        top.addStretch(1)
        self.dossier_button = QPushButton(self.tr("Claim &dossier…"))
        self.dossier_button.setObjectName("timeline_dossier")
        self.dossier_button.setEnabled(False)
        self.dossier_button.clicked.connect(self._dossier)
        top.addWidget(self.dossier_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def show_customer(self, customer_id: int | None) -> None:
        if self.kind_filter.count() == 1:
            self.kind_filter.blockSignals(True)
            for kind in self._service.kinds:
                self.kind_filter.addItem(kind_label(kind), kind)
            self.kind_filter.blockSignals(False)
        kind = self.kind_filter.currentData()
        kinds = (kind,) if kind else ()
        self._shown = customer_id
        if customer_id is None:
            self.loader.cancel()
            self.model.show_customer(None)
            return
        if customer_id != self.model.customer_id:
            self.model.show_customer(None)  # nothing of another customer while this one loads
        fetch, size = self.model.source(customer_id, kinds), self.model.page_size
        self.loader.load(
            lambda: fetch(0, size),
            lambda first: self.model.show_customer(customer_id, kinds, first),
        )

    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        self.show_customer(self._shown)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ok = current.isValid() and self.model.row_at(current.row()).kind == "claim"
        self.dossier_button.setEnabled(ok)

    def _dossier(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.row_at(index.row()).kind == "claim":
            self.open_dossier.emit(self.model.row_at(index.row()).id)

    def _record_at(self, pos: QPoint) -> tuple[str, int] | None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return (row.kind, int(row.id))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.open_record.emit(row.kind, row.id)
