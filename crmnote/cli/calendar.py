"""`crmnote calendar -o due.ics`: due promises and follow-ups as an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crmnote.cli import language
from crmnote.domain.errors import CrmError, ValidationError
from crmnote.domain.parsing import parse_date
from crmnote.domain.reasons import say
from crmnote.storage.sqlite_errors import os_reason

COMMANDS = ("calendar",)


def add_calendar_command(sub: Any) -> None:
    cal = sub.add_parser(
        "calendar",
        help="due promises and follow-ups as an iCalendar (.ics) file",
        description="Open promises on their due day, claims and requests awaiting a decision on "
        "their follow-up day. Import the file again after changes: events keep their UID, so "
        "the calendar updates them; settled records are sent as cancelled.",
    )
    cal.add_argument("-o", "--output", required=True, help="the .ics file to write (- for stdout)")
    cal.add_argument("--today", help="as of this day (default today; YYYY-MM-DD)")


def run_calendar_command(services: Any, args: argparse.Namespace, wording: Any = None) -> int:
    from crmnote.importers.ical_write import calendar_bytes, write_calendar

    if wording is None and language.activate():
        from crmnote.ui.window.calendar_export import calendar_wording

        wording = calendar_wording()
    today = parse_date("today", args.today) if args.today else None
    content = services.calendar.content(today)
    if args.output == "-":
        data = calendar_bytes(content, wording)
        out = getattr(sys.stdout, "buffer", None)  # a text stream without bytes: decode
        if out is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            out.write(data)
        sys.stdout.flush()
        return 0
    output = Path(args.output)
    if output.is_dir():
        raise ValidationError(
            "output",
            say("cli.folder_ics", "{path} is a folder; name the .ics file", path=str(output)),
        )
    try:
        to_do = write_calendar(output, content, wording)
    except OSError as exc:
        raise CrmError(
            say(
                "cli.cannot_write",
                "cannot write {path}: {why}",
                path=str(output),
                why=os_reason(exc),
            )
        ) from None
    cancelled = len(content.items) - to_do
    done = language.tr("calendar", "{0}: {1} to do, {2} settled (cancelled)")
    print(done.format(output, to_do, cancelled))
    return 0
