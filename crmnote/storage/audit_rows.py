"""Rows of the change log (with its head) and of the insights board; migration 0004."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crmnote.domain.audit import Action
from crmnote.storage.base import Base, EnumText, one_of
from crmnote.storage.rows import Stamped


class ChangeLogRow(Base):
    """One change to a logged record, chained to the entry before it by `hash`.

    No foreign keys: the log outlives the staff member, the record and the customer it names.
    `changes` and `salt` are the only personal data; erasing a customer clears them.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        one_of("action", Action),
        Index("ix_change_log_kind_record", "kind", "record_id", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    action: Mapped[Action] = mapped_column(EnumText(Action))
    refs: Mapped[str | None] = mapped_column(Text, nullable=True)
    changes: Mapped[str | None] = mapped_column(Text, nullable=True)
    salt: Mapped[str | None] = mapped_column(String(32), nullable=True)
    changes_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    state_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str] = mapped_column(String(64))


class ChangeLogHeadRow(Base):
    """The last entry of the chain, one row: appends lock it, so two writers never fork."""

    __tablename__ = "change_log_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    entries: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class InsightRow(Stamped, Base):
    """A theme promoted to an insight: the business, not the customer, should change."""

    __tablename__ = "insights"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    theme: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    acted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    acted_note: Mapped[str] = mapped_column(Text, default="")
