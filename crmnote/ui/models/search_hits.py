"""Full-text search hits as a thin table model: what, customer, title and the matching passage."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crmnote.domain.search import SearchHit
from crmnote.ui.labels import kind_label

SPANS_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end) spans of the match, in UTF-16 units
HIT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    KIND = 0
    CUSTOMER = 1
    TITLE = 2
    SNIPPET = 3


def utf16_spans(text: str, spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Code point spans → the UTF-16 positions Qt's text layout counts in (emoji take two)."""

    def at(i: int) -> int:
        i = max(0, min(i, len(text)))
        return len(text[:i].encode("utf-16-le")) // 2

    return tuple((at(s), at(e)) for s, e in spans if e > s)


def one_line(text: str) -> str:
    """Line breaks and tabs as spaces, keeping every position (the spans point into it)."""
    return "".join(" " if ch in "\r\n\t\v\f\u2028\u2029\x85" else ch for ch in text)


class SearchHitsModel(QAbstractTableModel):
    """The hits of one search in the service's rank order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._headers = [self.tr("What"), self.tr("Customer"), self.tr("Title"), self.tr("Match")]

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def column_weight(self, column: int) -> int:
        return {Column.SNIPPET: 4, Column.TITLE: 2, Column.CUSTOMER: 1}.get(Column(column), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.KIND:
                return kind_label(hit.kind)
            if column == Column.CUSTOMER:
                return hit.customer_name
            if column == Column.TITLE:
                return one_line(hit.title)
            if column == Column.SNIPPET:
                return one_line(hit.snippet)
        if role == SPANS_ROLE and column == Column.SNIPPET:
            return utf16_spans(hit.snippet, hit.matches)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.SNIPPET):
            text = hit.title if column == Column.TITLE else hit.snippet
            return QtGui.Qt.convertFromPlainText(text) if text else None
        return None
