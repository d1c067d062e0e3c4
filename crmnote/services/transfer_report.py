"""Values of the import/export use cases: items to import, per-row results, snapshots of data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain.kinds import WRITE_ORDER
from crmnote.services.changes import Changes

# Kinds in an order where every reference points to a kind already written.
KIND_ORDER = WRITE_ORDER


class Duplicates(StrEnum):
    """What to do with an imported customer that matches an existing one."""

    SKIP = "skip"
    MERGE = "merge"


class RowAction(StrEnum):
    CREATED = "created"
    MATCHED = "matched"  # a duplicate, left as it was
    MERGED = "merged"  # a duplicate, given the missing emails, phones, tags, notes
    REJECTED = "rejected"


# With slots: an import holds one item and one result per row (100,000s).
@dataclass(frozen=True, slots=True)
class ImportItem:
    """One row or contact of a file: a customer read from it, or why it could not be read."""

    line: int
    customer: e.Customer | None = None
    field: str = ""
    message: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowResult:
    """What an import did (or would do, in a dry run) with one row, contact or record."""

    line: int
    action: RowAction
    name: str
    customer_id: int | None = None
    field: str = ""
    message: str = ""
    kind: str = "customer"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """Every row's result; `committed` is False after a dry run or a blocked all-or-nothing."""

    rows: tuple[RowResult, ...]
    committed: bool
    dry_run: bool
    changes: Changes = Changes()

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def rejected(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.REJECTED)


@dataclass(frozen=True)
class Snapshot:
    """Records of every kind (by id within a kind), the business settings, and for a per-customer
    export the score history; `scope` is "all" or "customer"."""

    records: Mapping[str, tuple[Any, ...]]
    settings: Mapping[str, Any] = field(default_factory=dict)
    scores: tuple[e.ScorePoint, ...] = ()
    scope: str = "all"
    # Evidence files with their bytes: a copy of a book, or of a customer, carries them.
    files: tuple[tuple[e.Attachment, bytes], ...] = ()
