"""JSON and text forms of the facts: claim dossier, history, verification, boards, costs."""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal
from typing import Any

from crmnote.cli import language
from crmnote.domain.dossier import ClaimDossier
from crmnote.domain.kinds import plain, to_dict
from crmnote.domain.reasons import Kind, Reason, days, message, say
from crmnote.domain.standards import describe_target


def jsonable(value: Any) -> Any:
    """Dataclasses, enums, dates, decimals and tuples as JSON values (inf as null)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Decimal):
        return str(value)
    return plain(value)


def _standard(s: Any) -> dict[str, Any]:
    return {**to_dict(s), "target": describe_target(s)}


def dossier_json(d: ClaimDossier) -> dict[str, Any]:
    """The `facts` object and `suggested_verdict` that `show claim --json` adds."""
    t = d.timing
    timing = None
    if t is not None:
        timing = {
            "due": plain(t.due),
            "delivered_at": plain(t.delivered_at),
            "late_days": t.late_days,
            "late_working_days": t.late_working_days,
            "target": t.target or None,
            "target_deadline": plain(t.target_deadline),
            "took": t.took,
            "beyond_target": t.beyond_target,
        }
    promise = None
    if d.promise is not None:
        promise = {**to_dict(d.promise), "made_by_name": d.staff_name(d.promise.made_by) or None}
    delivery = None
    if d.delivery is not None:
        delivery = {
            "promised": d.delivery.promised,
            "delivered": d.delivery.delivered,
            "unit": d.delivery.unit,
            "short": d.delivery.short,
            "share": round(d.delivery.share, 4),
        }
    return {
        "facts": {
            "customer_name": d.customer_name,
            "promise": promise,
            "standards_day": plain(d.standards_day),
            "standard": None if d.standard is None else _standard(d.standard),
            "standards_in_force": [_standard(s) for s in d.standards_in_force],
            "evidence": d.evidence,
            "delivery": delivery,
            "files": [
                {
                    "id": f.id,
                    "record_kind": f.record_kind,
                    "record_id": f.record_id,
                    "name": f.name,
                    "media_type": f.media_type,
                    "size": f.size,
                    "sha256": f.sha256,
                }
                for f in d.files
            ],
            "change_log": {"entries": d.log_head[0], "head": d.log_head[1]},
            "timing": timing,
            "interactions": [
                {**to_dict(i), "staff_name": d.staff_name(i.staff_id) or None}
                for i in d.interactions
            ],
        },
        "suggested_verdict": {
            "verdict": d.suggested.verdict.value,
            "reasons": list(d.suggested.reasons),
        },
    }


def dossier_lines(d: ClaimDossier) -> list[str]:
    """The dossier for a terminal, in the user's language: the facts, then the suggestion."""
    said: list[str] = []
    p = d.promise
    if p is None:
        said.append(say("cli.dossier.no_promise", "promise: none linked"))
    else:
        who = d.staff_name(p.made_by)
        made = say("cli.dossier.made", "made {at:%Y-%m-%d %H:%M}", at=p.made_at)
        if who:
            made = say(
                "cli.dossier.made_by", "made {at:%Y-%m-%d %H:%M} by {who}", at=p.made_at, who=who
            )
        if p.due:
            made = say("cli.dossier.due", "{made}, due {due}", made=made, due=p.due)
        said.append(
            say(
                "cli.dossier.promise",
                "promise: #{id} '{text}', {made}",
                id=p.id,
                text=p.text,
                made=made,
            )
        )
        if p.resolved_at:
            said.append(
                say(
                    "cli.dossier.resolved",
                    "status: {status} on {at}",
                    status=p.status,
                    at=p.resolved_at,
                )
            )
        else:
            said.append(say("cli.dossier.status", "status: {status}", status=p.status))
        if d.evidence:
            said.append(say("cli.dossier.evidence", "evidence: {evidence}", evidence=d.evidence))
        else:
            said.append(say("cli.dossier.no_evidence", "evidence: (none)"))
        if d.delivery is not None:
            x = d.delivery
            said.append(
                say(
                    "cli.dossier.delivered",
                    "delivered: {delivered:g} of {promised:g} {unit} ({short:g} short)",
                    delivered=x.delivered,
                    promised=x.promised,
                    unit=_unit(x.unit),
                    short=x.short,
                )
            )
    for f in d.files:
        said.append(
            say(
                "cli.dossier.file",
                "file: #{id} {name} ({kind} {record}) sha256 {sha256}",
                id=f.id,
                name=f.name,
                kind=Kind(f.record_kind),
                record=f.record_id,
                sha256=f.sha256,
            )
        )
    for s in d.standards_in_force:
        chosen = d.standard is not None and s.id == d.standard.id
        target = describe_target(s) or say("cli.standards.no_target", "no target")
        standard = _CHOSEN if chosen else _STANDARD
        said.append(Reason(standard, name=s.name, target=target, day=d.standards_day))
    if d.timing is not None and d.timing.late_days is not None:
        late = d.timing.late_days
        if late > 0:
            timing = say(
                "cli.dossier.late", "timing: +{late} against the due date", late=days(late)
            )
        else:
            timing = say(
                "cli.dossier.timing", "timing: {late} against the due date", late=days(late)
            )
        said.append(timing)
    said.append(
        say("cli.dossier.interactions", "related interactions: {count}", count=len(d.interactions))
    )
    said.append(
        say("cli.dossier.verdict", "suggested verdict: {verdict}", verdict=d.suggested.verdict)
    )
    lines = [language.sentence(line) for line in said]
    lines += [f"  - {language.sentence(r)}" for r in d.suggested.reasons]
    return lines


_STANDARD = message("cli.dossier.standard", "standard  {name} ({target}), in force on {day}")
_CHOSEN = message("cli.dossier.chosen", "standard* {name} ({target}), in force on {day}")


def _unit(unit: str) -> str:
    """A unit crmnote knows is translated; one the user typed is their word."""
    from crmnote.domain.reasons import Unit

    return Unit(unit) if unit in _UNITS else unit


_UNITS = (
    "hour",
    "hours",
    "day",
    "days",
    "working day",
    "working days",
    "percent",
    "unit",
    "units",
    "amount",
)
