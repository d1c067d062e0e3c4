"""A table model over immutable rows fetched page by page from a service (lazy `fetchMore`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit) → rows
Fetch = Callable[[int, int], Sequence[Any]]


def _spans_iterate() -> bool:
    """Whether this PySide6 lets Python walk a QModelRoleDataSpan (`multiData`)."""
    try:
        return [r.role() for r in cast("Iterable[QModelRoleData]", _probe_span())] == [0]
    except TypeError:
        return False


def _probe_span() -> QModelRoleDataSpan:
    return QModelRoleDataSpan(QModelRoleData(0))


_SPANS_ITERATE = _spans_iterate()

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw sort key


class PagedModel(QAbstractTableModel, Generic[R]):
    """Holds rows already fetched; asks for the next page when a view scrolls near the end."""

    page_size = 200

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[R] = []
        self._fetch: Fetch | None = None
        self._exhausted = True

    # -- loading -------------------------------------------------------------------------

    def load(self, fetch: Fetch | None, first: Sequence[R] | None = None) -> None:
        """Start over with a new source; its first page is `first` when it was read already
        (on a worker), else it is fetched at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        if fetch is not None:
            self._append(fetch(0, self.page_size) if first is None else first)
        self.endResetModel()

    def reload(self) -> None:
        """Fetch again at least as many rows as are shown now (after a change)."""
        if self._fetch is None:
            return
        wanted = max(self.page_size, len(self._rows))
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._append(self._fetch(0, wanted), wanted)
        self.endResetModel()

    def _append(self, rows: Sequence[R], asked: int | None = None) -> None:
        self._rows.extend(rows)
        if len(rows) < (asked or self.page_size):
            self._exhausted = True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        rows = list(self._fetch(len(self._rows), self.page_size))
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    # -- reading -------------------------------------------------------------------------

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        at = index.row()  # -1 for an invalid index
        if not 0 <= at < len(self._rows):
            return None
        row = self._rows[at]
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    if _SPANS_ITERATE:

        def multiData(
            self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData
        ) -> None:
            """Every role a delegate asks of a cell, in one call (Qt's default makes one call
            of `data` per role, each crossing from C++ into Python: a dozen per cell)."""
            asked_for = (
                [roleDataSpan]
                if isinstance(roleDataSpan, QModelRoleData)
                else cast("Iterable[QModelRoleData]", roleDataSpan)
            )
            at = index.row()
            if not 0 <= at < len(self._rows):
                for asked in asked_for:
                    asked.clearData()
                return
            row, column, cell = self._rows[at], index.column(), self.cell
            for asked in asked_for:
                role = asked.role()
                asked.setData(row if role == ROW_ROLE else cell(row, column, role))

    def cell(self, row: R, column: int, role: int) -> Any:
        """The data of one cell; subclasses say what each column shows."""
        raise NotImplementedError
