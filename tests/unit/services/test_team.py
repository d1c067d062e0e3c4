"""A team book on PostgreSQL: each person signs in as their own role and may do what their
group may (owner, staff, viewer); what they write is theirs, and the server says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.domain import settings as declared
from crmnote.domain.errors import NotAllowedError, StaleRecordError, ValidationError
from crmnote.domain.team import Access
from crmnote.storage import list_postgres
from tests.pg.team import TeamBook

pytestmark = pytest.mark.postgres


@pytest.fixture
def as_owner(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("owner"))
    yield opened
    opened.close()


@pytest.fixture
def as_staff(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("staff"))
    yield opened
    opened.close()


@pytest.fixture
def as_viewer(team_book: TeamBook) -> Iterator[OpenDatabase]:
    opened = open_database(team_book.text("viewer"))
    yield opened
    opened.close()


def _count(opened: OpenDatabase, table: str) -> int:
    with opened.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def test_each_member_is_signed_in_as_themselves(
    team_book: TeamBook, as_owner: OpenDatabase, as_staff: OpenDatabase, as_viewer: OpenDatabase
) -> None:
    seen = {
        who: opened.services.team.signed_in()
        for who, opened in (("owner", as_owner), ("staff", as_staff), ("viewer", as_viewer))
    }
    assert {w: (m.role, m.access, m.staff_name) for w, m in seen.items()} == {
        "owner": (team_book.roles["owner"], Access.OWNER, "Anna"),
        "staff": (team_book.roles["staff"], Access.STAFF, "Bob"),
        "viewer": (team_book.roles["viewer"], Access.VIEWER, "Vera"),
    }
    members = as_owner.services.team.members()
    assert [(m.role, m.access, m.staff_name) for m in members] == sorted(
        (team_book.roles[w], seen[w].access, seen[w].staff_name) for w in seen
    )


def test_team_init_hands_the_book_to_the_owner_group(as_owner: OpenDatabase) -> None:
    with as_owner.engine.connect() as conn:
        owners = set(
            conn.exec_driver_sql(
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = "
                "'public'::regnamespace AND relkind IN ('r', 'S')"
            ).scalars()
        )
        functions = set(
            conn.exec_driver_sql(
                "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = "
                "'public'::regnamespace AND proname LIKE 'crmnote%%'"
            ).scalars()
        )
    assert owners == {"crmnote_owner"} and functions == {"crmnote_owner"}


def test_a_staff_members_records_and_log_entries_name_them(as_staff: OpenDatabase) -> None:
    services = as_staff.services
    me = services.team.signed_in().staff_id
    customer, _ = services.records.add("customer", {"name": "Fjord Bikes"})
    call, _ = services.records.add("interaction", {"summary": "asked for a quote"}, customer.id)
    promise, _ = services.records.add("promise", {"text": "quote by Friday"}, customer.id)
    assert call.staff_id == me and promise.made_by == me  # "handled by", "made by"
    assert services.customers.current_staff() == me
    services.records.update("promise", promise.id, {"evidence": "sent"})
    history = services.audit.history("promise", promise.id)
    assert [(h.action, h.staff_name) for h in history] == [("add", "Bob"), ("update", "Bob")]
    assert services.audit.verify().ok


def test_an_owner_editing_what_staff_changed_meanwhile_is_told_who(
    as_owner: OpenDatabase, as_staff: OpenDatabase
) -> None:
    """Anna's form still shows the customer as it was; Bob saved it since: her save is
    refused naming him, whatever staff member her own book settings name."""
    anna = as_owner.services
    customer, _ = anna.records.add("customer", {"name": "Fjord Bikes"})
    as_staff.services.records.update("customer", customer.id, {"notes": "pays late"})
    with pytest.raises(StaleRecordError, match=r"this customer was changed by Bob at \d\d:\d\d"):
        anna.records.update(
            "customer", customer.id, {"notes": "pays early"}, expected_version=customer.version
        )
    assert anna.records.get("customer", customer.id).notes == "pays late"


def test_a_member_cannot_write_the_change_log_in_anothers_name(
    team_book: TeamBook,
    as_owner: OpenDatabase,
    as_staff: OpenDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tried two ways: a plain INSERT as the staff member naming the owner, and the app
    itself made to believe it records as the owner. The server refuses both; nothing lands."""
    anna = as_owner.services.team.signed_in().staff_id
    customer, _ = as_owner.services.records.add("customer", {"name": "Fjord Bikes"})
    entries = _count(as_owner, "change_log")
    raw = create_engine(team_book.url("staff"), poolclass=NullPool)
    try:
        with (
            pytest.raises(ProgrammingError, match="in the name of its own staff member"),
            raw.begin() as conn,
        ):
            conn.execute(
                text(
                    "INSERT INTO change_log (at, staff_id, kind, record_id, action, hash) "
                    "VALUES (now(), :anna, 'promise', 1, 'update', 'forged')"
                ),
                {"anna": anna},
            )
    finally:
        raw.dispose()
    # A tampered app: it writes its log entries in Anna's name.
    monkeypatch.setattr("crmnote.services.audit.author", lambda _session: anna)
    with pytest.raises(NotAllowedError, match="in the name of its own staff member"):
        as_staff.services.records.add("interaction", {"summary": "as Anna"}, customer.id)
    assert _count(as_owner, "change_log") == entries
    assert _count(as_owner, "interactions") == 0


