"""The customer map: every customer by difficulty × trust, quadrants labelled; click to open.

The points (100,000 on a large book) and pyqtgraph itself are read and imported on a worker
thread ("Loading…" meanwhile); the window puts them on the plot in one go, as arrays.
Customers less than half a point apart on both scores share one dot (drawn once, not a
hundred times over): its tip says how many are there, a click opens the first of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crmnote.domain.types import CustomerStatus
from crmnote.services.book_services import Services
from crmnote.services.customer_map import DIFFICULTY_SPLIT, TRUST_SPLIT, MapPoint, Quadrant
from crmnote.ui.bus import Bus
from crmnote.ui.charts import DIFFICULTY_COLOUR, TRUST_COLOUR, pyqtgraph, style_plot, translucent
from crmnote.ui.fit import place
from crmnote.ui.loading import Loader
from crmnote.ui.stale import SCORE_KINDS, RefreshWhenStale

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


# Where each quadrant's label sits (difficulty, trust) and which corner of the text is there.
_LABEL_AT: dict[Quadrant, tuple[float, float, tuple[float, float]]] = {
    Quadrant.NURTURE: (1, 99, (0, 0)),
    Quadrant.WATCH: (99, 99, (1, 0)),
    Quadrant.FIX: (1, 1, (0, 1)),
    Quadrant.REFER: (99, 1, (1, 1)),
}


# What the worker reads: the first customer of each dot, the quadrants' counts, how many
# customers each dot stands for, the dots' difficulty and trust (numpy arrays), and how many
# customers there are. Only the dots' customers are kept (6,187 of 84,911 at 100k, not a
# Python tuple for every customer of the book).
Read = tuple[list[MapPoint], dict[Quadrant, int], Any, Any, Any, int]


def _numpy() -> Any:
    import numpy
    import pyqtgraph  # noqa: F401  (imported with numpy: the plot is built next)

    return numpy


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
        self._sizes: Any = None  # how many customers each dot stands for (numpy array)
        self.total = 0  # customers on the map
        self.plot: Any = None
        self.scatter: Any = None
        self.labels: dict[Quadrant, Any] = {}
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
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        place(self, QSize(820, 640))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            self._style()

    def reload_soon(self) -> None:
        """Scores changed while shown: one reload a moment later covers a burst of edits."""
        self._reload.start()

    def _build(self) -> None:
        pg = pyqtgraph()
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("map_plot")
        item = self.plot.getPlotItem()
        item.setRange(xRange=(0, 100), yRange=(0, 100), padding=0.02)
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setLabel("bottom", self.tr("Difficulty (how hard they are to serve)"))
        item.setLabel("left", self.tr("Trust (how much trust we have earned)"))
        dash = pg.mkPen(self.palette().color(QPalette.ColorRole.Text), style=Qt.PenStyle.DashLine)
        item.addItem(pg.InfiniteLine(DIFFICULTY_SPLIT, angle=90, pen=dash))
        item.addItem(pg.InfiniteLine(TRUST_SPLIT, angle=0, pen=dash))
        for q, (x, y, anchor) in _LABEL_AT.items():
            label = pg.TextItem(anchor=anchor)
            label.setPos(x, y)
            item.addItem(label)
            self.labels[q] = label
        self.scatter = pg.ScatterPlotItem(size=7, hoverable=True, tip=self._tip)
        self.scatter.sigClicked.connect(self._clicked)
        item.addItem(self.scatter)
        self._style()
        self._layout.addWidget(self.plot, 1)

    def _style(self) -> None:
        style_plot(self.plot, self.palette())
        text = self.palette().color(QPalette.ColorRole.Text)
        for label in self.labels.values():
            label.setColor(text)
        pg = pyqtgraph()
        # Points in the trust blue, outlined in the difficulty orange on hover.
        self.scatter.setBrush(pg.mkBrush(translucent(TRUST_COLOUR, 150)))
        self.scatter.setPen(pg.mkPen(None))
        self.scatter.opts["hoverPen"] = pg.mkPen(DIFFICULTY_COLOUR, width=2)

    def refresh(self) -> None:
        """Read the points on a worker; they replace those shown when they arrive."""
        self._stale = False
        self._reload.stop()
        statuses = () if self.include_closed.isChecked() else OPEN_STATUSES
        service = self._services.customer_map

        def read() -> Read:
            points = service.points(statuses)
            np = _numpy()  # imported here, on the worker, with pyqtgraph (a second at first)
            xs = np.fromiter((p.difficulty for p in points), float, len(points))
            ys = np.fromiter((p.trust for p in points), float, len(points))
            cells = np.round(xs / CELL).astype(np.int64) * 10_000 + np.round(ys / CELL)
            _, first, cell_of = np.unique(cells.astype(np.int64), True, True)
            sizes = np.bincount(cell_of.reshape(-1), minlength=len(first))
            dots = [points[i] for i in first.tolist()]
            return dots, service.counts(points), sizes, xs[first], ys[first], len(points)

        self.loader.load(read, self._show)

    def _show(self, read: Read) -> None:
        if self.plot is None:
            self._build()
        self.points, counts, self._sizes, xs, ys, self.total = read
        # One dot a cell, at its first customer; the dot's data is its index in `points`.
        self.scatter.setData(x=xs, y=ys, data=list(range(len(self.points))))
        for q, label in self.labels.items():
            label.setText(f"{quadrant_label(q)} ({counts[q]})")
        self.count.setText(self.tr("%n customer(s)", "", self.total))

    def dots(self) -> int:
        """How many dots the map draws (customers close together share one)."""
        return len(self.scatter.data) if self.scatter is not None else 0

    def point_at(self, difficulty: float, trust: float) -> QPointF:
        """Where a map position is in the plot widget's coordinates (for clicking in tests)."""
        scene = self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(difficulty, trust))
        return QPointF(self.plot.mapFromScene(scene))

    def _tip(self, x: float, y: float, data: Any) -> str:
        point = self.points[int(data)]
        others = int(self._sizes[int(data)]) - 1
        if others:
            return self.tr(
                "{0} and %n other(s) here\ndifficulty {1:.0f}, trust {2:.0f}", "", others
            ).format(point.name, x, y)
        return self.tr("{0}\ndifficulty {1:.0f}, trust {2:.0f}").format(point.name, x, y)

    def _clicked(self, _item: Any, spots: Any, *_rest: Any) -> None:
        if spots is not None and len(spots):
            self.open_customer.emit(self.points[int(spots[0].data())].id)
