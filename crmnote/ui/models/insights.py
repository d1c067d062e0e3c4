"""The insights board as a table: one theme a row, counts, a text sparkline of the months."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel

from crmnote.services.insights import Theme
from crmnote.ui.labels import NONE, first_line, show
from crmnote.ui.models.paged import SORT_ROLE
from crmnote.ui.models.rows import RowsModel

_BARS = "▁▂▃▄▅▆▇█"


class Column(IntEnum):
    THEME = 0
    SOURCE = 1
    CUSTOMERS = 2
    COMPLAINTS = 3
    SUGGESTIONS = 4
    REQUESTS = 5
    REASONABLE = 6
    TREND = 7
    INSIGHT = 8


def sparkline(months: Sequence[tuple[str, int]]) -> str:
    """One bar per month from the first to the last, months without any as the lowest bar."""
    if not months:
        return ""
    counts = dict(months)
    first, last = months[0][0], months[-1][0]
    year, month = int(first[:4]), int(first[5:7])
    values: list[int] = []
    while f"{year:04d}-{month:02d}" <= last and len(values) < 120:
        values.append(counts.get(f"{year:04d}-{month:02d}", 0))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    top = max(values) or 1
    return "".join(_BARS[round(v / top * (len(_BARS) - 1))] for v in values[-24:])


def insight_state(theme: Theme) -> str:
    t = QCoreApplication.translate
    if theme.insight is None:
        return t("InsightsModel", "can be promoted") if theme.promotable else ""
    if theme.insight.acted_at is None:
        return t("InsightsModel", "insight")
    return t("InsightsModel", "acted upon {0}").format(show(theme.insight.acted_at.date()))


_HEADERS = (
    QT_TRANSLATE_NOOP("InsightsModel", "Theme"),
    QT_TRANSLATE_NOOP("InsightsModel", "Source"),
    QT_TRANSLATE_NOOP("InsightsModel", "Customers"),
    QT_TRANSLATE_NOOP("InsightsModel", "Complaints"),
    QT_TRANSLATE_NOOP("InsightsModel", "Suggestions"),
    QT_TRANSLATE_NOOP("InsightsModel", "Requests"),
    QT_TRANSLATE_NOOP("InsightsModel", "Reasonable"),
    QT_TRANSLATE_NOOP("InsightsModel", "Trend"),
    QT_TRANSLATE_NOOP("InsightsModel", "Insight"),
)


def _headers() -> list[str]:
    return [QCoreApplication.translate("InsightsModel", str(n)) for n in _HEADERS]


def _source(theme: Theme) -> str:
    t = QCoreApplication.translate
    return (
        t("InsightsModel", "feedback")
        if theme.source == "feedback"
        else t("InsightsModel", "requests")
    )


_RAW: dict[int, Callable[[Theme], Any]] = {
    Column.THEME: lambda theme: theme.label.lower(),
    Column.SOURCE: lambda theme: theme.source,
    Column.CUSTOMERS: lambda theme: theme.customers,
    Column.COMPLAINTS: lambda theme: theme.complaints,
    Column.SUGGESTIONS: lambda theme: theme.suggestions,
    Column.REQUESTS: lambda theme: theme.requests,
    Column.REASONABLE: lambda theme: theme.reasonable,
    Column.TREND: lambda theme: sum(n for _, n in theme.months[-3:]),
    Column.INSIGHT: insight_state,
}


def _raw(theme: Theme, column: int) -> Any:
    """The sort key of one cell (only that one: sorting asks for thousands)."""
    return _RAW[column](theme)


def _text(theme: Theme, column: int) -> str:
    c = Column(column)
    if c is Column.THEME:
        return first_line(theme.label, 80) or NONE
    if c is Column.SOURCE:
        return _source(theme)
    if c is Column.TREND:
        return sparkline(theme.months)
    if c is Column.INSIGHT:
        return insight_state(theme)
    return str(_raw(theme, column))


class InsightsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_headers(), _text, _raw, parent)

    def column_weight(self, column: int) -> int:
        """The theme is what a person reads; the trend is a picture that needs little room."""
        return 3 if column == Column.THEME else 0


class InsightsProxy(QSortFilterProxyModel):
    """Sorts on the raw values (counts as numbers)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
