"""Who is signed in to a book and what they may do: the role's own privileges on PostgreSQL, the
owner of a SQLite file. The staff member a role records as (`team_members`) is the author of
what it writes: "handled by", new records' staff fields and the change log.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crmnote.domain import settings as declared
from crmnote.domain.errors import NotAllowedError
from crmnote.domain.reasons import Reason, message, say
from crmnote.domain.team import CHANGE_TEAM, Access, Member, not_allowed
from crmnote.domain.types import StaffId
from crmnote.storage.rows import StaffRow, TeamMemberRow
from crmnote.storage.settings_store import read_setting

_AUTHOR = "crmnote.author"  # session.info: the author, looked up once per transaction

# What a role has on the book, from the server's own privilege checks.
_PRIVILEGES = text(
    "SELECT session_user::text, "
    "pg_has_role(session_user, c.relowner, 'USAGE'), "
    "has_table_privilege(session_user, 'interactions', 'INSERT'), "
    "has_table_privilege(session_user, 'customers', 'SELECT') "
    "FROM pg_class c WHERE c.oid = 'customers'::regclass"
)
# Tables whose refusal says what the signed-in role tried (anything else: changing records).
_TRIED = {
    "settings": message("team.change_settings", "change the book's settings"),
    "change_log": message("team.rewrite_log", "erase a customer or rewrite the change log"),
    "team_members": CHANGE_TEAM,
    "alembic_version": message("team.upgrade", "upgrade the book"),
}


def on_server(session: Session | Any) -> bool:
    return bool(session.get_bind().dialect.name == "postgresql")


def signed_in_role(session: Session) -> str:
    """The role the book was signed in to (PostgreSQL), or "" for a file."""
    if not on_server(session):
        return ""
    return str(session.scalar(select(func.session_user())) or "")


def access(session: Session) -> Access:
    """What the signed-in role may do: OWNER of a SQLite file; on PostgreSQL from its own
    privileges (owning the tables, writing records, reading). Raises NotAllowedError for a
    role that may not even read the book."""
    if not on_server(session):
        return Access.OWNER
    role, owner, writes, reads = session.execute(_PRIVILEGES).one()
    if owner:
        return Access.OWNER
    if writes:
        return Access.STAFF
    if reads:
        return Access.VIEWER
    raise NotAllowedError(no_access(str(role)))


def no_access(role: str) -> str:
    return say(
        "team.no_access",
        "role '{role}' has no access to this book: ask its owner to add you (crmnote team add "
        "{role} --role staff)",
        role=role,
    )


def member_staff(session: Session) -> StaffId | None:
    """The staff member the signed-in PostgreSQL role records as, if it is a team member."""
    if not on_server(session):
        return None
    stmt = select(TeamMemberRow.staff_id).where(TeamMemberRow.role == func.session_user())
    found = session.scalar(stmt)
    return None if found is None else StaffId(found)


def author(session: Session) -> StaffId | None:
    """Who records what this session writes: the signed-in member of a team book, otherwise
    the book's current staff member (Settings). Looked up once per transaction."""
    if _AUTHOR not in session.info:
        found = member_staff(session)
        if found is None:
            value = read_setting(session, declared.CURRENT_STAFF)
            found = None if value is None else StaffId(int(value))
        session.info[_AUTHOR] = found
    result: StaffId | None = session.info[_AUTHOR]
    return result


def signed_in(session: Session) -> Member:
    """The signed-in person: role, access, and the staff member they record as."""
    staff = author(session)
    name = (
        ""
        if staff is None
        else str(session.scalar(select(StaffRow.name).where(StaffRow.id == staff)) or "")
    )
    return Member(signed_in_role(session), access(session), staff, name)


def refusal(session: Session, server_message: str) -> NotAllowedError:
    """The sentence for a write the server refused for lack of privilege."""
    table = re.search(
        r"(?:permission denied for (?:table|relation|sequence)"
        r"|violates row-level security policy for table) \"?(\w+)",
        server_message,
    )
    if table is None:  # a trigger's own refusal (the change log's author) says it best
        first = server_message.strip().splitlines()[0] if server_message.strip() else ""
        return NotAllowedError(server_refused(first))
    tried = _TRIED.get(table.group(1).removesuffix("_id_seq"), _CHANGE_IT)
    return NotAllowedError(not_allowed(signed_in(session), Reason(tried)))


_CHANGE_IT = message("team.change_it", "change it")


def server_refused(first: str) -> str:
    """The server's own first line, when crmnote has no sentence of its own for it."""
    return say(
        "team.server_refused", "the database server refused: {why}; nothing was saved", why=first
    )


def mapped_members(session: Session) -> dict[str, StaffId]:
    """Every sign-in role of the team with the staff member it records as."""
    rows = session.execute(select(TeamMemberRow.role, TeamMemberRow.staff_id))
    return {str(role): StaffId(staff) for role, staff in rows}


def map_member(session: Session, role: str, staff_id: int) -> None:
    """Record that `role` records as staff member `staff_id` (replacing what it was)."""
    session.merge(TeamMemberRow(role=role, staff_id=staff_id))
    session.flush()
    session.info.pop(_AUTHOR, None)  # looked up before the mapping changed


def require_owner(session: Session, what: str) -> None:
    """Refuse, in a sentence, what only the book's owner may do (`what`: a `Reason`, such as
    `Reason(team.ERASE)`)."""
    if on_server(session):
        me = signed_in(session)
        if not me.access.is_owner:
            raise NotAllowedError(not_allowed(me, what))
