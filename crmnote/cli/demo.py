"""`crmnote demo`: fill a book with realistic, deterministic demo data."""

from __future__ import annotations

import argparse
from typing import Any

from crmnote.cli import language
from crmnote.cli.values import CUSTOMERS, SEED, number
from crmnote.domain.reasons import say

COMMANDS = frozenset({"demo"})


def add_demo_command(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill the database with realistic, deterministic demo data")
    demo.add_argument(
        "--customers", type=CUSTOMERS, default=50, help="how many customers (default 50)"
    )
    demo.add_argument("--seed", type=SEED, default=1, help="same seed, same data (default 1)")
    demo.add_argument(
        "--interactions",
        type=number(0, 1000),
        default=10.0,
        help="interactions per customer on average",
    )


def run_demo_command(opened: Any, args: argparse.Namespace) -> int:
    report = opened.demo().generate(
        customers=args.customers,
        seed=args.seed,
        interactions_per_customer=args.interactions,
    )
    from crmnote.cli.counts import counted

    made = counted(report.counts)
    said = say("cli.demo.added", "demo data added to {book}: {made}", book=opened.name, made=made)
    print(language.sentence(said))
    return 0
