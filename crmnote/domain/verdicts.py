"""Suggested verdicts for claims, per category, from the facts on file (see docs/facts.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.delivery import Timing
from crmnote.domain.types import ClaimCategory, PromiseStatus, Verdict

NO_RECORD = "There is no promise linked to this claim: no record to check against."


@dataclass(frozen=True)
class SuggestedVerdict:
    """What the facts suggest; the user confirms it or records another verdict with a note."""

    verdict: Verdict
    reasons: tuple[str, ...]


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _standard_note(standard: e.Standard | None, in_force: Sequence[e.Standard]) -> list[str]:
    if standard is not None:
        target = st.describe_target(standard)
        what = f" (target {target})" if target else ""
        return [f"Standard in force: '{standard.name}'{what}."]
    if len(in_force) > 1:
        names = ", ".join(f"'{s.name}'" for s in in_force)
        return [f"Several standards were in force ({names}); link one to the promise to use it."]
    return []


def _closed(promise: e.Promise) -> SuggestedVerdict | None:
    """Cancelled and renegotiated promises, whatever the claim is about."""
    when = f"{promise.resolved_at:%Y-%m-%d}" if promise.resolved_at else "an unknown day"
    if promise.status is PromiseStatus.CANCELLED:
        reason = f"The promise was cancelled on {when}: nothing was owed after that."
        return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))
    if promise.status is PromiseStatus.RENEGOTIATED:
        reason = (
            f"The promise was renegotiated on {when}: not kept as made, but new terms were agreed."
        )
        return SuggestedVerdict(Verdict.PARTLY, (reason,))
    if promise.status is PromiseStatus.BROKEN:
        reason = f"We recorded the promise as broken on {when}."
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (reason,))
    return None


def _speed(promise: e.Promise, t: Timing, today: date) -> SuggestedVerdict:
    due = f"{promise.due:%Y-%m-%d}" if promise.due else ""
    if t.delivered_at is not None:
        said = f"Delivered on {t.delivered_at:%Y-%m-%d}"
        reasons = []
        if t.late and t.late_days is not None:
            reasons.append(f"{said}, {_days(t.late_days)} after the due date {due}.")
        if t.beyond_target:
            reasons.append(f"Delivery took {t.took:g} against the standard's target of {t.target}.")
        if reasons:
            return SuggestedVerdict(Verdict.SUBSTANTIATED, tuple(reasons))
        if promise.due is None and not t.target:
            reason = f"{said}, but the promise had no due date and no standard target to measure."
            return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))
        if promise.due is not None:
            reasons.append(f"{said}, on time (due {due}).")
        if t.beyond_target is False:
            reasons.append(f"Delivery took {t.took:g}, within the standard's target of {t.target}.")
        return SuggestedVerdict(Verdict.UNSUBSTANTIATED, tuple(reasons))
    if t.late and t.late_days is not None:
        reason = f"Still open {_days(t.late_days)} past its due date {due}."
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (reason,))
    if t.beyond_target:
        reason = f"Still open after the standard's target of {t.target} ran out."
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (reason,))
    until = f" and it is not due until {due}" if due else " and it has no due date"
    reason = f"No delivery is recorded yet{until}: nothing shows it is late."
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))


def _delivered_content(claim: e.Claim, promise: e.Promise, t: Timing) -> SuggestedVerdict:
    """Quality, quantity, price and other: what was delivered, as the evidence records it."""
    if promise.status is PromiseStatus.KEPT:
        when = f"{promise.resolved_at:%Y-%m-%d}" if promise.resolved_at else "an unknown day"
        if not promise.evidence.strip():
            reason = f"Marked kept on {when}, but no evidence of what was delivered was recorded."
            return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))
        reasons = [f"Kept on {when} with evidence: {promise.evidence.strip()!r}."]
        if t.late and t.late_days is not None:
            reasons.append(f"It came {_days(t.late_days)} late (not what this claim is about).")
        return SuggestedVerdict(Verdict.UNSUBSTANTIATED, tuple(reasons))
    # Open: nothing delivered on record yet.
    if claim.category is ClaimCategory.QUANTITY and t.late and t.late_days is not None:
        reason = (
            f"Still open {_days(t.late_days)} past its due date: the full quantity was not "
            "delivered in time."
        )
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (reason,))
    reason = "The promise is still open: record what was delivered (evidence) and close it."
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))


def _measurable(standard: e.Standard | None) -> bool:
    """A target that is not a delay (percent, units, amount): the evidence is checked by eye."""
    return (
        standard is not None
        and standard.target_value is not None
        and not st.has_time_target(standard)
    )


def _conduct(interactions: Sequence[e.Interaction]) -> SuggestedVerdict:
    hostile = sum(1 for i in interactions if i.mood is not None and i.mood < 0)
    reason = (
        "Conduct is not measured by the record: read the related interactions "
        f"({len(interactions)}, {hostile} with the customer upset)."
    )
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))


def suggest(
    claim: e.Claim,
    promise: e.Promise | None,
    standard: e.Standard | None,
    in_force: Sequence[e.Standard],
    t: Timing | None,
    interactions: Sequence[e.Interaction],
    today: date,
) -> SuggestedVerdict:
    """The verdict the facts point to, with the sentences that say why."""
    if promise is None or t is None:
        return SuggestedVerdict(Verdict.UNDETERMINABLE, (NO_RECORD, *_standard_note(None, ())))
    found = _closed(promise)
    if found is None:
        if claim.category is ClaimCategory.SPEED:
            found = _speed(promise, t, today)
        elif claim.category is ClaimCategory.CONDUCT:
            found = _conduct(interactions)
        else:
            found = _delivered_content(claim, promise, t)
    extra = _standard_note(standard, in_force)
    if _measurable(standard) and standard and claim.category is not ClaimCategory.SPEED:
        target = st.describe_target(standard)
        extra = [f"Compare the evidence with the standard '{standard.name}': {target}."]
    return SuggestedVerdict(found.verdict, (*found.reasons, *extra))
