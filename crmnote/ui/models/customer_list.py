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
from crmnote.ui.models.paged import SORT_ROLE, PagedModel

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
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
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

    def cell(self, row: CustomerSummary, column: int, role: int) -> Any:
        # A view asks for a dozen roles of every cell it sizes or paints, most answered None:
        # the role is looked at first, with no enum made of the column (start-up sizes 1,600).
        if role in (_DISPLAY, SORT_ROLE):
            return self._display(row, _COLUMNS[column])
        if role == _ALIGNMENT:
            return _RIGHT if column >= Column.DIFFICULTY else None
        if role == _FONT and column == Column.OVERDUE and row.overdue(self._today()):
            font = QFont()
            font.setBold(True)
            return font
        if role == _TOOLTIP and column == Column.OVERDUE and row.next_due:
            return QCoreApplication.translate("CustomerListModel", "Next promise due {0}").format(
                row.next_due.isoformat()
            )
        return None

    def _display(self, row: CustomerSummary, col: Column) -> str:
        if col == Column.NAME:
            return row.name
        if col == Column.COMPANY:
            return row.company
        if col == Column.STATUS:
            return enum_label(row.status)
        if col == Column.DIFFICULTY:
            return show(row.difficulty)
        if col == Column.TRUST:
            return show(row.trust)
        if col == Column.LAST_CONTACT:
            return row.last_contact_at.date().isoformat() if row.last_contact_at else NONE
        if col == Column.OPEN_PROMISES:
            return str(row.open_promises)
        if row.next_due is not None and row.overdue(self._today()):
            days = (self._today() - row.next_due).days
            return QCoreApplication.translate("CustomerListModel", "{0} d").format(days)
        return ""
