"""Full-text search from the toolbar: the box (Ctrl+F) and a results panel that opens records."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.domain.search import SearchHit
from crmnote.ui.models.search_hits import SPANS_ROLE, Column, SearchHitsModel
from crmnote.ui.widgets.highlight import HighlightDelegate
from crmnote.ui.widgets.tables import table_view

Search = Callable[[str], Sequence[SearchHit]]
DELAY_MS = 250  # search once typing pauses, not on every key


class SearchField(QLineEdit):
    """Down moves into the results, Escape clears; Enter (`returnPressed`) searches."""

    down = Signal()
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class SearchPanel(QDockWidget):
    """Emits `open_hit(kind, record_id, customer_id)` for the hit chosen (Enter, double-click)."""

    open_hit = Signal(str, int, int)

    def __init__(self, search: Search, window: QMainWindow) -> None:
        super().__init__(self.tr("Search results"), window)
        self.setObjectName("search_dock")
        self._search = search
        self.field = SearchField()
        self.field.setObjectName("search_box")
        self.field.setAccessibleName(self.tr("Search notes"))
        self.field.setPlaceholderText(self.tr("Search notes, promises, claims… (Ctrl+F)"))
        self.field.setToolTip(
            self.tr(
                'Words, "an exact phrase", prefix*, AND / OR / NOT. Enter searches; Down moves '
                "into the results, where Enter opens a hit"
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.model = SearchHitsModel(self)
        self.view = table_view(
            "search_results",
            self.model,
            striped=False,
            wrap=False,
            label=self.tr("Search results"),
        )
        self.view.setItemDelegateForColumn(Column.SNIPPET, HighlightDelegate(SPANS_ROLE, self.view))
        self.view.activated.connect(self._activated)
        # A few rows at least; more would push the status bar off a 680-pixel-high window.
        self.view.setMinimumHeight(2 * self.view.fontMetrics().height() + 8)
        self.status = QLabel()
        self.status.setObjectName("search_status")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _t: self.timer.start())
        self.field.textChanged.connect(self._maybe_cleared)
        self.field.returnPressed.connect(self.search_now)
        self.field.down.connect(self._into_results)
        self.field.escaped.connect(self.clear)
        self._place(window)
        self.hide()

    def _place(self, window: QMainWindow) -> None:
        toolbar = window.findChild(QToolBar, "main_toolbar")
        if toolbar is None:
            toolbar = window.addToolBar(self.tr("Search"))
            toolbar.setObjectName("search_toolbar")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.field)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run(self) -> list[SearchHit]:
        """Search for what the box holds now; any text is safe, a failure is shown, not raised."""
        self.timer.stop()
        text = self.field.text()
        if not text.strip():
            self.model.set_hits([])
            self.hide()
            return []
        try:
            hits = list(self._search(text))
        except CrmError as exc:
            hits = []
            self.status.setText(self.tr("Search failed: {0}").format(exc))
        else:
            self.status.setText(
                self.tr("%n hit(s), best first", "", len(hits)) if hits else self.tr("No match")
            )
        self.model.set_hits(hits)
        if hits:
            self.view.selectRow(0)
        self.show()
        return hits

    def search_now(self) -> None:
        """Enter in the box only searches: the results stay in view, nothing opens over them."""
        self.run()

    def open_current(self) -> None:
        """Enter in the box: search now if typing was pending, then open the selected hit."""
        if self.timer.isActive() or self.model.rowCount() == 0:
            self.run()
        if self.model.rowCount() == 0:
            return
        current = self.view.currentIndex()
        self._activated(current if current.isValid() else self.model.index(0, 0))

    def clear(self) -> None:
        self.field.clear()
        self.model.set_hits([])
        self.hide()

    def _maybe_cleared(self, text: str) -> None:
        if not text:  # the clear button
            self.timer.stop()
            self.model.set_hits([])
            self.hide()

    def _into_results(self) -> None:
        if self.timer.isActive():
            self.run()
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        self.open_hit.emit(hit.kind, hit.record_id, hit.customer_id)
