"""Suggested verdicts for claims, per category, from the facts on file (see docs/facts.md).

Every reason is a `Reason` (domain/reasons.py): an English sentence with a message id and its
parameters, so a translation can render it in another language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.delivery import Timing
from crmnote.domain.measures import Delivery, MeasureKind, delivery, unit_label
from crmnote.domain.reasons import Reason, days, figure, message
from crmnote.domain.types import ClaimCategory, PromiseStatus, TargetUnit, Verdict
from crmnote.domain.workdays import WEEKENDS_ONLY, WorkCalendar

# How favourable a verdict is to us: a larger shortfall must never move a suggestion up.
FAVOUR = {
    Verdict.SUBSTANTIATED: 0,
    Verdict.PARTLY: 1,
    Verdict.UNDETERMINABLE: 2,
    Verdict.UNSUBSTANTIATED: 3,
}

NO_RECORD = message(
    "verdict.no_record", "There is no promise linked to this claim: no record to check against."
)
_STANDARD = message("verdict.standard", "Standard in force: '{name}'.")
_STANDARD_TARGET = message(
    "verdict.standard_target", "Standard in force: '{name}' (target {target})."
)
_UNKNOWN_DAY = message("verdict.unknown_day", "an unknown day")
_SEVERAL = message(
    "verdict.several_standards",
    "Several standards were in force ({names}); link one to the promise to use it.",
)
_CANCELLED = message(
    "verdict.cancelled", "The promise was cancelled on {when}: nothing was owed after that."
)
_RENEGOTIATED = message(
    "verdict.renegotiated",
    "The promise was renegotiated on {when}: not kept as made, but new terms were agreed.",
)
_BROKEN = message("verdict.broken", "We recorded the promise as broken on {when}.")
_LATE = message("verdict.late", "Delivered on {delivered}, {late} after the due date {due}.")
_BEYOND = message(
    "verdict.beyond_target", "Delivery took {took} against the standard's target of {target}."
)
_NO_MEASURE = message(
    "verdict.no_measure",
    "Delivered on {delivered}, but the promise had no due date and no standard target to measure.",
)
_ON_TIME = message("verdict.on_time", "Delivered on {delivered}, on time (due {due}).")
_WITHIN = message(
    "verdict.within_target",
    "Delivery took {took}, within the standard's target of {target}.",
)
_OPEN_LATE = message("verdict.open_late", "Still open {late} past its due date {due}.")
_OPEN_BEYOND = message(
    "verdict.open_beyond", "Still open after the standard's target of {target} ran out."
)
_NOT_YET = message(
    "verdict.not_yet",
    "No delivery is recorded yet and it is not due until {due}: nothing shows it is late.",
)
_NOT_YET_NO_DUE = message(
    "verdict.not_yet_no_due",
    "No delivery is recorded yet and it has no due date: nothing shows it is late.",
)
_PROMISED_TIME = message(
    "verdict.promised_time", "Promised within {promised} {unit}; delivery took {took} {unit}."
)
_PROMISED_TIME_MORE = message(
    "verdict.promised_time_more",
    "Promised within {promised} {unit}; delivery took {took} {unit}, {more} more than promised.",
)
_NO_EVIDENCE = message(
    "verdict.no_evidence",
    "Marked kept on {when}, but no evidence of what was delivered was recorded.",
)
_KEPT_EVIDENCE = message("verdict.kept_evidence", "Kept on {when} with evidence: {evidence}.")
_KEPT_FILES = message("verdict.kept_files", "Kept on {when} with evidence: files.")
_CAME_LATE = message("verdict.came_late", "It came {late} late (not what this claim is about).")
_OPEN_QUANTITY = message(
    "verdict.open_quantity",
    "Still open {late} past its due date: the full quantity was not delivered in time.",
)
_OPEN = message(
    "verdict.open", "The promise is still open: record what was delivered (evidence) and close it."
)
_COMPARE = message(
    "verdict.compare_standard", "Compare the evidence with the standard '{name}': {target}."
)
_CONDUCT = message(
    "verdict.conduct",
    "Conduct is not measured by the record: read the related interactions "
    "({count}, {upset} with the customer upset).",
)
_DELIVERED_ALL = message(
    "verdict.delivered_all", "Delivered {delivered} of {promised} {unit}, as promised."
)
_DELIVERED_SHORT = message(
    "verdict.delivered_short",
    "Delivered {delivered} of {promised} {unit}: {short} short ({share:.0%} delivered).",
)
_STANDARD_MET = message(
    "verdict.standard_met",
    "The standard '{name}' in force asks for {target}, which the delivery meets: we fell short "
    "of the promise, not of our standard.",
)
_STANDARD_MISSED = message(
    "verdict.standard_missed", "The standard '{name}' in force asks for {target}: not met either."
)
_NO_FIGURE = message(
    "verdict.no_delivered_figure",
    "Kept on {when}, but the quantity delivered is not recorded: record it to compare with "
    "the {promised} {unit} promised.",
)
_NO_QUANTITY = message(
    "verdict.no_promised_quantity",
    "The promise holds no quantity: compare the evidence with the claim, or record the "
    "promised and delivered quantities.",
)
_FILES = message("verdict.files", "%n evidence file(s) attached to the promise and the claim.")


@dataclass(frozen=True)
class SuggestedVerdict:
    """What the facts suggest; the user confirms it or records another verdict with a note."""

    verdict: Verdict
    reasons: tuple[str, ...]


def _day(when: datetime | None) -> date | Reason:
    return when.date() if when else Reason(_UNKNOWN_DAY)


def _standard_note(standard: e.Standard | None, in_force: Sequence[e.Standard]) -> list[str]:
    if standard is not None:
        target = st.describe_target(standard)
        if target:
            return [Reason(_STANDARD_TARGET, name=standard.name, target=target)]
        return [Reason(_STANDARD, name=standard.name)]
    if len(in_force) > 1:
        return [Reason(_SEVERAL, names=", ".join(f"'{s.name}'" for s in in_force))]
    return []


def _closed(promise: e.Promise) -> SuggestedVerdict | None:
    """Cancelled and renegotiated promises, whatever the claim is about."""
    when = _day(promise.resolved_at)
    if promise.status is PromiseStatus.CANCELLED:
        return SuggestedVerdict(Verdict.UNDETERMINABLE, (Reason(_CANCELLED, when=when),))
    if promise.status is PromiseStatus.RENEGOTIATED:
        return SuggestedVerdict(Verdict.PARTLY, (Reason(_RENEGOTIATED, when=when),))
    if promise.status is PromiseStatus.BROKEN:
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (Reason(_BROKEN, when=when),))
    return None


def _promised_time(d: Delivery | None) -> list[str]:
    """The promise's own delay ("within 3 working days") against how long delivery took."""
    if d is None or d.kind is not MeasureKind.TIME:
        return []
    given = {
        "promised": figure(d.promised),
        "took": figure(d.delivered),
        "unit": unit_label(d.unit),
    }
    if d.fully:
        return [Reason(_PROMISED_TIME, **given)]
    return [Reason(_PROMISED_TIME_MORE, **given, more=figure(d.short))]


