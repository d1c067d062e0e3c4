"""`crmnote remind`: one desktop notification of the promises falling due and overdue, each
promise at most once a day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from crmnote.desktop.notify import Notification, NotificationUnavailable, Notifier
from crmnote.desktop.reminder_state import ReminderState
from crmnote.domain.reminders import MAX_LINES, Reminder, first_line, reminders_to_send
from crmnote.services.followups import FollowUps


def _english_plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%n", str(n))


@dataclass(frozen=True)
class ReminderWording:
    """The notification's sentences; the UI and the command line pass translated ones."""

    title: Callable[[int], str] = field(
        default=lambda n: _english_plural(n, "%n promise to keep", "%n promises to keep")
    )
    overdue: Callable[[int], str] = field(
        default=lambda n: _english_plural(n, "overdue by %n day", "overdue by %n days")
    )
    due_today: Callable[[], str] = field(default=lambda: "due today")
    due_in: Callable[[int], str] = field(
        default=lambda n: _english_plural(n, "due tomorrow", "due in %n days")
    )
    line: Callable[[str, str, str], str] = field(
        default=lambda customer, text, when: f"{customer}: {text} ({when})"
    )
    more: Callable[[int], str] = field(default=lambda n: f"… and {n} more")

    def when(self, r: Reminder) -> str:
        if r.days_late > 0:
            return self.overdue(r.days_late)
        return self.due_today() if r.days_late == 0 else self.due_in(-r.days_late)

    def notification(self, reminders: Sequence[Reminder]) -> Notification:
        lines = [
            self.line(r.customer_name, first_line(r.text), self.when(r))
            for r in reminders[:MAX_LINES]
        ]
        if len(reminders) > MAX_LINES:
            lines.append(self.more(len(reminders) - MAX_LINES))
        urgent = any(r.days_late > 0 for r in reminders)
        return Notification(self.title(len(reminders)), "\n".join(lines), urgent)


def candidates(follow_ups: FollowUps) -> list[Reminder]:
    """Open promises overdue or due from today to the 'due soon' horizon."""
    out = []
    for item in (*follow_ups.overdue, *follow_ups.due_soon):
        if item.kind != "promise" or item.when is None:
            continue
        due = item.when if isinstance(item.when, date) else item.when.date()
        out.append(
            Reminder(item.id, item.customer_name, item.text, due, (follow_ups.today - due).days)
        )
    return out


@dataclass(frozen=True)
class RemindOutcome:
    """What a run did: the reminders it had to send, and whether the desktop showed them
    (`unavailable` says why not)."""

    reminders: tuple[Reminder, ...]
    notification: Notification | None
    shown: bool
    unavailable: str = ""


def remind(
    follow_ups: FollowUps,
    book: str,
    state: ReminderState,
    notifier: Notifier,
    wording: ReminderWording | None = None,
) -> RemindOutcome:
    """Notify of the promises not announced today yet; remember them only once shown."""
    wording = wording or ReminderWording()
    fresh, log = reminders_to_send(candidates(follow_ups), state.load(book), follow_ups.today)
    if not fresh:
        return RemindOutcome((), None, shown=False)
    notification = wording.notification(fresh)
    try:
        notifier.notify(notification)
    except NotificationUnavailable as exc:
        return RemindOutcome(tuple(fresh), notification, shown=False, unavailable=str(exc))
    state.save(book, log)
    return RemindOutcome(tuple(fresh), notification, shown=True)
