"""Composition root: database → migrations → services → QApplication → main window.

Start-up paints first: the GUI path imports only PySide6 before a window shell is on screen,
then opens the database (SQLAlchemy, Alembic, the services: most of the start-up time) and puts
the main window in the shell's place (`ui/first_paint.py`). So the heavy modules are imported
inside the functions that need them, never at the top of this module.

An encrypted database (SQLCipher, `storage/encryption.py`) is opened with its passphrase: the
keyring's, else asked in a dialog once the shell has painted.
"""

from __future__ import annotations

import getpass
import logging
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmnote import paths
from crmnote import settings as declared
from crmnote.domain.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from crmnote.services.facade import Services
    from crmnote.storage.migrate import MigrationReport

log = logging.getLogger("crmnote")

EXIT_TOO_NEW = 3
EXIT_DATABASE = 4
EXIT_UNREACHABLE = 5  # the database server cannot be reached now: trying again later may work


@dataclass(frozen=True)
class OpenDatabase:
    """A database brought to the current schema, with the services over it."""

    name: str
    engine: Engine
    services: Services
    migration: MigrationReport

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | None, passphrase: str | None = None) -> OpenDatabase:
    """Open (creating or migrating after a backup) the database named by --db or the default.

    An encrypted file needs its `passphrase`; given for a file that does not exist yet, the
    passphrase creates it encrypted; a plain file opens without one (it is not used).
    """
    from crmnote.services.facade import Services
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.encryption import (
        make_encrypted_engine,
        needs_passphrase,
        prepare_encrypted,
    )
    from crmnote.storage.engine import database_url, make_engine, sqlite_path
    from crmnote.storage.migrate import prepare_database

    url = database_url(db or paths.default_db())
    file = sqlite_path(url)
    backups = paths.backup_dir_for(file) if file is not None else None
    key = None
    if file is not None and backups is not None:
        if needs_passphrase(file, backups):
            if passphrase is None:
                raise DatabaseError(f"{file} is encrypted: a passphrase is needed to open it")
            key = passphrase
        elif passphrase is not None and (not file.exists() or file.stat().st_size == 0):
            key = passphrase
        MaintenanceService(file, backups, passphrase=key).probe()
    if file is not None and backups is not None and key is not None:
        report = prepare_encrypted(file, key, backups, datetime.now())
        engine = make_encrypted_engine(file, key)
    else:
        report = prepare_database(url, backups)
        engine = make_engine(url)
    if report.backup is not None:
        log.info("backed up %s to %s before migrating", file, report.backup)
    services = Services.over(engine, passphrase=key)
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

    from crmnote.ui.first_paint import show_shell
    from crmnote.ui.resources import DESKTOP_ID, app_icon, install_translations
    from crmnote.ui.single_instance import SingleInstance

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("crmnote")
    app.setOrganizationName("crmnote")
    app.setDesktopFileName(DESKTOP_ID)  # lets Wayland compositors find the icon
    install_translations(app)  # the translators are the app's children: they live as long
    app.setWindowIcon(app_icon())
    target = db or paths.default_db()
    guard = SingleInstance(target)
    if not guard.acquire():
        # Another window already has this database: bring it forward, never open it twice.
        if guard.ask_owner_to_raise():
            return 0
        from crmnote.ui.startup import tell_refused

        tell_refused(app.tr("crmnote is already running on this database but does not answer."))
        return EXIT_DATABASE
    started = _Started()
    try:
        shell = show_shell(_shown_name(target), lambda: started.open(app, shell, target))
        guard.activated.connect(lambda: _bring_forward(started.window or shell))
        code = app.exec()
        return started.code if started.code is not None else code
    finally:
        started.close()
        guard.release()


class _Started:
    """What start-up made once the shell had painted: the database, the main window, the backup."""

    def __init__(self) -> None:
        self.opened: OpenDatabase | None = None
        self.window: Any = None
        self.code: int | None = None  # set when start-up was refused
        self.backup: Any = None

    def open(self, app: Any, shell: Any, target: str) -> None:
        opened, code = _open_interactively(target)
        if opened is None:
            self.code = code
            shell.close()
            app.exit(code)
            return
        from crmnote.ui.first_paint import stamp_main_window
        from crmnote.ui.main_window import MainWindow

        self.opened = opened
        self.window = window = MainWindow(opened.services, opened.name)
        for notice in _placement_notices(opened):
            window.notice.notify(notice)
        stamp_main_window(window)
        window.show()
        shell.close()
        self.backup = _start_daily_backup(opened, window)

    def close(self) -> None:
        # A backup is never left half-written: wait for the day's backup to finish.
        while self.backup is not None and self.backup.running():
            time.sleep(0.05)
        if self.opened is not None:
            self.opened.close()


def _shown_name(target: str) -> str:
    """The database as the title shows it before it is open (a URL without its password)."""
    if "://" in target:
        return re.sub(r"//[^/@]*@", "//", target)
    return Path(target).name


