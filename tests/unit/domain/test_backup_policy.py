"""Backup thinning keeps dailies, then weeklies, then monthlies, and never the newest."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.backup_policy import Retention, to_delete

NOW = datetime(2026, 11, 23, 12, 0)
POLICY = Retention(daily_days=7, weeks=4, months=3)


def test_one_per_day_within_the_daily_window() -> None:
    times = [NOW - timedelta(hours=h) for h in (1, 3, 25, 26)]
    assert to_delete(times, NOW, POLICY) == {NOW - timedelta(hours=3), NOW - timedelta(hours=26)}


def test_weeklies_then_monthlies_then_nothing() -> None:
    daily = [NOW - timedelta(days=d) for d in range(0, 200)]
    kept = set(daily) - to_delete(daily, NOW, POLICY)
    ages = sorted((NOW - t).days for t in kept)
    assert ages[:8] == [0, 1, 2, 3, 4, 5, 6, 7]
    weekly = [a for a in ages if 7 < a <= 7 + 28]
    assert 4 <= len(weekly) <= 5  # one per ISO week touched by the window
    assert all(b - a >= 5 for a, b in itertools.pairwise(weekly))
    monthly = [a for a in ages if a > 35]
    assert 3 <= len(monthly) <= 4
    assert max(ages) <= 7 + 28 + 93


def test_the_newest_is_kept_even_when_ancient() -> None:
    old = [NOW - timedelta(days=3000), NOW - timedelta(days=4000)]
    assert to_delete(old, NOW, POLICY) == {NOW - timedelta(days=4000)}


def test_nothing_to_thin() -> None:
    assert to_delete([], NOW, POLICY) == set()


@given(st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=60, unique=True))
def test_properties(hours_ago: list[int]) -> None:
    times = [NOW - timedelta(hours=8 * h) for h in hours_ago]
    deleted = to_delete(times, NOW, POLICY)
    assert max(times) not in deleted
    assert deleted <= set(times)
    kept = set(times) - deleted
    days = [t.date() for t in kept if t >= NOW - timedelta(days=7)]
    assert len(days) == len(set(days))  # at most one a day in the daily window
    assert to_delete(sorted(kept), NOW, POLICY) == set()  # thinning twice changes nothing
