"""What a user action changed, broadcast so every view can decide what to reload."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of change that are not records of a kind in KINDS.
DERIVED_KINDS = ("insight", "scores", "settings", "change_log")


@dataclass(frozen=True)
class Changes:
    """Kinds of record touched, the customers concerned and the (kind, id) pairs written.

    `created` holds the ids of new records in the order they were made.
    """

    kinds: frozenset[str] = frozenset()
    customer_ids: frozenset[int] = frozenset()
    records: frozenset[tuple[str, int]] = frozenset()
    created: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @staticmethod
    def of(kind: str, record_id: int, customer_id: int | None, *, new: bool = False) -> Changes:
        return Changes(
            kinds=frozenset({kind}),
            customer_ids=frozenset({customer_id} if customer_id else ()),
            records=frozenset({(kind, record_id)}),
            created=((kind, record_id),) if new else (),
        )

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (another process wrote): every view reloads what it shows."""
        from crmnote.domain.kinds import KINDS  # the kind catalogue, loaded when first needed

        return cls(kinds=frozenset(KINDS) | frozenset(DERIVED_KINDS))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.customer_ids | other.customer_ids,
            self.records | other.records,
            self.created + other.created,
        )

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))
