"""One way to set up a read-only table of records, so every table behaves alike.

Columns are sized by content and importance (`ColumnFitter`): short values (dates, states,
numbers) get what they need, and the width left goes to the columns a model marks as the
important text (`column_weight(column)` on the model: 0 fixed to content, higher takes more of
what is left). When the view is too narrow, the important text gives way first, down to a
readable minimum, then everything shrinks alike. A column the user drags keeps its width.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QTreeView,
)

# The least a text column is given before other columns shrink: about this many characters,
# and five more for each step of importance (the main text of a table: 36).
MIN_TEXT_CHARS = 16
# Beyond this many characters a long text column asks for no more before the width is shared.
MAX_TEXT_CHARS = 70
# Rows measured for a column's width (Qt's default: 1,000, which took 0.1 s a table for a
# customer with 10,000 interactions; 100 still took ~13 ms a column in Insights at 100k): the
# rows on screen (Qt measures those first) and a few around them tell the width.
MEASURED_ROWS = 40
FitView = QTableView | QTreeView


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
    fit: bool = True,
    fit_after_reset_ms: int = 0,
    label: str = "",
) -> QTableView:
    """A table whose cells are not edited in place.

    `rows`: a click selects the whole row; `single`: one row at a time; `striped`: alternating
    row colours; `wrap`: long text wraps; `compact`: rows one line of text high; `sort`: the
    column and order to sort by (sorting on); `resize`: the columns' resize mode (instead of
    fitting them); `fit`: columns sized by content and importance (see the module), after
    a reset of the model only once resets have stopped for `fit_after_reset_ms`; `label`:
    what a screen reader calls the table (translated), as a visible label would.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(label)
    if model is not None:
        view.setModel(model)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(striped)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    if compact:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    if sort is not None:
        # The indicator first: turning sorting on sorts once, by it (the other way round the
        # model sorted by Qt's default indicator, then again).
        view.horizontalHeader().setSortIndicator(*sort)
        view.setSortingEnabled(True)
    if resize is not None:
        view.horizontalHeader().setSectionResizeMode(resize)
    elif fit:
        ColumnFitter(view, reset_delay_ms=fit_after_reset_ms)
    return view


def column_weight(model: QAbstractItemModel | None, column: int) -> int | None:
    """The model's importance for a column (through proxies), or None if it gives none."""
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    weight = getattr(model, "column_weight", None)
    return int(weight(column)) if callable(weight) else None


