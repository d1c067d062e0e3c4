"""Rows of sync (migration 0011): the change log of every kind, what each record looked like
when last synced, which records changed since, conflicts, and how far each peer has synced."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crmnote.domain.sync.change import Op
from crmnote.storage.base import Base, EnumText, one_of

# The tables whose records sync, by kind (migration 0011 puts triggers on each).
SYNCED_TABLES = {
    "staff": "staff",
    "standard": "standards",
    "customer": "customers",
    "interaction": "interactions",
    "promise": "promises",
    "claim": "claims",
    "request": "requests",
    "feedback": "feedback",
    "money": "money",
    "effort": "effort",
    "decision": "decisions",
    "insight": "insights",
    "attachment": "attachments",  # migration 0012; its bytes ride with its creation, once
}


class SyncChangeRow(Base):
    """One change (domain/sync/change.py) made here or received; `id` is this book's log order,
    what push and pull cursors count. `source`: the peer book it came from (None: made here)."""

    __tablename__ = "sync_changes"
    __table_args__ = (one_of("op", Op),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    op: Mapped[Op] = mapped_column(EnumText(Op))
    hlc: Mapped[str] = mapped_column(String(100))
    device: Mapped[str] = mapped_column(String(64))
    author: Mapped[str | None] = mapped_column(String(36), nullable=True)
    fields: Mapped[str] = mapped_column(Text)
    parents: Mapped[str] = mapped_column(Text)
    resolves: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SyncShadowRow(Base):
    """A record's state as the change log last left it: a later difference is a local edit."""

    __tablename__ = "sync_shadow"
    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: deleted
    heads: Mapped[str] = mapped_column(Text)


class SyncDirtyRow(Base):
    """A record written since the change log last looked (kept by triggers on every record
    table, whoever writes); `mark` counts the writes, so a write during a capture stays."""

    __tablename__ = "sync_dirty"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    mark: Mapped[int] = mapped_column(Integer)
    at_ms: Mapped[int] = mapped_column(BigInteger)


class SyncConflictRow(Base):
    """A value that lost a merge without its author's knowledge (domain/sync/merge.Conflict)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved", "record_uuid"),)
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reason: Mapped[str] = mapped_column(String(32))
    loser_change: Mapped[str] = mapped_column(String(36))
    winner_change: Mapped[str | None] = mapped_column(String(36), nullable=True)
    loser_value: Mapped[str] = mapped_column(Text)
    winner_value: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncStateRow(Base):
    """This book's sync identity: book uuid, device, clock, the team book it belongs to."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncPeerRow(Base):
    """A book this one syncs with (the team book, or another local book) and the cursors:
    `pushed` is this log's last id the peer has committed, `pulled` the peer's log id read."""

    __tablename__ = "sync_peers"
    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    last_sync: Mapped[str | None] = mapped_column(String(32), nullable=True)
