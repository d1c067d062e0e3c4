"""Our own paginator: blocks flowed into pages, each painted with its header and footer."""

# Everything is laid out once against a 1200 dpi PDF device (never the screen), so the same pages
# serve the PDF and previews, and "page N of M" is known before the first page is drawn.

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from crmnote.domain.errors import CrmError
from crmnote.domain.reasons import say
from crmnote.reports.flow import INK, MUTED, RULE, Block, Typesetter, clean
from crmnote.reports.fonts import report_font
from crmnote.reports.labels import translate

RESOLUTION = 1200  # QPdfWriter's own default: glyph positions exact to 1/1200 inch
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

Progress = Callable[[int, int], bool]
"""Called with (pages done, pages in all); returning False cancels the export."""


class ReportCancelled(Exception):
    """The progress callback asked to stop; no file was left behind."""


@dataclass(frozen=True)
class Furniture:
    """What every page repeats: header left and right, footer left ("page N of M" is added)."""

    header_left: str
    header_right: str
    footer_left: str
    title: str = ""


@dataclass(frozen=True)
class PageSetup:
    """Paper and margins in points; the header and footer bands sit inside the margins."""

    paper: str = "A4"
    left: float = 48
    right: float = 48
    top: float = 30
    bottom: float = 30
    header: float = 26
    footer: float = 24

    def layout(self) -> QPageLayout:
        size = QPageSize(PAGE_SIZES.get(self.paper, QPageSize.PageSizeId.A4))
        portrait = QPageLayout.Orientation.Portrait
        return QPageLayout(size, portrait, QMarginsF(), QPageLayout.Unit.Point)


Placement = tuple[Block, float]  # a block (or part of one) and its top within the text column


def paginate(
    blocks: Sequence[Block], ts: Typesetter, width: float, height: float
) -> list[list[Placement]]:
    """Fill pages top to bottom; a heading kept with the next block never ends a page."""
    pages: list[list[Placement]] = [[]]
    queue = deque(blocks)
    y = 0.0
    while queue:
        block = queue.popleft()
        block.wrap(ts, width)
        gap = block.before if y > 0 else 0.0
        room = height - y - gap
        need = block.height
        if block.keep_with_next and queue:
            follower = queue[0]
            follower.wrap(ts, width)
            need += block.after + follower.before + follower.first_height()
        if need <= room or (y == 0 and block.keep_with_next):
            pages[-1].append((block, y + gap))
            y += gap + block.height + block.after
            continue
        parts = None if block.keep_with_next else block.split(ts, room)
        if parts is not None:
            pages[-1].append((parts[0], y + gap))
            queue.appendleft(parts[1])
        elif y == 0:  # cannot be split and taller than a page (a picture): place it, clipped
            pages[-1].append((block, 0.0))
            y = block.height + block.after
            continue
        else:
            queue.appendleft(block)
        pages.append([])
        y = 0.0
    return pages


class PagedReport:
    """A document in pages of one size: paint any page, or write them all to a PDF."""

    def __init__(self, blocks: Sequence[Block], furniture: Furniture, setup: PageSetup) -> None:
        self.setup = setup
        self.furniture = furniture
        self.unit = u = RESOLUTION / 72
        points = setup.layout().fullRect(QPageLayout.Unit.Point)
        self.page = QRectF(0, 0, points.width() * u, points.height() * u)
        s = setup
        self.content = QRectF(
            s.left * u,
            (s.top + s.header) * u,
            self.page.width() - (s.left + s.right) * u,
            self.page.height() - (s.top + s.header + s.bottom + s.footer) * u,
        )
        # Metrics come from a PDF device whose output is discarded: printer-true, any thread.
        self._sink = QBuffer(QByteArray())
        self._sink.open(QIODevice.OpenModeFlag.WriteOnly)
        self._device = _writer(self._sink, setup)
        self.typesetter = Typesetter(self._device, u, self.content.height())
        self.pages = paginate(blocks, self.typesetter, self.content.width(), self.content.height())
        u = self.unit
        self._fonts = (
            report_font(8, bold=True, unit=u),
            report_font(8, unit=u),
            report_font(7.5, unit=u),
        )

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def overflow(self) -> float:
        """How far any line runs past its column (≤ 0 when everything wraps inside)."""
        return max((b.overflow() for page in self.pages for b, _ in page), default=0.0)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page `index` (from 0) in device pixels: header, text column, footer."""
        painter.save()
        self._paint_furniture(painter, index)
        painter.setClipRect(self.content.adjusted(-self.unit, -self.unit, self.unit, self.unit))
        for block, top in self.pages[index]:
            block.draw(painter, self.content.left(), self.content.top() + top)
        painter.restore()

    def _paint_furniture(self, painter: QPainter, index: int) -> None:
        u, c, s = self.unit, self.content, self.setup
        bold, plain, small = self._fonts
        half = round(c.width() / 2 - 6 * u)
        header = QRectF(c.left(), s.top * u, c.width(), (s.header - 8) * u)
        bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        bottom_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.setPen(QColor(INK))
        for font, text, align in (
            (bold, self.furniture.header_left, bottom_left),
            (plain, self.furniture.header_right, bottom_right),
        ):
            painter.setFont(font)
            metrics = painter.fontMetrics()
            elided = metrics.elidedText(clean(text), Qt.TextElideMode.ElideRight, half)
            painter.drawText(header, align, elided)
        painter.setPen(QPen(QColor(RULE), 0.6 * u))
        painter.drawLine(
            QLineF(c.left(), header.bottom() + 3 * u, c.right(), header.bottom() + 3 * u)
        )
        foot_y = c.bottom() + 8 * u
        painter.drawLine(QLineF(c.left(), foot_y, c.right(), foot_y))
        footer = QRectF(c.left(), foot_y + 3 * u, c.width(), (s.footer - 10) * u)
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(footer, top_left, self.furniture.footer_left)
        number = translate("reports", "Page %1 of %2")
        number = number.replace("%1", str(index + 1)).replace("%2", str(self.page_count))
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)

    def page_image(self, index: int, dpi: float = 96) -> QImage:
        """Page `index` as a picture, for a preview without a PDF viewer."""
        scale = dpi / RESOLUTION
        size = (round(self.page.width() * scale), round(self.page.height() * scale))
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(scale, scale)
        self.paint_page(painter, index)
        painter.end()
        return image

    def write_pdf(self, path: str | os.PathLike[str], progress: Progress | None = None) -> int:
        """Write every page to `path` (owner-only), atomically; returns the page count.

        Raises ReportCancelled, leaving no file, when `progress` returns False.
        """
        target = Path(path)
        fd, name = tempfile.mkstemp(prefix=".crmnote-", suffix=".pdf", dir=target.parent)
        os.close(fd)  # mkstemp made it 0600; the writer reopens it by name
        try:
            self._paint_all(name, progress)
            os.chmod(name, 0o600)
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return self.page_count

    def _paint_all(self, name: str, progress: Progress | None) -> None:
        total = self.page_count
        if progress is not None and progress(0, total) is False:
            raise ReportCancelled
        writer = _writer(name, self.setup)
        writer.setTitle(self.furniture.title)
        writer.setCreator("crmnote")
        painter = QPainter()
        if not painter.begin(writer):
            raise CrmError(say("pdf.cannot_write", "cannot write the PDF file {path}", path=name))
        try:
            for index in range(total):
                if index:
                    writer.newPage()
                self.paint_page(painter, index)
                if progress is not None and progress(index + 1, total) is False:
                    raise ReportCancelled
        finally:
            painter.end()


def _writer(target: str | QIODevice, setup: PageSetup) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(setup.layout())
    return writer
