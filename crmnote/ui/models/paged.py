"""A table model over immutable rows fetched page by page from a service (lazy `fetchMore`).

Qt asks for the next page when the last row loaded comes into view. On a big book that read
takes tens of milliseconds (a one-letter filter over 100,000 customers: 32–38 ms a page), too
long for the GUI thread: a model given a `Runner` (`read_pages_with`) reads it on a worker
and inserts the rows when they arrive; until then Qt is told there is nothing more to fetch,
so it does not ask twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit) → rows
Fetch = Callable[[int, int], Sequence[Any]]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw sort key


class Runner(Protocol):
    """Runs work on a worker and hands its outcome to the GUI thread (`ui.newest.Newest`)."""

    def submit(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None: ...

    def cancel(self) -> None: ...


class PagedModel(QAbstractTableModel, Generic[R]):
    """Holds rows already fetched; asks for the next page when a view scrolls near the end."""

    page_size = 200
    # The roles `cell` or `answers` may answer (None: any). A delegate asks seven roles of
    # every cell it paints or sizes, each a call of `data` from C++ into Python, most of them
    # answered None: those are turned away first. (Not `multiData`: PySide6 makes a Python
    # object of each role of its span, and walking the seven cost more than seven calls of
    # `data` — 17–19 µs a cell against 12 µs, PySide6 6.11.)
    roles: frozenset[int] | None = None
    # A page read on a worker failed (`read_pages_with`); the next scroll asks again.
    page_failed = Signal(object)

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[R] = []
        # What a subclass worked out from the row at a position, kept until the rows are
        # replaced (`answers`).
        self._memo: dict[int, Any] = {}
        self._fetch: Fetch | None = None
        self._exhausted = True
        self._runner: Runner | None = None
        self._fetching = False  # a page is being read on the runner's worker

    def read_pages_with(self, runner: Runner) -> None:
        """Read every page after the first on `runner`'s worker, not on the GUI thread."""
        self._runner = runner

    @property
    def complete(self) -> bool:
        """True when every row of the source is loaded."""
        return self._exhausted

    def _drop_pending_page(self) -> None:
        # The rows are replaced: a page still being read belongs to the old ones.
        if self._fetching and self._runner is not None:
            self._runner.cancel()
        self._fetching = False

    # -- loading -------------------------------------------------------------------------

    def load(self, fetch: Fetch | None, first: Sequence[R] | None = None) -> None:
        """Start over with a new source; its first page is `first` when it was read already
        (on a worker), else it is fetched at once."""
        self._drop_pending_page()
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._memo = {}
        self._exhausted = fetch is None
        if fetch is not None:
            self._append(fetch(0, self.page_size) if first is None else first)
        self.endResetModel()

    def reload(self) -> None:
        """Fetch again at least as many rows as are shown now (after a change)."""
        if self._fetch is None:
            return
        wanted = max(self.page_size, len(self._rows))
        self._drop_pending_page()
        self.beginResetModel()
        self._rows = []
        self._memo = {}
        self._exhausted = False
        self._append(self._fetch(0, wanted), wanted)
        self.endResetModel()

    def _append(self, rows: Sequence[R], asked: int | None = None) -> None:
        self._rows.extend(rows)
        if len(rows) < (asked or self.page_size):
            self._exhausted = True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching or self._fetch is None:
            return
        fetch, offset, size = self._fetch, len(self._rows), self.page_size
        if self._runner is None:
            self._insert(fetch(offset, size))
            return
        self._fetching = True

        def arrived(rows: Sequence[R]) -> None:
            self._fetching = False
            self._insert(rows)

        def failed(error: Exception) -> None:
            self._fetching = False
            self.page_failed.emit(error)

        self._runner.submit(lambda: list(fetch(offset, size)), arrived, failed)

    def _insert(self, page: Sequence[R]) -> None:
        rows = list(page)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    # -- reading -------------------------------------------------------------------------

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.roles is not None and role not in self.roles:
            return None  # most of the roles a view asks of a cell: no work for them
        at = index.row()  # -1 for an invalid index
        if not 0 <= at < len(self._rows):
            return None
        if role == ROW_ROLE:
            return self._rows[at]
        answers = self.answers(at, index.column())
        if answers is not None:
            return answers.get(role)
        return self.cell(self._rows[at], index.column(), role)

    def answers(self, at: int, column: int) -> dict[int, Any] | None:
        """Every role's data of one cell of the row at position `at` (a role not in it: None),
        or None to ask `cell` role by role. A subclass may keep what it works out per row in
        `self._memo[at]`: a row is painted again on every scroll, hover and repaint."""
        return None

    def cell(self, row: R, column: int, role: int) -> Any:
        """The data of one cell; subclasses say what each column shows."""
        raise NotImplementedError
