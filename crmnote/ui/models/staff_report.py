"""The Staff report as a table: one row per staff member, sorted by a proxy on raw values."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from crmnote.services.staff_report import StaffLine
from crmnote.ui.labels import NONE
from crmnote.ui.models.paged import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    INTERACTIONS = 1
    CUSTOMERS = 2
    MOOD = 3
    KEPT = 4
    BROKEN = 5
    CLAIMS = 6
    COMPARED = 7
    WITH_THEM = 8
    WITH_OTHERS = 9
    DIFFERENCE = 10
    FLAGGED = 11
    TEAM = 12
    REST = 13
    OUTLIER = 14


_HEADERS = (
    (QT_TRANSLATE_NOOP("StaffReportModel", "Staff member"), ""),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Interactions"),
        QT_TRANSLATE_NOOP("StaffReportModel", "Interactions they handled"),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Customers"),
        QT_TRANSLATE_NOOP("StaffReportModel", "Customers they had interactions with"),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Mood"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel",
            "Average customer mood in their interactions (−2 hostile … +2 delighted)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Kept"),
        QT_TRANSLATE_NOOP("StaffReportModel", "Promises they made that were kept"),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Broken"),
        QT_TRANSLATE_NOOP("StaffReportModel", "Promises they made that were broken"),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Claims"),
        QT_TRANSLATE_NOOP("StaffReportModel", "Substantiated claims about their work"),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Compared"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel", "Customers also served by others, over which difficulty is compared"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "With them"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel",
            "Average difficulty of those customers over this staff member's events",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "With others"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel",
            "Average difficulty of the same customers over everyone else's events",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Difference"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel", "With them minus with others: large positive values ask “is it us?”"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Flagged"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel", "Customers where friction concentrates with this staff member"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Across the team"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel",
            "Difficulty over every event this staff member handled, all customers",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Rest of team"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel", "Difficulty over every other staff member's events, all customers"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StaffReportModel", "Outlier"),
        QT_TRANSLATE_NOOP(
            "StaffReportModel",
            "Enough interactions on both sides, and at least the margin above the rest of the "
            "team: is it us?",
        ),
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("StaffReportModel", text)


class StaffReportModel(QAbstractTableModel):
    def __init__(self, margin: float = 20.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffLine] = []
        self.margin = margin  # a difference this large is shown in bold

    def set_lines(self, lines: Sequence[StaffLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def row_at(self, row: int) -> StaffLine:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = _HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(str(title))
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return _t(str(tip))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        col = Column(index.column())
        if role == ROW_ROLE:
            return line
        if role == SORT_ROLE:
            value = self._value(line, col)
            # Missing values sort below every number.
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(self._value(line, col), col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == Column.DIFFERENCE:
            excess = line.excess
            if excess is not None and excess >= self.margin:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.FontRole and col == Column.OUTLIER and _outlier(line):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value(self, line: StaffLine, col: Column) -> Any:
        return (
            line.name,
            line.interactions,
            line.customers,
            line.average_mood,
            line.promises_kept,
            line.promises_broken,
            line.substantiated_claims,
            line.compared_customers,
            line.difficulty_with,
            line.difficulty_others,
            line.excess,
            line.flagged_customers,
            None if line.team is None else line.team.difficulty,
            None if line.team is None else line.team.rest_difficulty,
            _t("yes") if _outlier(line) else _t("no") if line.team is not None else None,
        )[col]


def _outlier(line: StaffLine) -> bool:
    return line.team is not None and line.team.flagged


def _text(value: Any, col: Column) -> str:
    if value is None:
        return NONE
    if col == Column.MOOD:
        return f"{value:+.2f}".replace("-", "−")
    if col == Column.DIFFERENCE:
        return f"{value:+.0f}".replace("-", "−")
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value)


class StaffReportProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
