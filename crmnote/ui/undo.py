"""Undoable service calls: the first run happens before the push, so errors reach the form."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from crmnote.domain import entities as e
from crmnote.domain.errors import CrmError
from crmnote.domain.kinds import kind_of
from crmnote.services.book_services import Services
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus

# Order in which a customer's records are put back, so each finds the records it names.
RESTORE_ORDER = (
    "interaction",
    "promise",
    "claim",
    "request",
    "feedback",
    "money",
    "effort",
    "decision",
)


class ServiceCommand(QUndoCommand):
    """Runs `do`/`undo` through the services and publishes what they changed on the bus."""

    def __init__(
        self,
        text: str,
        bus: Bus,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._bus = bus
        self._do = do
        self._undo = undo
        self._on_error = on_error
        self._done_once = True  # the caller ran the action before pushing

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        # An exception must not escape into Qt's C++ stack; it is reported instead.
        try:
            self._bus.publish(step())
        except CrmError as exc:
            self._on_error(str(exc))
            self.setObsolete(True)


@dataclass(frozen=True)
class AttachmentCopy:
    """An evidence file held for an undo: deleting its record deletes it with its bytes."""

    attachment: e.Attachment
    data: bytes


def delete_all(services: Services, records: Sequence[Any]) -> Changes:
    """Delete records (newest first) that an undo takes back."""
    changes = Changes()
    for record in reversed(records):
        if isinstance(record, AttachmentCopy):
            changes |= services.attachments.remove(record.attachment.id)
        else:
            changes |= services.records.delete(kind_of(record).name, record.id)
    return changes


def restore_all(services: Services, records: Sequence[Any]) -> Changes:
    changes = Changes()
    for record in records:
        if isinstance(record, AttachmentCopy):
            changes |= services.attachments.restore(record.attachment, record.data)
        else:
            changes |= services.records.restore(record)
    return changes


def snapshot(services: Services, kind: str, record: Any) -> list[Any]:
    """The record and, for a customer, every record of theirs a delete would cascade to,
    then the evidence files that go with them (restored last, onto their records)."""
    found: list[Any] = [record]
    if kind == "customer":
        for child in RESTORE_ORDER:
            found.extend(sorted(services.records.list(child, record.id), key=lambda r: r.id))
        files = services.attachments.of_customer(record.id)
    elif kind in e.ATTACHABLE:
        files = services.attachments.of_record(kind, record.id)
    else:
        files = []
    found += [AttachmentCopy(f, services.attachments.data(f.id)) for f in files]
    return found


# Columns that name a record of these kinds with ON DELETE SET NULL, within one customer.
_POINTING = {"interaction": ("interaction_id",), "promise": ("promise_id", "renegotiated_from_id")}


def referrers(services: Services, kind: str, record: Any) -> list[tuple[str, int, dict[str, int]]]:
    """(kind, id, references) of the records that name `record`; deleting it sets them to NULL."""
    names = _POINTING.get(kind, ())
    found = []
    for child in RESTORE_ORDER if names else ():
        for other in services.records.list(child, record.customer_id):
            refs = {n: record.id for n in names if getattr(other, n, None) == record.id}
            if refs:
                found.append((child, other.id, refs))
    return found


def relink_all(services: Services, links: Sequence[tuple[str, int, dict[str, int]]]) -> Changes:
    changes = Changes()
    for kind, record_id, refs in links:
        changes |= services.records.relink(kind, record_id, refs)
    return changes


def revert_values(kind_fields: Sequence[str], old: Any, new: Any) -> dict[str, Any]:
    """The user fields that differ between two versions of a record, with their old values."""
    return {f: getattr(old, f) for f in kind_fields if getattr(old, f) != getattr(new, f)}


def fields_of(record: Any) -> list[str]:
    return [f.name for f in kind_of(record).fields if f.name in _names(record)]


def _names(record: Any) -> set[str]:
    return {f.name for f in dataclasses.fields(record)}
