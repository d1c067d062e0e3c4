"""A team book's roles and grants on PostgreSQL: `crmnote team init` and `team add`, and the
grants kept right after every upgrade.

Three group roles (server-wide, as every PostgreSQL role): `crmnote_viewer` reads every table;
`crmnote_staff` also writes the records, appends to the change log and keeps the derived tables
(search, filter, scores); `crmnote_owner` owns the book's tables and functions, so it alone may
change the schema, the settings and the team, and rewrite the change log (erasing a customer).
A member is a login role in one of them, allowed to connect to this database, mapped to its
staff record in `team_members`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from crmnote.domain import settings as declared
from crmnote.domain.errors import NotAllowedError
from crmnote.domain.reasons import say
from crmnote.domain.team import OWNER_ROLE, STAFF_ROLE, VIEWER_ROLE, Access

__all__ = ["OWNER_ROLE", "STAFF_ROLE", "VIEWER_ROLE"]

GROUPS = (VIEWER_ROLE, STAFF_ROLE, OWNER_ROLE)
# Only the owner writes these; staff read them like every other table.
OWNER_ONLY = ("settings", "team_members", "alembic_version")
# Derived results kept in `settings`: staff keep them as they keep the scores (the day promises
# that fell overdue were last taken in, the latest staff comparison). A row policy opens these
# keys to staff; every other setting stays the owner's.
STAFF_KEPT_SETTINGS = (declared.OVERDUE_CHECKED.key, declared.STAFF_TEAM.key)
# Staff append to the change log and to sync's (docs/sync.md); only the owner may rewrite the
# change log (erasure clears payloads).
APPEND_ONLY = ("change_log", "sync_changes")
# A SCRAM verifier as libpq computes it: only these characters, so it can stand in a literal.
_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _scalar(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar()


def _create_group(conn: Connection, group: str) -> bool:
    """Create a group role unless it exists; True when this call made it. Roles are the
    server's: another book's team init may create the same group at the same moment, and
    its CREATE then wins (ours waits for it, then finds the name taken)."""
    if role_exists(conn, group):
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, group)} NOLOGIN")
    except DBAPIError:
        if role_exists(conn, group):
            return False
        raise
    return True


def role_exists(conn: Connection, role: str) -> bool:
    return bool(_scalar(conn, "SELECT count(*) FROM pg_roles WHERE rolname = :r", r=role))


def team_ready(conn: Connection) -> bool:
    """True once `team init` ran on this book: its tables belong to crmnote_owner. (The group
    roles alone say nothing: they are the server's, made for any book on it.)"""
    return all(role_exists(conn, g) for g in GROUPS) and owner_of_tables(conn) == OWNER_ROLE


def owner_of_tables(conn: Connection) -> str:
    found = _scalar(
        conn, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'customers'::regclass"
    )
    return str(found)


def apply_grants(conn: Connection) -> None:
    """Every table's grants for the three groups, again (new tables of an upgrade included)."""
    viewer, staff = _q(conn, VIEWER_ROLE), _q(conn, STAFF_ROLE)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {viewer}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}")
    # Reading a sequence's position (not moving it): what pg_dump needs for a viewer's backup.
    conn.exec_driver_sql(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {viewer}")
    tables = [
        str(t)
        for t in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    ]
    for table in tables:
        q = _q(conn, table)
        if table in OWNER_ONLY:
            conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {q} FROM {staff}")
        elif table in APPEND_ONLY:
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE, TRUNCATE ON {q} FROM {staff}")
            conn.exec_driver_sql(f"GRANT INSERT ON {q} TO {staff}")
        else:
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {q} TO {staff}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff}")
    _staff_kept_settings(conn, staff)


