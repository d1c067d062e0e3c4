"""Customer history PDF of 1,000 interactions: ours beside bare QTextDocument and reportlab."""

# Run with `make bench` (or `QT_QPA_PLATFORM=offscreen python -m bench`). reportlab is optional:
# `pip install reportlab` to include it; otherwise its line says it was skipped.

from __future__ import annotations

import html
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from crmnote.domain import entities as e
from crmnote.domain.recommendation import recommend
from crmnote.domain.scoring import CostToServe, Weights, difficulty, events_from, trust
from crmnote.domain.types import (
    Channel,
    CustomerId,
    InteractionId,
    MoneyId,
    MoneyKind,
    PromiseId,
    PromiseStatus,
    StaffId,
)
from crmnote.reports import render_customer_history
from crmnote.reports.fonts import fonts_dir, report_font
from crmnote.services.history import CostSummary, CustomerHistory, MoneyTotals, Period
from crmnote.services.scores import CustomerScores

INTERACTIONS = 1000
RUNS = 3
TARGET = 1.3
SENTENCE = (
    "customer asked about the delivery date and the invoice for the last order, we agreed to "
    "call back tomorrow with a firm answer; they were polite but pressed for time and wanted "
    "the replacement parts before the weekend because their own client is waiting"
)
WORDS = tuple(SENTENCE.split())


def history(count: int = INTERACTIONS, seed: int = 7) -> CustomerHistory:
    """A deterministic customer with `count` interactions and a few of every other record."""
    rng = random.Random(seed)
    cid = CustomerId(1)
    start = datetime(2023, 1, 2, 9, 0)
    now = start + timedelta(days=900)
    interactions = tuple(
        e.Interaction(
            id=InteractionId(n + 1),
            customer_id=cid,
            at=start + timedelta(hours=20 * n),
            channel=rng.choice(list(Channel)),
            minutes=rng.randint(2, 40),
            staff_id=StaffId(1),
            summary=" ".join(rng.sample(WORDS, 6)).capitalize(),
            notes=". ".join(" ".join(rng.sample(WORDS, 14)) for _ in range(rng.randint(1, 4))),
            mood=rng.randint(-2, 2),
        )
        for n in range(count)
    )
    promises = tuple(
        e.Promise(
            id=PromiseId(n + 1),
            customer_id=cid,
            text=" ".join(rng.sample(WORDS, 7)),
            made_at=start + timedelta(days=20 * n),
            due=(start + timedelta(days=20 * n + 5)).date(),
            status=rng.choice([PromiseStatus.KEPT, PromiseStatus.BROKEN]),
            resolved_at=start + timedelta(days=20 * n + 6),
            evidence=f"delivery note {n}",
        )
        for n in range(40)
    )
    money = tuple(
        e.Money(
            id=MoneyId(n + 1),
            customer_id=cid,
            at=(start + timedelta(days=30 * n)).date(),
            kind=MoneyKind.SALE,
            amount=Decimal(rng.randint(100, 900)),
            reference=f"INV-{n}",
        )
        for n in range(30)
    )
    weights = Weights.default()
    records: list[e.Interaction | e.Promise | e.Money] = [*interactions, *promises, *money]
    events = [ev for r in records for ev in events_from(r)]
    minutes = sum(i.minutes for i in interactions)
    revenue = sum((m.amount for m in money), Decimal(0))
    cost = CostToServe(minutes / 60 * 60.0, revenue)
    d, t = difficulty(events, now, weights, cost), trust(events, now, weights)
    scores = CustomerScores(
        cid, now, d, t, cost, None, recommend(d.score, t.score, cost.ratio, None, 0), 0
    )
    points = tuple(
        e.ScorePoint(
            customer_id=cid,
            at=i.at,
            difficulty=30 + 20 * rng.random(),
            trust=45 + 20 * rng.random(),
        )
        for i in interactions
    )
    return CustomerHistory(
        business_name="Harbour Repairs",
        exported_at=now,
        period=Period(),
        customer=e.Customer(id=cid, name="Harbour Café", company="Harbour Café Ltd"),
        staff_names={1: "Alex"},
        scores=scores,
        score_history=points,
        promises=promises,
        claims=(),
        requests=(),
        interactions=interactions,
        money=money,
        efforts=(),
        money_totals=(
            MoneyTotals(
                "EUR", {k: revenue if k is MoneyKind.SALE else Decimal(0) for k in MoneyKind}
            ),
        ),
        cost=CostSummary(minutes, 0, 60.0, "EUR", revenue),
    )


