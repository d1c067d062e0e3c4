"""A small bar chart of counts by month, drawn with QPainter in the palette's colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

MONTHS = 12


def last_months(counts: Sequence[tuple[str, int]], months: int = MONTHS) -> list[tuple[str, int]]:
    """The last `months` calendar months up to the latest one counted ("YYYY-MM"), with the
    months nothing happened in as zeros (a gap is information too)."""
    if not counts:
        return []
    by_month = dict(counts)
    year, month = (int(part) for part in max(by_month).split("-")[:2])
    out: list[tuple[str, int]] = []
    for _ in range(months):
        key = f"{year:04d}-{month:02d}"
        out.append((key, by_month.get(key, 0)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


class MonthBars(QWidget):
    """Bars for the last twelve months, the count above each bar, the month below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_bars")
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        self.bars = last_months(counts)
        self.setToolTip(", ".join(f"{m}: {n}" for m, n in self.bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, self.fontMetrics().height() * 7)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        line = self.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(2, line + 2, -2, -line - 4)
        if not self.bars:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing by month yet"))
            return
        top = max(n for _m, n in self.bars) or 1
        slot = area.width() / len(self.bars)
        painter.setPen(text)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, (month, n) in enumerate(self.bars):
            height = area.height() * n / top
            x = area.left() + i * slot
            column = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(column, bar)
            if n:
                above = QRectF(x, column.top() - line - 1, slot, line)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(n))
            below = QRectF(x, area.bottom() + 2, slot, line)
            label = month[5:7] if i and month[5:7] != "01" else month[2:7].replace("-", "/")
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)