def _bring_forward(window: Any) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _open_interactively(target: str) -> tuple[OpenDatabase | None, int]:
    """Open the database, asking for an encrypted one's passphrase and what to do when it is
    damaged; (None, exit code) on refusal."""
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.engine import database_url, sqlite_path
    from crmnote.ui.startup import DamagedChoice, ask_about_damaged, choose_database, tell_refused

    passphrase: str | None = None  # once known, kept for restoring or starting anew
    while True:
        try:
            file = database_file(target)
            if passphrase is None and file is not None and database_is_encrypted(target):
                unlock = _Unlock(target, file)
                try:
                    if not unlock.run():
                        return None, EXIT_DATABASE
                finally:
                    passphrase = unlock.passphrase
                assert unlock.opened is not None
                return unlock.opened, 0
            return open_database(target, passphrase), 0
        except DatabaseTooNewError as exc:
            tell_refused(str(exc))
            return None, EXIT_TOO_NEW
        except DatabaseDamagedError as exc:
            file = sqlite_path(database_url(target))
            assert file is not None
            care = MaintenanceService(file, paths.backup_dir_for(file), passphrase=passphrase)
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
                target, passphrase = other, None
            else:
                return None, EXIT_DATABASE
        except DatabaseError as exc:
            tell_refused(str(exc))
            unreachable = isinstance(exc, DatabaseUnreachableError)
            return None, EXIT_UNREACHABLE if unreachable else EXIT_DATABASE


class _Unlock:
    """An encrypted database's passphrase: the keyring's if it opens the file, else asked in a
    dialog that stays until a passphrase opens it or the user cancels."""

    def __init__(self, target: str, file: Path) -> None:
        self.target = target
        self.file = file
        self.passphrase: str | None = None
        self.opened: OpenDatabase | None = None
        self.error: Exception | None = None

    def run(self) -> bool:
        """False when the user cancelled; raises what opening met, other than a wrong
        passphrase (damage, a newer schema), with `passphrase` set."""
        from crmnote import keyring_store
        from crmnote.ui import passphrase_dialog

        can_remember, remembered = keyring_store.recall(self.file)
        # A remembered passphrase that no longer opens the file is passed over in silence.
        if remembered is None or not self.attempt(remembered, False):
            asked = passphrase_dialog.ask_passphrase(self.file.name, can_remember, self.attempt)
            if not asked:
                return False
        if self.error is not None:
            raise self.error
        return True

    def attempt(self, passphrase: str, remember: bool) -> bool:
        """True when done asking: the database opened, or failed for another reason."""
        from crmnote import keyring_store
        from crmnote.storage.encryption import WrongPassphraseError

        try:
            self.opened = open_database(self.target, passphrase)
        except WrongPassphraseError:
            return False
        except Exception as exc:  # raised again by `run`: Qt would swallow it inside a slot
            self.error = exc
        self.passphrase = passphrase
        if remember and self.opened is not None:
            keyring_store.remember(self.file, passphrase)
        return True


def _placement_notices(opened: OpenDatabase) -> list[str]:
    """Warnings about where the file sits (a sync folder, a network drive)."""
    from crmnote.placement import placement_warnings
    from crmnote.storage.engine import sqlite_path

    file = sqlite_path(opened.engine.url)
    return [] if file is None else [w.message for w in placement_warnings(file)]


def _start_daily_backup(opened: OpenDatabase, window: Any) -> Any:
    """The day's backup (also its full integrity check) on a worker thread, after the window is
    up: on a big database it takes seconds. A failure is told in the window's notice bar."""
    from crmnote.ui.background import Background

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DatabaseError):
            log.error("daily backup failed", exc_info=exc)
        window.notice.notify(f"The daily backup failed: {exc}. Run crmnote check to see why.")

    keep = int(opened.services.settings.get(declared.BACKUP_KEEP_DAYS))
    job = Background(lambda: _daily_backup(opened, keep), window)
    job.failed.connect(failed)
    job.start()
    return job


def _daily_backup(opened: OpenDatabase, keep: int) -> None:
    """Once a day at start-up, a backup if anything changed; old ones are thinned.

    The backup is verified with integrity_check, which is also the day's full check of the file.
    """
    care = opened.services.database.maintenance()  # keyed for an encrypted database
    if care is None:
        return
    result = care.auto_backup(keep)
    if result.path is not None:
        log.info("daily backup written to %s", result.path)


def database_file(db: str | None) -> Path | None:
    from crmnote.storage.engine import database_url, sqlite_path

    return sqlite_path(database_url(db or paths.default_db()))


def database_is_encrypted(db: str | None) -> bool:
    """True when the database is a SQLCipher file, which needs a passphrase to open."""
    from crmnote.storage.encryption import needs_passphrase

    file = database_file(db)
    return file is not None and needs_passphrase(file, paths.backup_dir_for(file))