class ColumnFitter(QObject):
    """Keeps a view's columns sized by content and importance as it and its rows change.

    `reset_delay_ms`: after a reset of the model the columns are measured again only once the
    resets have stopped that long (a list filtered as the user types keeps its columns, and
    the window its time, until the typing pauses; a resize meanwhile, as when the scroll bar
    comes or goes with the number of rows, shares the width by the last measurements)."""

    def __init__(self, view: FitView, *, reset_delay_ms: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.user_sized = False
        self._fitting = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(reset_delay_ms)
        self._settle.timeout.connect(self.rows_settled)
        header = self._header()
        header.setResizeContentsPrecision(MEASURED_ROWS)  # rows measured per column
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized_by_user)
        header.sortIndicatorChanged.connect(self.again)
        # What the columns' content asks for, measured once per change of the rows: a resize
        # or a show of the view only shares the width anew (measuring asks every role of up to
        # MEASURED_ROWS rows per column from Python: most of a fit's time).
        self._measured: tuple[tuple[int, ...], dict[int, int], dict[int, int], dict[int, int]]
        self._measured = ((), {}, {}, {})
        view.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self._watch(view.model())
        view.setProperty("column_fitter", True)

    def _header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if model is None or model is self._model:
            return
        self._model = model
        model.modelReset.connect(self._reset)
        for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.again)
        model.dataChanged.connect(self.again)
        self.again()

    def soon(self, *_args: object) -> None:
        """Share the width anew at the next turn of the event loop (the view was resized)."""
        if not self.user_sized:
            _FitQueue.add(self)

    def again(self, *_args: object) -> None:
        """Measure the content again, then share the width (the rows changed)."""
        self._measured = ((), {}, {}, {})
        self.soon()

    def rows_settled(self) -> None:
        """Measure the content again and size the columns now (the resets have stopped)."""
        self._measured = ((), {}, {}, {})
        self.fit()

    def _reset(self) -> None:
        if self._settle.interval() and self._measured[0]:
            self._settle.start()  # measured once the resets stop; until then, as they were
        else:
            self.again()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:  # the same content, another width to share
            self._watch(self.view.model())
            self.soon()
        elif kind in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._watch(self.view.model())
            self.again()
        return False

    def _resized_by_user(self, *_args: object) -> None:
        if not self._fitting and self._header().underMouse():
            self.user_sized = True

    @property
    def measured(self) -> bool:
        """Whether a fit now only shares the width (cheap) rather than measuring the content."""
        return bool(self._measured[0])

    def fit(self) -> None:
        """Size every column now (tests call it directly)."""
        view, model = self.view, self.view.model()
        if model is None or self.user_sized:
            return
        header = self._header()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        chars = view.fontMetrics().averageCharWidth()
        if self._measured[0] != tuple(columns):
            self._measured = (tuple(columns), *self._measure(columns, chars))
        _, natural, weights, heads = self._measured
        floor = {
            c: min(natural[c], (MIN_TEXT_CHARS + 5 * weights[c]) * chars)
            if weights[c]
            else natural[c]
            for c in columns
        }
        # A short value shows at least most of itself before the text goes below its floor.
        lows = {c: heads[c] if weights[c] else max(heads[c], natural[c] * 2 // 3) for c in columns}
        width = _sizes(view.viewport().width() - 1, natural, floor, lows, weights)
        self._fitting = True
        try:
            for c, w in width.items():
                header.resizeSection(c, w)
        finally:
            self._fitting = False

    def _measure(
        self, columns: list[int], chars: int
    ) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """(natural width, weight, header width) of each column."""
        view, model, header = self.view, self.view.model(), self._header()
        natural: dict[int, int] = {}
        weights: dict[int, int] = {}
        heads = {c: _head_width(header, model, c) for c in columns}
        for c in columns:
            content = view.sizeHintForColumn(c) + chars // 2
            weight = column_weight(model, c)
            if weight is None:  # no hint: long content is the text to favour
                weight = 1 if content > 30 * chars else 0
            weights[c] = weight
            if weight:
                content = min(content, MAX_TEXT_CHARS * chars)
            natural[c] = max(heads[c], content)
        return natural, weights, heads


class _FitQueue(QObject):
    """The fits asked for, run on the event loop's next turns: every fit that only shares the
    width at once, and one that measures content per turn.

    A screen showing several tables (Insights: nine) asked each to measure on the same turn:
    ~70 ms at 100,000 customers in which the window could neither paint nor take a key. One
    measure a turn lets the event loop run between them."""

    _queue: _FitQueue | None = None

    def __init__(self, app: QObject | None) -> None:
        super().__init__(app)
        self._waiting: dict[ColumnFitter, None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)

    @classmethod
    def add(cls, fitter: ColumnFitter) -> None:
        queue = cls._queue
        if queue is None or not shiboken6.isValid(queue):  # a new application (tests)
            queue = cls._queue = _FitQueue(QApplication.instance())
        queue._waiting[fitter] = None
        queue._timer.start()

    def _run(self) -> None:
        waiting = [f for f in self._waiting if shiboken6.isValid(f)]
        self._waiting = {f: None for f in waiting if not f.measured}
        for fitter in waiting:
            if fitter.measured:
                fitter.fit()
        if self._waiting:
            first = next(iter(self._waiting))
            del self._waiting[first]
            first.fit()
        if self._waiting:
            self._timer.start()  # the other measures, a turn each


def _head_width(header: QHeaderView, model: QAbstractItemModel, column: int) -> int:
    """What a header label needs: its text, the style's margins, and the sort arrow only on
    the column sorted by (Qt's own hint reserves the arrow on every column)."""
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.fontMetrics().horizontalAdvance(text) + 4 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += header.fontMetrics().height() + margin
    return width


def _sizes(
    room: int,
    natural: dict[int, int],
    floor: dict[int, int],
    lows: dict[int, int],
    weights: dict[int, int],
) -> dict[int, int]:
    """Share `room` pixels. Naturals when they fit, the rest to weighted columns by weight.
    Short of room: the least important text gives way first, each down to its floor; then
    every column toward its low (its header's width, or two thirds of a short value), in
    proportion to what it can give."""
    total = sum(natural.values())
    weighted = [c for c in natural if weights[c]] or [max(natural, key=lambda c: natural[c])]
    out = dict(natural)
    if total <= room:
        extra = room - total
        share = sum(max(1, weights[c]) for c in weighted)
        for c in weighted:
            out[c] += extra * max(1, weights[c]) // share
        return out
    over = total - room
    for c in sorted(weighted, key=lambda c: (weights[c], -c)):
        give = min(over, out[c] - min(out[c], floor[c]))
        out[c] -= give
        over -= give
        if over <= 0:
            return out
    # Then the short columns toward their header's width, and last the text below its floor.
    for group in ([c for c in out if c not in weighted], weighted):
        slack = {c: out[c] - min(out[c], lows[c]) for c in group}
        can = sum(slack.values())
        if can > 0:
            cut = min(over, can)
            for c in group:
                out[c] -= cut * slack[c] // can
            over -= cut
        if over <= 0:
            break
    return out
