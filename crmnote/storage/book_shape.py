"""What a SQLite file holds, read without writing a byte: a crmnote book (of which revision),
nothing yet, a book from a newer crmnote, or another application's database."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmnote.domain.reasons import listing, say
from crmnote.storage.table_words import heading

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration this code ships. A book stamped with it needs no migration, so opening
# it never imports Alembic (a third of a second). Whoever adds a migration moves this on;
# tests/unit/storage/test_book_shape.py fails until the constant and the scripts agree.
HEAD_REVISION = "0015"

# The tables each migration added (FTS5 shadow tables left out). A book of revision R has every
# table added up to R; tests/unit/storage/test_book_shape.py checks this against the golden
# database of every past revision and against the models at head.
TABLES_ADDED: dict[str, frozenset[str]] = {
    "0001": frozenset(
        {
            "settings",
            "staff",
            "standards",
            "customers",
            "customer_contacts",
            "customer_tags",
            "decisions",
            "effort",
            "interactions",
            "score_history",
            "feedback",
            "money",
            "promises",
            "requests",
            "claims",
        }
    ),
    "0003": frozenset({"search_index"}),
    "0004": frozenset({"change_log", "change_log_head", "insights"}),
    "0006": frozenset({"customer_text", "customer_text_index"}),
    "0009": frozenset({"team_members"}),
    "0010": frozenset({"attachments", "attachment_data"}),
    "0011": frozenset(
        {
            "sync_changes",
            "sync_shadow",
            "sync_dirty",
            "sync_conflicts",
            "sync_state",
            "sync_peers",
        }
    ),
}


class Shape(enum.Enum):
    EMPTY = "empty"  # no tables: a new book
    BOOK = "book"  # a crmnote book of a revision this version knows, every table there
    INCOMPLETE = "incomplete"  # a known revision with tables missing
    TOO_NEW = "too new"  # crmnote's tables, a revision this version does not know
    FOREIGN = "foreign"  # another application's database


@dataclass(frozen=True)
class BookShape:
    shape: Shape
    revision: str | None = None
    missing: frozenset[str] = frozenset()

    def describe(self, path: Path | None) -> str:
        """Why `path` (None: "the file") cannot be used as it is, in a sentence (a `Reason`;
        for every shape but BOOK, EMPTY)."""
        if path is None:
            return self._describe_it()
        if self.shape is Shape.TOO_NEW:
            return say(
                "shape.too_new",
                "{path} was written by a newer version of crmnote (schema {revision}); "
                "update crmnote to open it",
                path=str(path),
                revision=str(self.revision),
            )
        if self.shape is Shape.FOREIGN:
            return say(
                "shape.foreign",
                "{path} is another application's SQLite database, not a crmnote book",
                path=str(path),
            )
        if self.shape is Shape.INCOMPLETE:
            return say(
                "shape.incomplete",
                "{path} lacks the tables {tables} of a crmnote book",
                path=str(path),
                tables=listing(heading(t) for t in sorted(self.missing)),
            )
        return say("shape.book", "{path} is a crmnote book", path=str(path))

    def _describe_it(self) -> str:
        if self.shape is Shape.TOO_NEW:
            return say(
                "shape.too_new_it",
                "it was written by a newer version of crmnote (schema {revision}); update "
                "crmnote to open it",
                revision=str(self.revision),
            )
        if self.shape is Shape.FOREIGN:
            return say(
                "shape.foreign_it",
                "it is another application's SQLite database, not a crmnote book",
            )
        if self.shape is Shape.INCOMPLETE:
            return say(
                "shape.incomplete_it",
                "it lacks the tables {tables} of a crmnote book",
                tables=listing(heading(t) for t in sorted(self.missing)),
            )
        return say("shape.book_it", "it is a crmnote book")


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def scripts_head() -> str:
    """The head revision as the migration scripts say (reads them all, with Alembic)."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


@lru_cache(maxsize=64)
def is_known_revision(revision: str) -> bool:
    """True when this version of crmnote has the migration script of `revision`."""
    if revision == HEAD_REVISION:
        return True  # the common case, answered without reading the scripts
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown or malformed id
        return False


def expected_tables(revision: str) -> frozenset[str]:
    """The tables of a book at `revision` (a known one)."""
    found: set[str] = set()
    for added_at, names in TABLES_ADDED.items():
        if added_at <= revision:
            found |= names
    return frozenset(found)


def revision_on(con: Any) -> str | None:
    """The Alembic revision on an open DB-API connection (plain or SQLCipher)."""
    row = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    found = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if found is None else str(found[0])


def shape_on(con: Any) -> BookShape:
    """What the database on `con` holds; reads its schema only."""
    names = {
        str(r[0])
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r[0]).startswith("sqlite_")
    }
    if not names - {"alembic_version"}:
        return BookShape(Shape.EMPTY)
    revision = revision_on(con)
    if revision is None:
        return BookShape(Shape.FOREIGN)
    if not is_known_revision(revision):
        # A newer crmnote keeps the first revision's tables; another application's Alembic
        # database has none of them.
        ours = expected_tables("0001") <= names
        return BookShape(Shape.TOO_NEW if ours else Shape.FOREIGN, revision)
    missing = expected_tables(revision) - names
    return BookShape(Shape.INCOMPLETE if missing else Shape.BOOK, revision, frozenset(missing))
