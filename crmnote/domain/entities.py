"""Frozen domain records: what the notebook knows about customers and the business.

An `id` of 0 means "not saved yet". Times are naive local wall-clock times, as the user typed them.
`uuid` is the record's global identity (docs/sync.md): "" until saved, then the same in every
copy, export and sync of the book. `version` counts the saved versions of a record (1 once
saved): an edit made on an older version than the stored one is refused rather than
overwriting a colleague's change (0: not saved).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from crmnote.domain.types import (
    AttachmentId,
    Category,
    Channel,
    ClaimCategory,
    ClaimId,
    CustomerId,
    CustomerStatus,
    DecisionAction,
    DecisionId,
    Direction,
    EffortId,
    FeedbackId,
    FeedbackKind,
    InteractionId,
    Judgment,
    MoneyId,
    MoneyKind,
    Outcome,
    PromiseId,
    PromiseStatus,
    RequestId,
    RequestKind,
    Resolution,
    StaffId,
    StandardId,
    TargetUnit,
    Verdict,
)

_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True, kw_only=True)
class ContactPoint:
    """One email address or phone number with its label (work, home, mobile…)."""

    value: str
    label: str = ""


@dataclass(frozen=True, kw_only=True)
class Staff:
    id: StaffId = StaffId(0)
    name: str
    email: str = ""
    active: bool = True
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Customer:
    id: CustomerId = CustomerId(0)
    name: str
    company: str = ""
    emails: tuple[ContactPoint, ...] = ()
    phones: tuple[ContactPoint, ...] = ()
    address: str = ""
    tags: tuple[str, ...] = ()
    status: CustomerStatus = CustomerStatus.ACTIVE
    owner_id: StaffId | None = None
    source: str = ""
    notes: str = ""
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Interaction:
    id: InteractionId = InteractionId(0)
    customer_id: CustomerId
    at: datetime
    channel: Channel = Channel.CALL
    direction: Direction = Direction.IN
    minutes: int = 0
    staff_id: StaffId | None = None
    summary: str = ""
    notes: str = ""
    mood: int | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Standard:
    """A service standard; versions of one standard share `series_id` and are dated."""

    id: StandardId = StandardId(0)
    series_id: int = 0
    name: str
    category: Category = Category.OTHER
    description: str = ""
    target_value: float | None = None
    target_unit: TargetUnit | None = None
    valid_from: date
    valid_until: date | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Promise:
    id: PromiseId = PromiseId(0)
    customer_id: CustomerId
    text: str
    category: Category = Category.OTHER
    made_at: datetime
    made_by: StaffId | None = None
    due: date | None = None
    # What was promised as a number: 20 (helmets), 3 (working days), 99 (percent).
    quantity: float | None = None
    unit: str = ""
    standard_id: StandardId | None = None
    interaction_id: InteractionId | None = None
    status: PromiseStatus = PromiseStatus.OPEN
    resolved_at: datetime | None = None
    evidence: str = ""
    # What was delivered, in the promise's unit (a delay is measured from `resolved_at`).
    delivered_quantity: float | None = None
    renegotiated_from_id: PromiseId | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Claim:
    id: ClaimId = ClaimId(0)
    customer_id: CustomerId
    raised_at: datetime
    category: ClaimCategory = ClaimCategory.OTHER
    text: str
    promise_id: PromiseId | None = None
    interaction_id: InteractionId | None = None
    staff_id: StaffId | None = None
    verdict: Verdict = Verdict.PENDING
    verdict_note: str = ""
    resolution: Resolution | None = None
    resolved_at: datetime | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Request:
    id: RequestId = RequestId(0)
    customer_id: CustomerId
    raised_at: datetime
    kind: RequestKind = RequestKind.EXTRA
    text: str
    # What they ask for as a number, if it is one: within 1 (working day), 30 (helmets).
    quantity: float | None = None
    unit: str = ""
    judgment: Judgment = Judgment.PENDING
    judgment_note: str = ""
    outcome: Outcome | None = None
    insight: bool = False
    standard_id: StandardId | None = None
    interaction_id: InteractionId | None = None
    staff_id: StaffId | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Feedback:
    id: FeedbackId = FeedbackId(0)
    customer_id: CustomerId
    at: datetime
    kind: FeedbackKind = FeedbackKind.SUGGESTION
    theme: str = ""
    text: str
    interaction_id: InteractionId | None = None
    staff_id: StaffId | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Money:
    """A money movement; `amount` is positive, `kind` says which way it goes.

    `rate` is what one unit of `currency` is worth in the home currency (1 for the home
    currency itself); amounts are only ever added up through it (domain/money.py).
    """

    id: MoneyId = MoneyId(0)
    customer_id: CustomerId
    at: date
    kind: MoneyKind = MoneyKind.SALE
    amount: Decimal
    currency: str = "EUR"
    rate: Decimal | None = None
    reference: str = ""
    interaction_id: InteractionId | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Effort:
    """Time spent on a customer outside logged interactions."""

    id: EffortId = EffortId(0)
    customer_id: CustomerId
    at: datetime
    minutes: int
    staff_id: StaffId | None = None
    text: str = ""
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


@dataclass(frozen=True, kw_only=True)
class Decision:
    id: DecisionId = DecisionId(0)
    customer_id: CustomerId
    at: datetime
    action: DecisionAction
    reason: str = ""
    decided_by: StaffId | None = None
    referral_to: str = ""
    message: str = ""
    # Fix our side: who does what by when, and when it was done.
    follow_up: str = ""
    follow_up_by: StaffId | None = None
    follow_up_due: date | None = None
    follow_up_done_at: datetime | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    uuid: str = ""
    version: int = 0


# Records evidence files attach to.
ATTACHABLE = ("promise", "claim", "interaction", "request")


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """An evidence file kept in the book (its bytes apart): what, whose, and its SHA-256."""

    id: AttachmentId = AttachmentId(0)
    customer_id: CustomerId
    record_kind: str
    record_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    note: str = ""
    added_by: StaffId | None = None
    created_at: datetime = _EPOCH
    updated_at: datetime = _EPOCH
    version: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class ScorePoint:
    """Both scores of one customer right after one event, for the history chart.

    Slots, not a `__dict__`: a 10,000-interaction customer's page reads 12,763 of them
    (about 3.6 MB with slots, 6.6 MB with a dict each)."""

    customer_id: CustomerId
    at: datetime
    difficulty: float
    trust: float
    cause_kind: str = ""
    cause_id: int = 0
    state: dict[str, float] = field(default_factory=dict, compare=False)


Record = (
    Staff
    | Customer
    | Interaction
    | Standard
    | Promise
    | Claim
    | Request
    | Feedback
    | Money
    | Effort
    | Decision
)
