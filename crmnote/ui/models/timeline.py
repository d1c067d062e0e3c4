"""A customer's timeline: every kind of record in one list, newest first, paged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, Qt

from crmnote.ui.labels import enum_label, first_line, kind_label, show
from crmnote.ui.models.paged import SORT_ROLE, PagedModel

if TYPE_CHECKING:
    from crmnote.services.timeline import TimelineEntry, TimelineService


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    TITLE = 2
    STATUS = 3
    DETAIL = 4


def _headers() -> list[str]:
    t = QCoreApplication.translate
    return [
        t("TimelineModel", "When"),
        t("TimelineModel", "Kind"),
        t("TimelineModel", "What"),
        t("TimelineModel", "State"),
        t("TimelineModel", "Detail"),
    ]


# The row type named, not imported: the timeline service's module loads after the window.
class TimelineModel(PagedModel["TimelineEntry"]):
    page_size = 500

    def column_weight(self, column: int) -> int:
        return 4 if column == Column.TITLE else 0

    def __init__(self, service: TimelineService, parent: QObject | None = None) -> None:
        super().__init__(_headers(), parent)
        self._service = service
        self.customer_id: int | None = None
        self.kinds: tuple[str, ...] = ()

    def show_customer(
        self,
        customer_id: int | None,
        kinds: Sequence[str] = (),
        first: Sequence[TimelineEntry] | None = None,
    ) -> None:
        """Show a customer's entries; the first page is `first` when it was read already (on a
        worker, `source`), else it is read now."""
        self.customer_id = customer_id
        self.kinds = tuple(kinds)
        if customer_id is None:
            self.load(None)
            return
        self.load(self.source(customer_id, self.kinds), first)

    def source(self, customer_id: int, kinds: Sequence[str]) -> Callable[[int, int], Any]:
        """fetch(offset, limit) of a customer's entries of `kinds` (every kind when empty)."""
        chosen, service = tuple(kinds), self._service
        return lambda offset, limit: service.entries(customer_id, chosen, limit, offset)

    def cell(self, row: TimelineEntry, column: int, role: int) -> Any:
        col = Column(column)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == Column.WHEN:
                return (
                    row.at.strftime("%Y-%m-%d %H:%M")
                    if row.kind != "money"
                    else show(row.at.date())
                )
            if col == Column.KIND:
                return kind_label(row.kind)
            if col == Column.TITLE:
                return first_line(row.title) or self._untitled(row)
            if col == Column.STATUS:
                return enum_label(row.status)
            return self._detail(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.TITLE:
            # Escaped: a tooltip that looks like markup is rendered as rich text.
            return QtGui.Qt.convertFromPlainText(row.title) if row.title else None
        return None

    @staticmethod
    def _untitled(row: TimelineEntry) -> str:
        """What a record without a title of its own was: money with no reference is
        "Sale of 120.00" rather than an empty cell."""
        if row.kind == "money" and row.amount is not None:
            return QCoreApplication.translate("TimelineModel", "{0} of {1}").format(
                enum_label(row.status), show(row.amount)
            )
        return kind_label(row.kind)

    def _detail(self, row: TimelineEntry) -> str:
        if row.minutes:
            return QCoreApplication.translate("TimelineModel", "{0} min").format(row.minutes)
        if row.amount is not None:
            return show(row.amount)
        return ""
