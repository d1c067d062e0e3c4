"""The facts of a claim side by side: promise as made, standard in force, evidence, timing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.delivery import Timing, judged_standard, timing
from crmnote.domain.measures import Delivery, delivery
from crmnote.domain.types import Category, ClaimCategory
from crmnote.domain.verdicts import SuggestedVerdict, suggest
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar

# Interactions this many days either side of the promise and the claim count as related.
RELATED_DAYS = 14
RELATED_LIMIT = 50

# The standard category a claim of each kind is measured against when no promise says it.
CLAIM_TO_CATEGORY = {
    ClaimCategory.SPEED: Category.SPEED,
    ClaimCategory.QUALITY: Category.QUALITY,
    ClaimCategory.QUANTITY: Category.QUANTITY,
    ClaimCategory.PRICE: Category.PRICE,
    ClaimCategory.CONDUCT: Category.COMMUNICATION,
    ClaimCategory.OTHER: Category.OTHER,
}


@dataclass(frozen=True)
class ClaimDossier:
    """Everything on file that bears on one claim."""

    claim: e.Claim
    promise: e.Promise | None
    standards_day: date
    standards_in_force: tuple[e.Standard, ...]
    standard: e.Standard | None
    evidence: str
    timing: Timing | None
    interactions: tuple[e.Interaction, ...]
    suggested: SuggestedVerdict
    customer_name: str = ""
    staff_names: tuple[tuple[int, str], ...] = ()
    # The promised figure against the delivered one, when the promise holds both.
    delivery: Delivery | None = None
    # Evidence files of the claim, the promise and the related interactions, oldest first.
    files: tuple[e.Attachment, ...] = ()
    # The change log's head when the dossier was read: (entries, hash).
    log_head: tuple[int, str] = (0, "")

    def staff_name(self, staff_id: int | None) -> str:
        return dict(self.staff_names).get(staff_id or 0, "")


def related_window(claim: e.Claim, promise: e.Promise | None) -> tuple[datetime, datetime]:
    """From two weeks before the promise (or the claim) to two weeks after the claim."""
    start = min(claim.raised_at, promise.made_at) if promise else claim.raised_at
    span = timedelta(days=RELATED_DAYS)
    return start - span, claim.raised_at + span


def build_dossier(
    claim: e.Claim,
    promise: e.Promise | None,
    versions: Sequence[e.Standard],
    interactions: Sequence[e.Interaction],
    today: date,
    *,
    calendar: WorkCalendar = WEEKENDS_ONLY,
    files: Sequence[e.Attachment] = (),
) -> ClaimDossier:
    """The dossier of a claim from the records on file, with the suggested verdict.

    `files` are the evidence files of the claim, its promise and the related interactions;
    those of the claim and the promise count as evidence for the suggestion.
    """
    if promise is None:
        day = claim.raised_at.date()
        in_force = st.all_in_force(versions, day, CLAIM_TO_CATEGORY[claim.category])
        standard = None
        facts_timing = None
    else:
        day = promise.made_at.date()
        in_force = st.standards_for(promise, versions)
        standard = judged_standard(claim, promise, in_force)
        facts_timing = timing(promise, standard, today, calendar)
    own = sum(
        1
        for f in files
        if (f.record_kind, f.record_id)
        in (("claim", claim.id), ("promise", promise and promise.id))
    )
    suggested = suggest(
        claim,
        promise,
        standard,
        in_force,
        facts_timing,
        interactions,
        today,
        calendar=calendar,
        files=own,
    )
    return ClaimDossier(
        claim=claim,
        promise=promise,
        standards_day=day,
        standards_in_force=in_force,
        standard=standard,
        evidence=promise.evidence if promise else "",
        timing=facts_timing,
        interactions=tuple(interactions),
        suggested=suggested,
        delivery=None if promise is None else delivery(promise, calendar),
        files=tuple(files),
    )
