"""Cost to serve as of a time summed from the records' columns is what the steps a rebuild
replays add up to."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.types import CustomerId, MoneyKind
from crmnote.services.score_sums import money_steps, spent_as_of
from crmnote.storage.scored_rows import Scored

START = datetime(2026, 1, 1)
CID = CustomerId(3)
# few distinct times and amounts: steps at the very time asked, and zero amounts, are common
_times = st.integers(0, 4 * 12).map(lambda q: START + timedelta(hours=6 * q))
_minutes = st.one_of(st.none(), st.integers(0, 90))
_talk = st.tuples(st.integers(1, 10**6), _times, st.none(), st.none(), st.just(""), _minutes)
_money = st.tuples(
    st.integers(1, 10**6),
    st.integers(0, 12).map(lambda d: date(2026, 1, 1) + timedelta(days=d)),
    st.sampled_from(list(MoneyKind)),
    st.one_of(
        st.sampled_from([Decimal(0), Decimal("0.004"), Decimal("-3.00"), Decimal("12.50")]),
        st.decimals(-500, 5000, places=2, allow_nan=False, allow_infinity=False),
    ),
    st.one_of(st.none(), st.sampled_from([Decimal(1), Decimal("0.0062"), Decimal("1.0831")])),
    st.just(""),
)


def _reference(scored: Scored, when: datetime) -> tuple[int, Decimal, int, datetime | None]:
    """What the explanation summed before: the steps up to `when`, one by one in time order,
    and the earliest of them."""
    steps = money_steps(scored, CID)
    minutes, income = 0, Decimal(0)
    for at, m, r in steps:
        if at <= when:
            minutes, income = minutes + m, income + r
    sales = sum(1 for at, _m, r in steps if r > 0 and at <= when)
    return minutes, income, sales, min((at for at, *_ in steps if at <= when), default=None)


@given(
    talks=st.lists(_talk, max_size=30),
    money=st.lists(_money, max_size=12),
    effort=st.lists(st.tuples(_times, _minutes), max_size=6),
    when=_times,
)
def test_the_sums_as_of_a_time_are_the_steps_summed(
    talks: list,
    money: list,
    effort: list,
    when: datetime,  # type: ignore[type-arg]
) -> None:
    scored = Scored({CID: talks}, {}, {}, {}, {CID: money}, {}, {CID: effort})
    got = spent_as_of(scored, CID, when)
    want = _reference(scored, when)
    assert got[:3] == want[:3]
    assert str(got[1]) == str(want[1])  # the same decimal, exponent and sign included
    # the first record as the evidence counts it: the interactions' times are events' times
    seen = [t[1] for t in talks if t[1] <= when]
    assert min([*seen, *([got[3]] if got[3] else [])], default=None) == min(
        [*seen, *([want[3]] if want[3] else [])], default=None
    )


def test_nothing_spent_is_zero() -> None:
    empty = Scored({}, {}, {}, {}, {}, {}, {})
    assert spent_as_of(empty, CID, START) == (0, Decimal(0), 0, None)
