"""Difficulty and trust over time, drawn with QPainter as vector lines (sharp at any zoom)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from crmnote.reports.flow import ACCENT, INK, MUTED, RULE
from crmnote.reports.fonts import report_font
from crmnote.reports.labels import translate

DIFFICULTY_COLOUR = "#b03a2e"
TRUST_COLOUR = ACCENT


@dataclass(frozen=True)
class ScoreLine:
    """The chart's data: (time, difficulty, trust) oldest first, over [start, end]."""

    points: tuple[tuple[datetime, float, float], ...]
    start: datetime
    end: datetime


def score_line(
    points: Sequence[tuple[datetime, float, float]], end: datetime, start: datetime | None = None
) -> ScoreLine:
    """A chart line ending at `end`; starts at the first point unless `start` is given."""
    ordered = tuple(sorted(points))
    first = start or (ordered[0][0] if ordered else end - timedelta(days=30))
    last = max(end, ordered[-1][0]) if ordered else end
    if last <= first:
        first = last - timedelta(days=1)
    return ScoreLine(ordered, first, last)


def paint_score_chart(painter: QPainter, rect: QRectF, line: ScoreLine, unit: float) -> None:
    """Draw the chart in `rect` (device pixels); `unit` is device pixels per point."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(report_font(7, unit=unit))
    metrics_h = 10 * unit
    axis_w = 20 * unit
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + metrics_h + 4 * unit,
        rect.width() - axis_w - 4 * unit,
        rect.height() - 2 * metrics_h - 8 * unit,
    )
    _legend(painter, QRectF(rect.left() + axis_w, rect.top(), plot.width(), metrics_h), unit)
    _grid(painter, plot, line, unit)
    if not line.points:
        painter.setPen(QColor(MUTED))
        text = translate("reports", "No score history in this period.")
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, text)
    else:
        span = (line.end - line.start).total_seconds()

        def at(when: datetime, score: float) -> QPointF:
            x = plot.left() + plot.width() * (when - line.start).total_seconds() / span
            y = plot.bottom() - plot.height() * max(0.0, min(100.0, score)) / 100
            return QPointF(min(max(x, plot.left()), plot.right()), y)

        difficulty = [(t, d) for t, d, _ in line.points]
        trust = [(t, tr) for t, _, tr in line.points]
        for series, colour, style in (
            (trust, TRUST_COLOUR, Qt.PenStyle.SolidLine),
            (difficulty, DIFFICULTY_COLOUR, Qt.PenStyle.DashLine),
        ):
            path = QPainterPath()
            path.moveTo(at(*series[0]))
            for when, score in series[1:]:
                path.lineTo(at(when, score))
            path.lineTo(at(line.end, series[-1][1]))  # level to the end of the period
            pen = QPen(QColor(colour), 1.3 * unit, style)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if len(series) < 3:  # a line needs points to show: mark the few there are
                painter.setBrush(QColor(colour))
                for when, score in series:
                    painter.drawEllipse(at(when, score), 1.6 * unit, 1.6 * unit)
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, unit: float) -> None:
    x = rect.left()
    y = rect.center().y()
    for label, colour, style in (
        (translate("reports", "Difficulty"), DIFFICULTY_COLOUR, Qt.PenStyle.DashLine),
        (translate("reports", "Trust"), TRUST_COLOUR, Qt.PenStyle.SolidLine),
    ):
        painter.setPen(QPen(QColor(colour), 1.3 * unit, style))
        painter.drawLine(QLineF(x, y, x + 16 * unit, y))
        painter.setPen(QColor(INK))
        text_rect = QRectF(x + 19 * unit, rect.top(), 80 * unit, rect.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
        )
        x += 19 * unit + painter.fontMetrics().horizontalAdvance(label) + 14 * unit


def _grid(painter: QPainter, plot: QRectF, line: ScoreLine, unit: float) -> None:
    painter.setPen(QPen(QColor(RULE), 0.4 * unit))
    label_w = 16 * unit
    for score in (0, 25, 50, 75, 100):
        y = plot.bottom() - plot.height() * score / 100
        painter.setPen(QPen(QColor(RULE), (0.8 if score in (0, 100) else 0.4) * unit))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(QColor(MUTED))
        box = QRectF(plot.left() - label_w - 3 * unit, y - 5 * unit, label_w, 10 * unit)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score)
        )
    span = line.end - line.start
    ticks = (line.start, line.start + span / 2, line.end)
    aligns = (
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignRight,
    )
    for i, (when, align) in enumerate(zip(ticks, aligns, strict=True)):
        x = plot.left() + plot.width() * i / 2
        width = 70 * unit
        left = {0: x, 1: x - width / 2, 2: x - width}[i]
        box = QRectF(left, plot.bottom() + 3 * unit, width, 10 * unit)
        painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, when.strftime("%Y-%m-%d"))
