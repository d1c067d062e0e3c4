"""`crmnote remind`: a desktop notification of promises falling due and overdue, at most once a
day per promise; `--install` runs it at login and daily (systemd user timer or autostart)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crmnote.cli import language
from crmnote.domain.parsing import parse_date
from crmnote.domain.reminders import first_line

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
        from crmnote.domain.reasons import Typed, say

        raise CrmError(
            say(
                "cli.remind_linux_only",
                "crmnote sets up reminders on Linux only; on {platform} schedule "
                "{command} yourself (docs/packaging.md)",
                platform=sys.platform,
                command=Typed("crmnote remind"),
            )
        )
    autostart = Autostart.for_user()
    if args.uninstall:
        removed = autostart.uninstall()
        if removed:
            print(language.tr("remind", "reminders removed"))
        else:
            print(language.tr("remind", "no reminders were installed"))
        return 0
    where = autostart.install(remind_command(args.db), DESCRIPTION)
    print(language.tr("remind", "reminders installed: {0}").format(where))
    return 0


def wording() -> Any:
    """The notification's sentences in the user's language (cli/language.py)."""
    from crmnote.desktop.remind import ReminderWording

    language.activate()

    def due_in(n: int) -> str:
        if n == 1:
            return language.tr("remind", "due tomorrow")
        return language.tr("remind", "due in %n day(s)", n)

    return ReminderWording(
        title=lambda n: language.tr("remind", "%n promise(s) to keep", n),
        overdue=lambda n: language.tr("remind", "overdue by %n day(s)", n),
        due_today=lambda: language.tr("remind", "due today"),
        due_in=due_in,
        line=lambda customer, text, when: language.tr(
            "remind", "{customer}: {text} ({when})"
        ).format(customer=customer, text=text, when=when),
        more=lambda n: language.tr("remind", "… and {0} more").format(n),
    )


def run_remind_command(services: Any, args: argparse.Namespace, book: str) -> int:
    from crmnote.desktop.notify import system_notifier
    from crmnote.desktop.remind import candidates, remind
    from crmnote.desktop.reminder_state import ReminderState

    today = parse_date("today", args.today) if args.today else None
    follow_ups = services.followups.list(today)
    words = wording()
    if args.print:
        found = candidates(follow_ups)
        for r in found:
            print(words.line(r.customer_name, first_line(r.text), words.when(r)))
        return 0
    outcome = remind(follow_ups, book, ReminderState(), system_notifier(), words)
    if outcome.notification is None:
        print(language.tr("remind", "nothing new to remind of today"))
    elif outcome.shown:
        print(language.tr("remind", "notified: {0}").format(outcome.notification.title))
    else:
        print(outcome.notification.title)
        print(outcome.notification.body)
        line = language.tr("remind", "no notification shown ({0}); printed instead")
        print(f"crmnote: {line.format(outcome.unavailable)}", file=sys.stderr)
    return 0