def _speed(promise: e.Promise, t: Timing, d: Delivery | None) -> SuggestedVerdict:
    due = promise.due
    if t.delivered_at is not None:
        delivered = t.delivered_at.date()
        reasons: list[str] = []
        if t.late and t.late_days is not None:
            reasons.append(Reason(_LATE, delivered=delivered, late=days(t.late_days), due=due))
        if t.beyond_target:
            reasons.append(Reason(_BEYOND, took=figure(t.took or 0), target=t.target))
        if d is not None and d.kind is MeasureKind.TIME and not d.fully:
            reasons += _promised_time(d)
        if reasons:
            return SuggestedVerdict(Verdict.SUBSTANTIATED, tuple(reasons))
        measured = d is not None and d.kind is MeasureKind.TIME
        if promise.due is None and not t.target and not measured:
            return SuggestedVerdict(
                Verdict.UNDETERMINABLE, (Reason(_NO_MEASURE, delivered=delivered),)
            )
        if promise.due is not None:
            reasons.append(Reason(_ON_TIME, delivered=delivered, due=due))
        if t.beyond_target is False:
            reasons.append(Reason(_WITHIN, took=figure(t.took or 0), target=t.target))
        reasons += _promised_time(d)
        return SuggestedVerdict(Verdict.UNSUBSTANTIATED, tuple(reasons))
    if t.late and t.late_days is not None:
        return SuggestedVerdict(
            Verdict.SUBSTANTIATED, (Reason(_OPEN_LATE, late=days(t.late_days), due=due),)
        )
    if t.beyond_target:
        return SuggestedVerdict(Verdict.SUBSTANTIATED, (Reason(_OPEN_BEYOND, target=t.target),))
    not_yet = Reason(_NOT_YET, due=due) if due else Reason(_NOT_YET_NO_DUE)
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (not_yet,))


def standard_met(d: Delivery, standard: e.Standard | None) -> bool | None:
    """Whether a delivery short of the promise still meets the standard's own target.

    A percent target is the least share of what was promised (of a percentage promise: the
    least rate) to deliver; a units target the most units short allowed. None when the
    standard has no such target.
    """
    if standard is None or standard.target_value is None:
        return None
    if standard.target_unit is TargetUnit.PERCENT:
        if d.kind is MeasureKind.PERCENT:
            return d.delivered >= standard.target_value
        return d.share * 100 >= standard.target_value
    if standard.target_unit is TargetUnit.UNITS and d.kind is MeasureKind.COUNT:
        return d.short <= standard.target_value
    return None


