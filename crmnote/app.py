"""Composition root of the desktop app: QApplication → first paint → main window → database.

Start-up paints first: the GUI path imports only PySide6 before a window shell is on screen.
Then the main window takes the shell's place with its first screen (a page of the customer
list, Today) read with plain SQL, while a worker opens the database (SQLAlchemy, the services:
most of the start-up time; Alembic only when the schema is behind). So the heavy modules are
imported inside the functions that need them, never at the top of this module.

An encrypted database (SQLCipher, `storage/encryption.py`) is opened with its passphrase: the
keyring's, else asked in a dialog once the shell has painted.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from crmnote import paths
from crmnote.bootstrap import (
    EXIT_DATABASE,
    EXIT_TOO_NEW,
    EXIT_UNREACHABLE,
    OpenDatabase,
    daily_backup,
    database_file,
    database_is_encrypted,
    first_screen,
    open_database,
    placement_notices,
    resume_collector,
)
from crmnote.domain import settings as declared
from crmnote.domain.errors import (
    CrmError,
    DatabaseDamagedError,
    DatabaseEmptyError,
    DatabaseError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    PasswordNeededError,
)

if TYPE_CHECKING:
    from crmnote.services.book_services import Services

log = logging.getLogger("crmnote")


def run_gui(db: str | None) -> int:
    """Start the desktop app on a database; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from crmnote.ui.resources import DESKTOP_ID, app_icon, install_translations
    from crmnote.ui.startup.first_paint import show_shell
    from crmnote.ui.startup.single_instance import SingleInstance

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
        from crmnote.ui.startup.dialogs import tell_refused

        tell_refused(app.tr("crmnote is already running on this database but does not answer."))
        return EXIT_DATABASE
    started = _Started()
    try:
        shell = show_shell(_shown_name(target), lambda: started.open_or_end(app, shell, target))
        guard.activated.connect(lambda: _bring_forward(started.window or shell))
        code = app.exec()
        if started.bug is not None:
            raise started.bug
        return started.code if started.code is not None else code
    finally:
        started.close()
        guard.release()


