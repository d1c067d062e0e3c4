"""Tables that break between rows, repeating their header row on every page they span."""

# A row moves to the next page whole; only a row taller than a page is split, between lines.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from crmnote.reports.flow import HEAD_FILL, RULE, Block, Paragraph, Style, Typesetter

HEADER = Style(size=8.5, bold=True)
Cell = Sequence[Paragraph]


@dataclass
class _Row:
    cells: list[list[Paragraph]]
    height: float = 0.0
    tops: list[list[float]] = field(default_factory=list)  # each paragraph's offset in its cell


class Table(Block):
    """Rows of cells (each a stack of paragraphs) in columns of fixed shares of the width."""

    def __init__(
        self,
        shares: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        header: Sequence[str] | None = None,
        *,
        ruled: bool = True,
        padding: float = 2.5,
    ) -> None:
        total = sum(shares)
        self.shares = [s / total for s in shares]
        self.rows = [_Row([list(c) for c in r]) for r in rows]
        self.header = _Row([[Paragraph(h, HEADER)] for h in header]) if header is not None else None
        self.ruled = ruled
        self.padding_pt = padding
        self.pad = 0.0
        self.columns: list[tuple[float, float]] = []  # (x, width)

    # -- measuring -------------------------------------------------------------------------

    def wrap(self, ts: Typesetter, width: float) -> float:
        if not self.columns:
            self.pad = self.padding_pt * ts.unit
            self.after = 6 * ts.unit if self.ruled else 3 * ts.unit
            x = 0.0
            for share in self.shares:
                self.columns.append((x, width * share))
                x += width * share
            for row in ([self.header] if self.header else []) + self.rows:
                self._measure(ts, row)
        self.height = self.header_height + sum(r.height for r in self.rows)
        return self.height

    def _measure(self, ts: Typesetter, row: _Row) -> None:
        row.tops = []
        tallest = 0.0
        for (_, width), cell in zip(self.columns, row.cells, strict=True):
            y, tops = 0.0, []
            for i, para in enumerate(cell):
                tops.append(y)
                y += para.wrap(ts, width - 2 * self.pad)
                if i < len(cell) - 1:
                    y += para.after
            row.tops.append(tops)
            tallest = max(tallest, y)
        row.height = tallest + 2 * self.pad

    @property
    def header_height(self) -> float:
        return self.header.height if self.header else 0.0

    def first_height(self) -> float:
        return self.header_height + (self.rows[0].height if self.rows else 0.0)

    # -- breaking across pages -------------------------------------------------------------

    def _part(self, rows: list[_Row]) -> Table:
        part = Table.__new__(Table)
        part.__dict__.update(self.__dict__)
        part.rows = rows
        part.height = part.header_height + sum(r.height for r in rows)
        return part

    def split(self, ts: Typesetter, available: float) -> tuple[Block, Block] | None:
        used = self.header_height
        fits = 0
        while fits < len(self.rows) and used + self.rows[fits].height <= available:
            used += self.rows[fits].height
            fits += 1
        if 0 < fits < len(self.rows):
            head, rest = self._part(self.rows[:fits]), self._part(self.rows[fits:])
            head.after, rest.before = 0.0, 0.0
            return head, rest
        if fits == 0 and self.rows and self.first_height() > ts.page_height:
            return self._split_row(ts, available - self.header_height)
        return None

    def _split_row(self, ts: Typesetter, available: float) -> tuple[Block, Block] | None:
        """A row taller than a page: as many lines of every cell as fit, the rest after."""
        first, later = self.rows[0], self.rows[1:]
        room = available - 2 * self.pad
        top_cells: list[list[Paragraph]] = []
        rest_cells: list[list[Paragraph]] = []
        for cell, tops in zip(first.cells, first.tops, strict=True):
            head: list[Paragraph] = []
            rest: list[Paragraph] = []
            for para, top in zip(cell, tops, strict=True):
                if rest or top >= room:
                    rest.append(para)
                elif top + para.height <= room:
                    head.append(para)
                else:
                    parts = para.split(ts, room - top)
                    if parts is None:
                        rest.append(para)
                    else:
                        head.append(parts[0])
                        rest.append(parts[1])
            top_cells.append(head)
            rest_cells.append(rest)
        if not any(top_cells):
            return None
        upper, lower = _Row(top_cells), _Row(rest_cells)
        self._measure(ts, upper)
        self._measure(ts, lower)
        return self._part([upper]), self._part([lower, *later])

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        top = y
        if self.header is not None:
            width = self.columns[-1][0] + self.columns[-1][1]
            painter.fillRect(QRectF(x, y, width, self.header.height), QColor(HEAD_FILL))
            self._draw_row(painter, self.header, x, y)
            y += self.header.height
        for row in self.rows:
            self._draw_row(painter, row, x, y)
            y += row.height
        if self.ruled:
            self._rules(painter, x, top, y)

    def _draw_row(self, painter: QPainter, row: _Row, x: float, y: float) -> None:
        for (cx, _), cell, tops in zip(self.columns, row.cells, row.tops, strict=True):
            for para, offset in zip(cell, tops, strict=True):
                para.draw(painter, x + cx + self.pad, y + self.pad + offset)

    def _rules(self, painter: QPainter, x: float, top: float, bottom: float) -> None:
        painter.save()
        painter.setPen(QPen(QColor(RULE), self.pad / 4))
        right = x + self.columns[-1][0] + self.columns[-1][1]
        y = top
        painter.drawLine(QLineF(x, y, right, y))
        for row in ([self.header] if self.header else []) + self.rows:
            y += row.height
            painter.drawLine(QLineF(x, y, right, y))
        for cx, _ in [*self.columns, (right - x, 0.0)]:
            painter.drawLine(QLineF(x + cx, top, x + cx, bottom))
        painter.restore()

    def overflow(self) -> float:
        rows = ([self.header] if self.header else []) + self.rows
        return max((p.overflow() for r in rows for c in r.cells for p in c), default=0.0)
