"""The Staff report window: per staff member, what they did and how customers are with them."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.services.book_services import Services
from crmnote.services.staff_report import StaffReport
from crmnote.ui.bus import Bus
from crmnote.ui.fit import place
from crmnote.ui.models.staff_report import Column, StaffReportModel, StaffReportProxy
from crmnote.ui.stale import SCORE_KINDS, RefreshWhenStale
from crmnote.ui.widgets.tables import table_view


class StaffReportWindow(QWidget, RefreshWhenStale):
    """A separate window; `refresh()` recomputes the report as of the chosen date."""

    WATCHED = SCORE_KINDS

    def reload_soon(self) -> None:
        """The comparison can take long: it runs again when the report is next asked for."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, bus: Bus | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if bus is not None:
            bus.subscribe(self, self.on_changed)
        self.setObjectName("staff_report")
        self.setWindowTitle(self.tr("Staff report"))
        self._services = services
        self.report: StaffReport | None = None
        margin = services.scores.weights().staff_margin
        self.model = StaffReportModel(margin, self)
        self.proxy = StaffReportProxy(self)
        self.proxy.setSourceModel(self.model)
        self.as_of = QDateEdit()
        self.as_of.setObjectName("staff_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate.currentDate())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("staff_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.view = table_view(
            "staff_table",
            self.proxy,
            single=False,
            sort=(Column.NAME, Qt.SortOrder.AscendingOrder),
            label=self.tr("Staff"),
        )
        self.note = QLabel()
        self.note.setObjectName("staff_note")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        place(self, QSize(1000, 520))

    def refresh(self) -> StaffReport:
        """Recompute; a long comparison shows progress and can be cancelled."""
        self._stale = False
        day: date = self.as_of.date().toPython()  # type: ignore[assignment]
        when = datetime.combine(day, time(23, 59, 59))
        progress = QProgressDialog(
            self.tr("Comparing difficulty per staff member…"), self.tr("Stop"), 0, 100, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            today = day >= date.today()
            report = self._services.staff_report.report(
                min(when, datetime.now()), step, remember=today
            )
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        self.show_report(report)
        return report

    def show_report(self, report: StaffReport) -> None:
        self.report = report
        self.model.set_lines(report.lines)
        text = self.tr(
            "“With them” and “with others” average the difficulty of the %n customer(s) served "
            "by two or more staff members, each computed over only that staff member's events "
            "and over everyone else's. A large positive difference asks: is it us?",
            "",
            report.customers_compared,
        )
        if not report.complete:
            text += " " + self.tr("Stopped early: the comparison covers part of the customers.")
        text += " " + self.tr(
            "“Across the team” compares each staff member's difficulty over all their customers "
            "with the rest of the team's: an outlier handled at least {0} interactions, so did "
            "the rest, and is {1:g} points or more above them. The customer advice mentions it."
        ).format(report.team_min_interactions, report.margin)
        outliers = ", ".join(line.name for line in report.outliers)
        if outliers:
            text += " " + self.tr("Outliers: {0}.").format(outliers)
        self.note.setText(text)
