"""A thin table model over immutable rows whose cells a function describes (small lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QObject, Qt

from crmnote.ui.models.paged import ROW_ROLE, SORT_ROLE, PagedModel

# cell(row, column) → the text shown; sort(row, column) → a raw sort key (default: the text)
CellText = Callable[[Any, int], str]
SortKey = Callable[[Any, int], Any]


class RowsModel(PagedModel[Any]):
    """Rows held in memory (or paged through `load`), each column's text from `text`."""

    # What `cell` answers: a view sizing a column asks eight roles of each cell it measures
    # (Insights' board, 9 columns of 40 rows: 2,880 calls from C++ into Python).
    roles = frozenset(
        {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ROW_ROLE}
    )

    def __init__(
        self,
        headers: Sequence[str],
        text: CellText,
        sort_key: SortKey | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, parent)
        self._text = text
        self._sort_key = sort_key

    def set_rows(self, rows: Sequence[Any]) -> None:
        held = list(rows)
        self.load(lambda offset, limit: held[offset : offset + limit])

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column) if self._sort_key else self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            # Escaped: a tooltip that looks like markup would be rendered as rich text.
            return QtGui.Qt.convertFromPlainText(text) if len(text) > 40 else None
        return None
