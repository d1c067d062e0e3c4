"""A table of one kind of record for one customer (promises, claims, requests, money, effort)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from crmnote.domain import entities as e
from crmnote.domain.rules import is_overdue
from crmnote.ui.labels import field_label, first_line, mood_label, show
from crmnote.ui.models.paged import SORT_ROLE, PagedModel

COLUMNS: dict[str, tuple[str, ...]] = {
    "interaction": ("at", "channel", "direction", "minutes", "mood", "summary"),
    "promise": ("made_at", "text", "category", "due", "status", "evidence"),
    "claim": ("raised_at", "category", "text", "verdict", "resolution"),
    "request": ("raised_at", "kind", "text", "judgment", "outcome", "insight"),
    "feedback": ("at", "kind", "theme", "text"),
    "money": ("at", "kind", "amount", "currency", "reference"),
    "effort": ("at", "minutes", "text"),
    "decision": ("at", "action", "reason", "referral_to"),
}


_WEIGHTS = {"text": 4, "summary": 4, "reason": 4, "evidence": 2, "reference": 1, "theme": 1}


class RecordTableModel(PagedModel[Any]):
    """Holds the records a service listed; columns come from `COLUMNS[kind]`."""

    def __init__(
        self, kind: str, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        self.kind = kind
        self._columns = COLUMNS[kind]
        super().__init__([field_label(c) for c in self._columns], parent)
        self._today = today

    def set_records(self, records: Sequence[Any]) -> None:
        held = list(records)
        self.load(lambda offset, limit: held[offset : offset + limit])

    def column_weight(self, column: int) -> int:
        """The free text is what a person reads: it gets the room (ui/widgets/tables.py)."""
        return _WEIGHTS.get(self._columns[column], 0)

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def cell(self, row: Any, column: int, role: int) -> Any:
        name = self._columns[column]
        value = getattr(row, name)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if name == "mood":
                return mood_label(value)
            if name in ("text", "summary", "reason", "evidence", "reference"):
                return first_line(value)
            return show(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and "\n" in value:
            # Escaped: a tooltip that looks like markup is rendered as rich text.
            return QtGui.Qt.convertFromPlainText(value)
        if (
            role == Qt.ItemDataRole.FontRole
            and name == "due"
            and isinstance(row, e.Promise)
            and is_overdue(row, self._today())
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None
