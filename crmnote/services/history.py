"""What a customer history or a claim dossier prints, gathered from the records in one read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.attachments import is_image
from crmnote.domain.errors import ValidationError
from crmnote.domain.measures import Delivery
from crmnote.domain.money import totals as home_totals
from crmnote.domain.reasons import say
from crmnote.domain.types import ClaimId, CustomerId, MoneyKind
from crmnote.services.base import ServiceBase
from crmnote.services.dossier import DossierService
from crmnote.services.score_sums import revenue
from crmnote.services.scores import CustomerScores, ScoreService
from crmnote.storage import attachment_store, score_store
from crmnote.storage.settings_store import read_setting


@dataclass(frozen=True)
class Period:
    """Dates from `start` to `end`, both included; None leaves that side open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                "to", say("svc.before_start", "is before the start of the period")
            )

    def contains(self, when: date | datetime) -> bool:
        day = when.date() if isinstance(when, datetime) else when
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class MoneyTotals:
    """Money of one currency over the period, by kind."""

    currency: str
    by_kind: Mapping[MoneyKind, Decimal]

    @property
    def revenue(self) -> Decimal:
        return revenue(dict(self.by_kind))


@dataclass(frozen=True)
class CostSummary:
    """Time spent on the customer over the period and what it cost against their revenue."""

    interaction_minutes: int
    effort_minutes: int
    hourly_cost: float
    currency: str
    revenue: Decimal

    @property
    def cost(self) -> float:
        return (self.interaction_minutes + self.effort_minutes) / 60 * self.hourly_cost

    @property
    def ratio(self) -> float | None:
        """Cost over revenue, None without revenue (unknown rather than infinite)."""
        return self.cost / float(self.revenue) if self.revenue > 0 else None


@dataclass(frozen=True)
class CustomerHistory:
    """Everything a customer history PDF shows; records oldest first, within `period`."""

    business_name: str
    exported_at: datetime
    period: Period
    customer: e.Customer
    staff_names: Mapping[int, str]
    scores: CustomerScores
    score_history: tuple[e.ScorePoint, ...]
    promises: tuple[e.Promise, ...]
    claims: tuple[e.Claim, ...]
    requests: tuple[e.Request, ...]
    interactions: tuple[e.Interaction, ...]
    money: tuple[e.Money, ...]
    efforts: tuple[e.Effort, ...]
    money_totals: tuple[MoneyTotals, ...]
    cost: CostSummary
    standards: Mapping[int, e.Standard] = field(default_factory=dict)
    phone_region: str = ""  # Settings: the country of numbers written without +code
    # The text of every promise a listed claim refers to (some made before the period).
    promise_texts: Mapping[int, str] = field(default_factory=dict)

    def staff(self, staff_id: int | None) -> str:
        return self.staff_names.get(staff_id, "") if staff_id is not None else ""


@dataclass(frozen=True)
class Timing:
    """Delivery against the due date, and against the standard's time target if it has one."""

    due: date | None = None
    delivered: datetime | None = None
    days_late: int | None = None
    target: str = ""
    beyond_target: bool | None = None


@dataclass(frozen=True)
class ClaimDossier:
    """The facts of one claim side by side: what was promised, the standard, what happened."""

    business_name: str
    exported_at: datetime
    customer: e.Customer
    claim: e.Claim
    promise: e.Promise | None
    standard: e.Standard | None
    timing: Timing
    interactions: tuple[e.Interaction, ...]
    staff_names: Mapping[int, str]
    suggested_verdict: str = ""
    suggested_reasons: tuple[str, ...] = ()
    # Promised against delivered, when the promise holds both figures.
    delivery: Delivery | None = None
    # Every evidence file of the claim, the promise and the related interactions, and the
    # bytes of those that are images (to print them).
    files: tuple[e.Attachment, ...] = ()
    images: Mapping[int, bytes] = field(default_factory=dict)
    # The change log's size and head hash when the dossier was made: print them, and the
    # printed dossier can later be checked against the book.
    log_entries: int = 0
    log_head: str = ""

    def staff(self, staff_id: int | None) -> str:
        return self.staff_names.get(staff_id, "") if staff_id is not None else ""


