"""Claim dossier PDF: one claim with its facts side by side, the document shown to the customer."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from crmnote.reports.blocks import (
    ADVICE,
    LEAD,
    TITLE,
    bullets,
    cell,
    heading,
    pairs,
    section,
    small,
    strong,
)
from crmnote.reports.evidence import evidence_blocks
from crmnote.reports.flow import Block, Paragraph, Style
from crmnote.reports.labels import Words, translate
from crmnote.reports.pages import Furniture, PagedReport, PageSetup, Progress
from crmnote.reports.tables import Table
from crmnote.services.history import ClaimDossier

FACT = Style(after=3)
FACT_LABEL = Style(size=7.5, colour="#5a6573")


def _facts(*rows: tuple[str, str]) -> list[Paragraph]:
    """Label over value, for one side of a side-by-side table; empty values left out."""
    out: list[Paragraph] = []
    for label, value in rows:
        if value.strip():
            out += [Paragraph(label, FACT_LABEL), Paragraph(value, FACT)]
    return out or [Paragraph("—", FACT)]


def _counted(text: str, n: int) -> str:
    """A count in the "reports" context with the language's plural (extra.py lists the texts)."""
    return QCoreApplication.translate("reports", text, None, n)


class DossierBuilder:
    """The blocks of one claim dossier."""

    def __init__(self, data: ClaimDossier) -> None:
        self.d = data
        self.w = Words()

    def blocks(self) -> list[Block]:
        d, w = self.d, self.w
        title = translate("reports", "Claim #%1: %2").replace("%1", str(d.claim.id))
        if d.business_name:
            lead = translate("reports", "Claim dossier · %1 · exported %2")
            lead = lead.replace("%1", d.business_name)
        else:  # left out rather than a stand-in
            lead = translate("reports", "Claim dossier · exported %2")
        lead = lead.replace("%2", w.moment(d.exported_at))
        return [
            Paragraph(title.replace("%2", d.customer.name), TITLE),
            Paragraph(lead, LEAD),
            heading(translate("reports", "The facts side by side")),
            self._claim_and_promise(),
            self._standard_and_timing(),
            *self._interactions(),
            *evidence_blocks(d, w),
            *self._verdict(),
        ]

    def _claim_and_promise(self) -> Table:
        d, w = self.d, self.w
        c, p = d.claim, d.promise
        claim = _facts(
            (translate("reports", "Raised"), w.moment(c.raised_at)),
            (translate("reports", "About"), w.label(c.category)),
            (translate("reports", "What the customer says"), c.text),
            (translate("reports", "Received by"), d.staff(c.staff_id)),
        )
        promise = (
            _facts(
                (translate("reports", "Promise"), p.text),
                (translate("reports", "Made"), w.moment(p.made_at)),
                (translate("reports", "Made by"), d.staff(p.made_by)),
                (translate("reports", "About"), w.label(p.category)),
                (translate("reports", "Due"), w.day(p.due)),
                (translate("reports", "Status"), w.label(p.status)),
                (translate("reports", "Evidence"), p.evidence),
                (translate("reports", "Promised and delivered"), self._delivered()),
            )
            if p is not None
            else [Paragraph(translate("reports", "The claim is not linked to a promise."), FACT)]
        )
        header = [translate("reports", "The claim"), translate("reports", "The promise as made")]
        return Table([50, 50], [[claim, promise]], header)

    def _delivered(self) -> str:
        x = self.d.delivery
        if x is None:
            return ""
        text = translate("reports", "%1 of %2 %3 delivered")
        text = text.replace("%1", f"{x.delivered:g}").replace("%2", f"{x.promised:g}")
        text = text.replace("%3", x.unit)
        if x.short:
            text += " · " + translate("reports", "%1 short").replace("%1", f"{x.short:g}")
        return text

    def _standard_and_timing(self) -> Table:
        d, w = self.d, self.w
        s, t = d.standard, d.timing
        if s is not None:
            target = ""
            if s.target_value is not None:
                target = f"{s.target_value:g} {w.label(s.target_unit)}".strip()
            until = w.day(s.valid_until) or translate("reports", "still in force")
            standard = _facts(
                (translate("reports", "Standard"), s.name),
                (translate("reports", "About"), w.label(s.category)),
                (translate("reports", "What it says"), s.description),
                (translate("reports", "Target"), target),
                (translate("reports", "In force"), f"{w.day(s.valid_from)} – {until}"),
            )
        else:
            none = translate(
                "reports", "No standard was linked to the promise, or none was in force."
            )
            standard = [Paragraph(none, FACT)]
        if t.days_late is None:
            on_time = ""
        elif t.days_late > 0:
            on_time = _counted("%n day(s) late", t.days_late)
        else:
            on_time = translate("reports", "on time")
        beyond = {
            None: "",
            True: translate("reports", "beyond the standard's target"),
            False: translate("reports", "within the standard's target"),
        }[t.beyond_target]
        timing = _facts(
            (translate("reports", "Due"), w.day(t.due)),
            (translate("reports", "Delivered"), w.moment(t.delivered)),
            (translate("reports", "Delivery against the due date"), on_time),
            (translate("reports", "Standard's target"), t.target),
            (translate("reports", "Delivery against the target"), beyond),
        )
        made = d.promise.made_at if d.promise is not None else d.claim.raised_at
        header = [
            translate("reports", "Standard in force on %1").replace("%1", w.day(made)),
            translate("reports", "Timing"),
        ]
        return Table([50, 50], [[standard, timing]], header)

    def _interactions(self) -> list[Block]:
        d, w = self.d, self.w
        rows = [
            [
                cell(
                    strong(w.moment(i.at)),
                    w.contact(i.channel, i.direction),
                    small(d.staff(i.staff_id)),
                ),
                cell(strong(i.summary), (i.notes, FACT)),
            ]
            for i in d.interactions
        ]
        header = [translate("reports", "When"), translate("reports", "What happened")]
        return section(
            translate("reports", "Related interactions"),
            header,
            rows,
            [24, 76],
            translate("reports", "No related interactions were logged."),
        )

    def _verdict(self) -> list[Block]:
        c, w = self.d.claim, self.w
        rows: list[tuple[str, list[Paragraph] | str]] = [
            (translate("reports", "Verdict"), cell(strong(w.label(c.verdict)))),
            (translate("reports", "Reasoning"), c.verdict_note),
            (translate("reports", "Resolution"), w.label(c.resolution)),
            (translate("reports", "Resolved"), w.moment(c.resolved_at)),
        ]
        out: list[Block] = [heading(translate("reports", "Verdict")), pairs(rows)]
        if self.d.suggested_verdict:
            suggested = translate("reports", "What the facts suggest: %1")
            suggested = suggested.replace("%1", w.label(self.d.suggested_verdict))
            out += [Paragraph(suggested, ADVICE), *bullets(self.d.suggested_reasons)]
        return out


def layout_claim_dossier(data: ClaimDossier, paper: str = "A4") -> PagedReport:
    """The dossier in pages (`page_count`, `page_image(i)`, `write_pdf(path)`)."""
    w = Words()
    title = translate("reports", "Claim #%1").replace("%1", str(data.claim.id))
    footer = translate("reports", "Exported %1").replace("%1", w.moment(data.exported_at))
    if data.log_head:
        # So a printed dossier can be checked against the book later (docs/facts.md §6).
        log = translate("reports", "change log: %1 entries, head %2")
        footer += " · " + log.replace("%1", str(data.log_entries)).replace("%2", data.log_head)
    furniture = Furniture(
        header_left=data.business_name or translate("reports", "Claim dossier"),
        header_right=f"{data.customer.name} · {title}",
        footer_left=footer,
        title=f"{title}: {data.customer.name}",
    )
    builder = DossierBuilder(data)
    return PagedReport(builder.blocks(), furniture, PageSetup(paper=paper))


def render_claim_dossier(
    data: ClaimDossier,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    paper: str = "A4",
) -> int:
    """Write the claim dossier PDF to `path` (owner-only); returns the number of pages."""
    return layout_claim_dossier(data, paper).write_pdf(path, progress)
