"""Full-text search from the toolbar: the box (Ctrl+F) and a results panel that opens records."""

from __future__ import annotations

import html
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
from crmnote.ui.newest import Newest
from crmnote.ui.widgets.highlight import HighlightDelegate
from crmnote.ui.widgets.tables import table_view

# search(text) or search(text, whole=True): services.search.search
Search = Callable[..., Sequence[SearchHit]]
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
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(lambda _link: self.rank_every_match())
        self._whole = Newest(self)  # ranking every match of a very common word takes a while
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
        self._whole.cancel()  # a ranking of every match under way is of an older search
        try:
            hits = self._search(text)
        except CrmError as exc:
            hits = []
            self._failed(exc)
        else:
            self._shown(hits)
        self.show()
        return list(hits)

    def rank_every_match(self) -> None:
        """Rank every match of what the box holds (on a worker), not only the newest."""
        text = self.field.text()
        if not text.strip():
            return
        self.status.setText(self.tr("Ranking every match…"))
        self._whole.submit(lambda: self._search(text, whole=True), self._shown, self._failed)

    def _shown(self, hits: Sequence[SearchHit]) -> None:
        among = getattr(hits, "ranked_among", None)
        if not hits:
            said = self.tr("No match")
        elif among:
            link = self.tr("Rank every match")
            said = self.tr("%n hit(s), best first among the {0} newest matches", "", len(hits))
            said = html.escape(said.format(f"{among:,}")) + f' — <a href="all">{link}</a>'
        else:
            said = html.escape(self.tr("%n hit(s), best first", "", len(hits)))
        self.status.setText(said if hits else html.escape(said))
        self.model.set_hits(list(hits))
        if hits:
            self.view.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            raise exc
        self.status.setText(html.escape(self.tr("Search failed: {0}").format(exc)))
        self.model.set_hits([])

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
