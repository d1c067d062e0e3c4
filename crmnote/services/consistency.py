"""Finding and repairing logical problems (orphans, impossible states, stale derived data)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from crmnote.domain.audit import LOGGED_KINDS, Action
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.domain.types import CustomerId
from crmnote.services.audit import log_changes
from crmnote.services.base import Clock, ServiceBase, environment_errors, wall_clock
from crmnote.services.changes import Changes
from crmnote.services.database_info import DatabaseInfoService
from crmnote.services.score_context import ScoreContext
from crmnote.services.server_care import ServerCareService
from crmnote.storage.consistency import (
    CHECKS,
    POSTGRES_CHECKS,
    Check,
    broken_references,
    kind_of_table,
    mend,
    offending,
)
from crmnote.storage.database_files import files_for
from crmnote.storage.engine import make_sessionmaker, sqlite_path
from crmnote.storage.repository import Repository
from crmnote.storage.score_store import customer_ids as all_customer_ids
from crmnote.storage.sessions import Engine, Sessions
from crmnote.storage.table_words import heading

# Customers replayed per set of statements, as ScoreService.recompute does.
_CHUNK = 500
# Tables whose rows the scores are replayed from (services.scores).
_SCORED_TABLES = {"interactions", "promises", "claims", "requests", "money", "feedback", "effort"}


@dataclass(frozen=True)
class Finding:
    """One check's outcome: `count` rows of `table`, and a sentence saying what (will be) done."""

    check: str
    table: str
    count: int
    message: str


@dataclass(frozen=True)
class RepairReport:
    """What a repair mended, and the backup taken before it (None when nothing needed mending)."""

    backup: Path | None
    repaired: tuple[Finding, ...]
    changes: Changes


def _finding(check: Check, count: int, *, done: bool) -> Finding:
    return Finding(check.name, check.table, count, check.message(count, done=done))


class ConsistencyService(ServiceBase):
    """The logical checks of `storage.consistency`: find reads; repair mends in one transaction.

    `passphrase`: an encrypted database's, for the backup and the repair's own connection.
    """

    def __init__(
        self,
        sessions: Sessions,
        clock: Clock = wall_clock,
        *,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(sessions, clock)
        self._passphrase = passphrase

    def find(self) -> tuple[Finding, ...]:
        """Every logical problem, one finding per check that found rows (empty when all is well)."""
        checks = self._checks()
        with self.reading() as repo:
            return tuple(
                _finding(check, len(rows), done=False)
                for check in checks
                if (rows := offending(repo.session, check))
            )

    def repair(self, backup: Callable[[], Path] | None = None) -> RepairReport:
        """Back up (`backup`, default: into the backups folder), then mend every problem found.

        One transaction: all is mended or nothing is. Changes to interactions, promises and
        claims are logged in the change log, so verifying it afterwards finds them in order.
        """
        if not self.find():
            return RepairReport(None, (), Changes())
        made = (backup or self._backup)()
        with self._unchecked() as repo:
            done: list[Finding] = []
            changes, rescore, reported = Changes(), set[int](), set[int]()
            for check in self._checks():
                rows = offending(repo.session, check)
                if not rows:
                    continue
                changes |= self._mend(repo, check, rows)
                done.append(_finding(check, len(rows), done=True))
                customers = {c for _, c in rows if c is not None}
                if check.rescore or check.table in _SCORED_TABLES:
                    rescore |= customers
                if check.rescore:
                    reported |= customers
            rescored = self._rescore(repo, rescore)
            if others := rescored.customer_ids - reported:
                n = len(others)
                message = say(
                    "repair.rescored",
                    "{table}: %n customer(s) whose records were repaired; scores recomputed",
                    table=heading("customers"),
                    n=n,
                )
                done.append(Finding("rescore", "customers", n, message))
            if broken := broken_references(repo.session):
                table, row_id, parent = broken[0]
                missing = say(
                    "db.repair_missing",
                    "{table} row {row} still names a missing {parent} row",
                    table=heading(table),
                    row=row_id,
                    parent=heading(parent),
                )
                raise DatabaseError(
                    say("db.repair_undone", "the repair was undone: {missing}", missing=missing)
                )
            changes |= rescored
        return RepairReport(made, tuple(done), changes)

    def _engine(self) -> Engine:
        bind = self.engine()
        if bind is None or bind.dialect.name not in ("sqlite", "postgresql"):
            raise DatabaseError(
                say(
                    "db.checks_dialects", "the logical checks are written for SQLite and PostgreSQL"
                )
            )
        return bind

    def _checks(self) -> tuple[Check, ...]:
        """The checks in the database's own spelling (looked up at each call)."""
        return POSTGRES_CHECKS if self._engine().dialect.name == "postgresql" else CHECKS

    @contextmanager
    def _unchecked(self) -> Iterator[Repository]:
        """One transaction on a connection with foreign keys off, as migrations run.

        The reference checks do what the database's ON DELETE actions would, in order (parents
        first) and in the open, so each change is logged; with foreign keys on, every deleted
        interaction would also scan five unindexed child tables. Before committing,
        `foreign_key_check` must be empty. PostgreSQL keeps its foreign keys whoever writes, so
        a server book is mended in an ordinary transaction.
        """
        if self._engine().dialect.name == "postgresql":
            with self.transaction() as repo:
                yield repo
            return
        file = sqlite_path(self._engine().url)
        if file is None:
            raise DatabaseError(say("db.repair_file", "a repair works on a database file"))
        # Keyed like the services' engine when the database is encrypted.
        engine = files_for(self._passphrase).engine(file, foreign_keys=False)
        try:
            with environment_errors(), make_sessionmaker(engine)() as session, session.begin():
                yield Repository(session)
        finally:
            engine.dispose()

    def _backup(self) -> Path:
        engine = self._engine()
        if engine.dialect.name == "postgresql":  # pg_dump, into the server book's backups
            return ServerCareService(engine.url).backup(reason="before-repair")
        info = DatabaseInfoService(self._sessions, self._clock, passphrase=self._passphrase)
        care = info.maintenance()
        if care is None:
            raise DatabaseError(
                say(
                    "db.repair_backup",
                    "a repair backs up the database first; it must be a local file",
                )
            )
        return care.backup()

    def _mend(self, repo: Repository, check: Check, rows: list[tuple[int, int | None]]) -> Changes:
        """Run the check's statements; log each logged record's change (or deletion)."""
        ids = [row_id for row_id, _ in rows]
        kind = kind_of_table(check.table)
        logged = kind in LOGGED_KINDS and bool(check.fix)
        before = repo.get_many(kind, ids) if logged else {}
        mend(repo.session, check, ids)
        repo.session.expunge_all()  # the statements went around the ORM: read afresh
        after = repo.get_many(kind, ids) if logged else {}
        log_changes(
            repo.session,
            self.now(),
            [
                (Action.UPDATE if i in after else Action.DELETE, old, after.get(i))
                for i, old in before.items()
            ],
        )
        customers = frozenset(c for _, c in rows if c is not None)
        return Changes(kinds=frozenset({kind}), customer_ids=customers)

    def _rescore(self, repo: Repository, customer_ids: set[int]) -> Changes:
        """Replay the scores of the customers concerned that still exist."""
        existing = set(all_customer_ids(repo.session))
        ids = [CustomerId(i) for i in sorted(customer_ids & existing)]
        context = ScoreContext(repo.session, self.now())
        for start in range(0, len(ids), _CHUNK):
            context.rebuild_many(ids[start : start + _CHUNK])
        return Changes(kinds=frozenset({"scores"}), customer_ids=frozenset(ids))
