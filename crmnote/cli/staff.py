"""`crmnote staff-report` and `crmnote letter`: is it us, and the letters that go with decisions."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from crmnote.cli import language
from crmnote.cli.values import RECORD_ID
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import say
from crmnote.storage.sqlite_errors import os_reason

COMMANDS = frozenset({"staff-report", "letter"})


def add_staff_commands(sub: Any) -> None:
    report = sub.add_parser(
        "staff-report", help="each staff member against the team: is it us? (flags outliers)"
    )
    report.add_argument("--json", action="store_true", help="print a JSON object")
    letter = sub.add_parser("letter", help="print or save the letter of a decision")
    letter.add_argument("decision", type=RECORD_ID, help="the decision's id")
    letter.add_argument("-o", "--output", help="save it to this file (never overwrites)")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def report_json(report: Any) -> dict[str, Any]:
    return {
        "as_of": report.as_of.isoformat(),
        "rule": {
            "min_interactions": report.team_min_interactions,
            "margin": report.margin,
        },
        "customers_compared": report.customers_compared,
        "complete": report.complete,
        "staff": [
            {
                "staff_id": line.staff_id,
                "name": line.name,
                "interactions": line.interactions,
                "minutes": line.minutes,
                "customers": line.customers,
                "average_mood": _round(line.average_mood),
                "promises_kept": line.promises_kept,
                "promises_broken": line.promises_broken,
                "substantiated_claims": line.substantiated_claims,
                "compared_customers": line.compared_customers,
                "difficulty_with": _round(line.difficulty_with),
                "difficulty_others": _round(line.difficulty_others),
                "flagged_customers": line.flagged_customers,
                "team": None
                if line.team is None
                else {
                    "difficulty": _round(line.team.difficulty),
                    "rest_difficulty": _round(line.team.rest_difficulty),
                    "interactions": line.team.interactions,
                    "rest_interactions": line.team.rest_interactions,
                    "flagged": line.team.flagged,
                },
            }
            for line in report.lines
        ],
    }


def _report(services: Any, args: argparse.Namespace) -> int:
    report = services.staff_report.report()
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
        return 0
    heading = say(
        "cli.staff.heading",
        "as of {at:%Y-%m-%d %H:%M}; flagged when a staff member handled at least %n "
        "interaction(s), so did the rest of the team, and difficulty over their events is "
        "{margin:g} points or more above the rest's",
        at=report.as_of,
        n=report.team_min_interactions,
        margin=report.margin,
    )
    print(language.sentence(heading))
    outlier = language.sentence(say("cli.staff.outlier", "OUTLIER"))
    for line in report.lines:  # the staff member's id first, for scripts
        team = line.team
        if team is None:
            against = say("cli.staff.none", "no interactions")
        else:
            against = say(
                "cli.staff.against",
                "difficulty {mine:5.1f} against {rest:5.1f}",
                mine=team.difficulty,
                rest=team.rest_difficulty,
            )
        mark = f"  {outlier}" if team is not None and team.flagged else ""
        calls = say("cli.staff.interactions", "%n interaction(s)", n=line.interactions)
        customers = say("cli.staff.customers", "%n customer(s)", n=line.customers)
        counts = f"{language.sentence(calls):>19} {language.sentence(customers):>15}"
        shown = f"{counts}  {language.sentence(against)}{mark}"
        print(f"{line.staff_id:>5}  {line.name:<24} {shown}")
    return 0


def _letter(services: Any, args: argparse.Namespace) -> int:
    decision = services.records.get("decision", args.decision)
    if not decision.message.strip():
        raise ValidationError(
            "decision", say("cli.no_letter", "decision {id} has no letter", id=decision.id)
        )
    if args.output is None:
        print(decision.message, end="" if decision.message.endswith("\n") else "\n")
        return 0
    target = Path(args.output)
    if target.exists():
        raise ValidationError(
            "output",
            say("cli.exists", "{path} exists already; nothing was written", path=str(target)),
        )
    try:
        target.write_text(decision.message, encoding="utf-8")
    except OSError as exc:
        raise ValidationError(
            "output",
            say(
                "cli.not_written",
                "{path} cannot be written: {why}",
                path=str(target),
                why=os_reason(exc),
            ),
        ) from None
    print(target)
    return 0


def run_staff_command(services: Any, args: argparse.Namespace) -> int:
    if args.command == "letter":
        return _letter(services, args)
    return _report(services, args)