def same_content_html(data: CustomerHistory) -> str:
    """The history's text as plain HTML tables (escaped), for the bare QTextDocument baseline."""
    esc = html.escape
    rows = "".join(
        f"<tr><td>{p.made_at:%Y-%m-%d}</td><td>{esc(p.text)}</td><td>{p.due}</td>"
        f"<td>{p.status}</td><td>{esc(p.evidence)}</td></tr>"
        for p in data.promises
    )
    timeline = "".join(
        f"<tr><td><b>{i.at:%Y-%m-%d %H:%M}</b><br>{i.channel} · {i.minutes} min<br>Alex</td>"
        f"<td><b>{esc(i.summary)}</b><br>{esc(i.notes)}</td></tr>"
        for i in data.interactions
    )
    money = "".join(
        f"<tr><td>{m.at}</td><td>{m.amount} EUR</td><td>{m.reference}</td></tr>" for m in data.money
    )
    return (
        f"<h1>{esc(data.customer.name)}</h1><h2>Promises</h2>"
        f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead><tr><th>Made</th>'
        f"<th>Promise</th><th>Due</th><th>Status</th><th>Evidence</th></tr></thead>{rows}</table>"
        f'<h2>Money</h2><table border="1" cellspacing="0" cellpadding="3" width="100%">{money}'
        f'</table><h2>Timeline</h2><table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr><th>When</th><th>What happened</th></tr></thead>{timeline}</table>"
    )


def bare_qtextdocument(data: CustomerHistory, path: Path) -> int:
    """QTextDocument → QPdfWriter with nothing of ours: Qt's own print()."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(48, 56, 48, 54),
            QPageLayout.Unit.Point,
        )
    )
    doc = QTextDocument()
    doc.setDefaultFont(report_font(9))
    # The known trap: lay out against the writer, page size in its units, or it is squashed.
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.setHtml(same_content_html(data))
    doc.print_(writer)
    return doc.pageCount()


def ours(data: CustomerHistory, path: Path) -> int:
    return render_customer_history(data, path)


def bare_reportlab(data: CustomerHistory, path: Path) -> int:
    """The same content with reportlab's platypus and the same Noto Sans font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "NotoSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NotoSans", str(fonts_dir() / "NotoSans-Regular.ttf")))
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("body", fontName="NotoSans", fontSize=9, leading=11)
    esc = html.escape
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "#b8c2ce"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    story = [
        Paragraph(esc(data.customer.name), styles["Title"]),
        Paragraph("Promises", styles["Heading2"]),
    ]
    promises = [["Made", "Promise", "Due", "Status", "Evidence"]] + [
        [
            f"{p.made_at:%Y-%m-%d}",
            Paragraph(esc(p.text), body),
            str(p.due),
            str(p.status),
            Paragraph(esc(p.evidence), body),
        ]
        for p in data.promises
    ]
    story.append(Table(promises, colWidths=[60, 190, 60, 60, 130], repeatRows=1, style=grid))
    story.append(Paragraph("Timeline", styles["Heading2"]))
    timeline = [["When", "What happened"]] + [
        [
            Paragraph(f"{i.at:%Y-%m-%d %H:%M}<br/>{i.channel} · {i.minutes} min<br/>Alex", body),
            Paragraph(f"<b>{esc(i.summary)}</b><br/>{esc(i.notes)}", body),
        ]
        for i in data.interactions
    ]
    story.append(Table(timeline, colWidths=[110, 390], repeatRows=1, style=grid))
    pages: list[int] = []
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build(story, onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages) + 1


def _time(
    render: Callable[[CustomerHistory, Path], int], data: CustomerHistory
) -> tuple[float, int]:
    times, pages = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(RUNS):
            start = time.perf_counter()
            pages = render(data, Path(tmp) / f"run{run}.pdf")
            times.append(time.perf_counter() - start)
    return statistics.median(times), pages


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841 (kept alive)
    data = history()
    report_font(9)  # load the shipped fonts once, outside the timings
    ours_s, ours_pages = _time(ours, data)
    bare_s, bare_pages = _time(bare_qtextdocument, data)
    print(f"customer history PDF, {INTERACTIONS:,} interactions, median of {RUNS} runs")
    print(f"  crmnote reports           {ours_s:7.3f} s  {ours_pages:4d} pages")
    ratio = ours_s / bare_s
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(
        f"  bare QTextDocument print  {bare_s:7.3f} s  {bare_pages:4d} pages"
        f"  ratio {ratio:.2f} (target ≤ {TARGET}) {verdict}"
    )
    try:
        import reportlab  # noqa: F401
    except ImportError:
        print(
            "  bare reportlab            skipped: reportlab not installed (pip install reportlab)"
        )
        return
    rl_s, rl_pages = _time(bare_reportlab, data)
    print(
        f"  bare reportlab            {rl_s:7.3f} s  {rl_pages:4d} pages"
        f"  ratio {ours_s / rl_s:.2f} (ours / reportlab)"
    )


if __name__ == "__main__":
    main()
