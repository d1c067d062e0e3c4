"""Logging contacts with a customer, the most frequent action of the day."""

from __future__ import annotations

from datetime import datetime

from crmnote.domain import entities as e
from crmnote.domain.rules import default_summary
from crmnote.domain.types import Channel, CustomerId, Direction, StaffId
from crmnote.services.changes import Changes
from crmnote.services.records import RecordService


class InteractionService(RecordService):
    def log(
        self,
        customer_id: CustomerId,
        *,
        channel: Channel = Channel.CALL,
        minutes: int = 0,
        mood: int | None = None,
        summary: str = "",
        notes: str = "",
        staff_id: StaffId | None = None,
        at: datetime | None = None,
        direction: Direction = Direction.IN,
    ) -> tuple[e.Interaction, Changes]:
        """Record one interaction; the summary defaults to the first line of the note."""
        values: dict[str, object] = {
            "channel": channel,
            "minutes": minutes,
            "mood": mood,
            "summary": summary or default_summary(notes),
            "notes": notes,
            "direction": direction,
            "at": at,
        }
        if staff_id is not None:
            values["staff_id"] = staff_id
        record, changes = self.add("interaction", values, customer_id)
        return record, changes
