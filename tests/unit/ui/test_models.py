"""Every table model passes qtmodeltester; the customer list pages and sorts in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from crmnote.services.book_services import Services
from crmnote.services.customer_list import SortKey
from crmnote.ui.models.customer_list import Column, CustomerListModel
from crmnote.ui.models.records import RecordTableModel
from crmnote.ui.models.timeline import TimelineModel


def test_customer_list_model(
    qtmodeltester: Any, services: Services, seeded: dict[str, Any]
) -> None:
    model = CustomerListModel(services.customer_list)
    assert [model.data(model.index(r, Column.NAME)) for r in range(3)] == [
        "Ann Archer",
        "Bob Baker",
        "Cat Cole",
    ]
    assert model.data(model.index(0, Column.OVERDUE)) == "2 d"
    assert model.data(model.index(2, Column.TRUST)).isdigit()
    qtmodeltester.check(model)


class _Delegate(QStyledItemDelegate):
    def option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)  # every role of the cell, by multiData
        return option


def test_a_painted_cell_shows_what_data_says(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    model = CustomerListModel(services.customer_list)
    delegate = _Delegate()
    for row in range(model.rowCount()):
        for column in Column:
            index = model.index(row, column)
            option = delegate.option(index)
            assert option.text == model.data(index)
            right = bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)
            assert right == (column >= Column.DIFFICULTY)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            assert option.font.bold() == (font is not None and font.bold())
    overdue = delegate.option(model.index(0, Column.OVERDUE))
    assert overdue.text == "2 d" and overdue.font.bold()
    asked = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(model.index(0, Column.NAME), asked)
    assert asked.data() == "Ann Archer"
    model.multiData(model.createIndex(99, Column.NAME), asked)  # no such row
    assert asked.data() is None


def test_customer_list_fetches_pages_lazily(
    qtmodeltester: Any, services: Services, add_record: Any
) -> None:
    for i in range(25):
        add_record(services, "customer", name=f"Customer {i:02}")
    model = CustomerListModel(services.customer_list)
    model.page_size = 10
    model.load(model._fetcher())
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_customer_list_sorts_in_sql(services: Services, seeded: dict[str, Any]) -> None:
    model = CustomerListModel(services.customer_list)
    # Numbers start largest first: the header's first click asks for descending, and the
    # arrow then shows the order the rows are really in.
    first = model.headerData(
        Column.OPEN_PROMISES, Qt.Orientation.Horizontal, Qt.ItemDataRole.InitialSortOrderRole
    )
    assert first == Qt.SortOrder.DescendingOrder
    assert (
        model.headerData(
            Column.NAME, Qt.Orientation.Horizontal, Qt.ItemDataRole.InitialSortOrderRole
        )
        == Qt.SortOrder.AscendingOrder
    )
    model.sort(Column.OPEN_PROMISES, Qt.SortOrder.DescendingOrder)
    assert model.query.order_by is SortKey.OPEN_PROMISES and model.query.descending
    assert model.row_at(0).name == "Ann Archer"  # most open promises first
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in model.rows()] == ["Cat Cole", "Bob Baker", "Ann Archer"]
    model.sort(Column.OVERDUE, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).name == "Ann Archer"
    model.sort(Column.DIFFICULTY, Qt.SortOrder.AscendingOrder)
    assert not model.query.descending  # ascending means ascending


def test_timeline_model(qtmodeltester: Any, services: Services, seeded: dict[str, Any]) -> None:
    model = TimelineModel(services.timeline)
    model.show_customer(seeded["ann"].id)
    kinds = {model.row_at(r).kind for r in range(model.rowCount())}
    assert kinds == {"interaction", "promise", "claim", "request", "money"}
    times = [model.row_at(r).at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    qtmodeltester.check(model)
    model.show_customer(seeded["ann"].id, ("promise",))
    assert model.rowCount() == 1 and model.data(model.index(0, 2)) == "Deliver the order"
    model.show_customer(seeded["ann"].id, ("money",))  # no reference: says what it was
    assert model.data(model.index(0, 2)) == "Sale of 120.00"


def test_record_table_model(qtmodeltester: Any, services: Services, seeded: dict[str, Any]) -> None:
    model = RecordTableModel("promise")
    model.set_records(services.records.list("promise", seeded["ann"].id))
    assert model.rowCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Made at"
    assert model.data(model.index(0, 4)) == "Open"
    qtmodeltester.check(model)


def test_a_rows_model_answers_its_roles_and_turns_the_rest_away(qtmodeltester: Any) -> None:
    """A view sizing a column asks eight roles of each cell: only those `cell` answers reach
    it (each call is one from C++ into Python)."""
    from crmnote.ui.models.paged import ROW_ROLE, SORT_ROLE
    from crmnote.ui.models.rows import RowsModel

    asked: list[int] = []

    class Counted(RowsModel):
        def cell(self, row: Any, column: int, role: int) -> Any:
            asked.append(role)
            return super().cell(row, column, role)

    def text(row: str, column: int) -> str:
        return f"{row} {'long ' * 10 * column}".strip()

    model = Counted(["Name", "Note"], text)
    model.set_rows(["Ann", "Bob"])
    index = model.index(1, 1)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.SizeHintRole):  # fmt: skip
        assert model.data(index, role) is None
    assert asked == []
    assert model.data(index) == "Bob " + ("long " * 10).strip()
    assert model.data(index, SORT_ROLE) == model.data(index)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("<p>Bob")  # escaped
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None  # short: none
    assert model.data(index, ROW_ROLE) == "Bob"
    qtmodeltester.check(model)
