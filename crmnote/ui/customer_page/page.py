"""The customer page: header with score badges, the recommendation, and tabs (Timeline,
Promises, Claims, Requests, Money & effort, Scores).

The header shows the scores kept with the customer at once; the timeline's first page and
the cost to serve are read on worker threads ("Loading…" meanwhile). The scores' explanation
and history (a second or so for a customer with 10,000 interactions) are read on a worker
thread once the page has painted, and fill the trends, advice and Scores tab when they arrive;
a result for a customer no longer shown is dropped. The record tabs read their rows when first
shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from crmnote.domain import settings as declared
from crmnote.domain.errors import CrmError, NotFoundError
from crmnote.domain.trend import trends
from crmnote.domain.types import CustomerId, DecisionAction, PromiseStatus
from crmnote.services.changes import Changes
from crmnote.ui.background import Background
from crmnote.ui.customer_page.advice_panel import AdvicePanel
from crmnote.ui.customer_page.cost_panel import CostPanel
from crmnote.ui.customer_page.decisions import open_decision
from crmnote.ui.customer_page.header import CustomerHeader
from crmnote.ui.customer_page.record_tab import RecordTab
from crmnote.ui.customer_page.scores_tab import ScoresTab
from crmnote.ui.customer_page.timeline_tab import TimelineTab
from crmnote.ui.editing import Editing
from crmnote.ui.reasons import reason_text

if TYPE_CHECKING:
    from crmnote.services.book_services import Services
    from crmnote.services.scores import CustomerScores, ScoresView

TAB_KINDS = ("promise", "claim", "request", "money", "effort")


class CustomerPage(QWidget):
    """Emits `open_dossier(claim_id)` to show a claim's dossier."""

    customer_gone = Signal()  # the customer shown was deleted (or merged away)

    open_dossier = Signal(int)
    # Files let go over a promise, claim, interaction or request: (kind, record id, paths).
    files_dropped = Signal(str, int, list)

    def __init__(self, services: Services, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_page")
        self._services = services
        self._editing = editing
        editing.bus.subscribe(self, self.on_changed)
        self.customer_id: int | None = None
        self.scores: CustomerScores | None = None
        self.header = CustomerHeader()
        self.advice = AdvicePanel()
        self.advice.decide.connect(self.decide)
        self.scores_tab = ScoresTab()
        self.scores_tab.open_record.connect(self.open_record)
        self._scores_timer = QTimer(self)
        self._scores_timer.setSingleShot(True)
        self._scores_timer.setInterval(0)
        self._scores_timer.timeout.connect(self._read_scores_in_background)
        self._scores_job: Background | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customer_tabs")
        self.timeline = TimelineTab(services.timeline)
        self.timeline.open_record.connect(self.open_record)
        self.timeline.open_dossier.connect(self.open_dossier)
        self.timeline.files_dropped.connect(self.files_dropped)
        ed = editing
        self.record_tabs: dict[str, RecordTab] = {
            "promise": RecordTab(
                "promise",
                self.tr("New promise…"),
                [
                    (self.tr("Kept…"), lambda i: ed.mark_promise(i, PromiseStatus.KEPT)),
                    (self.tr("Broken…"), lambda i: ed.mark_promise(i, PromiseStatus.BROKEN)),
                    (self.tr("Renegotiate…"), ed.renegotiate),
                    (self.tr("History…"), lambda i: ed.history("promise", i)),
                ],
            ),
            "claim": RecordTab(
                "claim",
                self.tr("New claim…"),
                [
                    (self.tr("Dossier…"), self.open_dossier.emit),
                    (self.tr("Verdict…"), ed.claim_verdict),
                    (self.tr("History…"), lambda i: ed.history("claim", i)),
                ],
            ),
            "request": RecordTab(
                "request", self.tr("New request…"), [(self.tr("Judge…"), ed.judge_request)]
            ),
            "money": RecordTab("money", self.tr("New money entry…")),
            "effort": RecordTab("effort", self.tr("New effort…")),
        }
        for tab in self.record_tabs.values():
            tab.open_record.connect(self.open_record)
            tab.new_record.connect(self.new_record)
            tab.delete_record.connect(lambda kind, rid: self._editing.delete(kind, rid))
            tab.files_dropped.connect(self.files_dropped)
        # The cost summary on top (its monthly table on demand), money and effort side by side
        # below it with the full height: stacked three high, each table showed a row or two.
        money_effort = QWidget()
        money_effort.setObjectName("tab_money_effort")
        self.cost = CostPanel(services.cost)
        records = QSplitter(Qt.Orientation.Horizontal)
        records.setObjectName("money_effort_records")
        records.addWidget(self.record_tabs["money"])
        records.addWidget(self.record_tabs["effort"])
        records.setStretchFactor(0, 5)
        records.setStretchFactor(1, 4)
        column = QVBoxLayout(money_effort)
        column.addWidget(self.cost)
        column.addWidget(records, 1)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.record_tabs["promise"], self.tr("Promises"))
        self.tabs.addTab(self.record_tabs["claim"], self.tr("Claims"))
        self.tabs.addTab(self.record_tabs["request"], self.tr("Requests"))
        self.tabs.addTab(money_effort, self.tr("Money && effort"))
        self.tabs.addTab(self.scores_tab, self.tr("Scores"))
        if editing.read_only:
            reading = (self.tr("History…"), self.tr("Dossier…"))
            for tab in self.record_tabs.values():
                tab.set_read_only(reading)
            self.advice.act_button.hide()
            self.advice.other_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.advice)
        layout.addWidget(self.tabs, 1)

    def show_customer(self, customer_id: int | None) -> bool:
        """Load a customer's header and tabs; False when the customer is gone."""
        if customer_id != self.customer_id:
            # Another customer: nothing of the previous one's scores may linger until they load.
            self.scores = None
            self.header.set_trends(None)
            self.advice.clear()
            self.scores_tab.show_scores((), None)
        self.customer_id = customer_id
        self._scores_job = None  # what a read still running brings back is out of date
        if customer_id is None:
            self._scores_timer.stop()
            return False
        records = self._services.records
        try:
            customer = records.get("customer", customer_id)
        except NotFoundError:
            self.customer_id = None
            return False
        owner = None
        if customer.owner_id is not None:
            try:
                owner = records.get("staff", customer.owner_id).name
            except NotFoundError:
                owner = None
        summary = self._services.customer_list.summary(customer_id)
        region = str(self._services.settings.get(declared.PHONE_REGION) or "")
        self.header.show_customer(customer, summary, owner, region)
        self.timeline.show_customer(customer_id)
        for kind, tab in self.record_tabs.items():
            tab.set_source(partial(records.list, kind, customer_id))
        self.cost.show_customer(customer_id)
        self._scores_timer.start()
        return True

    def scores_pending(self) -> bool:
        """True until the scores of the customer shown are on the page."""
        return self._scores_timer.isActive() or self._scores_job is not None

    def loading(self) -> bool:
        """True while anything of the customer shown is still being read on a worker."""
        return self.scores_pending() or self.timeline.loading() or self.cost.loader.busy

    def load_scores(self) -> None:
        """Explanation, recommendation, history and trends of the customer shown, read now."""
        self._scores_timer.stop()
        self._scores_job = None  # a read still running is for an older state: dropped
        if self.customer_id is None:
            return
        try:
            self.scores = self._show(self._services.scores.view(CustomerId(self.customer_id)))
        except CrmError as exc:
            self._editing.failed.emit(str(exc))

    def _read_scores_in_background(self) -> None:
        if self.customer_id is None:
            return
        customer_id, services = self.customer_id, self._services
        job = Background(lambda: services.scores.view(CustomerId(customer_id)), self)
        self._scores_job = job
        job.done.connect(lambda loaded: self._scores_read(job, customer_id, loaded))
        job.failed.connect(lambda exc: self._scores_failed(job, exc))
        job.start()

    def _scores_read(self, job: Background, customer_id: int, loaded: ScoresView) -> None:
        job.deleteLater()
        if job is not self._scores_job or customer_id != self.customer_id:
            return  # the page moved on (another customer, or a change started a newer read)
        self._scores_job = None
        self.scores = self._show(loaded)

    def _show(self, loaded: ScoresView) -> CustomerScores:
        """Put what was read in the header's trends, the advice panel and the Scores tab."""
        scores = loaded.scores
        prior = (scores.difficulty.prior, scores.trust.prior)
        self.header.set_trends(trends(loaded.history, scores.as_of, loaded.current, prior))
        self.advice.show_advice(scores, loaded.staff_name, loaded.last_decision)
        self.scores_tab.show_scores(loaded.history, scores)
        return scores

    def _scores_failed(self, job: Background, exc: BaseException) -> None:
        job.deleteLater()
        if job is not self._scores_job:
            return
        self._scores_job = None
        if not isinstance(exc, CrmError):
            raise exc
        self._editing.failed.emit(str(exc))

    def decide(self, action: DecisionAction, suggested: bool) -> None:
        if self.customer_id is not None:
            scores = self.scores
            reason = (
                " ".join(reason_text(r) for r in scores.recommendation.reasons)
                if suggested and scores
                else ""
            )
            open_decision(self._editing, self.customer_id, action, reason, self.window())

    def on_changed(self, changes: Changes) -> None:
        if self.customer_id is None:
            return
        touched = self.customer_id in changes.customer_ids or changes.touches("staff", "customer")
        if touched and not self.show_customer(self.customer_id):
            self.customer_gone.emit()

    def open_record(self, kind: str, record_id: int) -> None:
        self._editing.edit(kind, record_id)

    def new_record(self, kind: str) -> None:
        if self.customer_id is not None:
            self._editing.new(kind, self.customer_id)
