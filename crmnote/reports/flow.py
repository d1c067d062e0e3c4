"""Blocks that flow down pages: plain text set with QTextLayout (never markup), and pictures."""

# Every length is in device pixels of the 1200 dpi PDF device; styles are given in points.
# A block is measured at a width (`wrap`), may be `split` to fill the rest of a page, and is
# drawn at a point.

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QTextLayout, QTextOption

from crmnote.reports.fonts import report_font

INK = "#1b2430"
MUTED = "#5a6573"
ACCENT = "#1f4e79"
RULE = "#b8c2ce"
HEAD_FILL = "#e6ecf3"

# C0 controls other than tab and newline: fonts have no glyph for them (they would print as boxes).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Symbols and emoji, with any presentation selector after them.
_EMOJI = re.compile(
    "([\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff])[\ufe0e\ufe0f]?"
)


def clean(text: object) -> str:
    """User text ready to set: line breaks as Qt's line separator, controls dropped.

    Emoji get the text presentation selector (U+FE0E): Qt then sets them with the shipped
    outline emoji font instead of a system colour font, which a PDF can only hold as pictures.
    """
    plain = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return _EMOJI.sub("\\1\ufe0e", plain).replace("\n", "\u2028")


@dataclass(frozen=True)
class Style:
    """How a paragraph looks; sizes in points."""

    size: float = 9.0
    bold: bool = False
    colour: str = INK
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0
    keep_with_next: bool = False


BODY = Style()
SMALL = Style(size=7.5, colour=MUTED)
STRONG = Style(bold=True)


class Typesetter:
    """Fonts and the metrics device shared by every block of one document."""

    def __init__(self, device: QPaintDevice, unit: float, page_height: float) -> None:
        self.device = device
        self.unit = unit  # device pixels per point
        self.page_height = page_height
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self.option = QTextOption()
        # A long word or URL breaks anywhere rather than run past the margin.
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)

    def font(self, style: Style) -> QFont:
        key = (style.size, style.bold)
        if key not in self._fonts:
            self._fonts[key] = report_font(style.size, bold=style.bold)
        return self._fonts[key]


class Block:
    """Something placed on pages. Subclasses set `height` in `wrap`."""

    height = 0.0
    keep_with_next = False
    before = 0.0  # space above, dropped at the top of a page
    after = 0.0

    def wrap(self, ts: Typesetter, width: float) -> float:
        raise NotImplementedError

    def split(self, ts: Typesetter, available: float) -> tuple[Block, Block] | None:
        """A first part at most `available` high and the rest, or None (move it whole)."""
        return None

    def first_height(self) -> float:
        """The least that must sit with a heading kept with this block."""
        return self.height

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError

    def overflow(self) -> float:
        """How far the widest line runs past the width it was given (≤ 0: none)."""
        return 0.0


class Paragraph(Block):
    """Plain text in one style, wrapped to the width; splits between lines."""

    def __init__(self, text: object, style: Style = BODY) -> None:
        self.text = clean(text)
        self.style = style
        self.keep_with_next = style.keep_with_next
        self._layout: QTextLayout | None = None
        self._lines: list[tuple[float, float]] = []  # (top, bottom) of each line
        self._first = 0
        self._last = 0
        self._x = 0.0
        self._width = 0.0

    def wrap(self, ts: Typesetter, width: float) -> float:
        if self._layout is None:
            self._lay_out(ts, width)
            self.before = self.style.before * ts.unit
            self.after = self.style.after * ts.unit
        top = self._lines[self._first][0] if self._last > self._first else 0.0
        bottom = self._lines[self._last - 1][1] if self._last > self._first else 0.0
        self.height = bottom - top
        return self.height

    def _lay_out(self, ts: Typesetter, width: float) -> None:
        layout = QTextLayout(self.text, ts.font(self.style), ts.device)
        layout.setTextOption(ts.option)
        self._x = self.style.indent * ts.unit
        self._width = width
        usable = max(width - self._x, ts.unit)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(usable)
            line.setPosition(QPointF(self._x, y))
            self._lines.append((y, y + line.height()))
            y += line.height()
        layout.endLayout()
        self._layout = layout
        self._last = len(self._lines)

    def _slice(self, first: int, last: int) -> Paragraph:
        part = Paragraph.__new__(Paragraph)
        part.__dict__.update(self.__dict__)
        part._first, part._last = first, last
        part.height = self._lines[last - 1][1] - self._lines[first][0]
        return part

    def split(self, ts: Typesetter, available: float) -> tuple[Paragraph, Paragraph] | None:
        top = self._lines[self._first][0]
        fits = self._first
        while fits < self._last and self._lines[fits][1] - top <= available:
            fits += 1
        if fits == self._first or fits == self._last:
            return None
        head, rest = self._slice(self._first, fits), self._slice(fits, self._last)
        head.after, rest.before = 0.0, 0.0
        return head, rest

    def first_height(self) -> float:
        # Two lines (or all of a shorter paragraph) must follow a heading.
        if self._last == self._first:
            return 0.0
        last = min(self._first + 2, self._last)
        return self._lines[last - 1][1] - self._lines[self._first][0]

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self._layout is None or self._last == self._first:
            return
        painter.setPen(QColor(self.style.colour))
        offset = y - self._lines[self._first][0]
        for i in range(self._first, self._last):
            self._layout.lineAt(i).draw(painter, QPointF(x, offset))

    def overflow(self) -> float:
        if self._layout is None:
            return 0.0
        widest = max(
            (self._x + self._layout.lineAt(i).naturalTextWidth() for i in range(self._last)),
            default=0.0,
        )
        return widest - self._width


class Picture(Block):
    """A drawing of a fixed height over the whole width (chart, logo); never split."""

    def __init__(
        self, height_pt: float, paint: Callable[[QPainter, QRectF], None], width_pt: float = 0
    ) -> None:
        self.height_pt = height_pt
        self.width_pt = width_pt
        self.paint = paint
        self.width = 0.0

    def wrap(self, ts: Typesetter, width: float) -> float:
        self.height = self.height_pt * ts.unit
        self.width = min(width, self.width_pt * ts.unit) if self.width_pt else width
        self.after = 6 * ts.unit
        return self.height

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        self.paint(painter, QRectF(x, y, self.width, self.height))
        painter.restore()
