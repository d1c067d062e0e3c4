"""Difficulty and trust over time, drawn with pyqtgraph once the chart is first shown."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmnote.domain.entities import ScorePoint
from crmnote.ui.charts import DIFFICULTY_COLOUR, TRUST_COLOUR, pyqtgraph, style_plot

# Above this many points the markers are left out: the line says it all and draws faster.
MARKER_LIMIT = 400


# A history shorter than this is shown over this span, ending at its last point: a customer
# of one day got an axis in seconds.
MIN_SPAN_S = 14 * 86400


def x_span(first: float, last: float) -> tuple[float, float]:
    """The x range to show (seconds): the history, at least `MIN_SPAN_S` wide."""
    if last - first >= MIN_SPAN_S:
        return first, last
    return last - MIN_SPAN_S, last + 86400 / 2


class ScoreChart(QWidget):
    """Emits `point_clicked(kind, id)` with the record that caused a clicked point."""

    point_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_chart")
        self.plot: Any = None
        self.curves: dict[str, Any] = {}
        self._points: list[ScorePoint] = []
        self._now: tuple[datetime, float, float] | None = None
        self._stale = False
        self.empty = QLabel(self.tr("No score history yet: scores move as records are added."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # The legend sits above the plot, where it can never hide a line.
        self.legend = QLabel(
            f'<span style="color:{DIFFICULTY_COLOUR.name()}">━━</span> '
            + html.escape(self.tr("Difficulty"))
            + f' &nbsp; <span style="color:{TRUST_COLOUR.name()}">━━</span> '
            + html.escape(self.tr("Trust"))
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setObjectName("score_legend")
        self.legend.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.legend)
        self._layout.addWidget(self.empty)
        self.setMinimumSize(240, 80)

    def set_history(
        self, points: Sequence[ScorePoint], now: tuple[datetime, float, float] | None = None
    ) -> None:
        """The points to draw; `now` (time, difficulty, trust) extends both lines to today."""
        self._points = list(points)
        self._now = now
        self._stale = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            style_plot(self.plot, self.palette())

    def _build(self) -> None:
        pg = pyqtgraph()
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        self.plot.setObjectName("score_plot")
        item = self.plot.getPlotItem()
        item.setYRange(0, 100, padding=0.02)
        item.setMouseEnabled(x=True, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getAxis("left").setLabel(self.tr("Score"))
        for key, colour, name in (
            ("difficulty", DIFFICULTY_COLOUR, self.tr("Difficulty")),
            ("trust", TRUST_COLOUR, self.tr("Trust")),
        ):
            curve = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=2), name=name, symbolBrush=colour, symbolPen=None
            )
            # Long histories: draw at most about one point per pixel, only what is in view.
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.sigPointsClicked.connect(self._clicked)
            item.addItem(curve)
            self.curves[key] = curve
        style_plot(self.plot, self.palette())
        self._layout.addWidget(self.plot)

    def redraw(self) -> None:
        self._stale = False
        if not self._points:
            self.empty.show()
            self.legend.hide()
            if self.plot is not None:
                self.plot.hide()
            return
        if self.plot is None:
            self._build()
        self.empty.hide()
        self.legend.show()
        self.plot.show()
        xs = [p.at.timestamp() for p in self._points]
        series = {
            "difficulty": [p.difficulty for p in self._points],
            "trust": [p.trust for p in self._points],
        }
        if self._now is not None and self._now[0] > self._points[-1].at:
            xs.append(self._now[0].timestamp())
            series["difficulty"].append(self._now[1])
            series["trust"].append(self._now[2])
        markers = len(xs) <= MARKER_LIMIT
        for key, curve in self.curves.items():
            curve.setData(xs, series[key], symbol="o" if markers else None, symbolSize=6)
        self.plot.getPlotItem().setXRange(*x_span(xs[0], xs[-1]), padding=0.02)

    def series(self, key: str) -> tuple[list[float], list[float]]:
        """The x (seconds) and y values drawn for one score (for tests)."""
        x, y = self.curves[key].getData()
        return list(x), list(y)

    def _clicked(self, _item: Any, points: Any, *_rest: Any) -> None:
        if points is None or not len(points):
            return
        index = int(points[0].index())
        if 0 <= index < len(self._points):
            point = self._points[index]
            if point.cause_kind and point.cause_id:
                self.point_clicked.emit(point.cause_kind, point.cause_id)
