"""Opening a book: the database named by --db or the default, brought to the current schema
after a backup, with the services over it; and the exit codes. Shared by the desktop app, the
command line and the tests.

The heavy modules (SQLAlchemy, Alembic, the services) are imported inside the functions that
need them: the desktop app paints its first window before they load.
"""

from __future__ import annotations

import gc
import getpass
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crmnote import paths
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from crmnote.demo.service import DemoService
    from crmnote.services.book_services import Services
    from crmnote.services.first_screen import FirstScreen
    from crmnote.storage.migrate import MigrationReport

log = logging.getLogger("crmnote")

EXIT_TOO_NEW = 3
EXIT_DATABASE = 4
EXIT_UNREACHABLE = 5  # the database server cannot be reached now: trying again later may work


@dataclass(frozen=True)
class OpenDatabase:
    """A database brought to the current schema, with the services over it; `read_only` when
    the file cannot be written (read-only media, an immutable file): it is opened read-only."""

    name: str
    engine: Engine
    services: Services
    migration: MigrationReport
    read_only: bool = False
    book: str = ""  # the file's absolute path, or the URL without its password

    def demo(self) -> DemoService:
        """The demo-data generator over this book (imported only when asked for)."""
        from crmnote.demo.service import DemoService

        return DemoService.beside(self.services.records)

    def close(self) -> None:
        self.engine.dispose()


def pause_collector() -> None:
    """Start-up without the cyclic garbage collector (a process's own start-up only).

    Start-up makes a great many objects that live as long as the process: modules, classes,
    SQLAlchemy's mappers and compiled statements. The collector would walk them again and
    again while they are made, and once more at exit; `resume_collector` ends the pause."""
    gc.disable()


def resume_collector() -> None:
    """Freeze what start-up made (never walked again, not even at exit) and collect as usual
    from here on."""
    gc.freeze()
    gc.enable()


def open_database(db: str | None, passphrase: str | None = None) -> OpenDatabase:
    """Open (creating or migrating after a backup) the database named by --db or the default.

    An encrypted file needs its `passphrase`; given for a file that does not exist yet, the
    passphrase creates it encrypted; a plain file opens without one (it is not used). Nothing
    is written to the file before it is known to be a crmnote book this version may change
    (`MaintenanceService.probe`); a book that cannot be written is opened read-only.
    """
    try:
        return _open(db, passphrase)
    except OSError as exc:  # the file or its folder cannot be created, read or renamed
        from crmnote.storage.sqlite_errors import cannot_open

        raise DatabaseError(cannot_open(exc)) from None


def _open(db: str | None, passphrase: str | None) -> OpenDatabase:
    from crmnote.services.book_services import Services
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.encrypted_copies import prepare_encrypted
    from crmnote.storage.encryption import Diagnosis, make_encrypted_engine, needs_passphrase
    from crmnote.storage.engine import database_url, make_engine, sqlite_path
    from crmnote.storage.migrate import prepare_database

    url = database_url(db or paths.default_db())
    file = sqlite_path(url)
    backups = paths.backup_dir_for(file) if file is not None else None
    key = None
    read_only = False
    if file is not None and backups is not None:
        if file.is_dir():
            raise DatabaseError(
                say("open.folder", "{path} is a folder, not a database file", path=str(file))
            )
        if needs_passphrase(file, backups):
            if passphrase is None:
                raise DatabaseError(
                    say(
                        "open.passphrase_needed",
                        "{path} is encrypted: a passphrase is needed to open it",
                        path=str(file),
                    )
                )
            key = passphrase
        elif passphrase is not None and (not file.exists() or file.stat().st_size == 0):
            key = passphrase
        verdict = MaintenanceService(file, backups, passphrase=key).probe()
        read_only = verdict is Diagnosis.READ_ONLY
    if file is not None and backups is not None and key is not None:
        report = prepare_encrypted(file, key, backups, datetime.now(), read_only=read_only)
        engine = make_encrypted_engine(file, key, read_only=read_only)
    elif file is None:  # a server: checked and migrated on the book's own engine
        engine = make_engine(url)
        try:
            report = prepare_database(url, None, engine=engine)
        except BaseException:
            engine.dispose()
            raise
    else:
        report = prepare_database(url, backups, read_only=read_only)
        engine = make_engine(url, read_only=read_only)
    if report.backup is not None:
        log.info("backed up %s to %s before migrating", file, report.backup)
    services = Services.over(engine, passphrase=key)
    if not read_only:
        services.customers.ensure_staff(_account_name())
    name = file.name if file is not None else url.render_as_string(hide_password=True)
    book = str(file.resolve()) if file is not None else services.database.location()
    return OpenDatabase(name, engine, services, report, read_only, book)


def _account_name() -> str:
    try:
        return getpass.getuser().capitalize()
    except Exception:
        return "Me"


def first_screen(db: str | None) -> FirstScreen | None:
    """Quick reads for the main window's first screen while the book opens on a worker: for
    a plain SQLite book at this version's schema only (no SQLAlchemy imported); else None."""
    from crmnote.services.first_screen import FirstScreen
    from crmnote.storage.sqlite_files import file_named

    file = file_named(db or paths.default_db())
    return None if file is None else FirstScreen.open(file)


def database_file(db: str | None) -> Path | None:
    from crmnote.storage.engine import database_url, sqlite_path

    return sqlite_path(database_url(db or paths.default_db()))


def database_is_encrypted(db: str | None) -> bool:
    """True when the database is a SQLCipher file, which needs a passphrase to open."""
    from crmnote.storage.encryption import needs_passphrase

    file = database_file(db)
    return file is not None and needs_passphrase(file, paths.backup_dir_for(file))


def placement_notices(opened: OpenDatabase) -> list[str]:
    """Warnings about where the file sits (a sync folder, a network drive)."""
    from crmnote.storage.engine import sqlite_path
    from crmnote.storage.placement import placement_warnings

    file = sqlite_path(opened.engine.url)
    return [] if file is None else [w.message for w in placement_warnings(file)]


def daily_backup(opened: OpenDatabase, keep: int) -> None:
    """Once a day at start-up, a backup if anything changed; old ones are thinned.

    The backup is verified with integrity_check, which is also the day's full check of the file.
    """
    care = opened.services.database.maintenance()  # keyed for an encrypted database
    if care is None:
        return
    result = care.auto_backup(keep)
    if result.path is not None:
        log.info("daily backup written to %s", result.path)
