"""A scatter of dots on two 0–100 axes, drawn with QPainter: the customer map's plot.

Grid, axes, titles, the two dashed splits, a label in each corner and every dot are painted
once into a pixmap kept until the size, the data or the palette changes; a paint then copies
it and outlines the dot under the mouse. The dot under the mouse (the nearest within a few
pixels, found through a grid of cells) gives the tooltip and, clicked, `clicked(index)`.
No numpy, no pyqtgraph: the map used to import both (about 50 MB) for this.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from crmnote.ui.charts import DIFFICULTY_COLOUR, TRUST_COLOUR, translucent

LOW, HIGH = -2.0, 102.0  # the axes' range: 0–100 and a little room for the dots at the edge
DOT = 7.0  # a dot's diameter in pixels
REACH = 5.0  # how near (pixels) the mouse must be to a dot's centre to be on it
PAD = 6  # pixels between the widget's edge, a title, tick labels and the plot


class DotPlot(QWidget):
    """Dots at (x, y) in 0–100; `tip(index)` is a dot's tooltip. Emits `clicked(index)`."""

    clicked = Signal(int)

    def __init__(self, tip: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = tip
        self.xs: list[float] = []
        self.ys: list[float] = []
        # whole units → dots there; made when the mouse first looks for a dot (`dot_at`)
        self._cells: dict[tuple[int, int], list[int]] | None = None
        self.titles = ("", "")  # x axis, y axis
        self.splits = (50.0, 50.0)  # where the dashed lines cross the axes
        self.corners: dict[Qt.Corner, str] = {}
        self._layer: QPixmap | None = None
        self._area: QRectF | None = None  # kept until the size or the font changes
        self._sprite: QPixmap | None = None  # one dot (`_dot`)
        self._hover: int | None = None
        self._pressed: int | None = None
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)

    def set_dots(self, xs: list[float], ys: list[float]) -> None:
        self.xs, self.ys = xs, ys
        self._cells = None
        self._hover = self._pressed = None
        self.redraw()

    def set_corners(self, corners: dict[Qt.Corner, str]) -> None:
        self.corners = corners
        self.redraw()

    def redraw(self) -> None:
        self._layer = None
        self.update()

    def area(self) -> QRectF:
        """Where the 0–100 square is drawn, inside the axes' labels and titles. Measured once
        per size and font: every dot is placed through it (`to_widget`), and measuring the
        labels each time took 90 ms of a map's 125 ms paint at 6,400 customers."""
        if self._area is None:
            fm = self.fontMetrics()
            left = PAD + fm.height() + PAD + fm.horizontalAdvance("100") + PAD  # title, numbers
            right = self.width() - PAD - fm.horizontalAdvance("100") / 2  # half the last number
            bottom = self.height() - (PAD + fm.height()) * 2 - PAD  # numbers, title
            self._area = QRectF(QPointF(left, PAD + fm.height() / 2), QPointF(right, bottom))
        return self._area

    def to_widget(self, x: float, y: float) -> QPointF:
        a = self.area()
        span = HIGH - LOW
        return QPointF(
            a.left() + (x - LOW) / span * a.width(), a.bottom() - (y - LOW) / span * a.height()
        )

    def dot_at(self, pos: QPointF | QPoint) -> int | None:
        """The dot nearest to `pos` within REACH pixels, or None."""
        a = self.area()
        if a.width() <= 0 or a.height() <= 0:
            return None
        span = HIGH - LOW
        x = LOW + (pos.x() - a.left()) / a.width() * span
        y = LOW + (a.bottom() - pos.y()) / a.height() * span
        rx, ry = REACH / a.width() * span, REACH / a.height() * span
        best, nearest = None, REACH * REACH
        cells = self._cells
        if cells is None:
            cells = self._cells = {}
            for i, (dx, dy) in enumerate(zip(self.xs, self.ys, strict=True)):
                cells.setdefault((int(dx), int(dy)), []).append(i)
        for cx in range(int(x - rx) - 1, int(x + rx) + 1):
            for cy in range(int(y - ry) - 1, int(y + ry) + 1):
                for i in cells.get((cx, cy), ()):
                    at = self.to_widget(self.xs[i], self.ys[i])
                    d = (at.x() - pos.x()) ** 2 + (at.y() - pos.y()) ** 2
                    if d <= nearest:
                        best, nearest = i, d
        return best

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        if self._layer is None or self._layer.size() != self.size() * ratio:
            self._layer = QPixmap(self.size() * ratio)
            self._layer.setDevicePixelRatio(ratio)
            self._paint_layer(self._layer)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._layer)
        if self._hover is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(DIFFICULTY_COLOUR, 2))
            painter.setBrush(translucent(TRUST_COLOUR, 150))
            at = self.to_widget(self.xs[self._hover], self.ys[self._hover])
            painter.drawEllipse(at, DOT / 2, DOT / 2)
        painter.end()

    def _paint_layer(self, layer: QPixmap) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        layer.fill(palette.color(QPalette.ColorRole.Base))
        p = QPainter(layer)
        a = self.area()
        fm = self.fontMetrics()
        for step, alpha in ((5, 18), (20, 38)):  # the grid: minor, then major lines
            p.setPen(QPen(translucent(text, alpha), 1))
            for v in range(0, 101, step):
                x, y = self.to_widget(v, v).x(), self.to_widget(v, v).y()
                p.drawLine(QPointF(x, a.top()), QPointF(x, a.bottom()))
                p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y))
        p.setPen(QPen(text, 1))
        p.drawLine(a.bottomLeft(), a.topLeft())
        p.drawLine(a.bottomLeft(), a.bottomRight())
        for v in range(0, 101, 20):  # ticks and their numbers
            at = self.to_widget(v, v)
            p.drawLine(QPointF(at.x(), a.bottom()), QPointF(at.x(), a.bottom() + 4))
            p.drawLine(QPointF(a.left() - 4, at.y()), QPointF(a.left(), at.y()))
            label = str(v)
            w = fm.horizontalAdvance(label)
            p.drawText(QPointF(at.x() - w / 2, a.bottom() + PAD + fm.ascent()), label)
            p.drawText(QPointF(a.left() - PAD - w, at.y() + fm.ascent() / 2 - 1), label)
        x_title, y_title = self.titles
        p.drawText(
            QRectF(a.left(), self.height() - PAD - fm.height(), a.width(), fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            x_title,
        )
        p.save()
        p.translate(PAD, a.center().y())
        p.rotate(-90)
        centre = Qt.AlignmentFlag.AlignCenter
        p.drawText(QRectF(-a.height() / 2, 0, a.height(), fm.height()), centre, y_title)
        p.restore()
        p.setClipRect(a)
        p.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        split = self.to_widget(*self.splits)
        p.drawLine(QPointF(split.x(), a.top()), QPointF(split.x(), a.bottom()))
        p.drawLine(QPointF(a.left(), split.y()), QPointF(a.right(), split.y()))
        # Every dot a copy of one drawn once (a drawEllipse per dot, antialiased, took 35 of
        # a 70 ms paint at 6,400 dots on the GUI thread; a copy is a plain blend).
        sprite = self._dot(layer.devicePixelRatio())
        half = sprite.width() / sprite.devicePixelRatio() / 2
        span = HIGH - LOW
        sx, sy = a.width() / span, a.height() / span
        left, bottom = a.left() - LOW * sx - half, a.bottom() + LOW * sy - half
        for x, y in zip(self.xs, self.ys, strict=True):
            p.drawPixmap(QPointF(left + x * sx, bottom - y * sy), sprite)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(text, 1))
        inner = a.adjusted(2 * PAD, PAD, -2 * PAD, -PAD)
        for corner, label in self.corners.items():
            right = corner in (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner)
            bottom = corner in (Qt.Corner.BottomLeftCorner, Qt.Corner.BottomRightCorner)
            flags = (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | (
                Qt.AlignmentFlag.AlignBottom if bottom else Qt.AlignmentFlag.AlignTop
            )
            p.drawText(inner, flags, label)
        p.end()

    def _dot(self, ratio: float) -> QPixmap:
        """One dot, antialiased, on a transparent square (made once per pixel ratio)."""
        if self._sprite is None or self._sprite.devicePixelRatio() != ratio:
            side = math.ceil(DOT) + 2
            sprite = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(translucent(TRUST_COLOUR, 150))
            painter.drawEllipse(QPointF(side / 2, side / 2), DOT / 2, DOT / 2)
            painter.end()
            self._sprite = sprite
        return self._sprite

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layer = self._area = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._area = None  # the labels' size
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.redraw()

    def _set_hover(self, index: int | None) -> None:
        if index == self._hover:
            return
        self._hover = index
        if index is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(self.dot_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.dot_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        left = event.button() == Qt.MouseButton.LeftButton
        if left and pressed is not None and self.dot_at(event.position()) == pressed:
            self.clicked.emit(pressed)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.dot_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tip(index), self)
            return True
        return super().event(event)
