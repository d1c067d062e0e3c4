"""Which automatic backups to keep: every one of recent days, then weeklies, then monthlies.

Pure: takes the backup times and `now`, never looks at files or the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Retention:
    """Daily backups for `daily_days`, one a week for `weeks` more, one a month for `months`."""

    daily_days: int = 30
    weeks: int = 8
    months: int = 12


def _week(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return iso.year, iso.week


def to_delete(times: Sequence[datetime], now: datetime, policy: Retention) -> set[datetime]:
    """The backup times to delete. The newest backup is never deleted, whatever its age.

    Within `daily_days` the newest backup of each day is kept; older ones keep the newest of each
    ISO week for `weeks` weeks, then the newest of each month for `months` months.
    """
    if not times:
        return set()
    newest = max(times)
    daily_limit = now - timedelta(days=policy.daily_days)
    weekly_limit = daily_limit - timedelta(weeks=policy.weeks)
    monthly_limit = weekly_limit - timedelta(days=31 * policy.months)
    keep: set[datetime] = {newest}
    seen: set[tuple[str, object]] = set()
    for t in sorted(times, reverse=True):
        if t >= daily_limit:
            bucket: tuple[str, object] = ("day", t.date())
        elif t >= weekly_limit:
            bucket = ("week", _week(t.date()))
        elif t >= monthly_limit:
            bucket = ("month", (t.year, t.month))
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(t)
    return set(times) - keep
