"""Quick log: one interaction and, optionally, a promise, claim or request, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import say
from crmnote.domain.rules import default_summary
from crmnote.services.changes import Changes
from crmnote.services.records import RecordService, coerce_values

EXTRA_KINDS = ("promise", "claim", "request")


class QuickLogService(RecordService):
    def log(
        self,
        customer_id: int | None,
        interaction: Mapping[str, Any],
        extra_kind: str | None = None,
        extra: Mapping[str, Any] | None = None,
        *,
        new_customer: str | None = None,
    ) -> tuple[list[Any], Changes]:
        """Save the interaction and the optional record made during it; all or nothing.

        The summary defaults to the first line of the notes; the extra record is linked to the
        interaction. With `new_customer` (a name) instead of `customer_id`, the customer is
        created first, in the same transaction (a cold call to a new prospect). Returns the
        saved records in the order they were made (the new customer first).
        """
        values = dict(interaction)
        if not values.get("summary"):
            values["summary"] = default_summary(str(values.get("notes", "")))
        if extra_kind is not None and extra_kind not in EXTRA_KINDS:
            raise ValidationError(
                "kind", say("svc.quick_kind", "quick log cannot add a {kind}", kind=extra_kind)
            )
        if (customer_id is None) == (new_customer is None):
            raise ValueError("give either customer_id or new_customer")
        with self.transaction() as repo:
            made: list[Any] = []
            changes = Changes()
            if new_customer is not None:
                person_spec = self.kind("customer")
                person = self._store(
                    repo,
                    self._build(
                        repo, person_spec, coerce_values(person_spec, {"name": new_customer}), None
                    ),
                )
                customer_id = person.id
                made.append(person)
                changes |= Changes.of("customer", person.id, person.id, new=True)
            assert customer_id is not None
            spec = self.kind("interaction")
            saved = self._store(
                repo, self._build(repo, spec, coerce_values(spec, values), customer_id)
            )
            made.append(saved)
            changes |= Changes.of("interaction", saved.id, customer_id, new=True)
            if extra_kind is not None:
                fields = dict(extra or {})
                fields.setdefault("interaction_id", saved.id)
                extra_spec = self.kind(extra_kind)
                record = self._store(
                    repo,
                    self._build(repo, extra_spec, coerce_values(extra_spec, fields), customer_id),
                )
                made.append(record)
                changes |= Changes.of(extra_kind, record.id, customer_id, new=True)
            return made, changes
