"""Backups, restore and checks of the database file: the user's data never at risk.

An encrypted database is cared for with its passphrase: its backups are encrypted with it, and
every check reads through it (`storage.database_files`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmnote.domain.backup_policy import Retention, to_delete
from crmnote.domain.errors import (
    DatabaseDamagedError,
    DatabaseEmptyError,
    DatabaseError,
    DatabaseTooNewError,
    StorageError,
)
from crmnote.domain.reasons import say
from crmnote.storage.backup import list_backups, timestamped_backup
from crmnote.storage.book_shape import is_known_revision
from crmnote.storage.database_files import files_for
from crmnote.storage.encryption import DamagedDatabaseError as EncryptedDamagedError
from crmnote.storage.encryption import (
    Diagnosis,
    NotEncryptedError,
    WrongPassphraseError,
    looks_encrypted,
)
from crmnote.storage.sqlite_errors import explain


@dataclass(frozen=True)
class BackupResult:
    """Where a backup went, or why none was needed; what thinning removed."""

    path: Path | None
    unchanged: bool
    removed: tuple[Path, ...] = ()


class MaintenanceService:
    """File-level care of one SQLite database; works even when the database cannot be opened."""

    def __init__(
        self,
        db: Path,
        backup_dir: Path,
        clock: Callable[[], datetime] = datetime.now,
        *,
        passphrase: str | None = None,
    ) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self._clock = clock
        self._files = files_for(passphrase)

    @property
    def encrypted(self) -> bool:
        return self._files.encrypted

    def backups(self) -> list[tuple[datetime, Path]]:
        return list_backups(self.backup_dir, self.db.stem)

    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        """A verified copy through the online backup API, to `dest` or the backup folder (its
        name ends with `reason`)."""
        self._refuse_folder()
        if not self.db.exists():
            raise DatabaseError(
                say("db.no_database", "there is no database at {path}", path=str(self.db))
            )
        if dest is not None:
            if dest.is_dir():
                dest = dest / f"{self.db.stem}-{self._clock():%Y%m%d-%H%M%S}.sqlite3"
            return self._files.copy(self.db, dest)
        return self._stamped(reason, self._clock())

    def _stamped(self, reason: str, now: datetime) -> Path:
        return timestamped_backup(self.db, self.backup_dir, reason, now, self._files.copy)

    def auto_backup(self, keep_days: int) -> BackupResult:
        """Once a day at start-up: back up if anything changed since the newest backup, thin."""
        if not self.db.exists():
            return BackupResult(None, True)
        now = self._clock()
        existing = self.backups()
        if existing and existing[-1][0].date() == now.date():
            return BackupResult(None, True, self._thin(keep_days))
        made = self._stamped("daily", now)
        if existing and self._same(existing[-1][1], made):
            made.unlink()
            return BackupResult(None, True, self._thin(keep_days))
        return BackupResult(made, False, self._thin(keep_days))

    def _same(self, earlier: Path, made: Path) -> bool:
        return self._files.digest(earlier) == self._files.digest(made)

    def _thin(self, keep_days: int) -> tuple[Path, ...]:
        existing = self.backups()
        doomed = to_delete([t for t, _ in existing], self._clock(), Retention(daily_days=keep_days))
        removed = tuple(p for t, p in existing if t in doomed)
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def validate(self, source: Path) -> str:
        """Raise unless `source` is a sound crmnote book this version can open, with the tables
        of its revision (a good backup)."""
        if not source.is_file():
            raise DatabaseError(say("db.no_file", "there is no file at {path}", path=str(source)))
        if not self._files.sound(source):
            raise DatabaseError(self._files.unsound(source))
        revision = self._files.revision(source)
        if revision is None:
            raise DatabaseError(
                say("db.not_crmnote", "{path} is not a crmnote database", path=str(source))
            )
        if not is_known_revision(revision):
            raise DatabaseTooNewError(
                say(
                    "db.backup_too_new",
                    "{path} was written by a newer version of crmnote (schema {revision})",
                    path=str(source),
                    revision=revision,
                )
            )
        problem = self._files.backup_problem(source)
        if problem is not None:
            raise DatabaseError(
                say(
                    "db.unusable_backup",
                    "{path} is not a usable crmnote book: {problem}",
                    path=str(source),
                    problem=problem,
                )
            )
        return revision

    def restore(self, source: Path) -> Path | None:
        """Replace the database with a backup; the current one is kept aside first.

        Returns where the previous database was kept (None when there was none). The caller
        opens the result as usual, which migrates an older backup after backing it up.
        """
        self._refuse_folder()
        self.validate(source)
        if source.resolve() == self.db.resolve():
            raise DatabaseError(say("db.restore_itself", "that is the database itself"))
        kept = None
        if self.db.exists() and self._files.backup_problem(self.db) is not None:
            kept = self.set_aside()  # damaged, empty or not a book: kept as it is, renamed
        elif self.db.exists():
            kept = self._stamped("before-restore", self._clock())
        self._files.copy_into(source, self.db)
        if not self._files.sound(self.db):
            raise DatabaseError(
                say(
                    "db.restore_failed",
                    "the restored database failed its check; kept as {kept}",
                    kept=str(kept),
                )
            )
        return kept

    def probe(self) -> Diagnosis:
        """Refuse, untouched, a file that cannot be opened (every start-up); nothing is written
        to it. For an encrypted database, a wrong passphrase is told apart from damage.

        Returns OK, NEW, EMPTY (0 bytes and no backup to offer: a new book) or READ_ONLY (a
        sound book that cannot be written: open it read-only). Raises for another
        application's file, a newer book, damage, and an empty file that has backups.
        """
        self._refuse_folder()
        if self.db.exists() and self.db.stat().st_size == 0:
            return self._empty()
        earlier = [p for _, p in reversed(self.backups())]
        verdict = self._files.verdict(self.db, earlier)
        if verdict is Diagnosis.WRONG_PASSPHRASE:
            raise WrongPassphraseError(
                say(
                    "encrypt.wrong_passphrase",
                    "the passphrase does not open {path}",
                    path=str(self.db),
                )
            )
        if verdict is Diagnosis.NOT_ENCRYPTED:
            raise NotEncryptedError(
                say(
                    "encrypt.not_encrypted",
                    "{path} is not encrypted; open it without a passphrase",
                    path=str(self.db),
                )
            )
        if verdict is Diagnosis.FOREIGN:
            raise DatabaseError(
                say(
                    "db.foreign",
                    "{path} is another application's SQLite database, not a crmnote book; "
                    "it was left as it is",
                    path=str(self.db),
                )
            )
        if verdict is Diagnosis.TOO_NEW:
            raise DatabaseTooNewError(
                say(
                    "db.too_new",
                    "{path} was written by a newer version of crmnote; update crmnote to open "
                    "it (it was left as it is)",
                    path=str(self.db),
                )
            )
        if verdict is not Diagnosis.DAMAGED:
            return verdict
        good = self.newest_good_backup()
        if good is not None:
            hint = say("db.newest_good", "the newest good backup is {path}", path=str(good))
        elif earlier:
            hint = say("db.no_good_backup", "none of its backups is good")
        else:
            hint = say("db.no_backup", "there is no backup")
        if self.encrypted:
            raise EncryptedDamagedError(
                say(
                    "db.damaged_encrypted",
                    "{path} is damaged (the passphrase is right) and was left as it is; {hint}",
                    path=str(self.db),
                    hint=hint,
                )
            )
        raise DatabaseDamagedError(
            say(
                "db.damaged",
                "{path} is damaged or not a database and was left as it is; {hint}",
                path=str(self.db),
                hint=hint,
            )
        )

    def _empty(self) -> Diagnosis:
        """An empty file is a new book, unless backups of the book it was are there."""
        good = self.newest_good_backup()
        if good is not None:
            raise DatabaseEmptyError(
                say(
                    "db.empty_with_backups",
                    "{path} is empty (0 bytes) but has backups; the newest good backup is "
                    "{backup}: restore it (crmnote restore FILE) or delete the empty file for a "
                    "new book",
                    path=str(self.db),
                    backup=str(good),
                )
            )
        if not self.encrypted:
            locked = [p for _, p in self.backups() if looks_encrypted(p)]
            if locked:
                raise DatabaseEmptyError(
                    say(
                        "db.empty_with_encrypted",
                        "{path} is empty (0 bytes) but has encrypted backups; the newest is "
                        "{backup}: restore it (crmnote restore FILE) or delete the empty file "
                        "for a new book; its passphrase is asked",
                        path=str(self.db),
                        backup=str(locked[-1]),
                    )
                )
        return Diagnosis.EMPTY

    def newest_good_backup(self) -> Path | None:
        """The most recent backup that is a good one: sound, and a crmnote book of a known
        revision with that revision's tables (a 0-byte or half-written file never is)."""
        for _, path in reversed(self.backups()):
            if self._files.backup_problem(path) is None:
                return path
        return None

    def set_aside(self) -> Path:
        """Rename a damaged database (and its side files) out of the way; nothing is deleted."""
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.db.with_name(f"{self.db.name}.damaged-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.db.with_name(f"{self.db.name}.damaged-{stamp}-{n}")
        try:
            for suffix in ("-wal", "-shm"):
                side = self.db.with_name(self.db.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
            self.db.rename(target)
        except OSError as exc:
            raise StorageError(
                say(
                    "db.not_renamed",
                    "{path} could not be renamed aside: {why}",
                    path=str(self.db),
                    why=explain(exc),
                )
            ) from None
        return target

    def _refuse_folder(self) -> None:
        if self.db.is_dir():
            raise DatabaseError(
                say("db.folder", "{path} is a folder, not a database file", path=str(self.db))
            )

    def check(self) -> list[str]:
        """Problems found in the file (empty when all is well)."""
        self._refuse_folder()
        if not self.db.exists():
            return [f"there is no database at {self.db}"]
        return self._files.check(self.db)

    def damage(self) -> list[str]:
        """Damage to the file itself, which only a backup mends (empty when it is sound)."""
        self._refuse_folder()
        if not self.db.exists():
            return [f"there is no database at {self.db}"]
        return self._files.damage(self.db)
