"""Throwaway PostgreSQL databases for the tests, on the server named by CRMNOTE_TEST_PG_URL.

The URL is the setup role's (a superuser with trust auth on loopback, `tests/pg/cluster.sh`).
The schema is migrated once per test run into a template database; each test gets its own
database copied from it (CREATE DATABASE … TEMPLATE), dropped afterwards.
"""

from __future__ import annotations

import itertools
import os

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from crmnote.storage.migrate import prepare_database

ENV = "CRMNOTE_TEST_PG_URL"
SKIP_REASON = (
    "PostgreSQL tests need a server: set CRMNOTE_TEST_PG_URL "
    "(`make test-postgres` starts a throwaway one)"
)


def setup_url() -> URL | None:
    text = os.environ.get(ENV, "").strip()
    return make_url(text) if text else None


class PgServer:
    """Creates and drops databases named `crmnote_test_<pid>_…` (runs on one server can
    overlap)."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.prefix = f"crmnote_test_{os.getpid()}"
        # One connection kept for the run's CREATE and DROP DATABASEs: a new one each cost the
        # server a backend start (~5 ms of its CPU), twice a test.
        self._admin: Engine = create_engine(
            url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=4
        )
        self._numbers = itertools.count(1)
        self._template: str | None = None
        self._opened_template: str | None = None
        self._made: set[str] = set()
        self._roles: list[str] = []
        self._dropped: list[str] = []
        with self._admin.connect() as conn:
            c_utf8 = conn.exec_driver_sql(
                "SELECT 1 FROM pg_collation WHERE collname IN ('C.utf8', 'C.UTF-8')"
            ).first()
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
        self._locale = "LOCALE 'C.UTF-8'" if c_utf8 else ""
        # From PostgreSQL 15 a copy goes block by block through the WAL by default (~10 MB of
        # WAL per test's database); copying the files is faster with durability off.
        self._strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""

    def url_of(self, name: str) -> URL:
        return self.url.set(database=name)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def execute(self, sql: str) -> None:
        """One statement as the setup role (a superuser), outside any transaction, once the
        databases dropped before it are gone (a role is dropped after its database)."""
        while self._dropped:
            self._drop(self._dropped[0])
        self._execute(sql)

    def roles_made(self, role: str) -> None:
        """Drop this role (made elsewhere) at the end of the run, after the databases."""
        self._roles.append(role)

    def made(self, name: str) -> None:
        """Drop this database (made elsewhere) with the others at the end of the run."""
        self._made.add(name)

    def empty(self, *, name: str | None = None, owner: str | None = None) -> URL:
        """A new empty database (UTF8, code point order), for tests of what migrations do;
        `name` names it, `owner` owns it."""
        name = name or f"{self.prefix}_{next(self._numbers)}"
        owned = f" OWNER {owner}" if owner else ""
        self._execute(
            f"CREATE DATABASE {name}{owned} TEMPLATE template0 ENCODING 'UTF8' {self._locale}"
        )
        self._made.add(name)
        return self.url_of(name)

    def template(self) -> str:
        """The database at the current schema that every fresh one copies (made once)."""
        if self._template is None:
            url = self.empty()
            prepare_database(url, None)
            assert url.database is not None
            self._template = url.database
        return self._template

    def fresh(self) -> URL:
        """A new database at the current schema, empty of records."""
        return self.copy(self.template())

    def opened_template(self) -> str:
        """The template once opened by the app (`open_database`: its staff member made), as
        tests/conftest.py's `sqlite_template` is: a test's `opened` book copies it instead of
        making the staff member in every test (~35 ms of the test's and ~10 ms of the
        server's CPU each)."""
        if self._opened_template is None:
            from crmnote.bootstrap import open_database

            url = self.fresh()
            open_database(url.render_as_string(hide_password=False)).close()
            assert url.database is not None
            self._opened_template = url.database
        return self._opened_template

    def opened(self) -> URL:
        """A new database as the app leaves a new book it opened: at the current schema, its
        one staff member made."""
        return self.copy(self.opened_template())

    def copy(self, name: str, *, new: str | None = None, owner: str | None = None) -> URL:
        """A new database holding what the database `name` holds (which nobody may be
        connected to): a book filled once for many tests, copied for each. `new` names it,
        `owner` owns it (not its objects)."""
        new = new or f"{self.prefix}_{next(self._numbers)}"
        owned = f" OWNER {owner}" if owner else ""
        self._execute(f"CREATE DATABASE {new}{owned} TEMPLATE {name}{self._strategy}")
        self._made.add(new)
        return self.url_of(new)

    def execute_in(self, name: str, sql: str) -> None:
        """One statement as the setup role in the database `name`."""
        engine = create_engine(self.url_of(name), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(sql)
        finally:
            engine.dispose()

    def drop(self, url: URL) -> None:
        """Drop a test's database, a test later. Right after a test closed its connections the
        server processes that served them are still exiting, and DROP DATABASE then waits
        100 ms before it looks again (~0.1 s per test); a test later they are gone. Two
        databases at most wait here (the roles of a team book are dropped after their
        database: `drop_now`)."""
        assert url.database is not None
        self._dropped.append(url.database)
        while len(self._dropped) > 2:
            self._drop(self._dropped.pop(0))

    def drop_now(self, url: URL) -> None:
        assert url.database is not None
        self._drop(url.database)

    def _drop(self, name: str) -> None:
        """PostgreSQL waits up to 5 s for a database's last connections to close (a worker
        thread may still be finishing a query); then they are closed."""
        try:
            self._execute(f"DROP DATABASE IF EXISTS {name}")
        except OperationalError as exc:  # "is being accessed by other users"
            if "other users" not in str(exc):
                raise
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._made.discard(name)
        if name in self._dropped:
            self._dropped.remove(name)

    def close(self) -> None:
        for name in sorted(self._made):
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._made.clear()
        self._dropped.clear()
        for role in self._roles:
            self._execute(f"DROP ROLE IF EXISTS {role}")
        self._roles.clear()
        self._admin.dispose()
