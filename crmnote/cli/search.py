"""`crmnote search`: full-text search from a terminal, as text or a JSON array of hits."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmnote.cli import language
from crmnote.cli.values import COUNT
from crmnote.domain.reasons import Typed, say


def add_search_command(sub: Any) -> None:
    search = sub.add_parser("search", help="full-text search over notes, promises, claims…")
    search.add_argument("text", help='words, "a phrase", prefix*, AND / OR / NOT')
    search.add_argument("--limit", type=COUNT, default=50, help="at most this many hits")
    search.add_argument("--json", action="store_true", help="print a JSON array of hits")
    search.add_argument(
        "--all",
        action="store_true",
        help="rank every match (a very common word is otherwise ranked among its newest "
        "matches, at once)",
    )


def run_search_command(services: Any, args: argparse.Namespace) -> int:
    hits = services.search.search(args.text, limit=args.limit, whole=args.all)
    among = getattr(hits, "ranked_among", None)
    if among:
        said = say(
            "cli.search.ranked_among",
            "ranked among the {among} newest matches; {option} ranks every match",
            among=among,
            option=Typed("--all"),
        )
        print(language.sentence(said), file=sys.stderr)
    if args.json:
        out = [
            {
                "kind": h.kind,
                "id": h.record_id,
                "customer_id": h.customer_id,
                "customer": h.customer_name,
                "title": h.title,
                "snippet": h.snippet,
                "matches": [list(span) for span in h.matches],
                "rank": h.rank,
            }
            for h in hits
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for h in hits:
        snippet = " ".join(h.snippet.split())
        print(f"{h.kind} {h.record_id}  {h.customer_name}: {snippet}")
    return 0
