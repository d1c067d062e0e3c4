"""Interactions from real-world shaped CSV files: phone call logs, spreadsheets, other CRMs."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.types import Channel, Direction
from crmnote.importers.csv_customers import read_customers_csv
from crmnote.importers.csv_interactions import holds_interactions
from crmnote.importers.csv_values import (
    DateOrder,
    parse_channel,
    parse_duration,
    parse_mood,
    parse_when,
)
from crmnote.importers.csv_write import kind_csv
from crmnote.importers.imports import ImportRun, import_file
from crmnote.services.book_services import Services
from crmnote.services.transfer_report import RowAction


def cp(value: str) -> e.ContactPoint:
    return e.ContactPoint(value=value)


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    """Customers and staff the files below name; their ids."""
    add = services.records.add
    ids = {
        "ann": add("customer", {"name": "Ann Lee", "emails": (cp("ann@lee.example"),)})[0].id,
        "jose": add(
            "customer",
            {"name": "José García", "company": "Café Olé", "phones": (cp("+34 600 11 22 33"),)},
        )[0].id,
        "bob": add("customer", {"name": "Bob Moe"})[0].id,
        "bob2": add("customer", {"name": "bob moe", "emails": (cp("bob@two.example"),)})[0].id,
        "eva": add("staff", {"name": "Eva Holm"})[0].id,
    }
    return {k: int(v) for k, v in ids.items()}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def rows(run: ImportRun) -> list[tuple[int, str, str]]:
    return [(r.line, r.action.value, r.field or r.name) for r in run.report.rows]


def interactions(services: Services, customer_id: int) -> list[e.Interaction]:
    return sorted(services.records.list("interaction", customer_id), key=lambda i: i.at)


# -- values as people write them ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("", 0), ("12", 12), ("12 min", 12), ("0:12", 12), ("1h 5m", 65), ("1 hr 5 mins", 65)],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration("minutes", text) == minutes


def test_durations_round_partial_minutes_up_and_reject_words() -> None:
    assert parse_duration("minutes", "0:02:01") == 3
    assert parse_duration("minutes", "90", unit=1) == 2
    assert parse_duration("minutes", "1,5 h") == 90
    with pytest.raises(ValidationError, match="not a duration"):
        parse_duration("minutes", "a while")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-04 14:05", None, datetime(2026, 3, 4, 14, 5)),
        ("2026-03-04T14:05:30", None, datetime(2026, 3, 4, 14, 5, 30)),
        ("04.03.2026 14:05", None, datetime(2026, 3, 4, 14, 5)),  # dots: day first
        ("25/03/2026", None, datetime(2026, 3, 25)),  # only one reading
        ("03/04/2026", DateOrder.DMY, datetime(2026, 4, 3)),
        ("03/04/2026 2:05 PM", DateOrder.MDY, datetime(2026, 3, 4, 14, 5)),
        ("4 Mar 2026 09:30", None, datetime(2026, 3, 4, 9, 30)),
        ("Tue, March 3, 2026", None, datetime(2026, 3, 3)),
        ("03/04/26", DateOrder.DMY, datetime(2026, 4, 3)),
    ],
)
def test_dates(text: str, order: DateOrder | None, expected: datetime) -> None:
    assert parse_when("at", text, order) == expected


def test_ambiguous_and_bad_dates_are_refused_clearly() -> None:
    with pytest.raises(ValidationError, match="--dates dmy or --dates mdy"):
        parse_when("at", "03/04/2026", None)
    with pytest.raises(ValidationError, match="not a valid date"):
        parse_when("at", "31/02/2026", DateOrder.DMY)
    with pytest.raises(ValidationError, match="not a date"):
        parse_when("at", "last Tuesday", None)


def test_channel_direction_and_mood_words() -> None:
    assert parse_channel("channel", "Phone") == (Channel.CALL, None)
    assert parse_channel("channel", "E-mail") == (Channel.EMAIL, None)
    assert parse_channel("channel", "WhatsApp") == (Channel.MESSAGE, None)
    assert parse_channel("channel", "SMS") == (Channel.MESSAGE, None)
    assert parse_channel("channel", "Site visit") == (Channel.VISIT, None)
    assert parse_channel("channel", "Outgoing") == (Channel.CALL, Direction.OUT)
    assert (parse_mood("mood", "Hostile"), parse_mood("mood", "+1"), parse_mood("mood", "")) == (
        -2,
        1,
        None,
    )
    with pytest.raises(ValidationError, match="channel"):
        parse_channel("channel", "carrier pigeon")
    with pytest.raises(ValidationError, match="between -2"):
        parse_mood("mood", "5")


def test_kind_is_judged_from_the_columns() -> None:
    assert holds_interactions(("Date", "Contact", "Type", "Duration"))
    assert holds_interactions(("When", "Customer", "Summary"))
    assert not holds_interactions(("Name", "E-mail", "Phone", "Notes"))  # customers
    assert not holds_interactions(("Date", "Name"))  # no column only interactions have
    assert holds_interactions(("Wann", "Kunde", "Art"), {"Wann": "at", "Art": "channel"})


# -- whole files ------------------------------------------------------------------------------

CALL_LOG = (
    "Number,Name,Date,Duration (s),Type\n"
    "+34600112233,,2026-03-02 09:14:05,754,Incoming\n"
    "0034 600 11 22 33,José,2026-03-02 11:40:00,61,Outgoing\n"
    "600 11 22 33,,2026-03-03 08:01:10,0,Missed\n"
)


def test_phone_call_log_export(services: Services, people: dict[str, int], tmp_path: Path) -> None:
    # A phone in Spain: numbers written without +34 (or with 0034) are Spanish numbers.
    services.settings.set(declared.PHONE_REGION, "ES")
    run = import_file(write(tmp_path / "calls.csv", CALL_LOG), services.transfer)
    assert run.notes[0] == "interactions; encoding utf-8, delimiter ','"
    assert [r.action for r in run.report.rows] == [RowAction.CREATED] * 3
    assert {r.customer_id for r in run.report.rows} == {people["jose"]}
    got = [(i.direction, i.minutes, i.channel) for i in interactions(services, people["jose"])]
    assert got == [
        (Direction.IN, 13, Channel.CALL),
        (Direction.OUT, 2, Channel.CALL),
        (Direction.IN, 0, Channel.CALL),
    ]


def test_spreadsheet_with_day_first_dates_semicolons_in_cp1252(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = (
        "Datum/Date;Customer;Channel;Duration;Handled by;Subject;Notes;Mood\r\n"
        "03/04/2026 10:15;Ann Lee;phone;1h 5m;Eva Holm;Rückruf;Wanted a café discount;annoyed\r\n"
        '25/04/2026 16:00;José García;visit;0:45;eva holm;;"Showroom tour\r\nsecond line";\r\n'
        "26/04/2026;ann@lee.example;e-mail;;;Quote sent;;\r\n"
    )
    path = write(tmp_path / "log.csv", text, "cp1252")
    run = import_file(path, services.transfer, mapping={"Datum/Date": "at"})
    assert run.notes[:2] == (
        "interactions; encoding cp1252, delimiter ';'",
        "dates day first (row 3: '25/04/2026 16:00')",
    )
    assert run.report.committed, run.report.rejected
    ann = interactions(services, people["ann"])
    assert [(i.at, i.minutes, i.channel, i.mood) for i in ann] == [
        (datetime(2026, 4, 3, 10, 15), 65, Channel.CALL, -1),
        (datetime(2026, 4, 26), 0, Channel.EMAIL, None),
    ]
    assert ann[0].summary == "Rückruf" and ann[0].staff_id == people["eva"]
    (jose,) = interactions(services, people["jose"])
    assert (jose.channel, jose.minutes, jose.summary) == (Channel.VISIT, 45, "Showroom tour")
    assert jose.notes == "Showroom tour\nsecond line"


def test_utf8_bom_file_and_named_email(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = "When,From,Subject\n2026-05-01 08:00,Ann Lee <ANN@lee.example>,Re: order\n"
    path = tmp_path / "mail.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    run = import_file(path, services.transfer, mapping={"From": "customer"})
    assert rows(run) == [(2, "created", "Ann Lee: call 2026-05-01 08:00")]


def test_unknown_customer_staff_and_bad_values_name_their_field(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = (
        "Date,Customer,Type,Staff,Duration,Mood\n"
        "2026-05-01,Ann Lee,call,Eva Holm,5,\n"
        "2026-05-01,Nobody Known,call,,5,\n"
        "2026-05-01,Ann Lee,call,Zed,5,\n"
        "yesterday,Ann Lee,call,,5,\n"
        "2026-05-01,Ann Lee,pigeon,,5,\n"
        "2026-05-01,Ann Lee,call,,forever,\n"
        "2026-05-01,Ann Lee,call,,5,furious-ish\n"
        "2026-05-01,Bob Moe,call,,5,\n"
        "2026-05-01,,call,,5,\n"
    )
    run = import_file(write(tmp_path / "bad.csv", text), services.transfer)
    assert rows(run) == [
        (2, "created", "Ann Lee: call 2026-05-01 00:00"),
        (3, "rejected", "customer"),
        (4, "rejected", "staff"),
        (5, "rejected", "at"),
        (6, "rejected", "channel"),
        (7, "rejected", "minutes"),
        (8, "rejected", "mood"),
        (9, "rejected", "customer"),
        (10, "rejected", "customer"),
    ]
    messages = [r.message for r in run.report.rejected]
    assert messages[0] == "no customer matches 'Nobody Known' (by name)"
    assert messages[1] == "there is no staff member named 'Zed'"
    assert "matches 2 customers" in messages[6] and "give the customer id" in messages[6]
    assert not run.report.committed
    assert interactions(services, people["ann"]) == []  # all or nothing


def test_ambiguous_dates_are_rejected_unless_the_file_or_option_decides(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    path = write(tmp_path / "d.csv", "Date,Customer,Type\n03/04/2026,Ann Lee,call\n")
    run = import_file(path, services.transfer, dry_run=True)
    assert rows(run) == [(2, "rejected", "at")]
    assert "--dates dmy or --dates mdy" in run.report.rows[0].message
    run = import_file(path, services.transfer, dates=DateOrder.MDY)
    assert interactions(services, people["ann"])[0].at == datetime(2026, 3, 4)
    mixed = write(
        tmp_path / "m.csv", "Date,Customer,Type\n25/03/2026,Ann Lee,call\n03/25/2026,Ann Lee,call\n"
    )
    with pytest.raises(ValidationError, match=r"row 2: '25/03/2026'.*row 3: '03/25/2026'"):
        import_file(mixed, services.transfer)


def test_skip_invalid_writes_the_valid_rows_and_reimport_matches(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = "Date,Customer,Type\n2026-05-01 10:00,Ann Lee,call\n2026-05-02,Ghost,call\n"
    path = write(tmp_path / "s.csv", text)
    run = import_file(path, services.transfer, skip_invalid=True)
    assert run.report.committed and run.report.count(RowAction.CREATED) == 1
    again = import_file(path, services.transfer, skip_invalid=True)
    assert again.report.count(RowAction.MATCHED) == 1  # the same call is not recorded twice
    assert len(interactions(services, people["ann"])) == 1


def test_create_customers_makes_one_per_unknown_name(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = (
        "Date,Customer,Email,Type,Staff\n"
        "2026-05-01,Nina Berg,nina@berg.example,call,\n"
        "2026-05-02,,nina@berg.example,email,\n"
        "2026-05-03,Olle Ek,,call,Nobody\n"
    )
    path = write(tmp_path / "new.csv", text)
    run = import_file(path, services.transfer, create_customers=True, skip_invalid=True)
    assert rows(run)[:2] == [
        (2, "created", "Nina Berg (new customer): call 2026-05-01 00:00"),
        (3, "created", "Nina Berg: email 2026-05-02 00:00"),
    ]
    names = [c.name for c in services.transfer.customers()]
    assert "Nina Berg" in names and "Olle Ek" not in names  # a rejected row creates nobody
    nina = next(c for c in services.transfer.customers() if c.name == "Nina Berg")
    assert nina.emails == (cp("nina@berg.example"),) and nina.source == "new.csv"
    assert len(interactions(services, nina.id)) == 2
    assert [r.customer_id for r in run.report.rows[:2]] == [nina.id, nina.id]
    assert ("customer", nina.id) in run.report.changes.created


def test_email_wins_over_a_name_of_someone_else_with_a_warning(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    text = "Date,Name,Email,Type\n2026-05-01,Bob Moe,ann@lee.example,call\n"
    run = import_file(write(tmp_path / "w.csv", text), services.transfer)
    (row,) = run.report.rows
    assert row.customer_id == people["ann"]
    assert row.warnings == ("name 'Bob Moe' is Bob Moe's; matched Ann Lee by email",)


def test_scores_list_columns_change_log_and_search_follow(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    before = {s.id: s for s in services.customers.summaries()}[people["ann"]]
    text = (
        "Date,Customer,Type,Mood,Notes\n"
        "2026-10-20 10:00,Ann Lee,call,hostile,Shouted about the zeppelin invoice\n"
        "2026-10-25 10:00,Ann Lee,call,-2,Threatened to leave\n"
    )
    import_file(write(tmp_path / "angry.csv", text), services.transfer)
    after = {s.id: s for s in services.customers.summaries()}[people["ann"]]
    assert after.difficulty is not None
    assert before.difficulty is None or after.difficulty > before.difficulty
    assert after.last_contact_at == datetime(2026, 10, 25, 10, 0)
    services.scores.recompute()
    rebuilt = {s.id: s for s in services.customers.summaries()}[people["ann"]]
    assert rebuilt.difficulty == pytest.approx(after.difficulty)
    hits = services.search.search("zeppelin")
    assert [(h.kind, h.customer_id) for h in hits] == [("interaction", people["ann"])]
    report = services.audit.verify()
    assert report.findings == () and not report.unlogged.get("interaction")
    first = interactions(services, people["ann"])[0]
    assert [h.action for h in services.audit.history("interaction", first.id)] == ["add"]


def test_our_own_interaction_export_imports_back(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    services.interactions.log(people["ann"], at=datetime(2026, 5, 1, 9), mood=-1, notes="=SUM(1)")
    text = kind_csv("interaction", services.records.list("interaction"))
    path = write(tmp_path / "interaction.csv", text, "utf-8-sig")
    run = import_file(path, services.transfer)
    assert [r.action for r in run.report.rows] == [RowAction.MATCHED]


def test_customer_files_still_import_as_customers(services: Services, tmp_path: Path) -> None:
    parsed = read_customers_csv(b"Name,Email,Notes\nAnn,ann@x.example,hi\n")
    assert parsed.items[0].customer is not None
    run = import_file(
        write(tmp_path / "c.csv", "Name,Email\nAnn,ann@x.example\n"), services.transfer
    )
    assert run.report.rows[0].kind == "customer"
    with pytest.raises(ValidationError, match="interactions only"):
        import_file(tmp_path / "c.csv", services.transfer, dates=DateOrder.DMY)


@pytest.mark.slow
def test_ten_thousand_rows_import_whole(services: Services, tmp_path: Path) -> None:
    customers = "".join(f"Customer {n:03d},c{n}@example.com\n" for n in range(500))
    import_file(write(tmp_path / "c.csv", "Name,Email\n" + customers), services.transfer)
    moods = ("", "hostile", "-1", "neutral", "pleased", "2")
    lines = ["Date;Customer;Email;Channel;Duration;Mood;Notes"]
    for n in range(10_000):
        who = f"Customer {n % 500:03d};" if n % 2 else f";c{n % 500}@example.com"
        day = f"{1 + n % 28:02d}/{1 + n % 12:02d}/2026 {n % 24:02d}:{n % 60:02d}"
        lines.append(f"{day};{who};{'phone' if n % 3 else 'sms'};1h {n % 60}m;{moods[n % 6]};n{n}")
    path = write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    # Correctness at size only; the speed is a benchmark's business, not a test's.
    run = import_file(path, services.transfer, dates=DateOrder.DMY)
    assert run.report.committed, run.report.rejected[:3]
    assert run.report.count(RowAction.CREATED) == 10_000
    assert len(services.records.list("interaction")) == 10_000
    assert all(s.difficulty is not None for s in services.customers.summaries())
