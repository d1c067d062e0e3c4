"""Copying every row of a book into an empty book on another database, inside one transaction
on the target, and reading the copy back to compare.

The source is read in one snapshot, table by table (parents first) in primary-key order, in
batches; its digest is taken from the same rows as they pass. Into SQLite the rows go as
batched INSERTs with foreign keys checked at commit (a renegotiated promise may name a later
one), with a rollback journal (`filling`); into PostgreSQL as one COPY per table. On both, the
tables' own triggers (and on SQLite most indexes) are set aside for the load (inside the
transaction), then built back, the search index and the filter texts in one pass each; on
PostgreSQL the id sequences are moved past the highest id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, Table, text

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import listing, say
from crmnote.storage import derived_postgres, filter_sources, search_sources
from crmnote.storage.book_digest import BookDigest, TableDigest
from crmnote.storage.book_tables import (
    converted,
    copied_tables,
    ordered_rows,
    plain,
    row_counts,
)
from crmnote.storage.search_queries import FILTER_TABLES, SEARCH_TABLE
from crmnote.storage.table_words import rows as counted

# What crmnote writes into a book as it opens it, which a copy may replace: the settings and
# the first staff member (when nothing else is there, nothing refers to it).
OPENING_TABLES = frozenset(
    {
        "settings",
        "staff",
        "sync_state",
        "sync_changes",
        "sync_shadow",
        "sync_peers",
        "sync_conflicts",
    }
)


@dataclass(frozen=True)
class CopyProgress:
    """Where a copy is: `stage` copy, index (derived data on the target), verify, or log (the
    copied records written into sync's change log)."""

    stage: str
    table: str
    done: int
    total: int
    passes: int = 2  # over the rows: copied, read back (3: then the records logged)

    @property
    def fraction(self) -> float:
        """Of the whole job: every row is copied once and read back once, and with a third
        pass the records are logged (counted as one more pass over the rows)."""
        return min(1.0, self.done / (self.passes * self.total)) if self.total else 1.0


Progress = Callable[[CopyProgress], None]


def holdings(conn: Connection) -> dict[str, int]:
    """What the target already holds, beyond what crmnote writes when it opens a book."""
    counts = row_counts(conn)
    held = {t: n for t, n in counts.items() if n and t not in OPENING_TABLES}
    if counts.get("staff", 0) > 1:
        held["staff"] = counts["staff"]
    return held


# The page cache of a SQLite target while it fills (KiB; SQLite's default is 2 MiB): the pages
# of a table being appended to and of the indexes being built stay in memory until commit.
FILL_CACHE_KIB = 65536


@contextmanager
def filling(conn: Connection) -> Iterator[None]:
    """A SQLite target fills with a rollback journal and a larger page cache, then is in WAL
    mode again (also after a copy that failed or was stopped).

    In WAL mode every page of the copy is written twice — into the write-ahead log, a page
    the cache spilled once more each time it changes again, then into the file at the
    checkpoint (5.3 GB of log at 100,000 customers). A rollback journal holds only the pages
    the target had before the copy (an empty book: its schema, a few dozen pages); the new
    pages are written once, in place. A copy stopped half-way still rolls back, and one killed
    leaves a hot journal that SQLite rolls back when the file is next opened: the target is
    as empty as it was. Leaving WAL needs the only connection to the file: when another one
    has it open, the copy fills in WAL mode as before. Enter outside a transaction."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.driver_connection
    was = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    switched = False
    if was == "wal":
        with suppress(sqlite3.OperationalError):  # another connection has it open: in WAL
            switched = raw.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = -{FILL_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        if switched:
            raw.execute("PRAGMA journal_mode = WAL")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Writer:
    """Rows into SQLite: batched INSERTs, foreign keys checked when the transaction commits.

    The book's triggers keep derived data row by row (the search index, the filter texts and
    their trigram index, sync's marks), and its indexes are kept up row by row: for the load
    they are set aside (the indexes a foreign key is checked through stay) — dropped inside the
    copy's transaction, so a copy stopped half-way gets them back with its rollback — and the
    derived data are then built in one pass each, as `crmnote check --repair` builds them
    (3.9 million rows through the triggers took most of a 17-minute join at 100,000
    customers). Sync's marks are not rebuilt: the copy logs its records itself, or a join
    starts with none."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._triggers: list[str] = []
        self._indexes: list[str] = []

    def begin(self) -> None:
        self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def clear_opening(self) -> None:
        # settings first (it may name the staff member); sync's bookkeeping of them with them
        for name in sorted(OPENING_TABLES, key=lambda n: (not n.startswith("settings"), n)):
            self.conn.exec_driver_sql(f"DELETE FROM {_quote(name)}")

    def switch_triggers(self, on: bool) -> None:
        if not on:
            found = self.conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).all()
            self._triggers = [str(sql) for _name, sql in found]
            for name, _sql in found:
                self.conn.exec_driver_sql(f"DROP TRIGGER {_quote(str(name))}")
            self._set_indexes_aside()
        else:
            for sql in self._indexes:
                self.conn.exec_driver_sql(sql)
            self._indexes = []
            for sql in self._triggers:
                self.conn.exec_driver_sql(sql)
            self._triggers = []

    def _set_indexes_aside(self) -> None:
        """The copied tables' own indexes, but those a foreign key is checked through, are
        dropped for the load and built after it, each from the sorted rows in one pass: kept
        up row by row (a random uuid per row) they rewrote their pages over and over. (A row
        naming a later row is found through the index on its key at commit.)"""
        names = {t.name for t in copied_tables()}
        found = self.conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master "
            "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
        ).all()
        for name, table, sql in found:
            if table not in names or self._checks_a_key(str(name), str(table)):
                continue
            self._indexes.append(str(sql))
            self.conn.exec_driver_sql(f"DROP INDEX {_quote(str(name))}")

    def _checks_a_key(self, index: str, table: str) -> bool:
        first = self.conn.exec_driver_sql(
            "SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 1", (index,)
        ).scalar()
        keys = self.conn.exec_driver_sql(
            'SELECT "from" FROM pragma_foreign_key_list(?)', (table,)
        ).scalars()
        return first in set(keys)

    def table(
        self, table: Table, batches: Iterable[Sequence[Any]], wrote: Callable[[int], None]
    ) -> None:
        t = plain(table)
        dialect = self.conn.dialect
        columns = ", ".join(_quote(c.name) for c in t.columns)
        marks = ", ".join("?" for _ in t.columns)
        sql = f"INSERT INTO {_quote(t.name)} ({columns}) VALUES ({marks})"
        processors = [
            (i, p)
            for i, c in enumerate(t.columns)
            if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        ]
        for chunk in batches:
            # The driver's executemany, each value stored as its column type stores it:
            # SQLAlchemy's per-row parameter handling cost more than SQLite's insert.
            self.conn.exec_driver_sql(sql, converted(chunk, processors) if processors else chunk)
            wrote(len(chunk))

    def finish(self, progress: Callable[[str], None]) -> None:
        """The indexes and triggers back, then the search index and the filter texts from
        the rows."""
        self.switch_triggers(True)
        progress(SEARCH_TABLE)
        for statement in search_sources.rebuild():
            self.conn.exec_driver_sql(statement)
        progress(FILTER_TABLES[0])
        for statement in filter_sources.rebuild():
            self.conn.exec_driver_sql(statement)