def _staff_kept_settings(conn: Connection, staff: str) -> None:
    """Staff may insert and update the settings rows of STAFF_KEPT_SETTINGS only: row level
    security on `settings` (its owners, the owner group's members, are not bound by it)."""
    keys = ", ".join(f"'{key}'" for key in STAFF_KEPT_SETTINGS)  # fixed names, no quotes
    conn.exec_driver_sql(f"GRANT INSERT, UPDATE ON settings TO {staff}")
    conn.exec_driver_sql("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
    for policy in ("crmnote_read", "crmnote_staff_kept"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON settings")
    conn.exec_driver_sql("CREATE POLICY crmnote_read ON settings FOR SELECT USING (true)")
    conn.exec_driver_sql(
        f"CREATE POLICY crmnote_staff_kept ON settings FOR ALL TO {staff} "
        f"USING (key IN ({keys})) WITH CHECK (key IN ({keys}))"
    )


def _give_objects_to_owner_group(conn: Connection) -> None:
    """The book's tables (with their sequences), loose sequences, functions and the search
    configuration pass to crmnote_owner: any owner may then upgrade the schema. Objects of
    the extensions (unaccent, pg_trgm) stay as they are."""
    owner = _q(conn, OWNER_ROLE)
    mine = "pg_get_userbyid({}) = session_user::text"
    not_extension = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {} AND d.deptype = 'e')"
    rel = (
        "SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = "
        f"current_schema()::regnamespace AND c.relkind IN ({{}}) AND {mine.format('c.relowner')} "
        f"AND {not_extension.format('c.oid')}"
    )
    for name, _kind in conn.exec_driver_sql(rel.format("'r', 'p', 'v', 'm'")).all():
        conn.exec_driver_sql(f"ALTER TABLE {_q(conn, name)} OWNER TO {owner}")
    for name, _kind in conn.exec_driver_sql(rel.format("'S'")).all():
        conn.exec_driver_sql(f"ALTER SEQUENCE {_q(conn, name)} OWNER TO {owner}")
    functions = conn.exec_driver_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = "
        f"current_schema()::regnamespace AND {mine.format('p.proowner')} "
        f"AND {not_extension.format('p.oid')}"
    ).scalars()
    for signature in list(functions):
        conn.exec_driver_sql(f"ALTER FUNCTION {signature} OWNER TO {owner}")
    configs = conn.exec_driver_sql(
        "SELECT cfgname FROM pg_ts_config WHERE cfgnamespace = current_schema()::regnamespace "
        f"AND {mine.format('cfgowner')}"
    ).scalars()
    for name in list(configs):
        conn.exec_driver_sql(f"ALTER TEXT SEARCH CONFIGURATION {_q(conn, name)} OWNER TO {owner}")


def init(conn: Connection) -> bool:
    """Make the group roles and grants and hand the book's objects to crmnote_owner, with the
    signed-in role as its first member; True when the roles were new on this server."""
    me = str(_scalar(conn, "SELECT session_user::text"))
    may = conn.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = session_user")
    ).one()
    if not (may[0] or may[1]):
        raise NotAllowedError(
            say(
                "team.no_createrole",
                "role '{role}' may not create roles, which team init needs: have the PostgreSQL "
                "superuser run ALTER ROLE {role} CREATEROLE (once), then try again",
                role=me,
            )
        )
    if owner_of_tables(conn) != me and not may[0]:
        raise NotAllowedError(
            say(
                "team.init_owner",
                "team init is for the book's owner: the tables belong to '{role}'",
                role=str(owner_of_tables(conn)),
            )
        )
    made = False
    for group in GROUPS:
        made = _create_group(conn, group) or made
    conn.exec_driver_sql(f"GRANT {_q(conn, VIEWER_ROLE)} TO {_q(conn, STAFF_ROLE)}")
    conn.exec_driver_sql(f"GRANT {_q(conn, STAFF_ROLE)} TO {_q(conn, OWNER_ROLE)}")
    conn.exec_driver_sql(f"GRANT {_q(conn, OWNER_ROLE)} TO {_q(conn, me)}")
    database = _q(conn, str(_scalar(conn, "SELECT current_database()")))
    owns_database = _scalar(
        conn,
        "SELECT pg_has_role(session_user, datdba, 'USAGE') FROM pg_database "
        "WHERE datname = current_database()",
    )
    if owns_database:
        # Roles are the server's: a member of another book's team may not connect to this one.
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {_q(conn, me)}")
    conn.exec_driver_sql(f"GRANT CREATE, USAGE ON SCHEMA public TO {_q(conn, OWNER_ROLE)}")
    _give_objects_to_owner_group(conn)
    apply_grants(conn)
    return made


