"""PostgreSQL specifics: how crmnote connects, what it needs of the server, and one clear
sentence for each way a connection fails (the driver's messages name libpq internals)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import URL, Connection, Engine, event
from sqlalchemy.exc import InvalidatePoolError

from crmnote.domain.errors import DatabaseError, DatabaseUnreachableError, PasswordNeededError
from crmnote.domain.reasons import say

CONNECT_TIMEOUT_S = 10
MIN_SERVER = 130000  # PostgreSQL 13
EXTENSIONS = ("unaccent", "pg_trgm")
DRIVER = "psycopg"
# A pooled connection unused for longer than this is pinged before it is lent out again.
PING_AFTER_IDLE_S = 1.0
_IDLE_SINCE = "crmnote_idle_since"


def connect_args(url: URL) -> dict[str, Any]:
    """libpq settings crmnote adds unless the URL has its own."""
    args: dict[str, Any] = {"application_name": "crmnote"}
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


def ping_after_idle(engine: Engine) -> None:
    """Ping a pooled connection before lending it out only when it has been idle for
    PING_AFTER_IDLE_S: a connection the server dropped meanwhile (a restart, an idle timeout)
    is replaced, and every other pooled one with it, instead of failing the user's action.
    SQLAlchemy's pool_pre_ping pings before every transaction: a round trip each, twice the
    trips of a filter keystroke's one statement. A connection used within the last second
    goes unpinged; if the server went away in that second, the action says the connection
    was lost and the next one reconnects (services.base.environment_errors)."""
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _idle_from(dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return  # new, or used a moment ago
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            if dialect.is_disconnect(exc, dbapi_connection, None):
                raise InvalidatePoolError() from exc  # the pool connects anew
            raise


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def connect_failure(url: URL, message: str) -> DatabaseError:
    """The sentence for a failed connection, from the driver's message (libpq's wording)."""
    text = " ".join(message.split())
    where, database = _where(url), str(url.database)
    role = url.username or say("pg.your_login", "(your login name)")
    if "Connection refused" in text or "No such file or directory" in text:
        return DatabaseUnreachableError(
            say(
                "pg.nothing_answers",
                "cannot reach the PostgreSQL server at {where}: nothing answers there (is the "
                "server running and accepting TCP connections?)",
                where=where,
            )
        )
    if "failed to resolve host" in text or "could not translate host name" in text:
        return DatabaseUnreachableError(
            say("pg.no_host", "cannot find the database server host '{host}'", host=str(url.host))
        )
    if "timeout expired" in text or "timed out" in text:
        return DatabaseUnreachableError(
            say(
                "pg.timeout",
                "the PostgreSQL server at {where} did not answer within {seconds} s",
                where=where,
                seconds=CONNECT_TIMEOUT_S,
            )
        )
    if "password authentication failed" in text:
        return PasswordNeededError(
            say(
                "pg.wrong_password",
                "the PostgreSQL server at {where} refused the password of role '{role}' (check "
                "~/.pgpass, PGPASSWORD or crmnote team sign-in)",
                where=where,
                role=role,
            )
        )
    if "no password supplied" in text:
        return PasswordNeededError(
            say(
                "pg.password_needed",
                "the PostgreSQL server at {where} asks for the password of role '{role}': put "
                "it in ~/.pgpass or the system keyring (crmnote team sign-in), never on the "
                "command line",
                where=where,
                role=role,
            )
        )
    if "does not exist" in text and "database" in text:
        return DatabaseError(
            say(
                "pg.no_database",
                "there is no database '{database}' on the PostgreSQL server at {where}",
                database=database,
                where=where,
            )
        )
    if "does not exist" in text and "role" in text:
        return DatabaseError(
            say(
                "pg.no_role",
                "there is no role '{role}' on the PostgreSQL server at {where}",
                role=role,
                where=where,
            )
        )
    if "not permitted to log in" in text or (
        "permission denied for database" in text and "CONNECT" in text
    ):
        return DatabaseError(
            say(
                "pg.no_sign_in",
                "the PostgreSQL server at {where} does not let role '{role}' sign in to "
                "'{database}' (no longer a member? ask the book's owner)",
                where=where,
                role=role,
                database=database,
            )
        )
    if "no pg_hba.conf entry" in text:
        return DatabaseError(
            say(
                "pg.hba",
                "the PostgreSQL server at {where} does not let role '{role}' connect to database "
                "'{database}' from this computer (pg_hba.conf)",
                where=where,
                role=role,
                database=database,
            )
        )
    first = (
        message.strip().splitlines()[0]
        if message.strip()
        else say("pg.no_reason", "no reason given")
    )
    return DatabaseUnreachableError(
        say(
            "pg.cannot_connect",
            "cannot connect to the PostgreSQL server at {where}: {why}",
            where=where,
            why=first,
        )
    )


def check_server(conn: Connection) -> None:
    """Refuse, before anything is written, a server crmnote cannot build its schema on."""
    version = conn.dialect.server_version_info or (0,)
    number = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    if number < MIN_SERVER:
        shown = ".".join(str(v) for v in version)
        raise DatabaseError(
            say(
                "pg.too_old",
                "crmnote needs PostgreSQL 13 or newer; this server is {version}",
                version=shown,
            )
        )
    encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
    if encoding != "UTF8":
        raise DatabaseError(
            say(
                "pg.encoding",
                "the database uses the {encoding} encoding; crmnote needs UTF8 (createdb "
                "--encoding=UTF8 --template=template0, see docs/team.md)",
                encoding=str(encoding),
            )
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
            say(
                "pg.extensions",
                "the PostgreSQL server lacks %n extension(s) that crmnote's search needs "
                "({names}): install the postgresql-contrib package on the server",
                n=len(missing),
                names=", ".join(missing),
            )
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