class _PostgresWriter(_Writer):
    """Rows into PostgreSQL: COPY per table with the tables' triggers off for the load."""

    def begin(self) -> None:
        names = ", ".join(_quote(t.name) for t in copied_tables())
        # Nobody writes into the tables while they fill; a second copy waits, then sees them full.
        self.conn.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")

    def switch_triggers(self, on: bool) -> None:
        verb = "ENABLE" if on else "DISABLE"
        for t in copied_tables():
            self.conn.exec_driver_sql(f"ALTER TABLE {_quote(t.name)} {verb} TRIGGER USER")

    def table(
        self, table: Table, batches: Iterable[Sequence[Any]], wrote: Callable[[int], None]
    ) -> None:
        columns = ", ".join(_quote(c.name) for c in plain(table).columns)
        raw: Any = self.conn.connection.driver_connection
        # One statement per table: foreign keys are checked at its end, so a row may name a
        # later row of the same table.
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY {_quote(table.name)} ({columns}) FROM STDIN") as copy,
        ):
            for chunk in batches:
                for row in chunk:
                    copy.write_row(row)
                wrote(len(chunk))

    def finish(self, progress: Callable[[str], None]) -> None:
        """The search index and filter texts from the loaded rows, the triggers back on, and
        each id sequence past the highest id."""
        progress(SEARCH_TABLE)
        for statement in derived_postgres.rebuild():
            if statement.startswith(f"INSERT INTO {FILTER_TABLES[0]}"):
                progress(FILTER_TABLES[0])
            self.conn.exec_driver_sql(statement)
        self.switch_triggers(True)  # (the copy's records go into sync's log: services/book_copy)
        for t in copied_tables():
            key = list(t.primary_key.columns)
            if len(key) != 1 or not isinstance(key[0].type, Integer):
                continue
            column, name = _quote(key[0].name), _quote(t.name)
            highest = f"(SELECT max({column}) FROM {name})"
            self.conn.execute(
                text(
                    f"SELECT setval(s, coalesce({highest}, 1), {highest} IS NOT NULL) "
                    "FROM pg_get_serial_sequence(:t, :c) AS s WHERE s IS NOT NULL"
                ),
                {"t": t.name, "c": key[0].name},
            )


def writer_for(conn: Connection) -> _Writer:
    return _PostgresWriter(conn) if conn.dialect.name == "postgresql" else _Writer(conn)


def copy_rows(
    source: Connection, target: Connection, progress: Progress, batch: int
) -> tuple[BookDigest, int]:
    """Copy every row from `source` into `target` (both inside their transactions; the target
    holds nothing but what crmnote writes on opening). Returns the source's digest and the
    rows in all."""
    counts = row_counts(source)
    total = sum(counts.values())
    writer = writer_for(target)
    writer.begin()
    held = holdings(target)
    if held:
        most = sorted(held, key=lambda t: -held[t])[:3]
        listed = listing([counted(t, held[t]) for t in most] + (["…"] if len(held) > 3 else []))
        raise DatabaseError(
            say(
                "db.copy_target_held",
                "the target already holds records ({listed}): copy into a new, empty database",
                listed=listed,
            )
        )
    writer.clear_opening()
    writer.switch_triggers(False)
    done = 0
    digests: dict[str, tuple[int, str]] = {}
    for table in copied_tables():
        digest = TableDigest()

        def batches(table: Table = table, digest: TableDigest = digest) -> Generator[Sequence[Any]]:
            for rows in ordered_rows(source, table, batch):
                digest.update(rows)
                yield rows

        def wrote(n: int, name: str = table.name) -> None:
            nonlocal done
            done += n
            progress(CopyProgress("copy", name, done, total))

        progress(CopyProgress("copy", table.name, done, total))
        with closing(batches()) as rows:  # a copy stopped half-way closes its reading
            writer.table(table, rows, wrote)
        digests[table.name] = (digest.rows, digest.hexdigest())
    writer.finish(lambda name: progress(CopyProgress("index", name, done, total)))
    return BookDigest(digests), total
