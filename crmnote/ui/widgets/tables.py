"""One way to set up a read-only table of records, so every table behaves alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def table_view(
    name: str,
    model: QAbstractItemModel | None = None,
    *,
    rows: bool = True,
    single: bool = True,
    striped: bool = True,
    wrap: bool = True,
    compact: bool = False,
    sort: tuple[int, Qt.SortOrder] | None = None,
    resize: QHeaderView.ResizeMode | None = None,
) -> QTableView:
    """A table whose cells are not edited in place.

    `rows`: a click selects the whole row; `single`: one row at a time; `striped`: alternating
    row colours; `wrap`: long text wraps; `compact`: rows one line of text high; `sort`: the
    column and order to sort by (sorting on); `resize`: the columns' resize mode.
    """
    view = QTableView()
    view.setObjectName(name)
    if model is not None:
        view.setModel(model)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(striped)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    if compact:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    if sort is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(*sort)
    if resize is not None:
        view.horizontalHeader().setSectionResizeMode(resize)
    return view
