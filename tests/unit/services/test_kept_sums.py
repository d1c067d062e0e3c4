"""The cost-to-serve sums kept with each customer's score state: a logged record adds its own
share (no history read), and every path that rewrites old records' money or minutes leaves them
as a full rebuild computes them."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crmnote.domain import settings as declared
from crmnote.domain.types import CustomerId, MoneyKind
from crmnote.services.book_services import Services
from crmnote.services.score_sums import Added, sums_of
from crmnote.storage import score_store, scored_rows

START = datetime(2026, 3, 2, 9, 0)


def _sums(services: Services, cid: CustomerId) -> Added | None:
    with services.scores.reading() as repo:
        found = score_store.latest(repo.session, cid)
    assert found is not None
    return sums_of(found[2])


def _scores(services: Services, cid: CustomerId) -> tuple[list[tuple[Any, ...]], float, float]:
    history = [(p.at, p.difficulty, p.trust, p.cause_kind, p.cause_id)
               for p in services.scores.history(cid)]  # fmt: skip
    listed = next(s for s in services.customers.summaries() if s.id == cid)
    return history, listed.difficulty, listed.trust


def _assert_as_rebuilt(services: Services, cid: CustomerId) -> Added:
    """The kept sums and the scores equal what a full rebuild makes of the records."""
    kept, (history, difficulty, trust) = _sums(services, cid), _scores(services, cid)
    services.scores.recompute([cid])
    rebuilt = _sums(services, cid)
    assert rebuilt is not None
    assert kept == rebuilt
    again, d, t = _scores(services, cid)
    assert history == again  # the same floats, not approximately
    # the list decays the scores to now, and the test clock ticks between the calls
    assert (difficulty, trust) == (pytest.approx(d), pytest.approx(t))
    return rebuilt


def _usd(kind: MoneyKind, amount: str, n: int, rate: str = "0.5") -> dict[str, Any]:
    return {"kind": kind, "amount": Decimal(amount), "currency": "USD", "rate": rate,
            "at": (START + timedelta(days=n)).date(), "reference": f"R{n}"}  # fmt: skip


def test_logs_edits_deletes_and_a_home_currency_change_keep_the_sums_a_rebuild_makes(
    services: Services,
) -> None:
    record, _ = services.records.add("customer", {"name": "Harbour Freight"})
    cid = CustomerId(record.id)
    talks, sales = [], []
    for n in range(4):  # in time order, as a history is logged (back-dated money is not
        # rescored on its own: the points already written keep the cost term of their time)
        sales.append(services.records.add("money", _usd(MoneyKind.SALE, "200.00", n), cid)[0])
        talks.append(services.interactions.log(cid, minutes=90, mood=-1, notes=f"call {n}",
                                               at=START + timedelta(days=n))[0])  # fmt: skip
    services.records.add("money", _usd(MoneyKind.REFUND, "30.00", 5), cid)
    services.records.add("money", _usd(MoneyKind.SALE, "80.00", 6, rate="1.25"), cid)
    services.records.add("effort", {"minutes": 45, "at": START + timedelta(days=7)}, cid)
    # 4 × 90 + 45 minutes; 4 × 100 − 15 + 100 revenue; 5 sales
    assert _sums(services, cid) == (405, Decimal("485.00"), 5)
    assert _assert_as_rebuilt(services, cid) == (405, Decimal("485.00"), 5)

    services.interactions.log(cid, minutes=30, mood=1, notes="after the rebuild")
    services.records.update("interaction", talks[1].id, {"minutes": 10})  # an old one
    services.records.delete("money", sales[0].id)
    services.records.add("effort", {"minutes": 15, "at": START + timedelta(days=8)}, cid)
    services.interactions.log(cid, minutes=20, mood=0, notes="and one more")
    assert _sums(services, cid) == (405 + 30 - 80 + 15 + 20, Decimal("385.00"), 4)
    _assert_as_rebuilt(services, cid)

    # USD becomes the home currency: the amounts count at rate 1 from now on
    services.settings.set(declared.CURRENCY, "USD")
    assert _sums(services, cid) == (390, Decimal("650.00"), 4)  # 3 × 200 − 30 + 80
    _assert_as_rebuilt(services, cid)
    services.records.add("money", _usd(MoneyKind.CREDIT, "50.00", 9, rate="1"), cid)
    services.interactions.log(cid, minutes=5, mood=-2, notes="last")
    assert _sums(services, cid) == (395, Decimal("600.00"), 4)
    _assert_as_rebuilt(services, cid)


def test_logging_reads_none_of_the_customers_history(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    record, _ = services.records.add("customer", {"name": "Long Story GmbH"})
    cid = CustomerId(record.id)
    for n in range(5):
        services.interactions.log(cid, minutes=60, mood=-1, notes=f"call {n}",
                                  at=START + timedelta(days=n))  # fmt: skip
    services.records.add("money", _usd(MoneyKind.SALE, "100.00", 6), cid)
    before = _sums(services, cid)
    assert before is not None

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a logged record read the customer's history")

    monkeypatch.setattr(score_store, "totals", refused)
    monkeypatch.setattr(scored_rows, "scored_rows_of", refused)
    services.interactions.log(cid, minutes=25, mood=1, notes="a new one")
    services.records.add("effort", {"minutes": 5}, cid)
    services.records.add("money", _usd(MoneyKind.SALE, "40.00", 30), cid)
    assert _sums(services, cid) == (before[0] + 30, before[1] + Decimal("20.00"), before[2] + 1)
    monkeypatch.undo()
    _assert_as_rebuilt(services, cid)


def test_a_state_kept_without_sums_counts_them_once_and_then_keeps_them(
    services: Services,
) -> None:
    """A book scored before the sums were kept: its newest state has none."""
    record, _ = services.records.add("customer", {"name": "Old Book Oy"})
    cid = CustomerId(record.id)
    services.interactions.log(cid, minutes=40, mood=0, notes="first", at=START)
    with services.scores.transaction() as repo:
        found = score_store.latest(repo.session, cid)
        assert found is not None
        row_id, state, _ = found
        score_store.set_state(repo.session, row_id, state.to_dict())
    assert _sums(services, cid) is None
    services.records.add("effort", {"minutes": 20}, cid)
    assert _sums(services, cid) == (60, Decimal(0), 0)
    services.interactions.log(cid, minutes=10, mood=1, notes="second")
    assert _sums(services, cid) == (70, Decimal(0), 0)
    assert _assert_as_rebuilt(services, cid) == (70, Decimal(0), 0)


def test_converted_amounts_count_to_the_cent_as_a_rebuild_counts_them(
    services: Services,
) -> None:
    """A rate with four places: each sale's home value is rounded to the cent once, and the
    kept sum is what a rebuild adds up (3 × 11.11, not 3 × 11.108889)."""
    record, _ = services.records.add("customer", {"name": "Fractional Trading"})
    cid = CustomerId(record.id)
    services.interactions.log(cid, minutes=10, mood=0, notes="first", at=START)
    for n in range(1, 4):
        services.records.add("money", _usd(MoneyKind.SALE, "33.33", n, rate="0.3333"), cid)
    services.interactions.log(cid, minutes=10, mood=0, notes="after", at=START + timedelta(days=5))
    assert _assert_as_rebuilt(services, cid) == (20, Decimal("33.33"), 3)
