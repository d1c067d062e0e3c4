"""The people of a team book: who is signed in, setting the team up, adding members.

On PostgreSQL each person signs in as their own login role; the server's grants decide what
they may do (storage/team_roles.py) and `team_members` which staff member they record as. A
SQLite file is one person's book: its user is its owner.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmnote.domain import entities as e
from crmnote.domain import settings as declared
from crmnote.domain.errors import DatabaseError, NotAllowedError, ValidationError
from crmnote.domain.reasons import Reason, message, say
from crmnote.domain.team import CHANGE_TEAM, Access, Member, not_allowed, role_name
from crmnote.domain.types import StaffId
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage import team_roles
from crmnote.storage.lookup_queries import staff_named
from crmnote.storage.repository import Repository
from crmnote.storage.settings_store import read_setting
from crmnote.storage.team import map_member, mapped_members, on_server, signed_in, signed_in_role

_ON_FILES = message(
    "svc.team_on_files",
    "{command} needs a PostgreSQL book: a SQLite file is one person's book; a team shares a "
    "book on a PostgreSQL server (docs/team.md)",
)
_NO_TEAM = message("svc.no_team", "this book has no team yet: its owner runs crmnote team init")


@dataclass(frozen=True)
class Added:
    """What `add` did: the member, and whether its login role and staff record are new."""

    member: Member
    new_role: bool
    new_staff: bool
    password_set: bool


class TeamService(ServiceBase):
    def signed_in(self) -> Member:
        """Who this app is signed in as, what they may do, whom they record as."""
        with self.reading() as repo:
            return signed_in(repo.session)

    def init(self, staff_name: str = "") -> tuple[Member, bool, Changes]:
        """Make the book a team book (once, by its owner): the group roles and their grants,
        the book's objects handed to crmnote_owner, and the signed-in owner its first member,
        recording as `staff_name` (default: the book's current staff member). Returns the
        owner, whether the roles were new on the server, and what changed."""
        with self.transaction() as repo:
            session = repo.session
            if not on_server(session):
                raise DatabaseError(Reason(_ON_FILES, command="team init"))
            made = team_roles.init(session.connection())
            role = signed_in_role(session)
            current = read_setting(session, declared.CURRENT_STAFF)
            if not staff_name and current is not None and repo.exists("staff", int(current)):
                staff, changes = StaffId(int(current)), Changes()
            else:
                staff, changes = self._staff_for(repo, staff_name or role.capitalize())
            map_member(session, role, staff)
            return signed_in(session), made, changes

    def add(
        self, name: str, role_access: Access, password: str | None, staff_name: str = ""
    ) -> tuple[Added, Changes]:
        """Add a member (or change an existing one's group): the login role NAME, allowed to
        connect to this book, and the staff record it records as (found by name or made).
        `password` sets the role's password (required for a new role)."""
        role = role_name(name)
        with self.transaction() as repo:
            session = repo.session
            if not on_server(session):
                raise DatabaseError(Reason(_ON_FILES, command="team add"))
            me = signed_in(session)
            if not me.access.is_owner:
                raise NotAllowedError(not_allowed(me, Reason(CHANGE_TEAM)))
            conn = session.connection()
            if not team_roles.team_ready(conn):
                raise DatabaseError(Reason(_NO_TEAM))
            change = team_roles.add_member(conn, role, role_access, password)
            shown = staff_name.strip() or (name.strip()[:1].upper() + name.strip()[1:])
            staff, changes = self._staff_for(repo, shown)
            map_member(session, role, staff)
            member = Member(role, role_access, staff, repo.get("staff", staff).name)
            added = Added(member, change.created, bool(changes.created), change.password_set)
            return added, changes

    def members(self) -> list[Member]:
        """Every member of the team (a login role in one of the groups, allowed to connect
        here, or mapped to a staff member), by role name."""
        with self.reading() as repo:
            session = repo.session
            if not on_server(session):
                raise DatabaseError(Reason(_ON_FILES, command="team list"))
            conn = session.connection()
            if not team_roles.team_ready(conn):
                raise DatabaseError(Reason(_NO_TEAM))
            mapped = mapped_members(session)
            roles = sorted({r for r, _login in team_roles.login_roles(conn)} | set(mapped))
            names = {s.id: s.name for s in repo.list("staff")}
            out = []
            for role in roles:
                exists = team_roles.role_exists(conn, role)
                group = team_roles.member_access(conn, role) if exists else None
                staff = mapped.get(role)
                out.append(
                    Member(
                        role,
                        group or Access.VIEWER,
                        None if staff is None else StaffId(staff),
                        names.get(staff, "") if staff is not None else "",
                    )
                )
            return out

    def _staff_for(self, repo: Repository, name: str) -> tuple[StaffId, Changes]:
        """The staff member of that name (case aside), or a new one."""
        found = staff_named(repo.session, name)
        if len(found) > 1:
            raise ValidationError(
                "staff",
                say("svc.staff_named_alike", "several staff members are named '{name}'", name=name),
            )
        if found:
            return StaffId(found[0]), Changes()
        now = self.now()
        staff = repo.add(e.Staff(name=name, created_at=now, updated_at=now))
        return staff.id, Changes.of("staff", staff.id, None, new=True)


__all__ = ["Added", "TeamService"]
