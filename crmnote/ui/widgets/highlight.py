"""A delegate painting plain text with the matched spans highlighted (never rich text)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def highlight_ranges(
    spans: object, length: int, palette: QPalette, selected: bool
) -> list[QTextLayout.FormatRange]:
    """Bold on the palette's highlight colours for every valid span; others are ignored."""
    ranges: list[QTextLayout.FormatRange] = []
    if not isinstance(spans, tuple | list):
        return ranges
    for span in spans:
        if not (isinstance(span, tuple | list) and len(span) == 2):
            continue
        start, end = max(0, int(span[0])), min(length, int(span[1]))
        if end <= start:
            continue
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        if not selected:
            fmt.setBackground(palette.brush(QPalette.ColorRole.Highlight))
            fmt.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
        else:
            fmt.setFontUnderline(True)
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, end - start, fmt
        ranges.append(r)
    return ranges


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell's text on one line, eliding nothing: spans from `spans_role` stand out."""

    def __init__(self, spans_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = spans_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        layout = QTextLayout(text, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(
            highlight_ranges(index.data(self._role), len(text), opt.palette, selected)
        )
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(1e6)
        layout.endLayout()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(role))
        margin = 4
        y = opt.rect.top() + (opt.rect.height() - layout.boundingRect().height()) / 2
        layout.draw(painter, QPointF(opt.rect.left() + margin, y))
        painter.restore()
