"""The Staff report: SQL totals per staff member and difficulty with them against the others."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crmnote.domain.scoring import Weights, events_from, friction_concentration, staff_friction
from crmnote.domain.types import FeedbackKind, PromiseStatus, Verdict
from crmnote.services.book_services import Services
from crmnote.services.staff_report import StaffReport

START = datetime(2026, 10, 10, 10, 0)


def add(services: Services, kind: str, customer_id: int | None = None, **values: Any) -> Any:
    record, _ = services.records.add(kind, values, customer_id)
    return record


def staff(services: Services, name: str) -> int:
    return int(add(services, "staff", name=name).id)


def talks(services: Services, cid: int, sid: int, moods: list[int], start: datetime) -> None:
    for n, mood in enumerate(moods):
        at = start + timedelta(days=n)
        add(services, "interaction", cid, staff_id=sid, mood=mood, minutes=10, at=at)


def line(report: StaffReport, name: str) -> Any:
    return next(x for x in report.lines if x.name == name)


@pytest.fixture
def shop(services: Services) -> dict[str, int]:
    """Alex is hostile-making with Harbour (6 contacts, 3 hostile); Sam has 12 calm ones.

    Fjord is served by Sam alone, so it is never compared.
    """
    alex, sam = staff(services, "Alex"), staff(services, "Sam")
    harbour = int(add(services, "customer", name="Harbour Café").id)
    fjord = int(add(services, "customer", name="Fjord Bikes").id)
    talks(services, harbour, alex, [-2, 0, -2, 0, -2, 0], START)
    talks(services, harbour, sam, [0] * 12, START + timedelta(days=10))
    talks(services, fjord, sam, [1, 1], START)
    kept = add(services, "promise", harbour, text="Deliver", made_by=alex, made_at=START)
    services.records.update("promise", kept.id, {"status": PromiseStatus.KEPT})
    broken = add(services, "promise", fjord, text="Install", made_by=sam, made_at=START)
    services.records.update("promise", broken.id, {"status": PromiseStatus.BROKEN})
    claim = add(services, "claim", fjord, text="Late", staff_id=sam, raised_at=START)
    services.records.update("claim", claim.id, {"verdict": Verdict.SUBSTANTIATED})
    add(services, "money", harbour, amount=Decimal("100.00"))
    return {"alex": alex, "sam": sam, "harbour": harbour, "fjord": fjord}


def test_counts_come_from_sql_totals(services: Services, shop: dict[str, int]) -> None:
    report = services.staff_report.report()
    alex, sam = line(report, "Alex"), line(report, "Sam")
    assert (alex.interactions, alex.minutes, alex.customers) == (6, 60, 1)
    assert alex.average_mood == pytest.approx(-1.0)
    assert (sam.interactions, sam.customers) == (14, 2)
    assert sam.average_mood == pytest.approx(2 / 14)
    assert (alex.promises_kept, alex.promises_broken) == (1, 0)
    assert (sam.promises_kept, sam.promises_broken, sam.substantiated_claims) == (0, 1, 1)
    # Every staff member has a line, the first-run one too, even when idle.
    assert {x.name for x in report.lines} >= {"Alex", "Sam"}


def test_difficulty_with_them_against_the_others(services: Services, shop: dict[str, int]) -> None:
    report = services.staff_report.report()
    assert report.customers_compared == 1  # Fjord has one staff member only
    alex, sam = line(report, "Alex"), line(report, "Sam")
    records = [
        r
        for kind in ("interaction", "claim", "request", "feedback")
        for r in services.records.list(kind, shop["harbour"])
    ]
    events = [ev for r in records for ev in events_from(r)]
    per = staff_friction(events, report.as_of, Weights())
    flag = friction_concentration(events, report.as_of, Weights())
    assert flag is not None and flag.staff_id == shop["alex"]
    assert alex.difficulty_with == pytest.approx(per[shop["alex"]].difficulty)
    assert alex.difficulty_others == pytest.approx(flag.others_difficulty)
    assert sam.difficulty_with == pytest.approx(per[shop["sam"]].difficulty)
    assert sam.difficulty_others == pytest.approx(per[shop["alex"]].difficulty)
    assert alex.excess is not None and alex.excess >= 20
    assert (alex.compared_customers, alex.flagged_customers) == (1, 1)
    assert (sam.compared_customers, sam.flagged_customers) == (1, 0)


def test_as_of_leaves_later_events_out(services: Services, shop: dict[str, int]) -> None:
    report = services.staff_report.report(START + timedelta(days=2, hours=1))
    alex, sam = line(report, "Alex"), line(report, "Sam")
    assert alex.interactions == 3 and sam.interactions == 2  # Fjord's two calls
    assert report.customers_compared == 0 and alex.difficulty_with is None


def test_progress_can_stop_the_comparison(services: Services, shop: dict[str, int]) -> None:
    seen: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    report = services.staff_report.report(progress=stop)
    assert seen == [(1, 1)]
    assert report.complete  # stopping after the last chunk loses nothing


def test_empty_database_gives_idle_lines(services: Services) -> None:
    report = services.staff_report.report()
    assert report.customers_compared == 0
    assert all(x.interactions == 0 and x.average_mood is None for x in report.lines)


def test_team_friction_records_come_a_range_of_customers_at_a_time(services: Services) -> None:
    """Streamed in ranges of customer ids: every range is read, each record once."""
    from crmnote.storage.staff_queries import team_friction_records

    sam = staff(services, "Sam")
    for n in range(7):
        cid = int(add(services, "customer", name=f"C{n}").id)
        add(services, "claim", cid, text="late", staff_id=sam, verdict=Verdict.UNSUBSTANTIATED)
        for kind in (FeedbackKind.COMPLAINT, FeedbackKind.PRAISE):  # praise adds no friction
            services.records.add("feedback", {"text": "x", "staff_id": sam, "kind": kind}, cid)
    later = datetime(9999, 1, 1)
    with services.staff_report.reading() as repo:
        whole = [(type(r).__name__, r.id) for r in team_friction_records(repo.session, later)]
        parts = team_friction_records(repo.session, later, chunk=2)
        ranged = [(type(r).__name__, r.id) for r in parts]
    assert len(whole) == 14 and sorted(ranged) == sorted(whole)
