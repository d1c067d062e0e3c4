"""PostgreSQL specifics: how crmnote connects, what it needs of the server, and one clear
sentence for each way a connection fails (the driver's messages name libpq internals)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL, Connection

from crmnote.domain.errors import DatabaseError, DatabaseUnreachableError, PasswordNeededError

CONNECT_TIMEOUT_S = 10
MIN_SERVER = 130000  # PostgreSQL 13
EXTENSIONS = ("unaccent", "pg_trgm")
DRIVER = "psycopg"


def connect_args(url: URL) -> dict[str, Any]:
    """libpq settings crmnote adds unless the URL has its own."""
    args: dict[str, Any] = {"application_name": "crmnote"}
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def connect_failure(url: URL, message: str) -> DatabaseError:
    """The sentence for a failed connection, from the driver's message (libpq's wording)."""
    text = " ".join(message.split())
    where, role, database = _where(url), url.username or "(your login name)", url.database
    if "Connection refused" in text or "No such file or directory" in text:
        return DatabaseUnreachableError(
            f"cannot reach the PostgreSQL server at {where}: nothing answers there "
            "(is the server running and accepting TCP connections?)"
        )
    if "failed to resolve host" in text or "could not translate host name" in text:
        return DatabaseUnreachableError(f"cannot find the database server host {url.host!r}")
    if "timeout expired" in text or "timed out" in text:
        return DatabaseUnreachableError(
            f"the PostgreSQL server at {where} did not answer within {CONNECT_TIMEOUT_S} s"
        )
    if "password authentication failed" in text:
        return PasswordNeededError(
            f"the PostgreSQL server at {where} refused the password of role {role!r} "
            "(check ~/.pgpass, PGPASSWORD or crmnote team sign-in)"
        )
    if "no password supplied" in text:
        return PasswordNeededError(
            f"the PostgreSQL server at {where} asks for the password of role {role!r}: put it "
            "in ~/.pgpass or the system keyring (crmnote team sign-in), never on the command "
            "line"
        )
    if "does not exist" in text and "database" in text:
        return DatabaseError(
            f"there is no database {database!r} on the PostgreSQL server at {where}"
        )
    if "does not exist" in text and "role" in text:
        return DatabaseError(f"there is no role {role!r} on the PostgreSQL server at {where}")
    if "not permitted to log in" in text or (
        "permission denied for database" in text and "CONNECT" in text
    ):
        return DatabaseError(
            f"the PostgreSQL server at {where} does not let role {role!r} sign in to "
            f"{database!r} (no longer a member? ask the book's owner)"
        )
    if "no pg_hba.conf entry" in text:
        return DatabaseError(
            f"the PostgreSQL server at {where} does not let role {role!r} connect to database "
            f"{database!r} from this computer (pg_hba.conf)"
        )
    first = message.strip().splitlines()[0] if message.strip() else "no reason given"
    return DatabaseUnreachableError(f"cannot connect to the PostgreSQL server at {where}: {first}")


def check_server(conn: Connection) -> None:
    """Refuse, before anything is written, a server crmnote cannot build its schema on."""
    version = conn.dialect.server_version_info or (0,)
    number = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    if number < MIN_SERVER:
        shown = ".".join(str(v) for v in version)
        raise DatabaseError(f"crmnote needs PostgreSQL 13 or newer; this server is {shown}")
    encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
    if encoding != "UTF8":
        raise DatabaseError(
            f"the database uses the {encoding} encoding; crmnote needs UTF8 "
            "(createdb --encoding=UTF8 --template=template0, see docs/team.md)"
        )
    found = {
        name
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm')"
        )
    }
    missing = [e for e in EXTENSIONS if e not in found]
    if missing:
        raise DatabaseError(
            f"the PostgreSQL server lacks the {' and '.join(missing)} extension(s) that "
            "crmnote's search needs (install the postgresql-contrib package on the server)"
        )


def user_relations(conn: Connection) -> int:
    """Tables, views and sequences in the database outside PostgreSQL's own schemas."""
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname !~ '^pg_(toast|temp)' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
        ).scalar_one()
    )
