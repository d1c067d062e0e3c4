"""The customer list's cells: each row's texts worked out once and kept until the rows are
replaced; what depends on the day (the overdue column) follows the clock; the roles a cell
does not have are answered None without work (ui/models/customer_list.py)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate

from crmnote.domain.types import CustomerId, CustomerStatus
from crmnote.domain.views import CustomerSummary
from crmnote.services.list_query import ListQuery
from crmnote.ui.models.customer_list import Column, CustomerListModel
from crmnote.ui.models.paged import ROW_ROLE
from crmnote.ui.widgets.cells import AnsweredCells
from crmnote.ui.widgets.tables import table_view

DAY = date(2026, 3, 2)


def summary(n: int, name: str = "", due: date | None = None) -> CustomerSummary:
    return CustomerSummary(
        CustomerId(n),
        name or f"Customer {n:03}",
        f"Company {n}",
        CustomerStatus.WATCH,
        0.25,
        0.75,
        None,
        n % 3,
        due,
    )


class _Service:
    """The one call the model makes of the list service: a page of rows."""

    def __init__(self, rows: list[CustomerSummary]) -> None:
        self.rows = rows

    def page(self, query: ListQuery, offset: int, limit: int) -> list[CustomerSummary]:
        return self.rows[offset : offset + limit]


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the rows whose texts were worked out, in order."""
    names: list[str] = []
    cells = CustomerListModel._cells

    def counting(row: CustomerSummary) -> tuple[dict[int, Any], ...]:
        names.append(row.name)
        return cells(row)

    monkeypatch.setattr(CustomerListModel, "_cells", staticmethod(counting))
    return names


def texts(model: CustomerListModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in Column]


def test_a_rows_texts_are_worked_out_once_until_the_rows_are_replaced(
    qapp: Any, worked_out: list[str]
) -> None:
    service = _Service([summary(n) for n in range(1, 26)])
    model = CustomerListModel(service, lambda: DAY)  # type: ignore[arg-type]
    model.page_size = 10
    model.load(model._fetcher())
    first = texts(model, 0)
    assert first[: Column.OVERDUE] == ["Customer 001", "Company 1", "Watch", *first[3:7]]
    for _ in range(3):  # painted again: nothing worked out again
        assert texts(model, 0) == first
    assert worked_out == ["Customer 001"]
    model.fetchMore()  # the next page: the rows shown keep theirs
    assert texts(model, 12)[Column.NAME] == "Customer 013"
    assert texts(model, 0) == first
    assert worked_out == ["Customer 001", "Customer 013"]
    service.rows[0] = summary(1, "Renamed")  # changed meanwhile; the list reads it again
    model.reload()
    assert texts(model, 0)[Column.NAME] == "Renamed"
    model.show(ListQuery(search="x"), [summary(7, "Filtered")])
    assert texts(model, 0)[Column.NAME] == "Filtered" and model.rowCount() == 1


def test_the_overdue_column_follows_the_clock(qapp: Any) -> None:
    today = [DAY]
    due = DAY + timedelta(days=1)
    model = CustomerListModel(_Service([summary(1, due=due)]), lambda: today[0])  # type: ignore[arg-type]
    cell = model.index(0, Column.OVERDUE)
    tip = model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell) == "" and model.data(cell, Qt.ItemDataRole.FontRole) is None
    assert tip == f"Next promise due {due.isoformat()}"
    model.data(model.index(0, Column.NAME))  # the row's other texts are kept
    for days in (1, 2):
        today[0] = due + timedelta(days=days)  # no reload: a day later, the list is repainted
        assert model.data(cell) == f"{days} d"
        assert model.data(cell, Qt.ItemDataRole.FontRole).bold()
        assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == tip


def test_roles_a_cell_does_not_have_are_none(qapp: Any) -> None:
    row = summary(1, due=DAY - timedelta(days=3))
    model = CustomerListModel(_Service([row]), lambda: DAY)  # type: ignore[arg-type]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for column in Column:
        index = model.index(0, column)
        assert model.data(index, ROW_ROLE) is row
        for role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.CheckStateRole,
            Qt.ItemDataRole.EditRole,
        ):
            assert model.data(index, role) is None
        aligned = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
        assert aligned == (right if column >= Column.DIFFICULTY else None)
    assert model.data(model.index(1, Column.NAME)) is None  # no such row
    assert model.data(model.index(0, Column.OVERDUE)) == "3 d"


def test_the_list_paints_as_qts_own_cell_painter_would(qapp: Any, qtbot: Any) -> None:
    """`AnsweredCells` fills a cell's style option in one call instead of seven `data` calls:
    the same pixels as `QStyledItemDelegate`, overdue (bold), right-aligned, empty and
    selected cells included, and the same column widths measured."""
    rows = [summary(n, due=DAY - timedelta(days=n % 3)) for n in range(1, 30)]
    rows[4] = summary(5, "A name long enough to be cut short by its column", due=None)
    model = CustomerListModel(_Service(rows), lambda: DAY)  # type: ignore[arg-type]
    model.load(model._fetcher())
    view = table_view("cells", model, wrap=False, fit=False)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    view.selectRow(2)
    qtbot.waitExposed(view)
    own = QStyledItemDelegate(view)

    def painted(delegate: QStyledItemDelegate) -> tuple[QImage, list[int]]:
        view.setItemDelegate(delegate)
        widths = [view.sizeHintForColumn(c) for c in Column]
        return view.viewport().grab().toImage(), widths

    theirs, their_widths = painted(own)
    ours, our_widths = painted(AnsweredCells(model, view))
    assert our_widths == their_widths
    assert ours == theirs
    view.setItemDelegate(own)
    model.show(ListQuery(), [])  # an empty list: nothing for either to paint
    assert painted(own)[0] == painted(AnsweredCells(model, view))[0]


class _Coloured(CustomerListModel):
    roles = CustomerListModel.roles | {int(Qt.ItemDataRole.ForegroundRole)}


def test_a_model_with_roles_it_does_not_paint_is_refused(qapp: Any) -> None:
    """A colour the model gives would silently go missing from the table: refused at once."""
    model = _Coloured(_Service([summary(1)]), lambda: DAY)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not painted"):
        AnsweredCells(model)
