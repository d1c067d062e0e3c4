"""Only a team book's owner upgrades its schema: anyone else's newer crmnote says "ask the
owner to upgrade" and changes nothing; the owner's upgrade keeps the team's rights."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from crmnote.bootstrap import open_database
from crmnote.domain.errors import NotAllowedError
from crmnote.storage.engine import make_engine
from crmnote.storage.migrate import alembic_config, current_revision, head_revision
from tests.pg.team import TeamBook

pytestmark = pytest.mark.postgres


def _downgrade_as_owner(book: TeamBook, target: str) -> None:
    """The book as an older crmnote left it (schema `target`), the team's roles in place."""
    engine = make_engine(book.url("owner"))
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), target)
    finally:
        engine.dispose()


def _state(book: TeamBook) -> tuple[str | None, set[str]]:
    engine = make_engine(book.url("owner"))
    try:
        with engine.connect() as conn:
            return current_revision(conn), set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_staff_members_newer_crmnote_asks_for_the_owner_and_changes_nothing(
    team_book: TeamBook,
) -> None:
    _downgrade_as_owner(team_book, "0008")
    before = _state(team_book)
    assert before[0] == "0008" and "team_members" not in before[1]
    for who in ("staff", "viewer"):
        with pytest.raises(NotAllowedError, match="ask the book's owner to upgrade it"):
            open_database(team_book.text(who))
        assert _state(team_book) == before  # never half-migrated


def test_the_owners_upgrade_keeps_everyone_s_rights(team_book: TeamBook) -> None:
    _downgrade_as_owner(team_book, "0008")
    opened = open_database(team_book.text("owner"))  # the owner's crmnote upgrades it
    try:
        assert opened.migration.before == "0008"
        with opened.engine.connect() as conn:
            owner = conn.exec_driver_sql(
                "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'team_members'"
            ).scalar()
        assert owner == "crmnote_owner"  # made as the owners' group, like every table
    finally:
        opened.close()
    assert _state(team_book)[0] == head_revision()
    viewer = open_database(team_book.text("viewer"))  # a new table: its grants came along
    try:
        assert viewer.services.team.members() is not None
        assert viewer.services.customers.count() == 0
    finally:
        viewer.close()


def test_a_role_with_no_rights_on_the_book_is_told_to_ask_for_them(team_book: TeamBook) -> None:
    stranger = team_book.roles["extra"]
    team_book.server.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD 'pw-{stranger}'")
    team_book.server.execute(f"GRANT CONNECT ON DATABASE {team_book.database} TO {stranger}")
    url = team_book.url("owner").set(username=stranger, password=f"pw-{stranger}")
    with pytest.raises(NotAllowedError, match=f"role '{stranger}' has no access to this book"):
        open_database(url.render_as_string(hide_password=False))
