"""The Scores tab: both scores over time beside what moved them, largest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.entities import ScorePoint
from crmnote.ui.customer_page.score_chart import ScoreChart
from crmnote.ui.models.contributions import (
    DIFFICULTY,
    TRUST,
    Column,
    ContributionModel,
    ContributionProxy,
)
from crmnote.ui.models.paged import ROW_ROLE
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.scores import CustomerScores

# Wider than this, the chart and the list sit side by side; narrower, one above the other.
SIDE_BY_SIDE_WIDTH = 820


class ScoresTab(QWidget):
    """Emits `open_record(kind, id)` when a contribution or a chart point is activated."""

    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_scores")
        self.summary = QLabel()
        self.summary.setObjectName("scores_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = ScoreChart()
        self.chart.point_clicked.connect(self.open_record)
        self.model = ContributionModel(self)
        self.proxy = ContributionProxy(self)
        self.proxy.setSourceModel(self.model)
        self.which = QComboBox()
        self.which.setObjectName("scores_which")
        self.which.addItem(self.tr("Both scores"), None)
        self.which.addItem(self.tr("Difficulty"), DIFFICULTY)
        self.which.addItem(self.tr("Trust"), TRUST)
        self.which.currentIndexChanged.connect(
            lambda _i: self.proxy.set_score(self.which.currentData())
        )
        self.view = table_view(
            "contributions_table",
            self.proxy,
            label=self.tr("What moved the scores"),
            wrap=False,
            compact=True,
            sort=(Column.POINTS, Qt.SortOrder.DescendingOrder),
        )
        self.view.activated.connect(self._activated)
        self.view.setToolTip(self.tr("Double-click or press Enter to open the record"))

        self.shown = QLabel()
        self.shown.setObjectName("contributions_shown")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("What moved the scores:")))
        top.addWidget(self.which)
        top.addStretch(1)
        top.addWidget(self.shown)
        explanation = QWidget()
        column = QVBoxLayout(explanation)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("scores_splitter")
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(explanation)
        self.splitter.setChildrenCollapsible(False)
        # Small minimums: the tab must fit a 680-pixel-high window; the splitter shares the rest.
        self.view.setMinimumHeight(3 * self.view.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    def show_scores(
        self,
        history: Sequence[ScorePoint],
        scores: CustomerScores | None,
    ) -> None:
        if scores is None:
            self.summary.clear()
            self.model.set_contributions((), ())
            self.chart.set_history(())
            return
        d, t = scores.difficulty, scores.trust
        self.summary.setText(
            self.tr(
                "Difficulty {0:.0f} = neutral start {1:.0f} {2} from %n event(s).",
                "",
                d.moves,
            ).format(d.score, d.prior, _signed(d.score - d.prior))
            + "   "
            + self.tr(
                "Trust {0:.0f} = neutral start {1:.0f} {2} from %n event(s).",
                "",
                t.moves,
            ).format(t.score, t.prior, _signed(t.score - t.prior))
        )
        self.model.set_contributions(d.contributions, t.contributions, d.moves + t.moves)
        self.shown.setText(
            self.tr("The {0} largest of {1} moves").format(self.model.rowCount(), self.model.total)
            if self.model.truncated()
            else ""
        )
        self.chart.set_history(history, (scores.as_of, d.score, t.score))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def _activated(self, index: QModelIndex) -> None:
        _score, c = self.proxy.data(index, ROW_ROLE)
        if c.ref_kind != "customer" and c.id:
            self.open_record.emit(c.ref_kind, c.id)


def _signed(value: float) -> str:
    return f"+ {value:.1f}" if value >= 0 else f"− {-value:.1f}"
