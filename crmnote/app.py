"""Composition root: database → migrations → services → QApplication → main window."""

from __future__ import annotations

import getpass
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from crmnote import paths
from crmnote import settings as declared
from crmnote.domain.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from crmnote.placement import placement_warnings
from crmnote.services.facade import Services
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.engine import database_url, make_engine, sqlite_path
from crmnote.storage.migrate import MigrationReport, prepare_database

log = logging.getLogger("crmnote")

EXIT_TOO_NEW = 3
EXIT_DATABASE = 4


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
    if file is not None and backups is not None:
        MaintenanceService(file, backups).probe()
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
    from crmnote.ui.single_instance import SingleInstance
    from crmnote.ui.startup import tell_refused

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("crmnote")
    app.setOrganizationName("crmnote")
    target = db or paths.default_db()
    guard = SingleInstance(target)
    if not guard.acquire():
        # Another window already has this database: bring it forward, never open it twice.
        if guard.ask_owner_to_raise():
            return 0
        tell_refused(app.tr("crmnote is already running on this database but does not answer."))
        return EXIT_DATABASE
    try:
        opened, code = _open_interactively(target)
        if opened is None:
            return code
        window = MainWindow(opened.services, opened.name)
        guard.activated.connect(lambda: _bring_forward(window))
        for notice in _start_up_notices(opened):
            window.notice.notify(notice)
        window.show()
        code = app.exec()
        opened.close()
        return code
    finally:
        guard.release()


def _bring_forward(window: Any) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _open_interactively(target: str) -> tuple[OpenDatabase | None, int]:
    """Open the database, asking what to do when it is damaged; (None, exit code) on refusal."""
    from crmnote.ui.startup import DamagedChoice, ask_about_damaged, choose_database, tell_refused

    while True:
        try:
            return open_database(target), 0
        except DatabaseTooNewError as exc:
            tell_refused(str(exc))
            return None, EXIT_TOO_NEW
        except DatabaseDamagedError as exc:
            file = sqlite_path(database_url(target))
            assert file is not None
            care = MaintenanceService(file, paths.backup_dir_for(file))
            backup = care.newest_good_backup()
            choice = ask_about_damaged(str(exc), backup)
            if choice is DamagedChoice.RESTORE and backup is not None:
                care.restore(backup)
            elif choice is DamagedChoice.NEW:
                care.set_aside()
            elif choice is DamagedChoice.OTHER_FILE:
                other = choose_database()
                if other is None:
                    return None, EXIT_DATABASE
                target = other
            else:
                return None, EXIT_DATABASE
        except DatabaseError as exc:
            tell_refused(str(exc))
            return None, EXIT_DATABASE


def _start_up_notices(opened: OpenDatabase) -> list[str]:
    """Where the file sits, and the day's backup (which is also its full integrity check)."""
    file = sqlite_path(opened.engine.url)
    if file is None:
        return []
    notices = [w.message for w in placement_warnings(file)]
    try:
        _daily_backup(opened)
    except DatabaseError as exc:
        notices.append(f"The daily backup failed: {exc}. Run crmnote check to see why.")
    return notices


def _daily_backup(opened: OpenDatabase) -> None:
    """Once a day at start-up, a backup if anything changed; old ones are thinned.

    The backup is verified with integrity_check, which is also the day's full check of the file.
    """
    file = sqlite_path(opened.engine.url)
    if file is None:
        return
    keep = int(opened.services.settings.get(declared.BACKUP_KEEP_DAYS))
    result = MaintenanceService(file, paths.backup_dir_for(file)).auto_backup(keep)
    if result.path is not None:
        log.info("daily backup written to %s", result.path)


def database_file(db: str | None) -> Path | None:
    return sqlite_path(database_url(db or paths.default_db()))
