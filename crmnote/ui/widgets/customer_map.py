"""The customer map: every customer by difficulty × trust, quadrants labelled; click to open.

The points (100,000 on a large book) are read and grouped on a worker thread ("Loading…"
meanwhile); the window then draws them with QPainter (`DotPlot`). Customers less than half a
point apart on both scores share one dot (drawn once, not a hundred times over): its tip says
how many are there, a click opens the first of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.services.customer_map import (
    DIFFICULTY_SPLIT,
    TRUST_SPLIT,
    MapDots,
    MapPoint,
    Quadrant,
)
from crmnote.ui.bus import Bus
from crmnote.ui.fit import place
from crmnote.ui.loading import Loader
from crmnote.ui.stale import SCORE_KINDS, RefreshWhenStale
from crmnote.ui.widgets.dot_plot import DotPlot

RELOAD_DELAY_MS = 1000
CELL = 0.5  # customers closer than this on both scores share a dot (a few pixels wide)
# Statuses shown unless "include closed customers" is ticked.
OPEN_STATUSES = (CustomerStatus.ACTIVE, CustomerStatus.WATCH)


def quadrant_label(q: Quadrant) -> str:
    t = QCoreApplication.translate
    return {
        Quadrant.NURTURE: t("CustomerMap", "Easy & trusting — keep & nurture"),
        Quadrant.WATCH: t("CustomerMap", "Difficult but trusting — reprice / watch"),
        Quadrant.FIX: t("CustomerMap", "Easy but low trust — fix our side"),
        Quadrant.REFER: t("CustomerMap", "Difficult & low trust — refer or decline"),
    }[q]


# Which corner of the map each quadrant's label sits in.
_CORNER: dict[Quadrant, Qt.Corner] = {
    Quadrant.NURTURE: Qt.Corner.TopLeftCorner,
    Quadrant.WATCH: Qt.Corner.TopRightCorner,
    Quadrant.FIX: Qt.Corner.BottomLeftCorner,
    Quadrant.REFER: Qt.Corner.BottomRightCorner,
}


class CustomerMapWindow(QWidget, RefreshWhenStale):
    """Emits `open_customer(id)` when a point is clicked."""

    WATCHED = SCORE_KINDS

    open_customer = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, bus: Bus | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if bus is not None:
            bus.subscribe(self, self.on_changed)
        self.setObjectName("customer_map")
        self.setWindowTitle(self.tr("Customer map"))
        self._services = services
        self.points: list[MapPoint] = []  # the first customer of each dot
        self._sizes: list[int] = []  # how many customers each dot stands for
        self.total = 0  # customers on the map
        self.labels: dict[Quadrant, str] = {}  # each quadrant's label, with its count
        # Edits arrive in bursts; one reload a moment later covers them all (0.6 s at 100k).
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._reload.timeout.connect(self.refresh)
        self.include_closed = QCheckBox(self.tr("Include referred, declined and archived"))
        self.include_closed.setObjectName("map_include_closed")
        self.include_closed.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("map_count")
        top = QHBoxLayout()
        self.loader = Loader(self)
        top.addWidget(self.include_closed)
        top.addWidget(self.loader.note)
        top.addStretch(1)
        top.addWidget(self.count)
        self.plot = DotPlot(self.tip)
        self.plot.setObjectName("map_plot")
        self.plot.setAccessibleName(self.tr("Customer map"))
        self.plot.titles = (
            self.tr("Difficulty (how hard they are to serve)"),
            self.tr("Trust (how much trust we have earned)"),
        )
        self.plot.splits = (DIFFICULTY_SPLIT, TRUST_SPLIT)
        self.plot.clicked.connect(self._clicked)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.plot, 1)
        place(self, QSize(820, 640))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def reload_soon(self) -> None:
        """Scores changed while shown: one reload a moment later covers a burst of edits."""
        self._reload.start()

    def refresh(self) -> None:
        """Read the points on a worker; they replace those shown when they arrive."""
        self._stale = False
        self._reload.stop()
        statuses = () if self.include_closed.isChecked() else OPEN_STATUSES
        service = self._services.customer_map

        self.loader.load(lambda: service.dots(statuses, CELL), self._show)

    def _show(self, dots: MapDots) -> None:
        self.points, self._sizes, self.total = dots.points, dots.sizes, dots.total
        self.labels = {q: f"{quadrant_label(q)} ({dots.counts[q]})" for q in Quadrant}
        self.plot.set_corners({_CORNER[q]: text for q, text in self.labels.items()})
        # One dot a cell, at its first customer; a dot's index is its index in `points`.
        self.plot.set_dots([p.difficulty for p in self.points], [p.trust for p in self.points])
        self.count.setText(self.tr("%n customer(s)", "", self.total))

    def dots(self) -> int:
        """How many dots the map draws (customers close together share one)."""
        return len(self.plot.xs)

    def point_at(self, difficulty: float, trust: float) -> QPointF:
        """Where a map position is in the plot widget's coordinates (for clicking in tests)."""
        return self.plot.to_widget(difficulty, trust)

    def tip(self, index: int) -> str:
        """The tooltip of dot `index`: its first customer, how many others, the scores."""
        point = self.points[index]
        others = self._sizes[index] - 1
        x, y = point.difficulty, point.trust
        if others:
            return self.tr(
                "{0} and %n other(s) here\ndifficulty {1:.0f}, trust {2:.0f}", "", others
            ).format(point.name, x, y)
        return self.tr("{0}\ndifficulty {1:.0f}, trust {2:.0f}").format(point.name, x, y)

    def _clicked(self, index: int) -> None:
        self.open_customer.emit(self.points[index].id)
