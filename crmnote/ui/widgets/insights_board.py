"""The Insights board: complaints, suggestions and requests across customers, grouped by theme.

The board and the customers behind the selected theme are read on worker threads ("Loading…"
meanwhile, the window keeps answering); each arrives on screen in one go.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.services.insights import SEVERAL_CUSTOMERS, Theme
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.fit import place
from crmnote.ui.labels import show
from crmnote.ui.loading import Loader
from crmnote.ui.models.insights import Column, InsightsModel, InsightsProxy, insight_state
from crmnote.ui.models.paged import ROW_ROLE
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.stale import RefreshWhenStale
from crmnote.ui.widgets.facts import plain
from crmnote.ui.widgets.month_bars import MonthBars
from crmnote.ui.widgets.tables import table_view


class InsightsBoardWindow(QWidget, RefreshWhenStale):
    """Emits `open_customer(id)` when a customer behind a theme is double-clicked."""

    WATCHED = ("feedback", "request", "insight", "customer")

    open_customer = Signal(int)

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        bus.subscribe(self, self.on_changed)
        self.setObjectName("insights_board")
        self.setWindowTitle(self.tr("Insights"))
        self._services = services
        self._bus = bus
        self.model = InsightsModel(self)
        self.proxy = InsightsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view("insights_table", label=self.tr("Themes"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.CUSTOMERS, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.title = plain(bold=True)
        self.detail = plain()
        self.customers = RowsModel(
            [self.tr("Customer"), self.tr("Times")],
            lambda row, c: row[1] if c == 0 else str(row[2]),
            lambda row, c: row[1].lower() if c == 0 else row[2],
            self,
        )
        self.customer_view = table_view(
            "insights_customers", label=self.tr("Customers of the theme")
        )
        self.customer_view.setModel(self.customers)
        self.customer_view.doubleClicked.connect(self._open_customer)
        self.loader = Loader(self)  # the board
        self.people = Loader(self)  # the customers behind the selected theme
        self.note = QLineEdit()
        self.note.setObjectName("insights_note")
        self.note.setPlaceholderText(self.tr("Note: what it tells us, or what we changed"))
        self.note.setAccessibleName(self.note.placeholderText())  # no label beside it
        self.promote = QPushButton(self.tr("&Promote to insight"))
        self.promote.setObjectName("insights_promote")
        self.promote.clicked.connect(self.promote_selected)
        self.acted = QPushButton(self.tr("Mark &acted upon"))
        self.acted.setObjectName("insights_acted")
        self.acted.clicked.connect(self.mark_acted)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.promote)
        buttons.addWidget(self.acted)
        buttons.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(plain(self.tr("By month (last twelve):")))
        self.by_month = MonthBars()
        column.addWidget(self.by_month)
        column.addWidget(plain(self.tr("Customers behind it (double-click to open):")))
        column.addWidget(self.people.note)
        column.addWidget(self.customer_view, 1)
        column.addWidget(self.note)
        column.addWidget(self.error)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        intro = plain(
            self.tr(
                "Complaints, suggestions and requests from every customer, by theme. A theme "
                "raised by {0} or more customers, or a request judged reasonable, can be "
                "promoted to an insight: the business, not the customer, should change."
            ).format(SEVERAL_CUSTOMERS)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.loader.note)
        layout.addWidget(splitter, 1)
        place(self, QSize(1300, 680))
        self._show_selected()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the board on a worker; the theme selected stays selected when it arrives."""
        self._stale = False
        self.loader.load(self._services.insights.board, self._show_board)

    def loading(self) -> bool:
        """True while the board or the customers of the selected theme are being read."""
        return self.loader.busy or self.people.busy

    def _show_board(self, board: Sequence[Theme]) -> None:
        shown = self.selected()
        key = shown.key if shown is not None else None
        self.model.set_rows(board)
        self.select(key if key else (board[0].key if board else None))

    def select(self, key: str | None) -> None:
        before = self.view.currentIndex().row()
        for row in range(self.proxy.rowCount()):
            theme = self.proxy.index(row, 0).data(ROW_ROLE)
            if theme.key == key:
                self.view.selectRow(row)
                if row != before:
                    return  # shown by currentRowChanged: its customers are read once
                break
        self._show_selected()

    def selected(self) -> Theme | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        theme = index.siblingAtColumn(0).data(ROW_ROLE)
        return theme if isinstance(theme, Theme) else None

    def _show_selected(self) -> None:
        theme = self.selected()
        self.error.hide()
        self.promote.setEnabled(theme is not None and theme.promotable)
        self.acted.setEnabled(theme is not None and theme.insight is not None)
        if theme is None:
            self.title.setText(self.tr("Select a theme"))
            self.detail.setText("")
            self.by_month.set_counts(())
            self.people.cancel()
            self.customers.set_rows([])
            return
        self.title.setText(theme.label)
        lines = [
            self.tr("%n customer(s)", "", theme.customers),
            self.tr("Complaints: {0}, suggestions: {1}, requests: {2} ({3} reasonable)").format(
                theme.complaints, theme.suggestions, theme.requests, theme.reasonable
            ),
        ]
        state = insight_state(theme)
        if theme.insight is not None:
            if theme.insight.note:
                lines.append(self.tr("Insight: {0}").format(theme.insight.note))
            if theme.insight.acted_at is not None:
                lines.append(
                    self.tr("Acted upon {0}: {1}").format(
                        show(theme.insight.acted_at), theme.insight.acted_note
                    )
                )
        elif state:
            lines.append(state)
        self.detail.setText("\n".join(lines))
        self.by_month.set_counts(theme.months)
        self.customers.set_rows([])
        service, key = self._services.insights, theme.key
        self.people.load(lambda: service.customers(key), self.customers.set_rows)

    # -- acting --------------------------------------------------------------------------

    def _open_customer(self, index: QModelIndex) -> None:
        self.open_customer.emit(int(self.customers.row_at(index.row())[0]))

    def promote_selected(self) -> bool:
        theme = self.selected()
        if theme is None:
            return False
        return self._run(lambda: self._services.insights.promote(theme.key, self.note.text())[1])

    def mark_acted(self) -> bool:
        theme = self.selected()
        if theme is None:
            return False
        note = self.note.text().strip()
        if not note:
            self._fail(self.tr("Say in the note what was changed."))
            return False
        return self._run(lambda: self._services.insights.mark_acted(theme.key, note)[1])

    def _run(self, action: Callable[[], Changes]) -> bool:
        try:
            changes = action()
        except CrmError as exc:
            self._fail(str(exc))
            return False
        self.note.clear()
        self._bus.publish(changes)
        self.refresh()
        return True

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
