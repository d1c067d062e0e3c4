"""The customer history as blocks: one builder per section; user text is set as plain text."""

from __future__ import annotations

from collections.abc import Callable

from crmnote.domain.phones import format_phone
from crmnote.domain.types import MoneyKind
from crmnote.reports.blocks import (
    ADVICE,
    BIG,
    LEAD,
    NOTE,
    TITLE,
    bullets,
    cell,
    heading,
    pairs,
    section,
    small,
    strong,
)
from crmnote.reports.flow import SMALL, Block, Paragraph, Picture
from crmnote.reports.labels import Words, translate
from crmnote.reports.options import ReportOptions, Section
from crmnote.reports.tables import Table
from crmnote.services.history import CustomerHistory

CHART_HEIGHT = 150.0  # points


class HistoryBuilder:
    """Builds the blocks of one customer history; pictures are painted by the caller's hooks."""

    def __init__(
        self,
        data: CustomerHistory,
        options: ReportOptions,
        chart: Picture,
        logo: Picture | None = None,
    ) -> None:
        self.data = data
        self.options = options
        self.chart = chart
        self.logo = logo
        self.w = Words()

    def blocks(self) -> list[Block]:
        sections: dict[Section, Callable[[], list[Block]]] = {
            Section.DETAILS: self.details,
            Section.SCORES: self.scores,
            Section.PROMISES: self.promises,
            Section.CLAIMS: self.claims,
            Section.REQUESTS: self.requests,
            Section.MONEY: self.money,
            Section.TIMELINE: self.timeline,
        }
        out = self.title()
        for name, build in sections.items():
            if name in self.options.sections:
                out += build()
        return out

    def title(self) -> list[Block]:
        d, w = self.data, self.w
        period = translate("reports", "all records")
        if d.period.start or d.period.end:
            period = f"{w.day(d.period.start) or '…'} – {w.day(d.period.end) or '…'}"
        # Without a business name the lead leaves it out rather than print a stand-in.
        if d.business_name:
            lead = translate("reports", "Customer history · %1 · exported %2 · period: %3")
            lead = lead.replace("%1", d.business_name)
        else:
            lead = translate("reports", "Customer history · exported %2 · period: %3")
        lead = lead.replace("%2", w.moment(d.exported_at))
        head: list[Block] = [self.logo] if self.logo else []
        return [
            *head,
            Paragraph(d.customer.name, TITLE),
            Paragraph(lead.replace("%3", period), LEAD),
        ]

    def details(self) -> list[Block]:
        c, w, region = self.data.customer, self.w, self.data.phone_region
        rows: list[tuple[str, list[Paragraph] | str]] = [
            (translate("reports", "Company"), c.company),
            (translate("reports", "Status"), w.label(c.status)),
            (translate("reports", "Email"), cell(*(_contact(p.value, p.label) for p in c.emails))),
            (
                translate("reports", "Phone"),
                cell(*(_contact(p.value, p.label, region) for p in c.phones)),
            ),
            (translate("reports", "Address"), c.address),
            (translate("reports", "Tags"), ", ".join(c.tags)),
            (translate("reports", "Owner"), self.data.staff(c.owner_id)),
            (translate("reports", "Source"), c.source),
            (translate("reports", "Customer since"), w.day(c.created_at)),
            (translate("reports", "Notes"), c.notes),
        ]
        return [heading(translate("reports", "Customer details")), pairs(rows)]

    def scores(self) -> list[Block]:
        s, w = self.data.scores, self.w
        figures = translate("reports", "Difficulty %1/100 · Trust %2/100")
        figures = figures.replace("%1", f"{s.difficulty.score:.0f}")
        figures = figures.replace("%2", f"{s.trust.score:.0f}")
        advice = translate("reports", "Suggested course: %1")
        advice = advice.replace("%1", w.label(s.recommendation.action))
        as_of = translate("reports", "As of %1.").replace("%1", w.moment(s.as_of))
        return [
            heading(translate("reports", "Difficulty and trust")),
            Paragraph(figures, BIG),
            Paragraph(as_of, SMALL),
            self.chart,
            Paragraph(advice, ADVICE),
            *bullets(s.recommendation.reasons),
        ]

    def promises(self) -> list[Block]:
        w, d = self.w, self.data
        rows = [
            [
                cell(w.day(p.made_at)),
                cell(p.text, small(w.label(p.category)), small(d.staff(p.made_by))),
                cell(w.day(p.due)),
                cell(w.label(p.status)),
                cell(w.day(p.resolved_at)),
                cell(p.evidence),
            ]
            for p in d.promises
        ]
        header = [
            translate("reports", "Made"),
            translate("reports", "Promise"),
            translate("reports", "Due"),
            translate("reports", "Status"),
            translate("reports", "Resolved"),
            translate("reports", "Evidence"),
        ]
        return section(
            translate("reports", "Promises"),
            header,
            rows,
            [12, 31, 11, 13, 11, 22],
            translate("reports", "No promises in this period."),
        )

    def claims(self) -> list[Block]:
        w = self.w
        rows = [
            [
                cell(w.day(c.raised_at)),
                cell(c.text, small(w.label(c.category))),
                cell(self.data.promise_texts.get(c.promise_id, "") if c.promise_id else ""),
                cell(strong(w.label(c.verdict)), c.verdict_note),
                cell(w.label(c.resolution), small(w.day(c.resolved_at))),
            ]
            for c in self.data.claims
        ]
        header = [
            translate("reports", "Raised"),
            translate("reports", "Claim"),
            translate("reports", "Promise"),
            translate("reports", "Verdict"),
            translate("reports", "Resolution"),
        ]
        return section(
            translate("reports", "Claims"),
            header,
            rows,
            [12, 36, 10, 26, 16],
            translate("reports", "No claims in this period."),
        )

    def requests(self) -> list[Block]:
        w = self.w
        insight = translate("reports", "insight: we should change")
        rows = [
            [
                cell(w.day(r.raised_at)),
                cell(w.label(r.kind)),
                cell(r.text, small(insight) if r.insight else None),
                cell(strong(w.label(r.judgment)), r.judgment_note),
                cell(w.label(r.outcome)),
            ]
            for r in self.data.requests
        ]
        header = [
            translate("reports", "Raised"),
            translate("reports", "Kind"),
            translate("reports", "Request"),
            translate("reports", "Judgment"),
            translate("reports", "Outcome"),
        ]
        return section(
            translate("reports", "Requests"),
            header,
            rows,
            [12, 14, 34, 25, 15],
            translate("reports", "No requests in this period."),
        )

    def money(self) -> list[Block]:
        d, w = self.data, self.w
        cost = d.cost
        rows: list[tuple[str, list[Paragraph] | str]] = []
        for totals in d.money_totals:
            amounts = [
                f"{w.label(k)}: {w.money(totals.by_kind[k], totals.currency)}"
                for k in MoneyKind
                if totals.by_kind[k]
            ]
            label = translate("reports", "Money (%1)").replace("%1", totals.currency)
            rows.append((label, cell(*amounts)))
        ratio = cost.ratio
        unknown = translate("reports", "unknown (no revenue)")
        rows += [
            (translate("reports", "Time in interactions"), w.minutes(cost.interaction_minutes)),
            (translate("reports", "Other effort"), w.minutes(cost.effort_minutes)),
            (translate("reports", "Hourly cost"), w.money(cost.hourly_cost, cost.currency)),
            (
                translate("reports", "Cost to serve"),
                cell(strong(w.money(cost.cost, cost.currency))),
            ),
            (translate("reports", "Revenue"), w.money(cost.revenue, cost.currency)),
            (translate("reports", "Cost against revenue"), f"{ratio:.2f} ×" if ratio else unknown),
        ]
        out: list[Block] = [heading(translate("reports", "Money and effort")), pairs(rows)]
        entries = [
            [
                cell(w.day(m.at)),
                cell(w.label(m.kind)),
                cell(w.money(m.amount, m.currency)),
                cell(m.reference),
            ]
            for m in d.money
        ]
        if entries:
            header = [
                translate("reports", "Date"),
                translate("reports", "Kind"),
                translate("reports", "Amount"),
                translate("reports", "Reference"),
            ]
            out.append(Table([15, 15, 22, 48], entries, header))
        efforts = [
            [
                cell(w.moment(e.at)),
                cell(w.minutes(e.minutes)),
                cell(d.staff(e.staff_id)),
                cell(e.text),
            ]
            for e in d.efforts
        ]
        if efforts:
            header = [
                translate("reports", "When"),
                translate("reports", "Time"),
                translate("reports", "Staff"),
                translate("reports", "Effort"),
            ]
            out.append(Table([18, 12, 18, 52], efforts, header))
        return out

    def timeline(self) -> list[Block]:
        w, d = self.w, self.data
        mood = translate("reports", "mood %1")
        rows = [
            [
                cell(
                    strong(w.moment(i.at)),
                    " · ".join(
                        x for x in (w.contact(i.channel, i.direction), _time(w, i.minutes)) if x
                    ),
                    small(
                        " · ".join(
                            x
                            for x in (
                                d.staff(i.staff_id),
                                mood.replace("%1", w.mood(i.mood)) if i.mood is not None else "",
                            )
                            if x
                        )
                    ),
                ),
                cell(strong(i.summary), (_unless_same(i.notes, i.summary), NOTE)),
            ]
            for i in d.interactions
        ]
        header = [translate("reports", "When"), translate("reports", "What happened")]
        return section(
            translate("reports", "Timeline of interactions"),
            header,
            rows,
            [22, 78],
            translate("reports", "No interactions in this period."),
        )


def _unless_same(notes: str, summary: str) -> str:
    """The notes, unless they only repeat the summary (which defaults to their first line)."""
    return "" if notes.strip() == summary.strip() else notes


def _time(w: Words, minutes: int) -> str:
    return w.minutes(minutes) if minutes else ""


def _contact(value: str, label: str, region: str | None = None) -> str:
    """An email, or a phone number in the form of Settings' country (domain/phones.py)."""
    if region is not None:
        value = format_phone(value, region)
    return f"{value} ({label})" if label else value
