"""A customer stays while records of theirs stand: deleted on one copy while a call was logged
for them (or one of their records edited) on another, the customer comes back and the delete
is listed as a conflict (`kept_for_records`) instead of the call being lost with them.

Whether a customer stands is a function of the changes every copy ends up with (their own
merge, and the merges of their records), so every copy decides alike whatever order the
changes arrive in; it is looked at again whenever one of their records changes."""

from __future__ import annotations

from crmnote.domain.sync.change import Change
from crmnote.domain.sync.merge import merge
from crmnote.storage import sync_records as records
from crmnote.storage import sync_store as store
from crmnote.storage.sessions import Session


def children_stand(session: Session, customer_uuid: str) -> bool:
    """Whether a record of the customer this copy has stands by its own changes (one with no
    changes at all, from before sync, stands)."""
    for _kind, uuid in records.children(session, customer_uuid):
        changes = store.of_record(session, uuid)
        if not changes or not merge(changes).deleted:
            return True
    return False


def deleted_by_merge(session: Session, customer_uuid: str) -> bool:
    """Whether the customer's own changes delete them."""
    return deleted_by(store.of_record(session, customer_uuid))


def deleted_by(changes: list[Change]) -> bool:
    """Whether these changes (all of a customer's) delete them."""
    return bool(changes) and merge(changes).deleted


def settle(session: Session, customer_uuid: str) -> None:
    """After a record of a customer the changes deleted went (deleted here): the customer
    stays only while another of their records stands; else they go too, as every copy
    decides (nothing logged: it follows from the changes there are)."""
    changes = store.of_record(session, customer_uuid)
    if not changes or not merge(changes).deleted:
        return
    needed = children_stand(session, customer_uuid)
    merged = merge(changes, needed=needed)
    store.put_conflicts(session, customer_uuid, merged.conflicts)
    if needed:
        return
    customer_id = records.delete_record(session, "customer", customer_uuid)
    store.put_shadow(session, customer_uuid, "customer", None, merged.heads)
    if customer_id is not None:
        store.forget_dirty(session, "customer", customer_id)
