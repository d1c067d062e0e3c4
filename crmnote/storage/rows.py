"""ORM rows for the whole domain. Named `…Row` so they never mix with domain objects."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from crmnote.domain import types as t
from crmnote.domain.sync.identity import new_uuid
from crmnote.storage.base import Base, Cents, DecimalText, EnumText, one_of

# The decisions Today lists under "our side": a follow-up with a due date, not done yet.
FOLLOW_UP_OPEN = text("follow_up_due IS NOT NULL AND follow_up_done_at IS NULL")


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Stamped(Timestamped):
    # The record's global identity (migration 0011, docs/sync.md): given on insert, never
    # changed, the same in every copy. Nullable only for rows written around the models
    # (plain SQL); a sync gives those one.
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, index=True, unique=True)


class Versioned(Stamped):
    """A record people edit: `version` counts its saves (migration 0009). Every UPDATE the ORM
    writes checks that the row still has the version it read and adds one, so an edit made
    on a version someone else has since replaced fails instead of overwriting it. Updates of
    derived columns (the customer list's summary) are plain statements and leave it alone.
    `updated_by` is the staff member who saved the current version (the signed-in member of
    a team book), so a refused edit can say who changed the record; bookkeeping of this book
    like `version`, never part of an export, and no reference (a staff member may go)."""

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _customer_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)


def _staff_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), nullable=True)


def _interaction_fk() -> Mapped[int | None]:
    # Indexed: deleting an interaction sets these to NULL, which otherwise scans each table.
    return mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), nullable=True, index=True
    )


def _standard_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("standards.id", ondelete="SET NULL"), nullable=True)


class StaffRow(Versioned, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    email: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CustomerRow(Versioned, Base):
    __tablename__ = "customers"
    __table_args__ = (one_of("status", t.CustomerStatus),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    company: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[t.CustomerStatus] = mapped_column(EnumText(t.CustomerStatus), index=True)
    owner_id: Mapped[int | None] = _staff_fk()
    source: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Summary kept current by the services so the list sorts in SQL without joins.
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True, index=True)
    trust: Mapped[float | None] = mapped_column(Float, nullable=True, index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    open_promises: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)

    contacts: Mapped[list[ContactRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContactRow.position", passive_deletes=True
    )
    tags: Mapped[list[TagRow]] = relationship(
        cascade="all, delete-orphan", order_by="TagRow.tag", passive_deletes=True
    )


class ContactRow(Base):
    """An email address or phone number of a customer."""

    __tablename__ = "customer_contacts"
    __table_args__ = (one_of("kind", t.ContactKind),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    kind: Mapped[t.ContactKind] = mapped_column(EnumText(t.ContactKind))
    value: Mapped[str] = mapped_column(String(500), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class TagRow(Base):
    __tablename__ = "customer_tags"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class InteractionRow(Versioned, Base):
    __tablename__ = "interactions"
    __table_args__ = (
        one_of("channel", t.Channel),
        one_of("direction", t.Direction),
        Index("ix_interactions_customer_at", "customer_id", "at"),
        # Covers the minutes summed for cost to serve (migration 0005).
        Index("ix_interactions_customer_minutes", "customer_id", "minutes"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[t.Channel] = mapped_column(EnumText(t.Channel))
    direction: Mapped[t.Direction] = mapped_column(EnumText(t.Direction))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = _staff_fk()
    summary: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StandardRow(Versioned, Base):
    __tablename__ = "standards"
    __table_args__ = (one_of("category", t.Category),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(500))
    category: Mapped[t.Category] = mapped_column(EnumText(t.Category))
    description: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_unit: Mapped[t.TargetUnit | None] = mapped_column(EnumText(t.TargetUnit), nullable=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)


class PromiseRow(Versioned, Base):
    __tablename__ = "promises"
    __table_args__ = (
        one_of("status", t.PromiseStatus),
        one_of("category", t.Category),
        # Today's open promises by due date, walked in order (`id` since migration 0014).
        Index("ix_promises_status_due_id", "status", "due", "id"),
        # A customer's open promises without reading the kept ones (migration 0005).
        Index("ix_promises_customer_status_due", "customer_id", "status", "due"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[t.Category] = mapped_column(EnumText(t.Category))
    made_at: Mapped[datetime] = mapped_column(DateTime)
    made_by: Mapped[int | None] = _staff_fk()
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    quantity: Mapped[float | None] = mapped_column(Float, nullable=True)  # migration 0010
    unit: Mapped[str] = mapped_column(String(100), default="", server_default="")
    standard_id: Mapped[int | None] = _standard_fk()
    interaction_id: Mapped[int | None] = _interaction_fk()
    status: Mapped[t.PromiseStatus] = mapped_column(EnumText(t.PromiseStatus))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    delivered_quantity: Mapped[float | None] = mapped_column(Float, nullable=True)
    renegotiated_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("promises.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ClaimRow(Versioned, Base):
    __tablename__ = "claims"
    __table_args__ = (
        one_of("category", t.ClaimCategory),
        one_of("verdict", t.Verdict),
        one_of("resolution", t.Resolution),
        # Today's pending claims, oldest first, walked in order (migration 0014).
        Index("ix_claims_verdict_raised_at", "verdict", "raised_at", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    category: Mapped[t.ClaimCategory] = mapped_column(EnumText(t.ClaimCategory))
    text: Mapped[str] = mapped_column(Text)
    promise_id: Mapped[int | None] = mapped_column(
        ForeignKey("promises.id", ondelete="SET NULL"), nullable=True, index=True
    )
    interaction_id: Mapped[int | None] = _interaction_fk()
    staff_id: Mapped[int | None] = _staff_fk()
    verdict: Mapped[t.Verdict] = mapped_column(EnumText(t.Verdict))
    verdict_note: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[t.Resolution | None] = mapped_column(EnumText(t.Resolution), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RequestRow(Versioned, Base):
    __tablename__ = "requests"
    __table_args__ = (
        one_of("kind", t.RequestKind),
        one_of("judgment", t.Judgment),
        one_of("outcome", t.Outcome),
        # Today's pending requests, oldest first, walked in order (migration 0014).
        Index("ix_requests_judgment_raised_at", "judgment", "raised_at", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[t.RequestKind] = mapped_column(EnumText(t.RequestKind))
    text: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float, nullable=True)  # migration 0010
    unit: Mapped[str] = mapped_column(String(100), default="", server_default="")
    judgment: Mapped[t.Judgment] = mapped_column(EnumText(t.Judgment))
    judgment_note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[t.Outcome | None] = mapped_column(EnumText(t.Outcome), nullable=True)
    insight: Mapped[bool] = mapped_column(Boolean, default=False)
    standard_id: Mapped[int | None] = _standard_fk()
    interaction_id: Mapped[int | None] = _interaction_fk()
    staff_id: Mapped[int | None] = _staff_fk()


class FeedbackRow(Versioned, Base):
    __tablename__ = "feedback"
    __table_args__ = (one_of("kind", t.FeedbackKind),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[t.FeedbackKind] = mapped_column(EnumText(t.FeedbackKind))
    theme: Mapped[str] = mapped_column(String(100), default="", index=True)
    text: Mapped[str] = mapped_column(Text)
    interaction_id: Mapped[int | None] = _interaction_fk()
    staff_id: Mapped[int | None] = _staff_fk()


class MoneyRow(Versioned, Base):
    __tablename__ = "money"
    __table_args__ = (
        one_of("kind", t.MoneyKind),
        Index("ix_money_customer_at", "customer_id", "at"),
        # Covers the sums by kind for cost to serve (migration 0010: of the home amounts).
        Index("ix_money_customer_kind_home_amount", "customer_id", "kind", "home_amount"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    at: Mapped[date] = mapped_column(Date)
    kind: Mapped[t.MoneyKind] = mapped_column(EnumText(t.MoneyKind))
    amount: Mapped[Decimal] = mapped_column(Cents)
    currency: Mapped[str] = mapped_column(String(3))
    # What 1 of `currency` is worth in the home currency, and the amount in it (migration
    # 0010): every sum adds `home_amount`; NULL when no rate is known (left out of sums).
    rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    home_amount: Mapped[Decimal | None] = mapped_column(Cents, nullable=True)
    reference: Mapped[str] = mapped_column(String(500), default="")
    interaction_id: Mapped[int | None] = _interaction_fk()


class EffortRow(Versioned, Base):
    __tablename__ = "effort"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    at: Mapped[datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int | None] = _staff_fk()
    text: Mapped[str] = mapped_column(Text, default="")


class DecisionRow(Versioned, Base):
    __tablename__ = "decisions"
    __table_args__ = (
        one_of("action", t.DecisionAction),
        # Today's follow-ups not done yet, by due date: only those are in it (migration 0014).
        Index(
            "ix_decisions_follow_up_open",
            "follow_up_due",
            "id",
            sqlite_where=FOLLOW_UP_OPEN,
            postgresql_where=FOLLOW_UP_OPEN,
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[t.DecisionAction] = mapped_column(EnumText(t.DecisionAction))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = _staff_fk()
    referral_to: Mapped[str] = mapped_column(String(500), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    # Fix our side: who does what by when (migration 0010).
    follow_up: Mapped[str] = mapped_column(Text, default="", server_default="")
    follow_up_by: Mapped[int | None] = _staff_fk()
    follow_up_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def _attached_to(table: str) -> Mapped[int | None]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=True, index=True)


class AttachmentRow(Stamped, Base):
    """An evidence file attached to one record (exactly one of the four links is set).

    The bytes live in `attachment_data`, one row each, so lists never read them. Deleting the
    record (or the customer) deletes its files; the change log keeps their hashes.
    """

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            " + ".join(
                f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)"
                for c in ("promise_id", "claim_id", "interaction_id", "request_id")
            )
            + " = 1",
            name="one_record",
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = _customer_fk()
    promise_id: Mapped[int | None] = _attached_to("promises")
    claim_id: Mapped[int | None] = _attached_to("claims")
    interaction_id: Mapped[int | None] = _attached_to("interactions")
    request_id: Mapped[int | None] = _attached_to("requests")
    name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[int | None] = _staff_fk()


class AttachmentDataRow(Base):
    """The bytes of one evidence file."""

    __tablename__ = "attachment_data"
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ScoreHistoryRow(Base):
    """Both scores of a customer after one event, with the running state that produced them."""

    __tablename__ = "score_history"
    __table_args__ = (Index("ix_score_history_customer_at", "customer_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    difficulty: Mapped[float] = mapped_column(Float)
    trust: Mapped[float] = mapped_column(Float)
    cause_kind: Mapped[str] = mapped_column(String(32), default="")
    cause_id: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(Text, default="{}")


class TeamMemberRow(Base):
    """A team book's sign-in role and the staff member it records as (migration 0009): the
    author of what that role writes. Only the book's owner changes it (`crmnote team add`)."""

    __tablename__ = "team_members"
    role: Mapped[str] = mapped_column(String(63), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)


class SettingRow(Base):
    """Business settings that travel with the data (hourly cost, score weights, business name)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The link column of an attachment, per kind of record it attaches to.
ATTACHMENT_LINK = {
    "promise": "promise_id",
    "claim": "claim_id",
    "interaction": "interaction_id",
    "request": "request_id",
}

ROW_BY_KIND: dict[str, type[Base]] = {
    "customer": CustomerRow,
    "staff": StaffRow,
    "interaction": InteractionRow,
    "standard": StandardRow,
    "promise": PromiseRow,
    "claim": ClaimRow,
    "request": RequestRow,
    "feedback": FeedbackRow,
    "money": MoneyRow,
    "effort": EffortRow,
    "decision": DecisionRow,
}


# Sync's tables (migration 0011) join the metadata wherever the rows are loaded.
from crmnote.storage import sync_rows as _sync_rows  # noqa: E402,F401
