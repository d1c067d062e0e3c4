"""Filling the score parts of the customer page, and opening the decision dialog from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.trend import trends
from crmnote.domain.types import CustomerId, CustomerStatus, DecisionAction
from crmnote.services.book_services import Services
from crmnote.services.scores import CustomerScores
from crmnote.ui.customer_page.decisions import record_decision
from crmnote.ui.dialogs.decision import DecisionDialog
from crmnote.ui.editing import Editing

if TYPE_CHECKING:
    from crmnote.ui.customer_page.page import CustomerPage


@dataclass(frozen=True)
class LoadedScores:
    """What the page shows of a customer's scores, read in one go (on any thread)."""

    scores: CustomerScores
    history: list[e.ScorePoint]
    current: tuple[float, float]
    staff_name: str | None
    last_decision: e.Decision | None


def read_scores(services: Services, customer_id: int) -> LoadedScores:
    """Explain both scores and read their history: reads only, safe on a worker thread."""
    cid = CustomerId(customer_id)
    scores = services.scores.explain(cid)
    history = services.scores.history(cid)
    summary = services.customer_list.summary(customer_id)
    d, t = (summary.difficulty, summary.trust) if summary is not None else (None, None)
    current = (
        scores.difficulty.score if d is None else d,
        scores.trust.score if t is None else t,
    )
    flag = scores.staff_flag
    name = services.scores.staff_name(flag.staff_id) if flag is not None else None
    return LoadedScores(scores, history, current, name, last_decision(services, customer_id))


def show_scores(page: CustomerPage, loaded: LoadedScores) -> CustomerScores:
    """Put what was read in the header's trends, the advice panel and the Scores tab."""
    scores = loaded.scores
    prior = (scores.difficulty.prior, scores.trust.prior)
    page.header.set_trends(trends(loaded.history, scores.as_of, loaded.current, prior))
    page.advice.show_advice(scores, loaded.staff_name, loaded.last_decision)
    page.scores_tab.show_scores(loaded.history, scores)
    return scores


def load_scores(services: Services, customer_id: int, page: CustomerPage) -> CustomerScores:
    """Read and show at once (on the GUI thread)."""
    return show_scores(page, read_scores(services, customer_id))


def last_decision(services: Services, customer_id: int) -> e.Decision | None:
    decisions: list[e.Decision] = services.records.list("decision", customer_id)
    return max(decisions, key=lambda d: (d.at, d.id), default=None)


def decide(
    services: Services,
    editing: Editing,
    page: CustomerPage,
    customer_id: int,
    action: DecisionAction,
    suggested: bool,
) -> DecisionDialog:
    """Open the decision dialog; saving records the decision through the undo stack."""
    customer: e.Customer = services.records.get("customer", customer_id)
    scores = page.scores
    reason = ""
    if suggested and scores is not None:
        reason = " ".join(scores.recommendation.reasons)
    business = str(services.settings.get(declared.BUSINESS_NAME) or "")

    def submit(values: dict[str, object], status: CustomerStatus | None) -> None:
        record_decision(editing, customer_id, values, status)

    staff = [(s.name, int(s.id)) for s in services.records.list("staff") if s.active]
    dialog = DecisionDialog(
        action,
        customer_name=customer.name,
        business_name=business,
        reason=reason,
        status=customer.status,
        submit=submit,
        staff=staff,
        current_staff=services.customers.current_staff(),
        parent=page.window(),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
