"""Fact commands: history, verify-log, log-baseline, standards, insights, cost, followups."""

from __future__ import annotations

import argparse
import json
from typing import Any

from crmnote.cli import language
from crmnote.cli.facts_show import dossier_json, dossier_lines, jsonable
from crmnote.cli.failures import warn
from crmnote.cli.values import COUNT, DAYS, RECORD_ID
from crmnote.domain.audit import LOGGED_KINDS
from crmnote.domain.bounds import as_id
from crmnote.domain.errors import ValidationError
from crmnote.domain.parsing import parse_date
from crmnote.domain.reasons import Kind, Reason, Typed, message, say
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


_NO_TARGET = message("cli.standards.no_target", "no target")


def _say(reason: str) -> None:
    print(language.sentence(reason))


def _print(data: Any) -> None:
    print(json.dumps(jsonable(data), ensure_ascii=False, indent=2))


def warn_weaker_promise(services: Any, promise_id: int) -> None:
    """A warning line on stderr for each standard a new promise falls short of (still saved)."""
    for w in services.standards.promise_warnings(promise_id):
        warn(language.sentence(w.message))


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
    if found.judgment.value == "pending":
        said = say("cli.judgment.none", "suggested judgment: none (judge it yourself)")
    else:
        said = say(
            "cli.judgment.suggested", "suggested judgment: {judgment}", judgment=found.judgment
        )
    reasons = (f"  - {language.sentence(r)}" for r in found.reasons)
    return [language.sentence(said), *reasons]


def run_facts_command(services: Any, args: argparse.Namespace) -> int:
    command = args.command
    if command == "history":
        return _history(services, args)
    if command == "verify-log":
        return _verify(services, args)
    if command == "log-baseline":
        count, _ = services.audit.baseline()
        _say(say("cli.baseline.done", "logged the current state of %n record(s)", n=count))
        return 0
    if command == "standards":
        return _standards(services, args)
    if command == "insights":
        board = services.insights.board(_day(args, "start"), _day(args, "end"))
        if args.json:
            _print(board)
            return 0
        insight = language.sentence(say("cli.insights.insight", "[insight]"))
        acted = language.sentence(say("cli.insights.acted", "(acted)"))
        for t in board:  # the key as `crmnote insight` takes it
            said = say("cli.insights.customers", "%n customer(s)", n=t.customers)
            mark = f" {insight}" if t.insight else ""
            mark += f" {acted}" if t.insight and t.insight.acted_at else ""
            shown = language.figure(t.total, ">6")
            print(f"{language.sentence(said):>15} {shown}  {t.key}{mark}")
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
        _say(
            say(
                "cli.history.none",
                "{kind} {id} has no logged history",
                kind=Kind(args.kind),
                id=args.id,
            )
        )
    for h in entries:  # the time, the action and the hash as the change log holds them
        if h.staff_name:
            said = say("cli.history.by", "{action} by {who}", action=h.action, who=h.staff_name)
            action = language.sentence(said)
        else:
            action = h.action
        print(f"{h.at:%Y-%m-%d %H:%M:%S}  {action}  #{h.id} {h.hash[:12]}")
        if h.redacted:
            print("  " + language.sentence(say("cli.history.erased", "(personal data erased)")))
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
        warn(
            language.sentence(
                say(
                    "cli.verify.unlogged",
                    "%n {kind} record(s) were never logged (ids {ids}…): run {command}",
                    n=n,
                    kind=Kind(kind),
                    ids=ids,
                    command=Typed("crmnote log-baseline"),
                )
            )
        )
    entries = Reason(message("cli.verify.entries", "%n entry(ies)"), n=report.entries)
    if report.ok:
        state = say(
            "cli.verify.intact",
            "change log: {entries}, head {head}, intact",
            entries=entries,
            head=report.head_hash,
        )
    else:
        state = say(
            "cli.verify.problems",
            "change log: {entries}, head {head}, %n problem(s)",
            entries=entries,
            head=report.head_hash,
            n=len(report.findings),
        )
    _say(state)
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
            _say(
                say(
                    "cli.standards.report",
                    "{name} ({target}): %n promise(s), {kept} kept, "
                    "{broken} broken, {claims} claims ({upheld} upheld)",
                    name=r.name,
                    target=r.target or Reason(_NO_TARGET),
                    n=r.promises,
                    kept=r.kept,
                    broken=r.broken,
                    claims=r.claims,
                    upheld=r.substantiated,
                )
            )
        return 0
    else:
        rows = services.standards.in_force(_day(args, "on"))
    if args.json:
        _print(rows)
        return 0
    for s in rows:  # the id and the category as typed (--category)
        target = describe_target(s) or Reason(_NO_TARGET)
        print(f"{s.id:>5}  {s.category.value:<13} {s.name} ({language.sentence(target)})")
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
        if result.ratio is None:
            said = say(
                "cli.cost.no_revenue",
                "cost {cost:.2f} against revenue {revenue} (no revenue)",
                cost=result.cost,
                revenue=result.revenue,
            )
        else:
            said = say(
                "cli.cost.total",
                "cost {cost:.2f} against revenue {revenue} (ratio {ratio:.2f})",
                cost=result.cost,
                revenue=result.revenue,
                ratio=result.ratio,
            )
        _say(said)
        for m in result.months:
            _say(
                say(
                    "cli.cost.month",
                    "  {month}  cost {cost:9.2f}  revenue {revenue:>10}",
                    month=m.month,
                    cost=m.cost,
                    revenue=m.revenue,
                )
            )
        return 0
    rows = services.cost.ranking(start, end, args.limit, args.offset)
    if args.json:
        _print(rows)
        return 0
    no_revenue = language.sentence(say("cli.cost.none", "no revenue"))
    for r in rows:  # the customer's id first, for scripts
        ratio = no_revenue.rjust(12) if r.ratio is None else language.figure(r.ratio, "12.2f")
        cost, revenue = language.figure(r.cost, "10.2f"), language.figure(r.revenue, ">10")
        print(f"{r.customer_id:>6}  {ratio}  {cost} {revenue}  {r.name}")
    return 0


