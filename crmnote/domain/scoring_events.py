"""Score events: the facts that move the scores, and how records turn into them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from operator import attrgetter

from crmnote.domain import entities as e
from crmnote.domain.reasons import say
from crmnote.domain.types import (
    FeedbackKind,
    Judgment,
    MoneyKind,
    Outcome,
    PromiseStatus,
    RequestKind,
    Resolution,
    Verdict,
)

_REASON_LIMIT = 120
# Weights.overdue_grace_days' default, for callers that score without weights at hand.
DEFAULT_GRACE_DAYS = 7


class ScoreEventKind(StrEnum):
    """What happened, as far as the scores are concerned."""

    INTERACTION = "interaction"
    PROMISE_KEPT = "promise_kept"
    PROMISE_KEPT_LATE = "promise_kept_late"
    PROMISE_BROKEN = "promise_broken"
    PROMISE_RENEGOTIATED = "promise_renegotiated"
    PROMISE_OVERDUE = "promise_overdue"
    CLAIM_SUBSTANTIATED = "claim_substantiated"
    CLAIM_PARTLY = "claim_partly"
    CLAIM_UNSUBSTANTIATED = "claim_unsubstantiated"
    CLAIM_UNDETERMINABLE = "claim_undeterminable"
    CLAIM_RESOLVED = "claim_resolved"
    REQUEST_GRANTED_REASONABLE = "request_granted_reasonable"
    REQUEST_UNREASONABLE = "request_unreasonable"
    REQUEST_RENEGOTIATION = "request_renegotiation"
    RETURN = "return"
    COMPLAINT = "complaint"
    PRAISE = "praise"


# Shown in explanations when an event carries no text of its own (in the user's language:
# `Reason`s, crmnote/domain/reasons.py).
LABELS: dict[ScoreEventKind, str] = {
    ScoreEventKind.INTERACTION: say("score_event.interaction", "Interaction"),
    ScoreEventKind.PROMISE_KEPT: say("score_event.promise_kept", "Promise kept"),
    ScoreEventKind.PROMISE_KEPT_LATE: say("score_event.promise_kept_late", "Promise kept late"),
    ScoreEventKind.PROMISE_BROKEN: say("score_event.promise_broken", "Promise broken"),
    ScoreEventKind.PROMISE_RENEGOTIATED: say(
        "score_event.promise_renegotiated", "Promise renegotiated"
    ),
    ScoreEventKind.PROMISE_OVERDUE: say(
        "score_event.promise_overdue", "Promise overdue: counts as broken until resolved"
    ),
    ScoreEventKind.CLAIM_SUBSTANTIATED: say(
        "score_event.claim_substantiated", "Claim substantiated"
    ),
    ScoreEventKind.CLAIM_PARTLY: say("score_event.claim_partly", "Claim partly substantiated"),
    ScoreEventKind.CLAIM_UNSUBSTANTIATED: say(
        "score_event.claim_unsubstantiated", "Claim unsubstantiated"
    ),
    ScoreEventKind.CLAIM_UNDETERMINABLE: say(
        "score_event.claim_undeterminable", "Claim undeterminable"
    ),
    ScoreEventKind.CLAIM_RESOLVED: say("score_event.claim_resolved", "Claim resolved"),
    ScoreEventKind.REQUEST_GRANTED_REASONABLE: say(
        "score_event.request_granted_reasonable", "Reasonable request granted"
    ),
    ScoreEventKind.REQUEST_UNREASONABLE: say(
        "score_event.request_unreasonable", "Unreasonable request"
    ),
    ScoreEventKind.REQUEST_RENEGOTIATION: say(
        "score_event.request_renegotiation", "Asked to renegotiate agreed terms"
    ),
    ScoreEventKind.RETURN: say("score_event.return", "Goods returned"),
    ScoreEventKind.COMPLAINT: say("score_event.complaint", "Complaint"),
    ScoreEventKind.PRAISE: say("score_event.praise", "Praise"),
}
# The one contribution that is not an event: the cost-to-serve term (scoring_model).
COST_TO_SERVE_LABEL = say("score_event.cost_to_serve", "Cost to serve")


def contribution_label(kind: str) -> str:
    """What moved a score, named for a person (`promise_kept` → "Promise kept"); a kind this
    version does not know (a newer book's) by its key."""
    if kind == "cost_to_serve":
        return COST_TO_SERVE_LABEL
    try:
        return LABELS[ScoreEventKind(kind)]
    except ValueError:
        return kind


@dataclass(frozen=True)
class ScoreEvent:
    """One fact that may move a score; `ref_kind`/`ref_id` name the record it comes from.

    `mood` belongs to interactions (−2 hostile … +2 delighted); `resolution_days`, `verdict` and
    `resolution` to `claim_resolved` events.
    """

    kind: ScoreEventKind
    at: datetime
    ref_kind: str
    ref_id: int
    staff_id: int | None = None
    mood: int | None = None
    resolution_days: float | None = None
    reason: str = ""
    verdict: str | None = None
    resolution: str | None = None

    def __post_init__(self) -> None:
        if self.mood is not None and not -2 <= self.mood <= 2:
            raise ValueError(f"mood: must be between -2 and +2, not {self.mood}")
        if self.resolution_days is not None and not self.resolution_days >= 0:
            raise ValueError(f"resolution_days: must not be negative, not {self.resolution_days}")

    @property
    def label(self) -> str:
        """The event's own text, or a plain label of its kind."""
        return self.reason or LABELS[self.kind]


def sort_key(ev: ScoreEvent) -> tuple[datetime, str, int, str, int, int, float, str, str, str]:
    """A total order over events: time first, then the record, then every other field.

    Sorting by the whole event (not only time) makes explanations identical whatever order the
    events arrive in, even when several share a timestamp.
    """
    return (
        ev.at,
        ev.ref_kind,
        ev.ref_id,
        ev.kind.value,
        -1 if ev.staff_id is None else ev.staff_id,
        9 if ev.mood is None else ev.mood,
        -1.0 if ev.resolution_days is None else ev.resolution_days,
        ev.verdict or "",
        ev.resolution or "",
        ev.reason,
    )


# `sort_key`'s order for the events of one customer's records, cheaper to build: one record
# gives at most one event of each kind, so time, record and kind already tell any two apart.
record_order = attrgetter("at", "ref_kind", "ref_id", "kind")


def short_reason(text: str) -> str:
    """A record's text as an event's reason: one line, at most 120 characters."""
    line = " ".join(text.split())
    return line if len(line) <= _REASON_LIMIT else line[: _REASON_LIMIT - 1].rstrip() + "…"


def interaction_events(i: e.Interaction) -> tuple[ScoreEvent, ...]:
    """Every interaction is exposure; its mood may add friction."""
    return (interaction_event(int(i.id), i.at, i.staff_id, i.mood, i.summary),)


def interaction_event(
    interaction_id: int, at: datetime, staff_id: int | None, mood: int | None, summary: str
) -> ScoreEvent:
    """An interaction's event from its columns (a long history need not build records)."""
    return ScoreEvent(
        ScoreEventKind.INTERACTION,
        at,
        "interaction",
        interaction_id,
        staff_id=staff_id,
        mood=mood,
        reason=short_reason(summary),
    )


_PROMISE_KINDS = {
    PromiseStatus.BROKEN: ScoreEventKind.PROMISE_BROKEN,
    PromiseStatus.RENEGOTIATED: ScoreEventKind.PROMISE_RENEGOTIATED,
}


def overdue_from(due: date, grace_days: int) -> datetime:
    """When an open promise starts to count as broken: the start of the day after its due date
    plus the grace period (a due date means "by the end of that day")."""
    return datetime.combine(due + timedelta(days=grace_days + 1), time())


def promise_events(p: e.Promise, grace_days: int = DEFAULT_GRACE_DAYS) -> tuple[ScoreEvent, ...]:
    """A closed promise counts when it was resolved; cancelled ones do not count.

    An open promise with a due date counts as overdue from `overdue_from(due, grace_days)`
    until it is resolved (later than `as_of`, the event is simply not counted yet).
    """
    return promise_events_of(
        int(p.id), p.status, p.due, p.resolved_at, p.made_by, p.text, grace_days
    )


def promise_events_of(
    promise_id: int,
    status: PromiseStatus,
    due: date | None,
    resolved_at: datetime | None,
    made_by: int | None,
    text: str,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> tuple[ScoreEvent, ...]:
    """`promise_events` from a promise's columns (a long history need not build records)."""
    found = promise_event_of(status, due, resolved_at, grace_days)
    if found is None:
        return ()
    kind, at = found
    return (ScoreEvent(kind, at, "promise", promise_id, made_by, reason=short_reason(text)),)


def promise_event_of(
    status: PromiseStatus,
    due: date | None,
    resolved_at: datetime | None,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> tuple[ScoreEventKind, datetime] | None:
    """The kind and time of a promise's one event, if it has one (`promise_events_of`)."""
    if status is PromiseStatus.OPEN:
        if due is None:
            return None
        return ScoreEventKind.PROMISE_OVERDUE, overdue_from(due, grace_days)
    if resolved_at is None:
        return None
    if status is PromiseStatus.KEPT:
        late = due is not None and resolved_at.date() > due
        kind = ScoreEventKind.PROMISE_KEPT_LATE if late else ScoreEventKind.PROMISE_KEPT
    elif status in _PROMISE_KINDS:
        kind = _PROMISE_KINDS[status]
    else:
        return None
    return kind, resolved_at


VERDICT_KINDS = {
    Verdict.SUBSTANTIATED: ScoreEventKind.CLAIM_SUBSTANTIATED,
    Verdict.PARTLY: ScoreEventKind.CLAIM_PARTLY,
    Verdict.UNSUBSTANTIATED: ScoreEventKind.CLAIM_UNSUBSTANTIATED,
    Verdict.UNDETERMINABLE: ScoreEventKind.CLAIM_UNDETERMINABLE,
}


def claim_events(c: e.Claim) -> tuple[ScoreEvent, ...]:
    """A judged claim counts when it was raised; its resolution counts when it was resolved."""
    return claim_events_of(
        int(c.id), c.raised_at, c.verdict, c.resolution, c.resolved_at, c.staff_id, c.text
    )


def claim_events_of(
    claim_id: int,
    raised_at: datetime,
    verdict: Verdict,
    resolution: Resolution | None,
    resolved_at: datetime | None,
    staff_id: int | None,
    text: str,
) -> tuple[ScoreEvent, ...]:
    """`claim_events` from a claim's columns (rescoring a book need not build records)."""
    if verdict is Verdict.PENDING:
        return ()
    reason = short_reason(text)
    kind = VERDICT_KINDS[verdict]
    out = [ScoreEvent(kind, raised_at, "claim", claim_id, staff_id, reason=reason)]
    if resolved_at is not None:
        out.append(
            ScoreEvent(
                ScoreEventKind.CLAIM_RESOLVED,
                resolved_at,
                "claim",
                claim_id,
                staff_id,
                resolution_days=max(0.0, (resolved_at - raised_at) / timedelta(days=1)),
                reason=reason,
                verdict=verdict.value,
                resolution=None if resolution is None else resolution.value,
            )
        )
    return tuple(out)


_REASONABLE = frozenset({Judgment.WITHIN_STANDARD, Judgment.CHARGEABLE_EXTRA})


def request_events(r: e.Request) -> tuple[ScoreEvent, ...]:
    """Unreasonable requests and renegotiations are friction; reasonable ones granted earn trust.

    An unreasonable renegotiation counts once, as unreasonable (the heavier of the two).
    """
    return request_events_of(
        int(r.id), r.raised_at, r.kind, r.judgment, r.outcome, r.staff_id, r.text
    )


def request_kinds(
    kind: RequestKind, judgment: Judgment, outcome: Outcome | None
) -> list[ScoreEventKind]:
    """The kinds of a request's events (all at the time it was raised)."""
    kinds: list[ScoreEventKind] = []
    if judgment is Judgment.UNREASONABLE:
        kinds.append(ScoreEventKind.REQUEST_UNREASONABLE)
    elif kind is RequestKind.RENEGOTIATION:
        kinds.append(ScoreEventKind.REQUEST_RENEGOTIATION)
    if judgment in _REASONABLE and outcome is Outcome.GRANTED:
        kinds.append(ScoreEventKind.REQUEST_GRANTED_REASONABLE)
    return kinds


def request_events_of(
    request_id: int,
    raised_at: datetime,
    kind: RequestKind,
    judgment: Judgment,
    outcome: Outcome | None,
    staff_id: int | None,
    text: str,
) -> tuple[ScoreEvent, ...]:
    """`request_events` from a request's columns."""
    kinds = request_kinds(kind, judgment, outcome)
    if not kinds:
        return ()
    reason = short_reason(text)
    return tuple(
        ScoreEvent(k, raised_at, "request", request_id, staff_id, reason=reason) for k in kinds
    )


def money_events(m: e.Money) -> tuple[ScoreEvent, ...]:
    """Returns of goods are a difficulty signal; other money moves only cost and revenue."""
    return money_events_of(int(m.id), m.at, m.kind, m.reference)


def money_events_of(
    money_id: int, at: date, kind: MoneyKind, reference: str
) -> tuple[ScoreEvent, ...]:
    """`money_events` from a money record's columns."""
    if kind is not MoneyKind.RETURN:
        return ()
    moment = datetime.combine(at, time())
    return (
        ScoreEvent(
            ScoreEventKind.RETURN, moment, "money", money_id, reason=short_reason(reference)
        ),
    )


FEEDBACK_KINDS = {
    FeedbackKind.COMPLAINT: ScoreEventKind.COMPLAINT,
    FeedbackKind.PRAISE: ScoreEventKind.PRAISE,
}


def feedback_events(f: e.Feedback) -> tuple[ScoreEvent, ...]:
    """Complaints and praise count; suggestions are research, not a score signal."""
    return feedback_events_of(int(f.id), f.at, f.kind, f.staff_id, f.text)


def feedback_events_of(
    feedback_id: int, at: datetime, kind: FeedbackKind, staff_id: int | None, text: str
) -> tuple[ScoreEvent, ...]:
    """`feedback_events` from a feedback record's columns."""
    if kind not in FEEDBACK_KINDS:
        return ()
    event = FEEDBACK_KINDS[kind]
    return (ScoreEvent(event, at, "feedback", feedback_id, staff_id, reason=short_reason(text)),)


ScoredRecord = e.Interaction | e.Promise | e.Claim | e.Request | e.Money | e.Feedback


def events_from(
    record: ScoredRecord, grace_days: int = DEFAULT_GRACE_DAYS
) -> tuple[ScoreEvent, ...]:
    """The score events of one record (none for records that do not move the scores).

    `grace_days` is `Weights.overdue_grace_days`: when an open promise starts to count.
    """
    match record:
        case e.Interaction():
            return interaction_events(record)
        case e.Promise():
            return promise_events(record, grace_days)
        case e.Claim():
            return claim_events(record)
        case e.Request():
            return request_events(record)
        case e.Money():
            return money_events(record)
        case e.Feedback():
            return feedback_events(record)
    raise TypeError(f"{type(record).__name__} records carry no score events")