def _totals(money: Sequence[e.Money]) -> tuple[MoneyTotals, ...]:
    sums: dict[str, dict[MoneyKind, Decimal]] = {}
    for m in money:
        by_kind = sums.setdefault(m.currency, {k: Decimal(0) for k in MoneyKind})
        by_kind[m.kind] += m.amount
    return tuple(MoneyTotals(c, sums[c]) for c in sorted(sums))


class HistoryService(ServiceBase):
    """Gathers reports' data; rendering lives in `crmnote.reports` and never sees the database."""

    def customer_history(
        self, customer_id: CustomerId, period: Period | None = None
    ) -> CustomerHistory:
        """A customer's records within `period` (default: all), current scores and history."""
        span = period or Period()
        now = self.now()
        with self.reading() as repo:
            customer: e.Customer = repo.get("customer", customer_id)
            lists: dict[str, tuple[Any, ...]] = {
                kind: tuple(r for r in repo.list(kind, customer_id) if span.contains(_when(r)))
                for kind in ("promise", "claim", "request", "interaction", "money", "effort")
            }
            staff = {s.id: s.name for s in repo.list("staff")}
            standards = {s.id: s for s in repo.list("standard")}
            promised = {p.id: p.text for p in repo.list("promise", customer_id)}
            texts = {
                c.promise_id: promised.get(c.promise_id, "")
                for c in lists["claim"]
                if c.promise_id is not None
            }
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
            hourly = float(read_setting(repo.session, declared.HOURLY_COST))
            currency = str(read_setting(repo.session, declared.CURRENCY))
            region = str(read_setting(repo.session, declared.PHONE_REGION) or "")
            points = score_store.history(repo.session, customer_id)
        scores = ScoreService(self._sessions, self._clock).explain(customer_id, now)
        totals = _totals(lists["money"])
        # Revenue in the home currency: every amount at its home value (domain/money.py).
        income = home_totals(lists["money"]).revenue
        talk = sum(i.minutes for i in lists["interaction"])
        work = sum(w.minutes for w in lists["effort"])
        return CustomerHistory(
            business_name=business,
            exported_at=now,
            period=span,
            customer=customer,
            staff_names=staff,
            scores=scores,
            score_history=_points_within(points, span),
            promises=lists["promise"],
            claims=lists["claim"],
            requests=lists["request"],
            interactions=lists["interaction"],
            money=lists["money"],
            efforts=lists["effort"],
            money_totals=totals,
            cost=CostSummary(talk, work, hourly, currency, income),
            phone_region=region,
            standards=standards,
            promise_texts=texts,
        )

    def claim_dossier(self, claim_id: ClaimId) -> ClaimDossier:
        """The facts of one claim, as the dossier service finds them, ready to print."""
        facts = DossierService(self._sessions, self._clock).claim(claim_id)
        with self.reading() as repo:
            customer: e.Customer = repo.get("customer", facts.claim.customer_id)
            business = str(read_setting(repo.session, declared.BUSINESS_NAME) or "")
            images = {
                int(f.id): attachment_store.data(repo.session, f.id)
                for f in facts.files
                if is_image(f.media_type)
            }
        t = facts.timing
        timing = (
            Timing(t.due, t.delivered_at, t.late_days, t.target, t.beyond_target)
            if t is not None
            else Timing()
        )
        return ClaimDossier(
            business_name=business,
            exported_at=self.now(),
            customer=customer,
            claim=facts.claim,
            promise=facts.promise,
            standard=facts.standard,
            timing=timing,
            interactions=facts.interactions,
            staff_names=dict(facts.staff_names),
            suggested_verdict=str(facts.suggested.verdict),
            suggested_reasons=facts.suggested.reasons,
            delivery=facts.delivery,
            files=facts.files,
            images=images,
            log_entries=facts.log_head[0],
            log_head=facts.log_head[1],
        )


def _when(record: object) -> date | datetime:
    for name in ("at", "made_at", "raised_at"):
        value = getattr(record, name, None)
        if isinstance(value, date):
            return value
    raise TypeError(type(record).__name__)


def _points_within(points: Sequence[e.ScorePoint], span: Period) -> tuple[e.ScorePoint, ...]:
    """Points in the period, led by the last one before it so the chart starts at its level."""
    before = [p for p in points if span.start is not None and p.at.date() < span.start]
    inside = [p for p in points if span.contains(p.at)]
    return tuple(before[-1:] + inside)
