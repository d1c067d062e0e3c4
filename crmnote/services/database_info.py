"""Where the open database lives, for the desktop app's backup, restore and check commands."""

from __future__ import annotations

from pathlib import Path

from crmnote import paths
from crmnote.services.base import Clock, ServiceBase, wall_clock
from crmnote.services.maintenance import MaintenanceService
from crmnote.services.server_care import ServerCareService
from crmnote.storage.engine import sqlite_path
from crmnote.storage.sessions import Session, sessionmaker


class DatabaseInfoService(ServiceBase):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock = wall_clock,
        *,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(sessions, clock)
        self._passphrase = passphrase  # an encrypted database's, for its backups and checks

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    def file(self) -> Path | None:
        """The SQLite file behind the services (None for an in-memory or non-SQLite database)."""
        engine = self.engine()
        return None if engine is None else sqlite_path(engine.url)

    def location(self) -> str:
        """The book as `--db` names it: the file's absolute path, or the URL without a
        password (for the reminders' command line, which must not carry one)."""
        file = self.file()
        if file is not None:
            return str(file.resolve())
        engine = self.engine()
        if engine is None:
            return ""
        return engine.url.set(password=None).render_as_string(hide_password=False)

    def maintenance(self) -> MaintenanceService | None:
        """File-level care of that database, backups beside it (None when there is no file)."""
        file = self.file()
        if file is None:
            return None
        return MaintenanceService(file, paths.backup_dir_for(file), passphrase=self._passphrase)

    def server_care(self) -> ServerCareService | None:
        """Backups of a book on a PostgreSQL server (pg_dump; None for a file)."""
        engine = self.engine()
        if engine is None or engine.dialect.name != "postgresql":
            return None
        return ServerCareService(engine.url, clock=self._clock)

    def backup_dir(self) -> Path | None:
        """Where backups of this book go: beside the file, or the server book's folder."""
        care, server = self.maintenance(), self.server_care()
        return care.backup_dir if care else server.backup_dir if server else None

    def close_connections(self) -> None:
        """Close the pooled connections (before the file is replaced); new ones open on use.

        Disposing the engine also closes `OutsideWritesService`'s own connection, which is
        outside the pool (its listener on the engine's `engine_disposed` event)."""
        engine = self.engine()
        if engine is not None:
            engine.dispose()
