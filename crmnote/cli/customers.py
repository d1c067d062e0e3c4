"""`crmnote customers` and `crmnote log`: the customer list and logging an interaction."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import Any

from crmnote.cli import language
from crmnote.domain.errors import NotFoundError, StorageError
from crmnote.domain.reasons import say

COMMANDS = frozenset({"customers", "log"})


def add_customer_commands(sub: Any) -> None:
    customers = sub.add_parser("customers", help="list customers")
    customers.add_argument(
        "--search", default="", help="part of a name, company, email, phone, tag"
    )
    customers.add_argument("--json", action="store_true", help="print a JSON array")

    log = sub.add_parser("log", help="log an interaction with a customer")
    log.add_argument("customer", help="customer id or unambiguous name")
    log.add_argument(
        "--channel", default="call", help="call, email, meeting, visit, message, other"
    )
    log.add_argument("--minutes", default="0", help="duration in minutes")
    log.add_argument("--mood", default="", help="-2 hostile … 0 neutral … +2 delighted")
    log.add_argument("--note", default="", help="what was said")
    log.add_argument("--summary", default="", help="one line (default: the note's first line)")
    log.add_argument("--direction", default="in", help="in (they contacted us) or out")
    log.add_argument("--staff", default="", help="who handled it (name or id)")
    log.add_argument("--at", default="", help="when (ISO date/time; default now)")
    log.add_argument(
        "--create",
        action="store_true",
        help="create the customer (named by CUSTOMER) if none matches: a first call",
    )


def run_customer_command(services: Any, args: argparse.Namespace) -> int:
    if args.command == "customers":
        return _customers(services, args)
    return _log(services, args)


def _customers(services: Any, args: argparse.Namespace) -> int:
    # Promises that fell overdue since the last look: trust as of today. A read-only book
    # lists the scores it holds.
    with contextlib.suppress(StorageError):
        services.scores.catch_up()
    rows = services.customers.summaries(search=args.search)
    if args.json:
        out = [
            {
                "id": r.id,
                "name": r.name,
                "company": r.company,
                "status": r.status.value,
                "difficulty": r.difficulty,
                "trust": r.trust,
                "last_contact_at": r.last_contact_at.isoformat() if r.last_contact_at else None,
                "open_promises": r.open_promises,
                "next_due": r.next_due.isoformat() if r.next_due else None,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        company = f" ({r.company})" if r.company else ""
        print(f"{r.id:>6}  {r.name}{company}  [{r.status.value}]")
    return 0


def _log(services: Any, args: argparse.Namespace) -> int:
    customer_id = None
    try:
        customer_id = services.customers.find(args.customer)
    except NotFoundError:
        if not args.create:
            raise
    raw = {
        "channel": args.channel,
        "minutes": args.minutes,
        "mood": args.mood,
        "notes": args.note,
        "summary": args.summary,
        "direction": args.direction,
        "staff": args.staff,
        "at": args.at,
    }
    values = services.records.parse("interaction", {k: v for k, v in raw.items() if v != ""})
    if customer_id is None:  # --create: the customer and the call, in one transaction
        made, _ = services.quick_log.log(None, values, new_customer=args.customer.strip())
        customer, record = made
        made = say(
            "cli.customer.created",
            "created customer {id}: {name}",
            id=customer.id,
            name=customer.name,
        )
        print(language.sentence(made), file=sys.stderr)
    else:
        record, _ = services.interactions.log(customer_id, **values)
    print(record.id)
    return 0