class _Started:
    """What start-up made once the shell had painted: the database, the main window, the backup.

    A plain SQLite book at this version's schema (the usual case) gets its main window at once:
    the first screen (a page of the list, Today) is read with plain SQL, and the book is opened
    (SQLAlchemy, the services) on a worker meanwhile (`services/first_screen.py`). Any other
    book is opened first, asking what to do about damage or for a passphrase.
    """

    def __init__(self) -> None:
        self.opened: OpenDatabase | None = None
        self.window: Any = None
        self.code: int | None = None  # set when start-up was refused
        self.bug: BaseException | None = None  # raised again once the event loop has ended
        self.told: list[str] = []  # what opening had to say, for the window once it shows
        self.backup: Any = None
        self.loading: Any = None  # the worker opening the book behind the first screen
        self._worker_opened: OpenDatabase | None = None
        self._loading_started = False

    def open_or_end(self, app: Any, shell: Any, target: str) -> None:
        """`open`; a bug met there ends the app (its crash report is written by `guarded`)
        instead of leaving the shell on screen."""
        try:
            self.open(app, shell, target)
        except BaseException as exc:
            self.bug = exc
            shell.close()
            app.exit(EXIT_DATABASE)

    def open(self, app: Any, shell: Any, target: str) -> None:
        first = first_screen(target)
        if first is not None:
            self._open_behind_first_screen(app, shell, target, first)
            return
        from crmnote.ui import accessibility

        accessibility.install(app)  # before any dialog: every window's fields named
        opened, code = _open_interactively(target, self.told)
        if opened is None:
            self.code = code
            shell.close()
            app.exit(code)
            return
        from crmnote.ui.window.main_window import MainWindow

        self.window = MainWindow(
            opened.services, opened.name, demo=opened.demo(), editable=not opened.read_only
        )
        self._show(shell)
        self._opened(opened)

    def _open_behind_first_screen(self, app: Any, shell: Any, target: str, first: Any) -> None:
        from crmnote.services.first_screen import DeferredServices
        from crmnote.ui.background import Background
        from crmnote.ui.startup.first_paint import AfterFirstPaint
        from crmnote.ui.window.main_window import MainWindow

        deferred = DeferredServices(first)
        services = cast("Services", deferred)
        self.window = MainWindow(services, _shown_name(target), demo=cast(Any, _DemoLater(self)))
        self.loading = job = Background(lambda: self._load(target, deferred), self.window)
        job.done.connect(lambda opened: self._handed_over(deferred, opened))
        job.failed.connect(lambda exc: self._refused(app, exc))
        # Started once the window has painted: loading SQLAlchemy holds the interpreter most
        # of the time, and the window's own Python work would wait for it. Started at once
        # if the window needs the services before then.
        deferred.before_waiting(self._start_loading)
        AfterFirstPaint(self.window, self._start_loading, fallback_ms=300)
        # Fields are named after their labels (`accessibility.install`: each window when it
        # first becomes the focus window and at each later Show): installed once the window
        # has painted, naming the window's own fields then (~15 ms kept off the first paint).
        window = self.window
        AfterFirstPaint(window, lambda: _name_fields(app, window), fallback_ms=300)
        self._show(shell)

    def _start_loading(self) -> None:
        if self.loading is not None and not self._loading_started:
            self._loading_started = True
            self.loading.start()

    def _handed_over(self, deferred: Any, opened: OpenDatabase) -> None:
        deferred.settle()
        self._opened(opened)

    def _load(self, target: str, deferred: Any) -> OpenDatabase:
        """On the worker: open the book and build every service (importing their modules
        here, not on the GUI thread), then hand them to the window's stand-ins."""
        try:
            opened = open_database(target)
        except BaseException as exc:
            deferred.fail(exc)
            raise
        try:
            opened.services.load_all()
        except BaseException as exc:
            opened.close()
            deferred.fail(exc)
            raise
        self._worker_opened = opened
        deferred.provide(opened.services)
        return opened

    def wait_opened(self) -> OpenDatabase:
        """The open book, waiting for the worker if it is still opening it."""
        self._start_loading()
        while self.opened is None and self._worker_opened is None:
            if self.loading is None or not self.loading.running():
                raise DatabaseError("the database could not be opened")
            time.sleep(0.01)
        opened = self.opened or self._worker_opened
        assert opened is not None
        return opened

    def _refused(self, app: Any, exc: BaseException) -> None:
        """Opening behind the first screen failed: say why and end, as a refusal would."""
        from crmnote.ui.startup.dialogs import tell_refused

        if not isinstance(exc, CrmError):
            self.bug = exc  # a bug: `guarded` writes the crash report
            self.code = EXIT_DATABASE
        else:
            tell_refused(str(exc))
            self.code = (
                EXIT_TOO_NEW
                if isinstance(exc, DatabaseTooNewError)
                else EXIT_UNREACHABLE
                if isinstance(exc, DatabaseUnreachableError)
                else EXIT_DATABASE
            )
        self.window.close()
        app.exit(self.code)

    def _show(self, shell: Any) -> None:
        from crmnote.ui.startup.first_paint import stamp_main_window

        stamp_main_window(self.window)
        self.window.show()
        shell.close()

    def _opened(self, opened: OpenDatabase) -> None:
        """The book is open: notices about it, the collector back on, the day's backup."""
        self.opened = opened
        window = self.window
        window.book_opened()
        from crmnote.ui.reasons import reason_text

        for notice in [*placement_notices(opened), *self.told]:
            window.notice.notify(reason_text(notice))  # a sync folder's warning: a message id
        if opened.read_only:
            from crmnote.ui.startup.dialogs import read_only_notice

            window.notice.notify(read_only_notice())
        if not gc.isenabled():  # paused by `crmnote` for the process's start-up
            resume_collector()
        if not opened.read_only:  # its backups folder cannot be written either
            self.backup = _start_daily_backup(opened, window)

    def close(self) -> None:
        # The book is never left half-opened, nor a backup half-written: wait for both; and
        # let other workers (a customer's scores, a check) end before the connections close.
        for job in (self.loading, self.backup):
            while job is not None and job.running():
                time.sleep(0.05)
        opened = self.opened or self._worker_opened
        if opened is not None:
            from crmnote.ui.background import Background

            Background.finish_all()
            opened.close()


def _name_fields(app: Any, window: Any) -> None:
    from crmnote.ui import accessibility

    accessibility.install(app)
    accessibility.name_fields(window)


class _DemoLater:
    """The demo-data generator of a book still opening (Load demo data waits for it)."""

    def __init__(self, started: _Started) -> None:
        self._started = started

    def generate(self, **options: Any) -> Any:
        return self._started.wait_opened().demo().generate(**options)


def _shown_name(target: str) -> str:
    """The database as the title shows it before it is open (a URL without its password)."""
    if "://" in target:
        return re.sub(r"//[^/@]*@", "//", target)
    return Path(target).name


