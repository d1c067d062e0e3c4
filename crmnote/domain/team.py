"""A team book's people: what each role may do, and the names a sign-in role may take."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from crmnote.domain import rule_messages as rm
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, message, say
from crmnote.domain.types import StaffId

# The group roles `crmnote team init` makes; a member's login role belongs to one of them.
OWNER_ROLE = "crmnote_owner"
STAFF_ROLE = "crmnote_staff"
VIEWER_ROLE = "crmnote_viewer"
# PostgreSQL cuts identifiers at 63 bytes; a role name keeps to plain lower-case words so that
# it never needs quoting in a URL, a ~/.pgpass line or pg_hba.conf.
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_RESERVED = ("pg_", "crmnote_")


class Access(StrEnum):
    """What a signed-in person may do in a book, from most to least."""

    OWNER = "owner"  # everything: records, settings, erasing, schema upgrades, the team
    STAFF = "staff"  # read and write records; no settings, no erasing, no schema changes
    VIEWER = "viewer"  # read only

    @property
    def can_write(self) -> bool:
        return self is not Access.VIEWER

    @property
    def is_owner(self) -> bool:
        return self is Access.OWNER

    @property
    def group_role(self) -> str:
        return {Access.OWNER: OWNER_ROLE, Access.STAFF: STAFF_ROLE, Access.VIEWER: VIEWER_ROLE}[
            self
        ]


@dataclass(frozen=True)
class Member:
    """Who is signed in, or one member of the team: the login role, its access and the staff
    member it records as (None when the role is not mapped to one)."""

    role: str
    access: Access
    staff_id: StaffId | None = None
    staff_name: str = ""


def role_name(text: str) -> str:
    """The PostgreSQL login role for a member's name: `Anna` → `anna`; refuses what would need
    quoting or would take a name PostgreSQL or crmnote keep for themselves."""
    name = text.strip().lower()
    if not _ROLE_NAME.fullmatch(name):
        raise ValidationError("name", Reason(rm.SIGN_IN_NAME, value=repr(text)))
    if name.startswith(_RESERVED):
        raise ValidationError("name", Reason(rm.RESERVED_NAME, value=repr(name)))
    return name


# What only the owner may do, as `not_allowed` says it ("only its owner can …").
CHANGE_TEAM = message("team.change_team", "change who is in the team")
LOAD_DEMO = message("team.load_demo", "load demo data")
ERASE = message("team.erase", "delete or erase a customer (it erases their history)")


def not_allowed(member: Member, what: str) -> str:
    """The sentence for an action the member's role may not take (`what`: a `Reason` such as
    `Reason(CHANGE_TEAM)`, "change who is in the team")."""
    if member.access is Access.VIEWER:
        return say(
            "team.viewer_refused",
            "you are signed in as {role}, a viewer of this book: a viewer can read it but not "
            "change it; nothing was saved",
            role=member.role,
        )
    return say(
        "team.owner_only",
        "you are signed in as {role}, staff of this book: only its owner can {what}; nothing "
        "was saved",
        role=member.role,
        what=what,
    )
