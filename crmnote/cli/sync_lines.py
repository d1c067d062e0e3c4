"""What `crmnote sync`, `team join --offer` and `conflicts` tell a person, in the user's
language (message ids in the "reasons" context; the ids and values scripts read stay as they
are: docs/cli.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmnote.cli import language
from crmnote.domain.reasons import Field, Kind, Reason, Typed, listing, message, say

# A customer of `team join --offer`'s report that matched or merged a team's customer.
_OFFERED = {
    (True, "matched"): message(
        "cli.join.matched", "customer {line} matched with the team's '{name}'"
    ),
    (True, "merged"): message("cli.join.merged", "customer {line} merged with the team's '{name}'"),
    (False, "matched"): message(
        "cli.join.would_match", "customer {line} would be matched with the team's '{name}'"
    ),
    (False, "merged"): message(
        "cli.join.would_merge", "customer {line} would be merged with the team's '{name}'"
    ),
}
_COUNTED = {
    "created": message("cli.join.created", "{count} created"),
    "matched": message("cli.join.counted_matched", "{count} matched"),
    "merged": message("cli.join.counted_merged", "{count} merged"),
    "rejected": message("cli.join.counted_rejected", "{count} rejected"),
}


def print_sync_report(report: Any, other: str) -> None:
    """A sync's outcome: counts on stdout, what stays behind or is held back on stderr."""
    print(
        _said(
            say(
                "cli.sync.done",
                "pushed %n change(s), pulled {pulled}",
                n=report.pushed,
                pulled=report.pulled,
            )
        )
    )
    if report.unpushed:
        print(
            _said(
                say(
                    "cli.sync.unpushed",
                    "%n change(s) stay here: you may only read {book}",
                    n=report.unpushed,
                    book=other,
                )
            ),
            file=sys.stderr,
        )
    if report.conflicts:
        print(
            _said(
                say(
                    "cli.sync.conflicts",
                    "%n sync conflict(s) to look at: {command}",
                    n=report.conflicts,
                    command=Typed("crmnote conflicts"),
                )
            )
        )
    if report.ahead_ms:
        hours = report.ahead_ms / 3_600_000
        print(
            _said(
                say(
                    "cli.sync.ahead",
                    "note: a clock among the changes runs {hours:.1f} "
                    "hours ahead of this computer's",
                    hours=hours,
                )
            )
        )
    for line in report.held_back:
        print(
            _said(
                say(
                    "cli.sync.held_back",
                    "held back, not synced: {record} (written around crmnote: {command})",
                    record=language.sentence(line),
                    command=Typed("crmnote verify-log"),
                )
            ),
            file=sys.stderr,
        )
    for name in report.handed_on:
        print(
            _said(
                say(
                    "cli.sync.handed_on",
                    "{name} is someone else's customer now: left "
                    "this copy (the team book keeps them)",
                    name=name,
                )
            )
        )
    for name in report.handed_kept:
        print(
            _said(
                say(
                    "cli.sync.handed_kept",
                    "{name} is someone else's customer now, kept "
                    "here until the changes made to them on this computer are synced",
                    name=name,
                )
            ),
            file=sys.stderr,
        )
    if report.moved_off:
        print(
            _said(
                say(
                    "cli.sync.moved_off",
                    "%n record(s) moved onto someone else's customer left this copy (the team "
                    "book keeps them)",
                    n=report.moved_off,
                )
            )
        )
    if report.moved_kept:
        print(
            _said(
                say(
                    "cli.sync.moved_kept",
                    "%n record(s) moved onto someone else's customer kept here until the "
                    "changes made to them on this computer are synced",
                    n=report.moved_kept,
                )
            ),
            file=sys.stderr,
        )
    for line in report.skipped:
        print(
            _said(
                say("cli.sync.skipped", "not applied yet: {change}", change=language.sentence(line))
            ),
            file=sys.stderr,
        )


def _said(reason: str) -> str:
    return language.sentence(reason)


def print_offer(report: Any, *, joined: bool) -> None:
    from crmnote.services.transfer_report import RowAction

    for r in report.rows:
        if r.kind == "customer" and r.action in (RowAction.MATCHED, RowAction.MERGED):
            offered = _OFFERED[joined, r.action.value]
            print(_said(Reason(offered, line=r.line, name=r.name)))
        elif r.action is RowAction.REJECTED:
            print(
                _said(
                    say(
                        "cli.join.rejected",
                        "{kind} {line}: rejected ({name}): {field}: {why}",
                        kind=Kind(r.kind),
                        line=r.line,
                        name=r.name,
                        field=Field(r.field),
                        why=r.message,
                    )
                )
            )
    counts: dict[str, dict[RowAction, int]] = {}
    for r in report.rows:
        counts.setdefault(r.kind, {}).setdefault(r.action, 0)
        counts[r.kind][r.action] += 1
    for kind, by_action in counts.items():
        said = listing(Reason(_COUNTED[a.value], count=n) for a, n in sorted(by_action.items()))
        print(_said(say("cli.join.counts", "{kind}: {counts}", kind=Kind(kind), counts=said)))


def run_conflicts(service: Any, args: argparse.Namespace) -> int:
    if args.confirm:
        service.confirm(args.confirm)
        print(_said(say("cli.conflicts.confirmed", "confirmed {id}", id=Typed(args.confirm))))
        return 0
    if args.restore:
        service.restore(args.restore)
        print(_said(say("cli.conflicts.restored", "restored {id}", id=Typed(args.restore))))
        return 0
    found = service.list(include_resolved=args.all)
    if args.json:
        rows = [
            {
                "id": c.id,
                "kind": c.kind,
                "record_id": c.record_id,
                "field": c.field,
                "reason": c.reason,
                "kept": c.kept,
                "set_aside": c.set_aside,
                "resolved": c.resolved,
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(_said(say("cli.conflicts.none", "no sync conflicts")))
    for c in found:
        if c.record_id is None:
            where = say("cli.conflicts.gone", "{kind} (deleted)", kind=Kind(c.kind))
        else:
            where = say("cli.conflicts.record", "{kind} {id}", kind=Kind(c.kind), id=c.record_id)
        if c.field is None and c.reason == "kept_for_records":
            said = say(
                "cli.conflicts.kept",
                "{where}: deleted, but kept for records of theirs changed meanwhile",
                where=where,
            )
        elif c.field is None:
            said = say(
                "cli.conflicts.undone",
                "{where}: a delete was undone by a concurrent edit",
                where=where,
            )
        else:
            said = say(
                "cli.conflicts.value",
                "{where} {field}: kept {kept}, set aside {aside}",
                where=where,
                field=Field(c.field),
                kept=repr(c.kept),
                aside=repr(c.set_aside),
            )
        print(f"{c.id}  {_said(said)}")  # the id first, as scripts read it
    return 0
