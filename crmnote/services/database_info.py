"""Where the open database lives, for the desktop app's backup, restore and check commands."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from crmnote import paths
from crmnote.services.base import ServiceBase
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.engine import sqlite_path


class DatabaseInfoService(ServiceBase):
    def file(self) -> Path | None:
        """The SQLite file behind the services (None for an in-memory or non-SQLite database)."""
        bind = self._sessions.kw.get("bind")
        return sqlite_path(bind.url) if isinstance(bind, Engine) else None

    def maintenance(self) -> MaintenanceService | None:
        """File-level care of that database, backups beside it (None when there is no file)."""
        file = self.file()
        return None if file is None else MaintenanceService(file, paths.backup_dir_for(file))

    def close_connections(self) -> None:
        """Close the pooled connections (before the file is replaced); new ones open on use.

        Disposing the engine also closes `OutsideWritesService`'s own connection, which is
        outside the pool (its listener on the engine's `engine_disposed` event)."""
        bind = self._sessions.kw.get("bind")
        if isinstance(bind, Engine):
            bind.dispose()
