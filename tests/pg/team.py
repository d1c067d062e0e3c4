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


def make_team_book(server: PgServer, *, init: bool = True, members: bool = True) -> TeamBook:
    """A new team book: its owner made the schema and (`init`) ran team init; with `members`,
    the owner also added a staff member and a viewer."""
    n = next(_numbers)
    book = TeamBook(server, f"{server.prefix}_team_{n}")
    for who in ("owner", "staff", "viewer", "extra"):
        book.roles[who] = f"{book.names.get(who, 'Xena').lower()}_{os.getpid()}_{n}"
    owner = book.roles["owner"]
    server.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{book.password('owner')}'")
    server.execute(
        f"CREATE DATABASE {book.database} OWNER {owner} TEMPLATE template0 ENCODING 'UTF8' "
        f"{server.locale}"
    )
    server.made(book.database)
    opened = open_database(book.text("owner"))  # the owner makes the schema
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