def test_a_role_outside_the_team_writes_no_author_at_all(
    team_book: TeamBook, as_owner: OpenDatabase
) -> None:
    """Let into crmnote_staff by hand (not `team add`): no staff record, so no author."""
    extra = team_book.roles["extra"]
    team_book.server.execute(f"CREATE ROLE {extra} LOGIN PASSWORD 'pw-{extra}'")
    team_book.server.execute(f"GRANT crmnote_staff TO {extra}")
    team_book.server.execute(f"GRANT CONNECT ON DATABASE {team_book.database} TO {extra}")
    anna = as_owner.services.team.signed_in().staff_id
    url = team_book.url("owner").set(username=extra, password=f"pw-{extra}")
    raw = create_engine(url, poolclass=NullPool)
    try:
        with (
            pytest.raises(ProgrammingError, match="no member of this team book"),
            raw.begin() as conn,
        ):
            conn.execute(
                text(
                    "INSERT INTO change_log (at, staff_id, kind, record_id, action, hash) "
                    "VALUES (now(), :anna, 'promise', 1, 'update', 'forged')"
                ),
                {"anna": anna},
            )
    finally:
        raw.dispose()


def test_staff_may_not_erase_change_settings_or_the_team(
    as_owner: OpenDatabase, as_staff: OpenDatabase
) -> None:
    customer, _ = as_owner.services.records.add("customer", {"name": "Fjord Bikes"})
    staff = as_staff.services
    with pytest.raises(NotAllowedError, match="staff of this book: only its owner can delete"):
        staff.records.delete("customer", customer.id)
    with pytest.raises(NotAllowedError, match="only its owner can delete or erase a customer"):
        staff.transfer.erase_customer(customer.id)
    with pytest.raises(NotAllowedError, match="only its owner can change the book's settings"):
        staff.settings.set(declared.BUSINESS_NAME, "Bob's shop")
    with pytest.raises(NotAllowedError, match="only its owner can change who is in the team"):
        staff.team.add("mallory", Access.OWNER, "pw")
    assert as_owner.services.records.get("customer", customer.id).name == "Fjord Bikes"
    assert as_owner.services.settings.get(declared.BUSINESS_NAME) == ""


def test_staff_keep_the_derived_settings_and_no_other(
    team_book: TeamBook, as_owner: OpenDatabase, as_staff: OpenDatabase, as_viewer: OpenDatabase
) -> None:
    """The daily catch-up of promises fallen overdue and the team comparison the advice reads
    are kept in settings: staff keep them as they keep the scores (what `crmnote customers`
    and `crmnote scores` run first); a viewer's runs write nothing and fail nothing; every
    other setting stays the owner's, also for a plain SQL statement as staff."""
    customer, _ = as_owner.services.records.add("customer", {"name": "Fjord Bikes"})
    as_owner.services.records.add("promise", {"text": "quote"}, customer.id)
    for viewer_run in (
        as_viewer.services.scores.catch_up,
        as_viewer.services.staff_report.refresh_team,
    ):
        assert not viewer_run()
    owner = as_owner.services.settings
    assert owner.get(declared.OVERDUE_CHECKED) is None and owner.get(declared.STAFF_TEAM) is None
    as_staff.services.scores.catch_up()
    as_staff.services.staff_report.refresh_team()
    assert owner.get(declared.OVERDUE_CHECKED) is not None
    assert owner.get(declared.STAFF_TEAM)["as_of"]
    raw = create_engine(team_book.url("staff"), poolclass=NullPool)
    try:
        with pytest.raises(ProgrammingError, match="row-level security"), raw.begin() as conn:
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES ('business_name', '\"Bob\"')")
            )
        with raw.begin() as conn:  # an update of another key finds no row it may change
            changed = conn.execute(text("UPDATE settings SET value = '0' WHERE key <> ''"))
            assert changed.rowcount == 2
    finally:
        raw.dispose()
    assert owner.get(declared.BUSINESS_NAME) == ""