def _figures(d: Delivery, standard: e.Standard | None) -> SuggestedVerdict:
    """A counted delivery against the promise (and the standard in force)."""
    unit = unit_label(d.unit)
    given = {"delivered": figure(d.delivered), "promised": figure(d.promised), "unit": unit}
    if d.fully:
        return SuggestedVerdict(Verdict.UNSUBSTANTIATED, (Reason(_DELIVERED_ALL, **given),))
    reasons: list[str] = [Reason(_DELIVERED_SHORT, **given, short=figure(d.short), share=d.share)]
    met = standard_met(d, standard)
    if met is not None and standard is not None:
        target = st.describe_target(standard)
        reasons.append(
            Reason(_STANDARD_MET if met else _STANDARD_MISSED, name=standard.name, target=target)
        )
    return SuggestedVerdict(Verdict.PARTLY if met else Verdict.SUBSTANTIATED, tuple(reasons))


def _delivered_content(
    claim: e.Claim,
    promise: e.Promise,
    t: Timing,
    d: Delivery | None,
    standard: e.Standard | None,
    files: int,
) -> SuggestedVerdict:
    """Quality, quantity, price and other: what was delivered, by figures or by the evidence."""
    counted = d is not None and d.kind is not MeasureKind.TIME
    if promise.status is PromiseStatus.KEPT:
        when = _day(promise.resolved_at)
        if counted and d is not None:
            found = _figures(d, standard)
        elif claim.category is ClaimCategory.QUANTITY and promise.quantity is not None:
            reason = Reason(
                _NO_FIGURE,
                when=when,
                promised=figure(promise.quantity),
                unit=unit_label(promise.unit),
            )
            found = SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))
        elif claim.category is ClaimCategory.QUANTITY:
            found = SuggestedVerdict(Verdict.UNDETERMINABLE, (Reason(_NO_QUANTITY),))
        elif not promise.evidence.strip() and not files:
            found = SuggestedVerdict(Verdict.UNDETERMINABLE, (Reason(_NO_EVIDENCE, when=when),))
        else:
            kept = (
                Reason(_KEPT_EVIDENCE, when=when, evidence=repr(promise.evidence.strip()))
                if promise.evidence.strip()
                else Reason(_KEPT_FILES, when=when)
            )
            found = SuggestedVerdict(Verdict.UNSUBSTANTIATED, (kept,))
        if t.late and t.late_days is not None:
            found = SuggestedVerdict(
                found.verdict, (*found.reasons, Reason(_CAME_LATE, late=days(t.late_days)))
            )
        return found
    # Open: nothing delivered in full on record yet.
    if claim.category is ClaimCategory.QUANTITY and t.late and t.late_days is not None:
        reasons: tuple[str, ...] = (Reason(_OPEN_QUANTITY, late=days(t.late_days)),)
        if counted and d is not None and not d.fully:
            reasons += _figures(d, None).reasons
        return SuggestedVerdict(Verdict.SUBSTANTIATED, reasons)
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (Reason(_OPEN),))


def _measurable(standard: e.Standard | None) -> bool:
    """A target that is not a delay (percent, units, amount): the evidence is checked by eye."""
    return (
        standard is not None
        and standard.target_value is not None
        and not st.has_time_target(standard)
    )


def _conduct(interactions: Sequence[e.Interaction]) -> SuggestedVerdict:
    upset = sum(1 for i in interactions if i.mood is not None and i.mood < 0)
    reason = Reason(_CONDUCT, count=len(interactions), upset=upset)
    return SuggestedVerdict(Verdict.UNDETERMINABLE, (reason,))


def suggest(
    claim: e.Claim,
    promise: e.Promise | None,
    standard: e.Standard | None,
    in_force: Sequence[e.Standard],
    t: Timing | None,
    interactions: Sequence[e.Interaction],
    today: date,
    *,
    calendar: WorkCalendar = WEEKENDS_ONLY,
    files: int = 0,
) -> SuggestedVerdict:
    """The verdict the facts point to, with the sentences that say why.

    `files` is how many evidence files are attached to the promise and the claim: they are
    evidence as much as the promise's evidence text.
    """
    if promise is None or t is None:
        return SuggestedVerdict(Verdict.UNDETERMINABLE, (Reason(NO_RECORD),))
    d = delivery(promise, calendar)
    found = _closed(promise)
    if found is None:
        if claim.category is ClaimCategory.SPEED:
            found = _speed(promise, t, d)
        elif claim.category is ClaimCategory.CONDUCT:
            found = _conduct(interactions)
        else:
            found = _delivered_content(claim, promise, t, d, standard, files)
    extra = _standard_note(standard, in_force)
    figures_used = d is not None and d.kind is not MeasureKind.TIME and not d.fully
    if figures_used and d is not None and standard_met(d, standard) is not None:
        extra = []  # the figures' reasons already weigh the delivery against the standard
    if (
        _measurable(standard)
        and standard
        and claim.category is not ClaimCategory.SPEED
        and not figures_used
    ):
        extra = [Reason(_COMPARE, name=standard.name, target=st.describe_target(standard))]
    if files:
        extra.append(Reason(_FILES, n=files))
    return SuggestedVerdict(found.verdict, (*found.reasons, *extra))
