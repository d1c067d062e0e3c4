"""An edit made on a version someone else has since replaced: who changed the record, when."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from crmnote.domain.errors import StaleRecordError
from crmnote.storage import audit_store
from crmnote.storage import report_queries as q

if TYPE_CHECKING:
    from crmnote.services.base import ServiceBase

# How a kind is named in the sentence ("this promise was changed by …").
_NAMES = {"money": "money entry", "effort": "effort entry", "staff": "staff member"}


def changed_meanwhile(service: ServiceBase, kind: str, record_id: int) -> StaleRecordError:
    """The refusal of a stale edit, with the record as it now is.

    Who saved the current version comes from the record itself (the signed-in member of a
    team book), else from the change log; when, from the change log, else from the record's
    own time of change. A record deleted meanwhile raises NotFoundError instead.
    """
    with service.reading() as repo:
        current = repo.get(kind, record_id)
        entry = audit_store.last_entry(repo.session, kind, record_id)
        staff = repo.saved_by(kind, record_id)
        if staff is None and entry is not None:
            staff = entry.staff_id
        by = q.staff_names(repo.session, {staff}).get(staff, "") if staff is not None else ""
    at: datetime = entry.at if entry is not None else current.updated_at
    return StaleRecordError(
        stale_sentence(kind, by, at, service.now()),
        kind=kind,
        by=by,
        at=at,
        current=current,
    )


def stale_sentence(kind: str, by: str, at: datetime, now: datetime) -> str:
    """'this promise was changed by Anna at 14:02 while you were editing; …'."""
    when = f"at {at:%H:%M}" if at.date() == now.date() else f"on {at:%Y-%m-%d} at {at:%H:%M}"
    who = f"by {by} " if by else ""
    return (
        f"this {_NAMES.get(kind, kind)} was changed {who}{when} while you were editing; "
        "your change was not saved"
    )
