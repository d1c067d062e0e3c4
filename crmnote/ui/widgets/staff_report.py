"""The Staff report window: per staff member, what they did and how customers are with them."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.services.book_services import Services
from crmnote.services.staff_report import StaffReport
from crmnote.ui.background import Background
from crmnote.ui.bus import Bus
from crmnote.ui.fit import place
from crmnote.ui.models.staff_report import Column, StaffReportModel, StaffReportProxy
from crmnote.ui.stale import SCORE_KINDS, RefreshWhenStale
from crmnote.ui.widgets.tables import table_view


class StaffReportWindow(QWidget, RefreshWhenStale):
    """A separate window; `refresh()` recomputes the report as of the chosen date on a worker
    (the comparison reads every shared customer's history: seconds on a large book), showing
    its progress in the window, which stays responsive; Stop ends it early."""

    WATCHED = SCORE_KINDS
    loaded = Signal()  # a report is on screen

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
        self.busy = QProgressBar()
        self.busy.setObjectName("staff_progress")
        self.busy.setFormat(self.tr("Comparing: %v of %m customers"))
        self.busy.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("staff_stop")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.job: Background | None = None
        self._stop = False  # read by the worker between chunks
        self._again = False  # asked again while one ran
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
        top.addWidget(self.busy, 1)
        top.addWidget(self.stop_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        place(self, QSize(1000, 520))

    def refresh(self) -> None:
        """Recompute as of the date chosen, on a worker; asked again while one runs, it runs
        once more after it (the date or the records changed meanwhile)."""
        self._stale = False
        if self.job is not None:
            self._again = True
            return
        day: date = self.as_of.date().toPython()  # type: ignore[assignment]
        when = min(datetime.combine(day, time(23, 59, 59)), datetime.now())
        remember = day >= date.today()
        service = self._services.staff_report
        self._stop = False

        def step(done: int, total: int) -> bool:
            job.report(done, max(total, 1))
            return not self._stop

        job = Background(lambda: service.report(when, step, remember=remember), self)
        job.progress.connect(self._progress)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job
        self.busy.setRange(0, 0)  # until the first chunk is done
        self.busy.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.note.setText(self.tr("Comparing difficulty per staff member…"))
        job.start()

    @property
    def loading(self) -> bool:
        return self.job is not None

    def stop(self) -> None:
        """End the comparison after the chunk under way; the report covers what was done."""
        self._stop = True
        self._again = False
        self.stop_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _ended(self) -> None:
        self.job = None
        self.busy.hide()
        self.stop_button.hide()

    def _done(self, report: StaffReport) -> None:
        self._ended()
        self.show_report(report)
        self.loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self._ended()
        if not isinstance(error, CrmError):
            raise error  # a bug: to the crash report path
        self.note.setText(str(error))

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
