"""Fact commands: history, verify-log, log-baseline, standards, insights, cost, followups."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmnote.cli import language
from crmnote.cli.facts_show import dossier_json, dossier_lines, jsonable
from crmnote.cli.values import COUNT, DAYS, RECORD_ID
from crmnote.domain.audit import LOGGED_KINDS
from crmnote.domain.bounds import as_id
from crmnote.domain.errors import ValidationError
from crmnote.domain.parsing import parse_date
from crmnote.domain.reasons import say
from crmnote.domain.standards import describe_target

COMMANDS = (
    "history",
    "verify-log",
    "log-baseline",
    "standards",
    "insights",
    "insight",
    "cost",
    "followups",
)


def _period(p: Any) -> None:
    p.add_argument("--from", dest="start", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", help="last day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")


def add_facts_commands(sub: Any) -> None:
    history = sub.add_parser("history", help="every logged version of a record")
    history.add_argument("kind", choices=LOGGED_KINDS)
    history.add_argument("id", type=RECORD_ID)
    history.add_argument("--json", action="store_true", help="print a JSON array")
    verify = sub.add_parser("verify-log", help="check the change log and every record against it")
    verify.add_argument("--json", action="store_true", help="print a JSON object")
    sub.add_parser("log-baseline", help="log the current state of records never logged")
    standards = sub.add_parser("standards", help="standards in force, or the standards report")
    standards.add_argument("--on", help="in force on this day (default today)")
    standards.add_argument("--report", action="store_true", help="promises and claims per standard")
    standards.add_argument(
        "--request", type=RECORD_ID, help="the standards a request is judged against"
    )
    _period(standards)
    insights = sub.add_parser("insights", help="complaints, suggestions and requests by theme")
    _period(insights)
    insight = sub.add_parser("insight", help="promote a theme or request, or mark it acted upon")
    insight.add_argument("action", choices=("promote", "request", "acted"))
    insight.add_argument("target", help="theme key (feedback:…, request:…) or a request id")
    insight.add_argument("--note", default="", help="what it tells us, or what we changed")
    cost = sub.add_parser("cost", help="cost to serve a customer, or customers by cost ratio")
    cost.add_argument("customer", nargs="?", help="customer id or name (default: the ranking)")
    cost.add_argument("--limit", type=COUNT, default=50, help="ranking page size")
    cost.add_argument("--offset", type=COUNT, default=0, help="ranking rows to skip")
    _period(cost)
    follow = sub.add_parser("followups", help="promises due and overdue, claims and requests")
    follow.add_argument("--today", help="as of this day (default today)")
    follow.add_argument("--claims-older-than", type=DAYS, default=7, help="days (default 7)")
    follow.add_argument("--json", action="store_true", help="print a JSON object")


def _day(args: argparse.Namespace, name: str) -> Any:
    value = getattr(args, name, None)
    return parse_date(name, value) if value else None


def _print(data: Any) -> None:
    print(json.dumps(jsonable(data), ensure_ascii=False, indent=2))


def warn_weaker_promise(services: Any, promise_id: int) -> None:
    """A warning line on stderr for each standard a new promise falls short of (still saved)."""
    for w in services.standards.promise_warnings(promise_id):
        print(f"crmnote: warning: {w.message}", file=sys.stderr)


def claim_facts(services: Any, claim_id: int) -> dict[str, Any]:
    return dossier_json(services.dossier.claim(claim_id))


def claim_lines(services: Any, claim_id: int) -> list[str]:
    return dossier_lines(services.dossier.claim(claim_id))


def judgment_facts(services: Any, request_id: int) -> dict[str, Any]:
    """`suggested_judgment` for `show request --json`."""
    found = services.judgments.suggest(request_id)
    return {
        "suggested_judgment": {
            "judgment": found.judgment.value,
            "reasons": list(found.reasons),
            "standard_id": None if found.standard is None else found.standard.id,
        }
    }


def judgment_lines(services: Any, request_id: int) -> list[str]:
    found = services.judgments.suggest(request_id)
    shown = "none (judge it yourself)" if found.judgment.value == "pending" else found.judgment
    return [f"suggested judgment: {shown}", *(f"  - {r}" for r in found.reasons)]


def run_facts_command(services: Any, args: argparse.Namespace) -> int:
    command = args.command
    if command == "history":
        return _history(services, args)
    if command == "verify-log":
        return _verify(services, args)
    if command == "log-baseline":
        count, _ = services.audit.baseline()
        print(f"logged the current state of {count} records")
        return 0
    if command == "standards":
        return _standards(services, args)
    if command == "insights":
        board = services.insights.board(_day(args, "start"), _day(args, "end"))
        if args.json:
            _print(board)
            return 0
        for t in board:
            acted = " (acted)" if t.insight and t.insight.acted_at else ""
            mark = " [insight]" if t.insight else ""
            print(f"{t.customers:>5} customers {t.total:>6}  {t.key}{mark}{acted}")
        return 0
    if command == "insight":
        return _insight(services, args)
    if command == "cost":
        return _cost(services, args)
    return _followups(services, args)


def _history(services: Any, args: argparse.Namespace) -> int:
    entries = services.audit.history(args.kind, args.id)
    if args.json:
        _print(entries)
        return 0
    if not entries:
        print(f"{args.kind} {args.id} has no logged history")
    for h in entries:
        who = f" by {h.staff_name}" if h.staff_name else ""
        print(f"{h.at:%Y-%m-%d %H:%M:%S}  {h.action}{who}  #{h.id} {h.hash[:12]}")
        if h.redacted:
            print("  (personal data erased)")
        for name, old, new in h.changes or ():
            print(f"  {name}: {old!r} -> {new!r}")
    return 0


def _verify(services: Any, args: argparse.Namespace) -> int:
    report = services.audit.verify()
    if args.json:
        _print({**jsonable(report), "ok": report.ok})
        return 0 if report.ok else 1
    for f in report.findings:
        print(f"{f.what}: {language.sentence(f.message)}")
    for kind, n in report.unlogged.items():
        ids = ", ".join(map(str, report.unlogged_ids.get(kind, ())))
        message = f"{n} {kind} records were never logged (ids {ids}…): run crmnote log-baseline"
        print(f"crmnote: warning: {message}", file=sys.stderr)
    state = "intact" if report.ok else f"{len(report.findings)} problems"
    print(f"change log: {report.entries} entries, head {report.head_hash}, {state}")
    return 0 if report.ok else 1


def _standards(services: Any, args: argparse.Namespace) -> int:
    if args.request is not None:
        found = services.standards.for_request(args.request)
        rows = found.standards
    elif args.report:
        report = services.standards.report(_day(args, "start"), _day(args, "end"))
        if args.json:
            _print(report)
            return 0
        for r in report:
            counts = f"{r.promises} promises, {r.kept} kept, {r.broken} broken"
            upheld = f"{r.claims} claims ({r.substantiated} upheld)"
            print(f"{r.name} ({r.target or 'no target'}): {counts}, {upheld}")
        return 0
    else:
        rows = services.standards.in_force(_day(args, "on"))
    if args.json:
        _print(rows)
        return 0
    for s in rows:
        print(f"{s.id:>5}  {s.category.value:<13} {s.name} ({describe_target(s) or 'no target'})")
    return 0


def _insight(services: Any, args: argparse.Namespace) -> int:
    if args.action == "request":
        request_id = as_id(args.target)
        if not request_id:
            raise ValidationError("target", say("cli.request_id", "give the request's id"))
        insight, _ = services.insights.promote_request(request_id, args.note)
    elif args.action == "promote":
        insight, _ = services.insights.promote(args.target, args.note)
    else:
        insight, _ = services.insights.mark_acted(args.target, args.note)
    print(insight.key)
    return 0


def _cost(services: Any, args: argparse.Namespace) -> int:
    start, end = _day(args, "start"), _day(args, "end")
    if args.customer:
        result = services.cost.customer(services.customers.find(args.customer), start, end)
        if args.json:
            _print(result)
            return 0
        ratio = "no revenue" if result.ratio is None else f"{result.ratio:.2f}"
        print(f"cost {result.cost:.2f} against revenue {result.revenue} (ratio {ratio})")
        for m in result.months:
            print(f"  {m.month}  cost {m.cost:9.2f}  revenue {m.revenue:>10}")
        return 0
    rows = services.cost.ranking(start, end, args.limit, args.offset)
    if args.json:
        _print(rows)
        return 0
    for r in rows:
        ratio = "  no revenue" if r.ratio is None else f"{r.ratio:12.2f}"
        print(f"{r.customer_id:>6}  {ratio}  {r.cost:10.2f} {r.revenue:>10}  {r.name}")
    return 0


def _followups(services: Any, args: argparse.Namespace) -> int:
    found = services.followups.list(_day(args, "today"), args.claims_older_than)
    if args.json:
        _print(found)
        return 0
    groups = (
        ("overdue", found.overdue, "days overdue"),
        ("due soon", found.due_soon, "days to go"),
        ("claims pending", found.stale_claims, "days pending"),
        ("requests to judge", found.awaiting_judgment, "days waiting"),
        ("our side to fix", found.our_side, "days past its date"),
    )
    for title, items, unit in groups:
        print(f"{title}: {len(items)}")
        for x in items:
            # A follow-up of ours not yet due counts negative days since its date.
            days = f"due in {-x.days} days" if x.days < 0 else f"{x.days} {unit}"
            print(f"  {x.kind} {x.id}  {x.customer_name}: {x.text[:60]} ({days})")
    return 0