def _bring_forward(window: Any) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _open_interactively(
    target: str, notices: list[str] | None = None
) -> tuple[OpenDatabase | None, int]:
    """Open the database, asking for an encrypted one's passphrase, a team book's password
    and what to do when it is damaged; (None, exit code) on refusal. What the window should
    say once it is open goes to `notices`."""
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.engine import database_url, sqlite_path
    from crmnote.ui.startup.dialogs import (
        DamagedChoice,
        ask_about_damaged,
        choose_database,
        tell_refused,
    )

    passphrase: str | None = None  # once known, kept for restoring or starting anew
    keep: str | None = None  # a server password to keep in the keyring once it opened the book
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
            opened = open_database(target, passphrase)
            if keep is not None:
                _keep_password(target, keep, notices)
            return opened, 0
        except PasswordNeededError as exc:
            asked = _ask_password(target, str(exc))
            if asked is None:
                return None, EXIT_DATABASE
            target, keep = asked
            passphrase = None
        except DatabaseTooNewError as exc:
            tell_refused(str(exc))
            return None, EXIT_TOO_NEW
        except DatabaseDamagedError as exc:
            # Damaged, or empty with backups: a read-only book never comes here (it opens
            # read-only), and another application's file is refused below, left as it is.
            file = sqlite_path(database_url(target))
            assert file is not None
            care = MaintenanceService(file, paths.backup_dir_for(file), passphrase=passphrase)
            backup = care.newest_good_backup()
            empty = isinstance(exc, DatabaseEmptyError)
            choice = ask_about_damaged(str(exc), backup, empty=empty)
            try:
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
            except CrmError as failed:  # the disk refused the restore or the rename
                tell_refused(str(failed))
                return None, EXIT_DATABASE
        except CrmError as exc:  # another application's file, a wrong setup, a full disk
            unreachable = isinstance(exc, DatabaseUnreachableError)
            code = EXIT_UNREACHABLE if unreachable else EXIT_DATABASE
            if _on_server(target) and isinstance(exc, DatabaseError):
                # A server book: down, a wrong password, no such database… may be fixed
                # meanwhile, or the person works on a local book instead.
                retry, other = _after_server_refusal(str(exc))
                if not retry:
                    return None, code
                if other is not None:
                    target, passphrase = other, None
                continue
            tell_refused(str(exc))
            return None, code


def _on_server(target: str) -> bool:
    """True when `target` names a database server (a URL that is not a SQLite one)."""
    try:
        return database_file(target) is None
    except CrmError:  # not even a URL crmnote can read: nothing to try again
        return False


def _ask_password(target: str, message: str) -> tuple[str, str | None] | None:
    """Ask for the password of a team book's server: (the book with it, the password to keep
    in the keyring if asked to) or (a local file, None); None to quit."""
    from crmnote.services import sign_in
    from crmnote.ui.startup.dialogs import choose_database
    from crmnote.ui.startup.server_password import PasswordChoice, ask_server_password

    while True:
        answer = ask_server_password(message, sign_in.account(target))
        if answer.choice is PasswordChoice.SIGN_IN:
            keep = answer.password if answer.remember else None
            return sign_in.password_with(target, answer.password), keep
        if answer.choice is not PasswordChoice.LOCAL_FILE:
            return None
        chosen = choose_database()
        if chosen is not None:
            return chosen, None


def _keep_password(target: str, password: str, notices: list[str] | None) -> None:
    """Keep a password that opened the book in the keyring; say so when there is none."""
    from crmnote.services import sign_in

    try:
        sign_in.remember(target, password)
    except CrmError as exc:
        if notices is not None:
            notices.append(str(exc))


def _after_server_refusal(message: str) -> tuple[bool, str | None]:
    """Ask what to do: (True, None) to try the server again, (True, FILE) to open a local
    file instead, (False, None) to quit."""
    from crmnote.ui.startup.dialogs import ServerChoice, ask_about_server, choose_database

    while True:
        answer = ask_about_server(message)
        if answer is ServerChoice.TRY_AGAIN:
            return True, None
        if answer is not ServerChoice.LOCAL_FILE:
            return False, None
        chosen = choose_database()
        if chosen is not None:
            return True, chosen


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
        from crmnote.storage import keyring_store
        from crmnote.ui.startup import passphrase_dialog

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
        from crmnote.storage import keyring_store
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


def _start_daily_backup(opened: OpenDatabase, window: Any) -> Any:
    """The day's backup (also its full integrity check) on a worker thread, after the window is
    up: on a big database it takes seconds. A failure is told in the window's notice bar."""
    from crmnote.ui.background import Background

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DatabaseError):
            log.error("daily backup failed", exc_info=exc)
        window.notice.notify(f"The daily backup failed: {exc}. Run crmnote check to see why.")

    keep = int(opened.services.settings.get(declared.BACKUP_KEEP_DAYS))
    job = Background(lambda: daily_backup(opened, keep), window)
    job.failed.connect(failed)
    job.start()
    return job
