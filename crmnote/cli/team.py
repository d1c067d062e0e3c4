"""`crmnote team`: a team book's people on PostgreSQL (init once, add members, list them).

A password never goes on the command line (every user of the computer can read a command line,
and the shell keeps it): it is asked twice on the terminal, or read from a file
(`--password-file FILE`, `-` for standard input).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from crmnote.cli import language
from crmnote.domain.errors import NotAllowedError, ValidationError
from crmnote.domain.reasons import Reason, Typed, listing, message, say
from crmnote.domain.rule_messages import EMPTY
from crmnote.domain.team import CHANGE_TEAM, Access, Member, not_allowed

COMMANDS = frozenset({"team"})


def add_team_commands(sub: Any) -> None:
    team = sub.add_parser(
        "team",
        help="a team book on PostgreSQL: roles, members, signing in",
        description="Each person signs in to a team book as their own PostgreSQL role "
        "(docs/team.md). Passwords are asked on the terminal or read from a file, never "
        "given on the command line.",
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="make this book a team book (its owner, once): roles and their rights"
    )
    init.add_argument(
        "--staff", default="", help="the staff member you record as (default: the current one)"
    )
    add = actions.add_parser("add", help="add a member: a sign-in role and its staff record")
    add.add_argument("name", help="the sign-in name (letters a-z, digits, _): anna")
    add.add_argument(
        "--role", required=True, choices=[a.value for a in Access], help="what they may do"
    )
    add.add_argument("--staff", default="", help="their staff record's name (default: NAME)")
    add.add_argument(
        "--password-file",
        type=Path,
        help="read the password from this file's first line (- for standard input); "
        "default: asked on the terminal",
    )
    listing = actions.add_parser("list", help="the members, their roles and staff records")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    sign_in = actions.add_parser(
        "sign-in",
        help="keep your password for this book in the system keyring (tried on the server first)",
    )
    sign_in.add_argument(
        "--password-file",
        type=Path,
        help="read the password from this file's first line (- for standard input); "
        "default: asked on the terminal",
    )
    actions.add_parser("sign-out", help="forget the password kept in the system keyring")
    from crmnote.cli.sync import add_join_action

    add_join_action(actions)


# `team add`: (a new role?, a new staff record?) → what was done.
_ADDED = {
    (True, True): message(
        "cli.team.added_new_staff",
        "added {role} ({access}), recording as a new staff record '{staff}'",
    ),
    (True, False): message(
        "cli.team.added", "added {role} ({access}), recording as the staff record '{staff}'"
    ),
    (False, True): message(
        "cli.team.updated_new_staff",
        "updated {role} ({access}), recording as a new staff record '{staff}'",
    ),
    (False, False): message(
        "cli.team.updated", "updated {role} ({access}), recording as the staff record '{staff}'"
    ),
}
# Run before the book is opened: signing in is what lets it open.
SIGN_IN_ACTIONS = frozenset({"sign-in", "sign-out"})


def run_sign_in_command(args: argparse.Namespace) -> int:
    """`team sign-in` and `team sign-out` on the book `--db` names."""
    from crmnote import paths
    from crmnote.services import sign_in

    db = args.db or paths.default_db()
    if args.team_command == "sign-out":
        who = sign_in.account(db)
        if sign_in.sign_out(db):
            _say(say("cli.team.forgot", "forgot the password kept for {who}", who=who))
        else:
            _say(say("cli.team.none_kept", "no password was kept for {who}", who=who))
        return 0
    who = sign_in.account(db)  # a file is refused before a password is asked
    ask = language.sentence(say("cli.team.password_for", "Password for {who}: ", who=who))
    password = _password(args.password_file, True, ask=ask)
    assert password is not None
    sign_in.sign_in(db, password)
    _say(
        say(
            "cli.team.signed_in",
            "signed in as {who}: the password is kept in the system keyring ({command} forgets it)",
            who=who,
            command=Typed("crmnote team sign-out"),
        )
    )
    return 0


def run_team_command(services: Any, args: argparse.Namespace) -> int:
    team = services.team
    if args.team_command == "init":
        owner, made, _ = team.init(args.staff)
        ready = (
            message(
                "cli.team.made",
                "team book ready: made the roles {roles}; {owner} is its "
                "owner, recording as {staff}",
            )
            if made
            else message(
                "cli.team.found",
                "team book ready: found the roles {roles}; {owner} "
                "is its owner, recording as {staff}",
            )
        )
        roles = listing(Typed(r) for r in ("crmnote_owner", "crmnote_staff", "crmnote_viewer"))
        _say(Reason(ready, roles=roles, owner=owner.role, staff=owner.staff_name))
        return 0
    if args.team_command == "add":
        me = team.signed_in()
        if not me.access.is_owner:
            raise NotAllowedError(not_allowed(me, Reason(CHANGE_TEAM)))
        access = Access(args.role)
        known = {m.role for m in team.members()}
        password = _password(args.password_file, args.name.strip().lower() not in known)
        added, _ = team.add(args.name, access, password, args.staff)
        m = added.member
        done = _ADDED[added.new_role, added.new_staff]
        _say(Reason(done, role=m.role, access=Typed(m.access.value), staff=m.staff_name))
        if added.password_set:
            url = Typed(f"postgresql+psycopg://{m.role}@HOST/DATABASE")
            _say(
                say(
                    "cli.team.signs_in",
                    "{role} signs in with {url} and the password in {file} (docs/team.md)",
                    role=m.role,
                    url=url,
                    file=Typed("~/.pgpass"),
                )
            )
        return 0
    return _list(services, args)


def _list(services: Any, args: argparse.Namespace) -> int:
    members: list[Member] = services.team.members()
    me = services.team.signed_in().role
    if args.json:
        out = [
            {
                "role": m.role,
                "access": m.access.value,
                "staff_id": m.staff_id,
                "staff": m.staff_name or None,
                "you": m.role == me,
            }
            for m in members
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    you = "  " + language.tr("team", "(you)")
    for m in members:  # the role and its access as typed (--role), then the staff member
        staff = m.staff_name or language.tr("team", "(no staff record)")
        print(f"{m.role:<20} {m.access.value:<7} {staff}{you if m.role == me else ''}")
    return 0


def _password(path: Path | None, needed: bool, ask: str = "") -> str | None:
    """The new member's password from the file, else asked twice on a terminal; None to keep
    an existing member's password. With `ask`, asked once with that prompt (your own
    password, which the server then checks)."""
    if path is not None:
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                "password-file", say("cli.not_utf8", "{path} is not UTF-8 text", path=str(path))
            ) from None
        lines = text.splitlines()
        password = lines[0] if lines else ""
        if not password:
            raise ValidationError(
                "password-file",
                say(
                    "cli.no_password",
                    "{path} holds no password on its first line",
                    path=str(path),
                ),
            )
        return password
    if not needed:
        return None
    if not sys.stdin.isatty():
        raise ValidationError(
            "password",
            say(
                "cli.password_how",
                "give {option} FILE (or - for standard input), or run this on "
                "a terminal to be asked; never on the command line",
                option=Typed("--password-file"),
            ),
        )
    new = say("cli.team.new_password", "Password for the new member: ")
    first = getpass.getpass(ask or language.sentence(new))
    if not first:
        raise ValidationError("password", Reason(EMPTY))
    if ask:
        return first
    again = language.sentence(say("cli.team.password_again", "The same password again: "))
    if getpass.getpass(again) != first:
        raise ValidationError(
            "password", say("cli.passwords_differ", "the two passwords differ; nothing was changed")
        )
    return first


def _say(reason: str) -> None:
    print(language.sentence(reason))
