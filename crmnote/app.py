"""Composition root: database → migrations → services → QApplication → main window."""

from __future__ import annotations

import getpass
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from crmnote import paths
from crmnote import settings as declared
from crmnote.services.facade import Services
from crmnote.storage.engine import database_url, make_engine, sqlite_path
from crmnote.storage.migrate import MigrationReport, prepare_database

log = logging.getLogger("crmnote")


@dataclass(frozen=True)
class OpenDatabase:
    """A database brought to the current schema, with the services over it."""

    name: str
    engine: Engine
    services: Services
    migration: MigrationReport

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | None) -> OpenDatabase:
    """Open (creating or migrating after a backup) the database named by --db or the default."""
    url = database_url(db or paths.default_db())
    file = sqlite_path(url)
    backups = paths.backup_dir_for(file) if file is not None else None
    report = prepare_database(url, backups)
    if report.backup is not None:
        log.info("backed up %s to %s before migrating", file, report.backup)
    engine = make_engine(url)
    services = Services.over(engine)
    services.customers.ensure_staff(_account_name())
    name = file.name if file is not None else url.render_as_string(hide_password=True)
    return OpenDatabase(name, engine, services, report)


def _account_name() -> str:
    try:
        return getpass.getuser().capitalize()
    except Exception:
        return "Me"


def run_gui(db: str | None) -> int:
    """Start the desktop app on a database; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from crmnote.ui.main_window import MainWindow

    opened = open_database(db)
    _daily_backup(opened)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("crmnote")
    app.setOrganizationName("crmnote")
    window = MainWindow(opened.services, opened.name)
    window.show()
    code = app.exec()
    opened.close()
    return code


def _daily_backup(opened: OpenDatabase) -> None:
    """Once a day at start-up, a backup if anything changed; old ones are thinned."""
    from crmnote.services.maintenance import MaintenanceService

    file = sqlite_path(opened.engine.url)
    if file is None:
        return
    keep = int(opened.services.settings.get(declared.BACKUP_KEEP_DAYS))
    result = MaintenanceService(file, paths.backup_dir_for(file)).auto_backup(keep)
    if result.path is not None:
        log.info("daily backup written to %s", result.path)


def database_file(db: str | None) -> Path | None:
    return sqlite_path(database_url(db or paths.default_db()))
