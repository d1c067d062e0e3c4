"""A team book for the tests: a database owned by a login role of its own (no superuser), its
schema made by that owner, `crmnote team init` run, and a staff member and a viewer added by
`crmnote team add` — each signing in with their own password, as a real team would.

Roles are the server's, so their names carry the test run's pid and a number; `close` drops
the database and the roles again.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from typing import ClassVar

from sqlalchemy import URL

from crmnote.bootstrap import open_database
from crmnote.domain.team import Access
from crmnote.storage.migrate import prepare_database
from tests import new_books
from tests.pg.databases import PgServer

_numbers = itertools.count(1)


def without_password(url: URL) -> URL:
    """`url` naming no password (URL.set cannot clear one)."""
    return URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )


@dataclass
class TeamBook:
    """Who's who: `roles["owner"|"staff"|"viewer"]`, their staff names, their URLs."""

    server: PgServer
    database: str
    roles: dict[str, str] = field(default_factory=dict)
    names: ClassVar[dict[str, str]] = {"owner": "Anna", "staff": "Bob", "viewer": "Vera"}

    def password(self, who: str) -> str:
        return f"pw-{self.roles[who]}"

    def url(self, who: str) -> URL:
        role = self.roles[who]
        return self.server.url.set(
            username=role, password=self.password(who), database=self.database
        )

    def text(self, who: str) -> str:
        """The URL with its password, for a process of this test (never a real user's way)."""
        return self.url(who).render_as_string(hide_password=False)

    def bare(self, who: str) -> str:
        """The URL without a password: the password then comes from ~/.pgpass."""
        return without_password(self.url(who)).render_as_string(hide_password=False)

    def pgpass_line(self, who: str) -> str:
        url = self.url(who)
        return f"{url.host}:{url.port}:{url.database}:{url.username}:{self.password(who)}\n"

    def close(self) -> None:
        self.server.drop_now(self.server.url_of(self.database))
        owner = self.roles["owner"]
        for role in [r for r in self.roles.values() if r != owner] + [owner]:
            self.server.execute(f"DROP ROLE IF EXISTS {role}")


_templates: dict[int, tuple[str, str]] = {}


def _schema_template(server: PgServer) -> tuple[str, str]:
    """A database whose schema a login role of its own made by running the migrations, as an
    owner does, and that role: made once per test process (`PgServer.close` drops them). A
    team book copies it and hands its objects to the book's owner (~0.4 s of migrations a
    book otherwise)."""
    if id(server) not in _templates:
        role, name = f"schema_maker_{os.getpid()}", f"{server.prefix}_team_schema"
        server.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
        server.roles_made(role)
        server.empty(name=name, owner=role)
        prepare_database(server.url_of(name).set(username=role, password=f"pw-{role}"), None)
        # The copies are owned by their owners; the objects inside are handed over per copy.
        server.execute(f"ALTER DATABASE {name} OWNER TO {server.url.username}")
        _templates[id(server)] = (name, role)
    return _templates[id(server)]


def make_team_book(server: PgServer, *, init: bool = True, members: bool = True) -> TeamBook:
    """A new team book: its owner made the schema and (`init`) ran team init; with `members`,
    the owner also added a staff member and a viewer. Outside a `real_migrations` test the
    schema is a copy of one the migrations made as an owner, handed to this book's owner."""
    n = next(_numbers)
    book = TeamBook(server, f"{server.prefix}_team_{n}")
    for who in ("owner", "staff", "viewer", "extra"):
        book.roles[who] = f"{book.names.get(who, 'Xena').lower()}_{os.getpid()}_{n}"
    owner = book.roles["owner"]
    server.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{book.password('owner')}'")
    if new_books.enabled:
        template, maker = _schema_template(server)
        server.copy(template, new=book.database, owner=owner)
        server.execute_in(book.database, f"REASSIGN OWNED BY {maker} TO {owner}")
    else:
        server.empty(name=book.database, owner=owner)
    opened = open_database(book.text("owner"))  # the owner makes (or has) the schema
    try:
        team = opened.services.team
        if init:
            team.init(book.names["owner"])
        if init and members:
            for who, access in (("staff", Access.STAFF), ("viewer", Access.VIEWER)):
                team.add(book.roles[who], access, book.password(who), book.names[who])
    finally:
        opened.close()
    return book
