"""The facts of a claim dossier as translated name/value lines for the dossier screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmnote.domain import entities as e
from crmnote.domain.delivery import Timing
from crmnote.domain.dossier import ClaimDossier
from crmnote.domain.standards import describe_target
from crmnote.ui.labels import NONE, enum_label, show
from crmnote.ui.reasons import reason_text
from crmnote.ui.reasons import reasons_text as translated_reasons

Facts = list[tuple[str, str]]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ClaimDossier", text, None, n)


def claim_facts(d: ClaimDossier) -> Facts:
    c = d.claim
    return [
        (_tr("Customer"), d.customer_name),
        (_tr("Raised"), show(c.raised_at)),
        (_tr("Category"), enum_label(c.category)),
        (_tr("What they say"), c.text),
        (_tr("Handled by"), d.staff_name(c.staff_id) or NONE),
        (_tr("Verdict now"), enum_label(c.verdict)),
        (_tr("Verdict note"), c.verdict_note or NONE),
        (_tr("Resolution"), show(c.resolution)),
    ]


def promise_facts(d: ClaimDossier) -> tuple[Facts, str]:
    p = d.promise
    if p is None:
        return [], _tr(
            "No promise is linked to this claim: there is no record to check it against."
        )
    return [
        (_tr("Promised"), p.text),
        (_tr("Made"), show(p.made_at)),
        (_tr("By"), d.staff_name(p.made_by) or NONE),
        (_tr("Due"), show(p.due)),
        (_tr("Category"), enum_label(p.category)),
        (_tr("Status"), enum_label(p.status)),
        (_tr("Resolved"), show(p.resolved_at)),
    ], ""


def _standard_lines(s: e.Standard) -> Facts:
    until = show(s.valid_until) if s.valid_until else _tr("still in force")
    return [
        (_tr("Standard"), s.name),
        (_tr("Category"), enum_label(s.category)),
        (_tr("Target"), reason_text(describe_target(s)) or NONE),
        (_tr("In force"), _tr("{0} to {1}").format(show(s.valid_from), until)),
        (_tr("Says"), s.description or NONE),
    ]


def standard_facts(d: ClaimDossier) -> tuple[Facts, str]:
    if d.standard is not None:
        return _standard_lines(d.standard), ""
    if not d.standards_in_force:
        return [], _tr("No standard of this category was in force on {0}.").format(
            show(d.standards_day)
        )
    names = ", ".join(s.name for s in d.standards_in_force)
    return [(_tr("In force then"), names)], _tr(
        "No single standard to judge by; link one to the promise to use it."
    )


def _late(days: int | None) -> str:
    if days is None:
        return NONE
    if days > 0:
        return _tr("%n day(s) late", days)
    if days == 0:
        return _tr("on the due date")
    return _tr("%n day(s) early", -days)


def timing_facts(d: ClaimDossier) -> Facts:
    lines: Facts = [(_tr("Evidence"), d.evidence or _tr("none recorded"))]
    x = d.delivery
    if x is not None:
        delivered = _tr("{0:g} of {1:g} {2}").format(x.delivered, x.promised, x.unit)
        if x.short:
            delivered += " · " + _tr("{0:g} short").format(x.short)
        lines.append((_tr("Quantity"), delivered))
    if d.files:
        lines.append((_tr("Evidence files"), _tr("%n file(s), below", len(d.files))))
    t: Timing | None = d.timing
    if t is None:
        return lines
    delivered = show(t.delivered_at) if t.delivered_at else _tr("not delivered yet")
    beyond = {True: _tr("yes, beyond the target"), False: _tr("no, within the target")}
    lines += [
        (_tr("Due"), show(t.due)),
        (_tr("Delivered"), delivered),
        (_tr("Against the due date"), _late(t.late_days)),
        (
            _tr("Working days late"),
            NONE if t.late_working_days is None else str(t.late_working_days),
        ),
        (_tr("Standard's target"), t.target or NONE),
        (_tr("Target deadline"), show(t.target_deadline)),
        (_tr("Took"), NONE if t.took is None else f"{t.took:g}"),
        (
            _tr("Beyond the target"),
            beyond.get(t.beyond_target, NONE) if t.beyond_target is not None else NONE,
        ),
    ]
    return lines


def reasons_text(d: ClaimDossier) -> str:
    return translated_reasons(d.suggested.reasons)