@dataclass(frozen=True)
class RoleChange:
    """What `add_member` did to the server's roles."""

    created: bool  # a new login role
    password_set: bool


def encrypt_password(conn: Connection, role: str, password: str) -> str:
    """libpq's SCRAM verifier of a password, computed here: the password itself never travels
    to the server or into its log, as with psql's \\password."""
    raw = conn.connection.dbapi_connection
    verifier = str(
        raw.pgconn.encrypt_password(  # type: ignore[union-attr]
            password.encode(), role.encode(), b"scram-sha-256"
        ).decode()
    )
    if not _VERIFIER.fullmatch(verifier):
        raise RuntimeError("libpq returned an unexpected password verifier")
    return verifier


def add_member(conn: Connection, role: str, access: Access, password: str | None) -> RoleChange:
    """Create or update the login role `role` in `access`'s group, allowed to connect here."""
    q = _q(conn, role)
    created = not role_exists(conn, role)
    if created and password is None:
        raise NotAllowedError(
            say(
                "team.password_needed",
                "a new member needs a password (role '{role}' does not exist)",
                role=role,
            )
        )
    if _scalar(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = :r", r=role):
        raise NotAllowedError(
            say(
                "team.superuser",
                "'{role}' is a superuser of the server; it cannot be a member",
                role=role,
            )
        )
    verb = "CREATE" if created else "ALTER"
    secret = "" if password is None else f" PASSWORD '{encrypt_password(conn, role, password)}'"
    extra = " CREATEROLE" if access is Access.OWNER else " NOCREATEROLE"
    conn.exec_driver_sql(f"{verb} ROLE {q} LOGIN{extra}{secret}")
    for group in GROUPS:
        conn.exec_driver_sql(f"REVOKE {_q(conn, group)} FROM {q}")
    if access is Access.OWNER:
        # Admin option: an owner adds members (PostgreSQL 16 asks for it to grant a group).
        for group in GROUPS:
            conn.exec_driver_sql(f"GRANT {_q(conn, group)} TO {q} WITH ADMIN OPTION")
    else:
        conn.exec_driver_sql(f"GRANT {_q(conn, access.group_role)} TO {q}")
    database = _q(conn, str(_scalar(conn, "SELECT current_database()")))
    conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {q}")
    return RoleChange(created, password is not None)


def member_access(conn: Connection, role: str) -> Access | None:
    """The group a role belongs to (directly or not), the most powerful first."""
    for access in (Access.OWNER, Access.STAFF, Access.VIEWER):
        if _scalar(
            conn,
            "SELECT pg_has_role(:r, :g, 'MEMBER')",
            r=role,
            g=access.group_role,
        ):
            return access
    return None


def login_roles(conn: Connection) -> list[tuple[str, bool]]:
    """(role, may log in) for every role allowed to connect to this database that is in a
    crmnote group, superusers left out."""
    rows = conn.execute(
        text(
            "SELECT r.rolname, r.rolcanlogin FROM pg_roles r WHERE NOT r.rolsuper "
            "AND r.rolname NOT IN ('crmnote_owner', 'crmnote_staff', 'crmnote_viewer') "
            "AND has_database_privilege(r.oid, current_database(), 'CONNECT') "
            "AND pg_has_role(r.oid, 'crmnote_viewer', 'MEMBER') ORDER BY r.rolname"
        )
    ).all()
    return [(str(name), bool(login)) for name, login in rows]
