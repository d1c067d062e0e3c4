"""The hybrid logical clock: total order, text order, cause before effect whatever the clocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.sync.hlc import MAX_COUNTER, Hlc, ahead_ms, observe, tick

DAY = 86_400_000
walls = st.integers(min_value=0, max_value=2**44)
devices = st.sampled_from(["a", "b", "laptop-7"])
stamps = st.builds(Hlc, walls, st.integers(0, MAX_COUNTER), devices)


def test_tick_follows_the_wall_clock_and_counts_within_a_millisecond() -> None:
    first = tick(None, 1000, "a")
    assert first == Hlc(1000, 0, "a")
    assert tick(first, 1000, "a") == Hlc(1000, 1, "a")
    assert tick(first, 999, "a") == Hlc(1000, 1, "a")  # the clock went back: still later
    assert tick(first, 2000, "a") == Hlc(2000, 0, "a")


def test_the_counter_carries_into_the_wall_part_when_full() -> None:
    assert tick(Hlc(5, MAX_COUNTER, "a"), 5, "a") == Hlc(6, 0, "a")


@given(stamps, st.lists(st.integers(-DAY, DAY), min_size=1, max_size=30), devices)
def test_ticks_always_increase(start: Hlc, nows: list[int], device: str) -> None:
    last = start
    for now in nows:
        following = tick(last, max(0, start.wall + now), device)
        assert following.wall >= last.wall
        assert (following.wall, following.counter) > (last.wall, last.counter)
        last = following


@given(st.one_of(st.none(), stamps), stamps, walls)
def test_after_observing_a_change_the_next_stamp_is_later(
    last: Hlc | None, remote: Hlc, now: int
) -> None:
    seen = observe(last, remote, now, "b")
    assert (seen.wall, seen.counter) > (remote.wall, remote.counter)
    assert last is None or (seen.wall, seen.counter) > (last.wall, last.counter)
    assert tick(seen, now, "b") > remote


@given(stamps, stamps)
def test_text_sorts_as_the_clock(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (a.text() < b.text())
    assert Hlc.parse(a.text()) == a


def test_a_laptop_a_day_behind_wins_once_it_has_seen_the_change() -> None:
    office = tick(None, 10 * DAY, "office")
    laptop = observe(None, office, 9 * DAY, "laptop")  # its clock says yesterday
    assert tick(laptop, 9 * DAY, "laptop") > office


def test_a_laptop_a_day_ahead_is_beaten_by_anyone_who_has_seen_its_change() -> None:
    laptop = tick(None, 11 * DAY, "laptop")
    office = observe(tick(None, 10 * DAY, "office"), laptop, 10 * DAY, "office")
    assert tick(office, 10 * DAY, "office") > laptop
    assert ahead_ms(laptop, 10 * DAY) == DAY


@pytest.mark.parametrize(
    "text", ["", "x", "0000000000001.0000", "000000000001.0000.a", "zzzzzzzzzzzzz.0000.a"]
)
def test_bad_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a clock value"):
        Hlc.parse(text)


def test_a_device_name_with_a_dot_is_refused() -> None:
    with pytest.raises(ValueError, match="device"):
        Hlc(1, 0, "a.b")
