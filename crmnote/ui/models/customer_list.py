"""The customer list: summary rows sorted and paged in SQL by the customer list service."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from crmnote.domain.views import CustomerSummary
from crmnote.services.list_query import ListQuery, SortKey
from crmnote.ui.labels import NONE, enum_label, show
from crmnote.ui.models.paged import ROW_ROLE, SORT_ROLE, PagedModel

if TYPE_CHECKING:
    from crmnote.services.customer_list import CustomerListService


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    STATUS = 2
    DIFFICULTY = 3
    TRUST = 4
    LAST_CONTACT = 5
    OPEN_PROMISES = 6
    OVERDUE = 7


_SORT_KEYS = {
    Column.NAME: SortKey.NAME,
    Column.COMPANY: SortKey.COMPANY,
    Column.STATUS: SortKey.STATUS,
    Column.DIFFICULTY: SortKey.DIFFICULTY,
    Column.TRUST: SortKey.TRUST,
    Column.LAST_CONTACT: SortKey.LAST_CONTACT,
    Column.OPEN_PROMISES: SortKey.OPEN_PROMISES,
    Column.OVERDUE: SortKey.OVERDUE,
}
_COLUMNS = tuple(Column)
# Plain ints: what a view's calls of `data` bring (compared and hashed for every role asked).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_OVERDUE = int(Column.OVERDUE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Numbers read best largest first.
_DESCENDING_FIRST = {Column.DIFFICULTY, Column.TRUST, Column.LAST_CONTACT, Column.OPEN_PROMISES}


def _headers() -> list[str]:
    t = QCoreApplication.translate
    return [
        t("CustomerListModel", "Name"),
        t("CustomerListModel", "Company"),
        t("CustomerListModel", "Status"),
        t("CustomerListModel", "Difficulty"),
        t("CustomerListModel", "Trust"),
        t("CustomerListModel", "Last contact"),
        t("CustomerListModel", "Open"),
        t("CustomerListModel", "Overdue"),
    ]


class CustomerListModel(PagedModel[CustomerSummary]):
    """Sorting is done in SQL (the rows are paged, so a proxy could not sort what is not loaded)."""

    roles = frozenset({_DISPLAY, SORT_ROLE, ROW_ROLE, _ALIGNMENT, _FONT, _TOOLTIP})

    def __init__(
        self,
        service: CustomerListService,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(_headers(), parent)
        self._service = service
        self._today = today
        self._query = ListQuery()
        self.load(self._fetcher())

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.load(self._fetcher())

    def show(self, query: ListQuery, first: Sequence[CustomerSummary]) -> None:
        """Show `query`'s rows, its first page read already (on a worker)."""
        self._query = query
        self.load(self._fetcher(), first)

    def _fetcher(self) -> Callable[[int, int], list[CustomerSummary]]:
        query = self._query
        return lambda offset, limit: self._service.page(query, offset, limit)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        col = Column(column)
        # The header shows the order the rows are in: numbers start largest first because
        # the header asks for a descending first sort (InitialSortOrderRole), not because the
        # order is turned round here (which left the arrow pointing the wrong way).
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, order_by=_SORT_KEYS[col], descending=descending)
        )

    def column_weight(self, column: int) -> int:
        return {Column.NAME: 3, Column.COMPANY: 2}.get(Column(column), 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.InitialSortOrderRole
            and orientation == Qt.Orientation.Horizontal
        ):
            first = section in _DESCENDING_FIRST
            return Qt.SortOrder.DescendingOrder if first else Qt.SortOrder.AscendingOrder
        return super().headerData(section, orientation, role)

    def row_of(self, customer_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return -1

    def answers(self, at: int, column: int) -> dict[int, Any]:
        # A view asks seven roles of every cell it sizes or paints, most answered None: each
        # cell's are worked out once, when its row is first shown, and kept until the rows are
        # replaced (the overdue column's depend on the day: worked out each time).
        if column == _OVERDUE:
            return self._overdue(self._rows[at])
        cells = self._memo.get(at)
        if cells is None:
            cells = self._memo[at] = self._cells(self._rows[at])
        return cells[column]

    def cell(self, row: CustomerSummary, column: int, role: int) -> Any:
        cells = self._overdue(row) if column == Column.OVERDUE else self._cells(row)[column]
        return cells.get(role)

    @staticmethod
    def _cells(row: CustomerSummary) -> tuple[dict[int, Any], ...]:
        """The roles of every column but the last (overdue), in column order."""
        texts = (
            row.name,
            row.company,
            enum_label(row.status),
            show(row.difficulty),
            show(row.trust),
            row.last_contact_at.date().isoformat() if row.last_contact_at else NONE,
            str(row.open_promises),
        )
        return tuple(
            {_DISPLAY: text, SORT_ROLE: text, _ALIGNMENT: _RIGHT}
            if column >= Column.DIFFICULTY
            else {_DISPLAY: text, SORT_ROLE: text}
            for column, text in enumerate(texts)
        )

    def _overdue(self, row: CustomerSummary) -> dict[int, Any]:
        if row.next_due is None:
            return {_DISPLAY: "", SORT_ROLE: "", _ALIGNMENT: _RIGHT}
        t = QCoreApplication.translate
        tip = t("CustomerListModel", "Next promise due {0}").format(row.next_due.isoformat())
        days = (self._today() - row.next_due).days
        if days <= 0:
            return {_DISPLAY: "", SORT_ROLE: "", _ALIGNMENT: _RIGHT, _TOOLTIP: tip}
        text = t("CustomerListModel", "{0} d").format(days)
        return {_DISPLAY: text, SORT_ROLE: text, _ALIGNMENT: _RIGHT, _FONT: _bold(), _TOOLTIP: tip}


def _bold() -> QFont:
    """The overdue column's font, made once (a QFont needs the application made first)."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


_BOLD: list[QFont] = []
