"""JSON and text forms of the facts: claim dossier, history, verification, boards, costs."""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal
from typing import Any

from crmnote.domain.dossier import ClaimDossier
from crmnote.domain.kinds import plain, to_dict
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
    """The dossier for a terminal: the facts, then the suggestion."""
    lines = []
    p = d.promise
    if p is None:
        lines.append("promise: none linked")
    else:
        due = f", due {p.due}" if p.due else ""
        who = d.staff_name(p.made_by)
        by = f" by {who}" if who else ""
        lines.append(f"promise: #{p.id} {p.text!r}, made {p.made_at:%Y-%m-%d %H:%M}{by}{due}")
        lines.append(
            f"status: {p.status.value}" + (f" on {p.resolved_at}" if p.resolved_at else "")
        )
        lines.append(f"evidence: {d.evidence or '(none)'}")
        if d.delivery is not None:
            x = d.delivery
            lines.append(
                f"delivered: {x.delivered:g} of {x.promised:g} {x.unit} ({x.short:g} short)"
            )
    for f in d.files:
        lines.append(f"file: #{f.id} {f.name} ({f.record_kind} {f.record_id}) sha256 {f.sha256}")
    for s in d.standards_in_force:
        mark = "*" if d.standard is not None and s.id == d.standard.id else " "
        target = describe_target(s) or "no target"
        lines.append(f"standard{mark} {s.name} ({target}), in force on {d.standards_day}")
    if d.timing is not None and d.timing.late_days is not None:
        lines.append(f"timing: {d.timing.late_days:+d} days against the due date")
    lines.append(f"related interactions: {len(d.interactions)}")
    lines.append(f"suggested verdict: {d.suggested.verdict.value}")
    lines += [f"  - {r}" for r in d.suggested.reasons]
    return lines
