"""What moved a customer's scores: one row per contribution, largest first."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from crmnote.domain.scoring import Contribution
from crmnote.ui.labels import score_event_label
from crmnote.ui.models.paged import ROW_ROLE, SORT_ROLE
from crmnote.ui.reasons import reason_text

Index = QModelIndex | QPersistentModelIndex
DIFFICULTY, TRUST = "difficulty", "trust"
# The largest moves kept per score: a long history's thousands of small ones explain nothing
# more, and sorting them would hold up the page.
LIMIT = 250


class Column(IntEnum):
    SCORE = 0
    POINTS = 1
    KIND = 2
    DATE = 3
    REASON = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("ContributionModel", text)


def score_label(score: str) -> str:
    return _t("Difficulty") if score == DIFFICULTY else _t("Trust")


def points_text(points: float) -> str:
    return f"{points:+.2f}".replace("-", "−")


class ContributionModel(QAbstractTableModel):
    """Rows are (score, contribution); ROW_ROLE gives the pair, SORT_ROLE a raw sort key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Contribution]] = []
        self.total = 0  # contributions before keeping the largest
        self._order: tuple[int, Qt.SortOrder] = (Column.POINTS, Qt.SortOrder.DescendingOrder)

    def set_contributions(
        self,
        difficulty: Sequence[Contribution],
        trust: Sequence[Contribution],
        total: int | None = None,
    ) -> None:
        """The largest of these; `total`: how many moves there were (the service may list only
        the largest, `ScoreResult.omitted`)."""
        rows = [(DIFFICULTY, c) for c in _largest(difficulty)]
        rows += [(TRUST, c) for c in _largest(trust)]
        rows.sort(key=lambda r: (-abs(r[1].points), r[1].at, r[0]))
        self._sorted(rows)
        self.beginResetModel()
        self._rows = rows
        self.total = len(difficulty) + len(trust) if total is None else total
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python sort (a proxy sorting 500 rows asked `data` ~9,000 times
        from C++); rows and selection keep their places in the new order."""
        if not 0 <= column < len(Column):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        rows = [self._rows[i.row()] for i in kept]
        self._sorted(self._rows)
        at = {id(r): n for n, r in enumerate(self._rows)}
        moved = [self.index(at[id(r)], i.column()) for r, i in zip(rows, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[tuple[str, Contribution]]) -> None:
        column, order = self._order
        descending = order == Qt.SortOrder.DescendingOrder
        rows.sort(key=lambda r: self._sort_key(r[0], r[1], column), reverse=descending)

    def truncated(self) -> bool:
        return self.total > len(self._rows)

    def row_at(self, row: int) -> tuple[str, Contribution]:
        return self._rows[row]

    def column_weight(self, column: int) -> int:
        return 4 if column == Column.REASON else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (_t("Score"), _t("Points"), _t("What"), _t("Date"), _t("Reason"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        score, c = self._rows[index.row()]
        col = index.column()  # an int: Column(…) per call cost more than the rest of it
        if role == ROW_ROLE:
            return (score, c)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(score, c, col)
        if role == SORT_ROLE:
            return self._sort_key(score, c, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.REASON:
            # Escaped: the reason quotes the user's notes, and a tooltip that looks like markup
            # is rendered as rich text.
            return QtGui.Qt.convertFromPlainText(reason_text(c.reason))
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.POINTS:
            return _good_or_bad(score, c.points)
        return None

    def _display(self, score: str, c: Contribution, col: int) -> str:
        if col == Column.SCORE:
            return score_label(score)
        if col == Column.POINTS:
            return points_text(c.points)
        if col == Column.KIND:
            return score_event_label(c.kind)
        if col == Column.DATE:
            return c.at.date().isoformat()
        return reason_text(c.reason)

    def _sort_key(self, score: str, c: Contribution, col: int) -> Any:
        if col == Column.POINTS:
            return abs(c.points)  # "by size": the moves that matter most, either way
        if col == Column.DATE:
            return c.at.isoformat()
        return self._display(score, c, col)


def _largest(items: Sequence[Contribution]) -> list[Contribution]:
    if len(items) <= LIMIT:
        return list(items)
    return sorted(items, key=lambda c: -abs(c.points))[:LIMIT]


def _good_or_bad(score: str, points: float) -> str:
    if points == 0:
        return ""
    worse = points > 0 if score == DIFFICULTY else points < 0
    return _t("Made things worse") if worse else _t("Made things better")


class ContributionProxy(QSortFilterProxyModel):
    """Shows one score or both, in the order of the model (which sorts itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._score: str | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ContributionModel):
            model.sort(column, order)  # the proxy keeps the model's order
        else:  # pragma: no cover - always over a ContributionModel
            super().sort(column, order)

    def set_score(self, score: str | None) -> None:
        if hasattr(self, "endFilterChange"):  # Qt ≥ 6.10; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._score = score
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._score = score
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._score is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, ContributionModel) or source_parent.isValid():
            return True
        return model.row_at(source_row)[0] == self._score
