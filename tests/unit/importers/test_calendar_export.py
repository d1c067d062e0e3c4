"""`crmnote calendar` and the .ics writer: what goes in, stable UIDs, and two parsers agree."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject

from crmnote.cli import main
from crmnote.domain.calendar import RECENT_DAYS, calendar_uid
from crmnote.domain.types import Judgment, PromiseStatus, Verdict
from crmnote.importers.ical_write import Wording, calendar_bytes, write_calendar
from crmnote.services.book_services import Services
from tests.conftest import TickingClock

TODAY = date(2026, 11, 2)  # the `clock` fixture's day


@pytest.fixture
def book(services: Services, clock: TickingClock) -> dict[str, Any]:
    """Open promises (one overdue, one due, one without a day), a kept one, pending claim and
    request, a judged request, and a promise kept long ago."""
    add = services.records.add
    ann, _ = add("customer", {"name": "Ann Æsir; Co"})
    made = datetime(2026, 10, 1, 10, 0)
    clock.current = datetime(2026, 1, 1, 9, 0)
    old, _ = add(
        "promise",
        {"text": "Old one", "made_at": datetime(2025, 12, 1), "due": date(2026, 1, 5)},
        ann.id,
    )
    services.records.update("promise", old.id, {"status": PromiseStatus.KEPT})
    clock.current = datetime(2026, 11, 2, 9, 0)
    late, _ = add(
        "promise",
        {
            "text": "Send the samples\nwith the price list",
            "made_at": made,
            "due": TODAY - timedelta(days=3),
        },
        ann.id,
    )
    soon, _ = add(
        "promise", {"text": "Call back", "made_at": made, "due": TODAY + timedelta(days=2)}, ann.id
    )
    add("promise", {"text": "Someday", "made_at": made}, ann.id)
    kept, _ = add("promise", {"text": "Kept one", "made_at": made, "due": TODAY}, ann.id)
    services.records.update("promise", kept.id, {"status": PromiseStatus.KEPT})
    claim, _ = add("claim", {"text": "Too slow", "raised_at": datetime(2026, 10, 30, 8)}, ann.id)
    request, _ = add(
        "request", {"text": "Free delivery", "raised_at": datetime(2026, 10, 28, 8)}, ann.id
    )
    judged, _ = add(
        "request", {"text": "Gift wrap", "raised_at": datetime(2026, 10, 20, 8)}, ann.id
    )
    services.records.update("request", judged.id, {"judgment": Judgment.WITHIN_STANDARD})
    return {
        "late": late,
        "soon": soon,
        "kept": kept,
        "claim": claim,
        "request": request,
        "judged": judged,
        "old": old,
    }


def _events(data: bytes) -> dict[str, Any]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(ev["uid"]): ev for ev in cal.walk("VEVENT")}


def test_entries_days_and_statuses(services: Services, book: dict[str, Any]) -> None:
    content = services.calendar.content(TODAY)
    events = _events(calendar_bytes(content))
    uid = lambda kind, rec: calendar_uid(kind, rec.id, content.book_id)  # noqa: E731
    assert set(events) == {
        uid("promise", book["late"]),
        uid("promise", book["soon"]),
        uid("promise", book["kept"]),
        uid("claim", book["claim"]),
        uid("request", book["request"]),
        uid("request", book["judged"]),
    }  # neither the promise without a day nor the one kept long ago
    late = events[uid("promise", book["late"])]
    assert late.decoded("dtstart") == TODAY - timedelta(days=3)
    assert late.decoded("dtend") == TODAY - timedelta(days=2)
    assert str(late["summary"]) == "Promise due: Send the samples (Ann Æsir; Co)"
    assert "with the price list" in str(late["description"])
    assert str(late["status"]) == "CONFIRMED" and late.walk("VALARM")
    kept = events[uid("promise", book["kept"])]
    assert str(kept["status"]) == "CANCELLED" and not kept.walk("VALARM")
    assert events[uid("claim", book["claim"])].decoded("dtstart") == date(2026, 11, 6)
    assert events[uid("request", book["request"])].decoded("dtstart") == date(2026, 11, 4)
    assert str(events[uid("request", book["judged"])]["status"]) == "CANCELLED"


def test_uids_stay_and_sequence_grows_when_a_record_changes(
    services: Services, book: dict[str, Any], clock: TickingClock
) -> None:
    first = _events(calendar_bytes(services.calendar.content(TODAY)))
    clock.current += timedelta(hours=2)
    services.records.update("promise", book["soon"].id, {"due": TODAY + timedelta(days=5)})
    services.records.update("claim", book["claim"].id, {"verdict": Verdict.SUBSTANTIATED})
    second = _events(calendar_bytes(services.calendar.content(TODAY)))
    assert set(first) == set(second)  # a re-import updates: the same UIDs, nothing new
    moved = next(u for u in first if u.startswith(f"promise-{book['soon'].id}."))
    assert second[moved].decoded("dtstart") == TODAY + timedelta(days=5)
    assert int(second[moved]["sequence"]) > int(first[moved]["sequence"])
    claim = next(u for u in first if u.startswith("claim-"))
    assert str(second[claim]["status"]) == "CANCELLED"


def test_book_identity_is_kept_and_differs_between_books(
    services: Services, book: dict[str, Any], tmp_path: Path
) -> None:
    from crmnote.bootstrap import open_database

    assert services.calendar.content(TODAY).book_id == services.calendar.content(TODAY).book_id
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        assert (
            other.services.calendar.content(TODAY).book_id
            != services.calendar.content(TODAY).book_id
        )
    finally:
        other.close()


def test_settled_records_drop_out_after_the_recent_days(
    services: Services, book: dict[str, Any]
) -> None:
    later = TODAY + timedelta(days=RECENT_DAYS + 1)
    events = _events(calendar_bytes(services.calendar.content(later)))
    assert all(str(ev["status"]) == "CONFIRMED" for ev in events.values())
    assert len(events) == 4  # two open promises, the claim, the request


def test_vobject_reads_the_same_events(
    services: Services, book: dict[str, Any], tmp_path: Path
) -> None:
    """A second, independent parser (vobject, which address books and CalDAV servers use)."""
    target = tmp_path / "due.ics"
    wording = Wording(promise="Zusage fällig: {text} – {customer}")
    to_do = write_calendar(target, services.calendar.content(TODAY), wording)
    assert to_do == 4
    assert target.stat().st_mode & 0o777 == 0o600
    parsed = vobject.readOne(target.read_text(encoding="utf-8"))
    ours = _events(target.read_bytes())
    theirs = {ev.uid.value: ev for ev in parsed.vevent_list}
    assert set(theirs) == set(ours)
    for uid, ev in theirs.items():
        assert ev.summary.value == str(ours[uid]["summary"])
        assert ev.dtstart.value == ours[uid].decoded("dtstart")
        assert isinstance(ev.dtstart.value, date) and not isinstance(ev.dtstart.value, datetime)
        assert ev.dtstamp.value.utcoffset() == timedelta(0)
    assert any(
        ev.summary.value == "Zusage fällig: Call back – Ann Æsir; Co" for ev in theirs.values()
    )
    assert parsed.prodid.value.startswith("-//crmnote//")


def test_cli_writes_the_file_and_refuses_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "add", "customer", "Dora"]) == 0
    due = date.today() + timedelta(days=10)  # the command's clock is the wall clock
    assert main(["--db", db, "add", "promise", "Dora", "--text", "ring", "--due", str(due)]) == 0
    capsys.readouterr()
    target = tmp_path / "due.ics"
    assert main(["--db", db, "calendar", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"{target}: 1 to do, 0 settled (cancelled)"
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == due
    assert main(["--db", db, "calendar", "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["--db", db, "calendar", "-o", "-", "--today", "2026-13-01"]) == 1
    assert "today" in capsys.readouterr().err


def test_cli_writes_to_standard_output(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    db = str(tmp_path / "out.sqlite3")
    assert main(["--db", db, "add", "customer", "Dora"]) == 0
    due = date.today() + timedelta(days=3)
    assert main(["--db", db, "add", "promise", "Dora", "--text", "ring", "--due", str(due)]) == 0
    capsysbinary.readouterr()
    assert main(["--db", db, "calendar", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    [event] = icalendar.Calendar.from_ical(out).walk("VEVENT")
    assert str(event["summary"]) == "Promise due: ring (Dora)"
