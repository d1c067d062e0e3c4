"""The hybrid logical clock: wall time + counter + device (Kulkarni et al., 2014).

Every change carries one. They order all changes totally (wall, then counter, then device) and
respect cause and effect whatever the computers' clocks say: a device that has seen a change
stamps everything it does afterwards later than that change. So a laptop whose clock is wrong
wins a concurrent edit at most until someone has seen its change; the next edit made by anyone
who has seen it is later, and wins. The domain never reads the clock: callers pass `now_ms`.
"""

from __future__ import annotations

from dataclasses import dataclass

# The counter takes 4 hex digits in the text form; past it, the wall part moves on by 1 ms
# (still later than anything seen, still in order).
MAX_COUNTER = 0xFFFF
_WALL_DIGITS = 13  # hex digits of the milliseconds: enough until the year 10889


@dataclass(frozen=True, order=True)
class Hlc:
    """One timestamp. Ordered by (wall, counter, device); `text()` sorts the same way."""

    wall: int  # milliseconds since 1970-01-01 UTC, as the device's clock said (or later)
    counter: int
    device: str

    def __post_init__(self) -> None:
        if self.wall < 0 or not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"clock value out of range: {self.wall}, {self.counter}")
        if not self.device or "." in self.device:
            raise ValueError(f"a device is named by a non-empty text without dots: {self.device!r}")

    def text(self) -> str:
        """Fixed-width text whose string order is the clock order (for an index)."""
        return f"{self.wall:0{_WALL_DIGITS}x}.{self.counter:04x}.{self.device}"

    @staticmethod
    def parse(text: str) -> Hlc:
        try:
            wall, counter, device = text.split(".", 2)
            if len(wall) != _WALL_DIGITS or len(counter) != 4:
                raise ValueError
            return Hlc(int(wall, 16), int(counter, 16), device)
        except ValueError as exc:
            raise ValueError(f"not a clock value: {text!r}") from exc


def _make(wall: int, counter: int, device: str) -> Hlc:
    if counter > MAX_COUNTER:
        return Hlc(wall + 1, 0, device)
    return Hlc(wall, counter, device)


def tick(last: Hlc | None, now_ms: int, device: str) -> Hlc:
    """The stamp of a change made on this device now: later than `last` and than nothing else."""
    if last is None or now_ms > last.wall:
        return Hlc(max(now_ms, 0), 0, device)
    return _make(last.wall, last.counter + 1, device)


def observe(last: Hlc | None, remote: Hlc, now_ms: int, device: str) -> Hlc:
    """This device's clock after it has received a change stamped `remote`.

    The result is later than both `last` and `remote`, so whatever this device does next is
    later than what it has seen, even when `remote` came from a clock running a day ahead.
    """
    if last is None:
        last = Hlc(0, 0, device)
    wall = max(last.wall, remote.wall, now_ms)
    if wall == last.wall == remote.wall:
        return _make(wall, max(last.counter, remote.counter) + 1, device)
    if wall == last.wall:
        return _make(wall, last.counter + 1, device)
    if wall == remote.wall:
        return _make(wall, remote.counter + 1, device)
    return Hlc(wall, 0, device)


def ahead_ms(remote: Hlc, now_ms: int) -> int:
    """How far a received stamp is ahead of this device's clock (0 when not): a sync reports a
    device whose clock runs ahead, as its edits win concurrent ones until seen."""
    return max(0, remote.wall - now_ms)
