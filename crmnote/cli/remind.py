"""`crmnote remind`: a desktop notification of promises falling due and overdue, at most once a
day per promise; `--install` runs it at login and daily (systemd user timer or autostart)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crmnote.domain.parsing import parse_date

COMMANDS = ("remind",)
DESCRIPTION = "crmnote: reminders of promises falling due"


def add_remind_command(sub: Any) -> None:
    remind = sub.add_parser(
        "remind",
        help="notify of promises falling due and overdue (once a day each)",
        description="Shows one desktop notification of the open promises that are overdue or "
        "due soon and were not announced today yet. Without a notification service it prints "
        "them instead.",
    )
    remind.add_argument("--today", help="as of this day (default today; YYYY-MM-DD)")
    what = remind.add_mutually_exclusive_group()
    what.add_argument(
        "--print", action="store_true", help="print the promises, notify nothing, remember nothing"
    )
    what.add_argument(
        "--install", action="store_true", help="run `crmnote remind` at login and once a day"
    )
    what.add_argument("--uninstall", action="store_true", help="stop running it")


def run_setup(args: argparse.Namespace) -> int | None:
    """--install and --uninstall, which need no database open; None for a reminder run."""
    if not (args.install or args.uninstall):
        return None
    from crmnote.desktop.autostart import Autostart, remind_command, supported
    from crmnote.domain.errors import CrmError

    if not supported():
        raise CrmError(
            f"crmnote sets up reminders on Linux only; on {sys.platform} schedule "
            "`crmnote remind` yourself (docs/packaging.md)"
        )
    autostart = Autostart.for_user()
    if args.uninstall:
        removed = autostart.uninstall()
        print("reminders removed" if removed else "no reminders were installed")
        return 0
    where = autostart.install(remind_command(args.db), DESCRIPTION)
    print(f"reminders installed: {where}")
    return 0


def run_remind_command(services: Any, args: argparse.Namespace, book: str) -> int:
    from crmnote.desktop.notify import system_notifier
    from crmnote.desktop.remind import ReminderWording, candidates, remind
    from crmnote.desktop.reminder_state import ReminderState

    today = parse_date("today", args.today) if args.today else None
    follow_ups = services.followups.list(today)
    wording = ReminderWording()
    if args.print:
        found = candidates(follow_ups)
        for r in found:
            print(wording.line(r.customer_name, r.text, wording.when(r)))
        return 0
    outcome = remind(follow_ups, book, ReminderState(), system_notifier(), wording)
    if outcome.notification is None:
        print("nothing new to remind of today")
    elif outcome.shown:
        print(f"notified: {outcome.notification.title}")
    else:
        print(outcome.notification.title)
        print(outcome.notification.body)
        print(
            f"crmnote: no notification shown ({outcome.unavailable}); printed instead",
            file=sys.stderr,
        )
    return 0