def test_a_viewer_reads_everything_and_writes_nothing(
    as_owner: OpenDatabase, as_viewer: OpenDatabase
) -> None:
    customer, _ = as_owner.services.records.add("customer", {"name": "Fjord Bikes"})
    promise, _ = as_owner.services.records.add("promise", {"text": "quote"}, customer.id)
    viewer = as_viewer.services
    assert viewer.records.get("promise", promise.id).text == "quote"
    assert [s.name for s in viewer.customers.summaries()] == ["Fjord Bikes"]
    refused = "a viewer of this book: a viewer can read it but not change it; nothing was saved"
    for attempt in (
        lambda: viewer.records.add("interaction", {"summary": "hi"}, customer.id),
        lambda: viewer.records.update("promise", promise.id, {"evidence": "x"}),
        lambda: viewer.records.delete("promise", promise.id),
        lambda: viewer.quick_log.log(customer.id, {"summary": "hi"}),
    ):
        with pytest.raises(NotAllowedError, match=refused):
            attempt()
    with pytest.raises(NotAllowedError, match="a viewer"):
        viewer.settings.set(declared.BUSINESS_NAME, "x")
    assert _count(as_owner, "interactions") == 0
    assert as_owner.services.records.get("promise", promise.id).evidence == ""


def test_adding_an_existing_member_again_changes_their_group_not_their_password(
    team_book: TeamBook, as_owner: OpenDatabase
) -> None:
    team = as_owner.services.team
    added, _ = team.add(team_book.roles["viewer"], Access.STAFF, None, "Vera")
    assert (added.new_role, added.new_staff, added.password_set) == (False, False, False)
    opened = open_database(team_book.text("viewer"))  # the old password still works
    try:
        assert opened.services.team.signed_in().access is Access.STAFF
    finally:
        opened.close()
    with pytest.raises(NotAllowedError, match="needs a password"):
        team.add("newcomer", Access.STAFF, None)
    with pytest.raises(ValidationError, match="cannot be a sign-in name"):
        team.add("Robert'); DROP TABLE customers; --", Access.STAFF, "pw")
    with pytest.raises(ValidationError, match="reserved"):
        team.add("pg_monitor", Access.STAFF, "pw")


def test_a_password_reaches_the_server_only_as_a_scram_verifier(team_book: TeamBook) -> None:
    with team_book.server._admin.connect() as conn:  # the server's own view
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
            {"r": team_book.roles["staff"]},
        ).scalar()
    assert str(stored).startswith("SCRAM-SHA-256$") and "pw-" not in str(stored)


def test_every_member_reads_how_common_short_filter_texts_are(
    as_owner: OpenDatabase, as_staff: OpenDatabase, as_viewer: OpenDatabase
) -> None:
    """The list chooses how to find a one- or two-character filter by ANALYZE's frequencies
    (migration 0015), which the server's own view shows the table's owner alone."""
    for name in ("Anna Berg", "Ali Dahl", "Per Moe"):
        as_owner.services.records.add("customer", {"name": name})
    with as_owner.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "ANALYZE customer_text"
        )
    for opened in (as_staff, as_viewer):
        list_postgres._shares.clear()
        with opened.services.customer_list.reading() as repo:
            seen = repo.session.execute(
                text("SELECT count(*) FROM pg_stats WHERE tablename = 'ix_customer_text_grams'")
            ).scalar()
            assert seen == 0  # what the member would see without the function
            assert list_postgres.share(repo.session, "a") == pytest.approx(2 / 3, abs=0.01)
            assert list_postgres.share(repo.session, "zq") == 0.0