def _followups(services: Any, args: argparse.Namespace) -> int:
    found = services.followups.list(_day(args, "today"), args.claims_older_than)
    if args.json:
        _print(found)
        return 0
    groups = (
        (
            say("cli.followups.overdue", "overdue: {count}", count=len(found.overdue)),
            found.overdue,
            message("cli.followups.days_overdue", "%n day(s) overdue"),
        ),
        (
            say("cli.followups.due_soon", "due soon: {count}", count=len(found.due_soon)),
            found.due_soon,
            message("cli.followups.days_to_go", "%n day(s) to go"),
        ),
        (
            say("cli.followups.claims", "claims pending: {count}", count=len(found.stale_claims)),
            found.stale_claims,
            message("cli.followups.days_pending", "%n day(s) pending"),
        ),
        (
            say(
                "cli.followups.requests",
                "requests to judge: {count}",
                count=len(found.awaiting_judgment),
            ),
            found.awaiting_judgment,
            message("cli.followups.days_waiting", "%n day(s) waiting"),
        ),
        (
            say("cli.followups.ours", "our side to fix: {count}", count=len(found.our_side)),
            found.our_side,
            message("cli.followups.days_past", "%n day(s) past its date"),
        ),
    )
    due_in = message("cli.followups.due_in", "due in %n day(s)")
    for title, items, unit in groups:
        _say(title)
        for x in items:
            # A follow-up of ours not yet due counts negative days since its date.
            days = Reason(due_in, n=-x.days) if x.days < 0 else Reason(unit, n=x.days)
            _say(
                say(
                    "cli.followups.item",
                    "  {kind} {id}  {customer}: {text} ({days})",
                    kind=Kind(x.kind),
                    id=x.id,
                    customer=x.customer_name,
                    text=x.text[:60],
                    days=days,
                )
            )
    return 0
