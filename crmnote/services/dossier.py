"""The claim dossier: the facts of a claim side by side, with a suggested verdict."""

from __future__ import annotations

import dataclasses
from datetime import date

from crmnote.domain import entities as e
from crmnote.domain.dossier import RELATED_LIMIT, ClaimDossier, build_dossier, related_window
from crmnote.services.base import ServiceBase
from crmnote.services.workdays import work_calendar
from crmnote.storage import attachment_store, audit_store
from crmnote.storage import report_queries as q


class DossierService(ServiceBase):
    def claim(self, claim_id: int, today: date | None = None) -> ClaimDossier:
        """Claim, promise as made, standard in force then, evidence, timing, interactions.

        `today` (default: the clock's) decides whether an open promise is past due.
        """
        day = today or self.now().date()
        with self.reading() as repo:
            claim: e.Claim = repo.get("claim", claim_id)
            customer: e.Customer = repo.get("customer", claim.customer_id)
            promise: e.Promise | None = None
            if claim.promise_id is not None:
                promise = repo.get("promise", claim.promise_id)
            start, end = related_window(claim, promise)
            linked = [
                i
                for i in (claim.interaction_id, promise.interaction_id if promise else None)
                if i is not None
            ]
            interactions = q.related_interactions(
                repo.session, claim.customer_id, start, end, linked, RELATED_LIMIT
            )
            # Evidence files of the claim, its promise and the related interactions.
            pairs = [("claim", claim.id), *(("interaction", i.id) for i in interactions)]
            if promise is not None:
                pairs.append(("promise", promise.id))
            files = attachment_store.of_records(repo.session, pairs)
            dossier = build_dossier(
                claim,
                promise,
                q.standards(repo.session),
                interactions,
                day,
                calendar=work_calendar(repo.session),
                files=files,
            )
            _last, entries, head = audit_store.head(repo.session)
            staff: set[int] = {i.staff_id for i in interactions if i.staff_id is not None}
            staff |= {s for s in (claim.staff_id, promise.made_by if promise else None) if s}
            staff |= {f.added_by for f in files if f.added_by is not None}
            names = q.staff_names(repo.session, staff)
        return dataclasses.replace(
            dossier,
            customer_name=customer.name,
            staff_names=tuple(sorted(names.items())),
            log_head=(entries, head),
        )
