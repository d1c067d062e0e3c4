"""Suggested judgments for requests, from the standards in force and the customer's deal.

A person confirms or overrides the suggestion, as with a claim's verdict. Rules, first match
(docs/facts.md §3):

1. The request names a figure and a standard in force the day it was raised has a target in
   the same unit (the linked standard, else the only one): within the target → within
   standard; up to `EXTRA_FACTOR` times as demanding → chargeable extra; beyond → unreasonable.
   For a "within" delay (speed, communication) asking for less time is more demanding; for
   everything else (units, percent, amounts, other periods) asking for more is.
2. A renegotiation of agreed terms when the customer already asked to renegotiate
   `RENEGOTIATION_LIMIT` times in the year before → unreasonable.
3. A request linked to a standard in force that says nothing measurable → within standard:
   linking it says the standard covers it.
4. An extra with no standard covering it → chargeable extra.
5. Otherwise no suggestion (pending): nothing on file decides it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.measures import unit_label, unit_of
from crmnote.domain.reasons import Reason, Unit, figure, message
from crmnote.domain.types import Judgment, RequestKind, TargetUnit

EXTRA_FACTOR = 2.0
RENEGOTIATION_LIMIT = 2
RENEGOTIATION_WINDOW = timedelta(days=365)

_WITHIN = message(
    "judgment.within",
    "They ask for {asked} {unit}; the standard '{name}' in force on {day} offers {target}: "
    "within the standard.",
)
_EXTRA = message(
    "judgment.extra",
    "They ask for {asked} {unit}; the standard '{name}' in force on {day} offers {target}: "
    "beyond it, but within {factor:g} times it, so an extra to charge for.",
)
_TOO_MUCH = message(
    "judgment.too_much",
    "They ask for {asked} {unit}; the standard '{name}' in force on {day} offers {target}: "
    "more than {factor:g} times as demanding.",
)
_RENEGOTIATIONS = message(
    "judgment.renegotiations",
    "They asked to renegotiate agreed terms {n} times in the year before this request.",
)
_LINKED = message(
    "judgment.linked",
    "It is linked to the standard '{name}' in force on {day}, which covers it.",
)
_NO_STANDARD_EXTRA = message(
    "judgment.extra_no_standard",
    "An extra beyond the deal that no standard in force on {day} includes: offer it at a price.",
)
_UNDECIDED = message(
    "judgment.undecided",
    "No standard in force on {day} decides it: judge it yourself (a reasonable request may be "
    "an insight).",
)
_UNMATCHED = message(
    "judgment.unmatched",
    "No standard in force on {day} has a target in {unit} to compare it with.",
)


@dataclass(frozen=True)
class SuggestedJudgment:
    """What the facts suggest (PENDING: no suggestion), with the sentences that say why."""

    judgment: Judgment
    reasons: tuple[str, ...]
    standard: e.Standard | None = None


def _comparable(
    request: e.Request, linked: e.Standard | None, in_force: Sequence[e.Standard]
) -> e.Standard | None:
    """The linked standard if its target is in the request's unit, else the only one that is."""
    unit = unit_of(request.unit) if request.unit.strip() else TargetUnit.UNITS
    if request.standard_id is not None:
        candidates = [linked] if linked is not None else []
    else:
        candidates = list(in_force)
    usable = [s for s in candidates if s.target_value is not None and s.target_unit is unit]
    return usable[0] if len(usable) == 1 else None


def _linked(request: e.Request, versions: Sequence[e.Standard]) -> e.Standard | None:
    """The version in force the day the request was raised of the standard it is linked to."""
    named = next((s for s in versions if s.id == request.standard_id), None)
    if named is None:
        return None
    return st.version_on(versions, named.series_id, request.raised_at.date())


def _compare(request: e.Request, standard: e.Standard, day: date) -> SuggestedJudgment:
    assert request.quantity is not None and standard.target_value is not None
    asked, target = request.quantity, standard.target_value
    if standard.target_unit in st.TIME_UNITS and standard.category in st.WITHIN_CATEGORIES:
        demand = target / asked if asked > 0 else float("inf")  # less time is more demanding
    else:
        demand = asked / target if target > 0 else float("inf")
    given = {
        "asked": figure(asked),
        "unit": unit_label(request.unit, asked) or Unit("units"),
        "name": standard.name,
        "day": day,
        "target": st.describe_target(standard),
        "factor": EXTRA_FACTOR,
    }
    if demand <= 1:
        return SuggestedJudgment(Judgment.WITHIN_STANDARD, (Reason(_WITHIN, **given),), standard)
    if demand <= EXTRA_FACTOR:
        return SuggestedJudgment(Judgment.CHARGEABLE_EXTRA, (Reason(_EXTRA, **given),), standard)
    return SuggestedJudgment(Judgment.UNREASONABLE, (Reason(_TOO_MUCH, **given),), standard)


def suggest_judgment(
    request: e.Request, versions: Sequence[e.Standard], earlier: Sequence[e.Request]
) -> SuggestedJudgment:
    """The judgment the standards in force and the customer's deal point to.

    `versions`: every standard version on file; `earlier`: the customer's other requests.
    """
    day = request.raised_at.date()
    in_force = st.all_in_force(versions, day)
    linked = _linked(request, versions)
    notes: list[str] = []
    if request.quantity is not None:
        standard = _comparable(request, linked, in_force)
        if standard is not None:
            return _compare(request, standard, day)
        notes.append(Reason(_UNMATCHED, day=day, unit=unit_label(request.unit) or Unit("units")))
    if request.kind is RequestKind.RENEGOTIATION:
        since = request.raised_at - RENEGOTIATION_WINDOW
        n = sum(
            1
            for r in earlier
            if r.id != request.id
            and r.kind is RequestKind.RENEGOTIATION
            and since <= r.raised_at < request.raised_at
        )
        if n >= RENEGOTIATION_LIMIT:
            return SuggestedJudgment(Judgment.UNREASONABLE, (Reason(_RENEGOTIATIONS, n=n), *notes))
    if linked is not None:
        reason = Reason(_LINKED, name=linked.name, day=day)
        return SuggestedJudgment(Judgment.WITHIN_STANDARD, (reason, *notes), linked)
    if request.kind is RequestKind.EXTRA:
        return SuggestedJudgment(
            Judgment.CHARGEABLE_EXTRA, (Reason(_NO_STANDARD_EXTRA, day=day), *notes)
        )
    return SuggestedJudgment(Judgment.PENDING, (*notes, Reason(_UNDECIDED, day=day)))
