"""Backups and restore of a book on a PostgreSQL server (`crmnote backup` / `restore`), through
pg_dump and pg_restore: the server's own consistent snapshot, restored all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crmnote import paths
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.storage import pg_tools
from crmnote.storage.server_probe import relation_count
from crmnote.storage.sessions import URL


class ServerCareService:
    """Backups of the server book at `url` into `backup_dir` (default: crmnote's data folder,
    one folder per server and database)."""

    def __init__(
        self,
        url: URL,
        backup_dir: Path | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.url = url
        self._backup_dir = backup_dir
        self._clock = clock

    @property
    def backup_dir(self) -> Path:
        if self._backup_dir is None:
            self._backup_dir = pg_tools.backup_folder(paths.data_dir(), self.url)
        return self._backup_dir

    def shown(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        """A pg_dump custom-format file (owner-only) at `dest` (a file, or a folder to put it
        in), else in the backups folder; named `DATABASE-YYYYmmdd-HHMMSS-REASON.dump`."""
        folder = self.backup_dir if dest is None else dest if dest.is_dir() else None
        if folder is not None:
            stamp = self._clock().strftime("%Y%m%d-%H%M%S")
            dest = folder / f"{self.url.database}-{stamp}-{reason}{pg_tools.DUMP_SUFFIX}"
            n = 1
            while dest.exists():
                n += 1
                dest = folder / f"{self.url.database}-{stamp}-{reason}-{n}{pg_tools.DUMP_SUFFIX}"
        assert dest is not None
        return pg_tools.dump(self.url, dest)

    def backups(self) -> list[Path]:
        """The dumps in the backups folder, oldest first."""
        return sorted(self.backup_dir.glob(f"*{pg_tools.DUMP_SUFFIX}"))

    def restore(self, source: Path) -> None:
        """Restore a pg_dump file into the database, which must hold nothing yet (a new
        `createdb`): a restore never mixes with or replaces a book on the server."""
        if not source.is_file():
            raise DatabaseError(say("db.no_file", "there is no file at {path}", path=str(source)))
        if not pg_tools.is_dump(source):
            raise DatabaseError(
                say(
                    "db.not_a_dump",
                    "{path} is not a pg_dump custom-format file: a server book restores from "
                    "`crmnote backup` of a server book (to put a SQLite book on the server, use "
                    "crmnote copy)",
                    path=str(source),
                )
            )
        held = self._relations()
        if held:
            raise DatabaseError(
                say(
                    "db.restore_not_empty",
                    "the database '{name}' already holds %n table(s) or other objects: "
                    "restore into a new, empty database (createdb, see docs/team.md); nothing "
                    "was restored",
                    name=str(self.url.database),
                    n=held,
                )
            )
        pg_tools.restore(self.url, source)

    def _relations(self) -> int:
        return relation_count(self.url)
