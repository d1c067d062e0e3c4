"""Sync in the desktop app: File → Join a team book…, File → Sync now, a round every few
minutes on a worker thread while this book is a field copy (never blocking the window), the
status bar's "3 changes not yet synced · last sync 10:42", and the Sync conflicts screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QProgressBar, QStatusBar, QWidget

from crmnote import formats
from crmnote.domain.errors import CrmError
from crmnote.services.changes import Changes
from crmnote.ui.actions import ActionId, ActionRegistry
from crmnote.ui.background import Background
from crmnote.ui.bus import Bus

if TYPE_CHECKING:  # the window's module loads without the services' (SQLAlchemy)
    from crmnote.services.book_services import Services
    from crmnote.services.sync.rounds import RoundReport, SyncStatus

AUTO_MINUTES = 5  # a round this often while the book is a field copy
FIRST_ROUND_MS = 20_000  # the first one this long after the window opens
PASSWORD_HINT = "asks for the password"  # the connection's sentence (storage/postgres.py)


@dataclass(frozen=True)
class SyncHost:
    """What the sync commands need of the window they serve."""

    widget: QWidget
    services: Services
    bus: Bus
    bar: QStatusBar
    status: Callable[[str, int], None]  # a status-bar message for some milliseconds
    show_error: Callable[[str], None]
    restart: Callable[[], None]  # reopen the app (after joining: a new file in place)
    today: Callable[[], date] = date.today
    # Hold (True) or release the window's look for other programs' writes during a round.
    hold_outside: Callable[[bool], None] = lambda _held: None


class SyncStatusLabel(QLabel):
    """The permanent part of the status bar: changes not yet synced, the last sync, open
    conflicts (a link to the screen); empty when there is nothing to say."""

    def __init__(self, open_conflicts: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _href: open_conflicts())

    def show_status(self, status: SyncStatus, today: date, failure: str = "") -> None:
        parts = []
        if status.waiting:
            parts.append(self.tr("%n change(s) not yet synced", "", status.waiting))
        if status.conflicts:
            link = self.tr("%n sync conflict(s)", "", status.conflicts)
            parts.append(f'<a href="conflicts">{link}</a>')
        if parts and status.last_sync is not None:
            parts.append(self.tr("last sync {0}").format(formats.recent(status.last_sync, today)))
        elif parts and status.team is not None:
            parts.append(self.tr("not synced yet"))
        self.setText(" · ".join(parts))
        self.setToolTip(failure)
        self.setVisible(bool(parts))

    def plain(self) -> str:
        """The text as read (links as their words)."""
        return self.text().replace('<a href="conflicts">', "").replace("</a>", "")


class SyncCommands(QObject):
    """Registers the sync actions and runs the rounds; at most one round at a time."""

    def __init__(self, host: SyncHost, registry: ActionRegistry) -> None:
        super().__init__(host.widget)
        self._host = host
        self.job: Background | None = None
        self.report: RoundReport | None = None
        self.failure = ""  # why the last automatic round did not happen
        self._password: str | None = None  # typed once in this session, never stored
        self.ask_password: Callable[[str], str | None] = self._ask_password
        registry.add(ActionId.JOIN_TEAM, self.join)
        self.sync_action = registry.add(ActionId.SYNC_NOW, self.sync_now)
        registry.add(ActionId.SYNC_CONFLICTS, self.show_conflicts)
        self.label = SyncStatusLabel(self.show_conflicts)
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(160)
        # As tall as a line of text: the status bar must not grow for it (1280×680 screens).
        self.progress.setMaximumHeight(host.bar.fontMetrics().height())
        self.progress.setTextVisible(False)
        self.progress.hide()
        host.bar.addPermanentWidget(self.progress)
        host.bar.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_MINUTES * 60_000)
        self.timer.timeout.connect(self.sync_quietly)
        host.bus.subscribe(self, lambda _changes: self.refresh())
        self.started = False
        # Behind the first screen the services are still loading: asking them now would
        # wait for them on the GUI thread before the window has painted. The app calls
        # start() once they are in (MainWindow.book_opened).
        if getattr(host.services, "ready", True):
            self.start()

    def start(self) -> None:
        """The status bar's first look, and the rounds when the book is a field copy."""
        if self.started:
            return
        self.started = True
        self.refresh()
        if self.is_field_copy():
            self.timer.start()
            QTimer.singleShot(FIRST_ROUND_MS, self, self.sync_quietly)

    def is_field_copy(self) -> bool:
        try:
            return self._host.services.sync.team() is not None
        except CrmError:
            return False

    def refresh(self) -> None:
        try:
            status = self._host.services.sync.status()
        except CrmError:
            return  # the book is closing or busy: the next change says it again
        self.sync_action.setEnabled(status.team is not None and not self.running())
        self.label.show_status(status, self._host.today(), self.failure)

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    # -- rounds ----------------------------------------------------------------------------

    def sync_now(self) -> Background | None:
        """A round now, its outcome in the status bar (and what went wrong in a message)."""
        return self._round(quiet=False)

    def sync_quietly(self) -> Background | None:
        """The round every few minutes: nothing said unless something came in or waits for
        a person; a server that does not answer only shows in the status's tool tip."""
        return self._round(quiet=True)

    def _round(self, *, quiet: bool) -> Background | None:
        if self.running() or not self.is_field_copy():
            return None
        sync, password = self._host.services.sync, self._password
        job = Background(lambda: sync.sync_team(password=password, progress=tell), self)

        def tell(_stage: str, done: int, total: int) -> None:  # on the worker thread
            job.report(done, total)

        job.progress.connect(self._show_progress)
        job.done.connect(lambda report: self._finished(report, quiet))
        job.failed.connect(lambda exc: self._failed(exc, quiet))
        self.job = job
        self.sync_action.setEnabled(False)
        if not quiet:
            self._host.status(self.tr("Syncing with the team book…"), 0)
        self._host.hold_outside(True)
        job.start()
        return job

    def _show_progress(self, done: int, total: int) -> None:
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.show()

    def _finished(self, report: RoundReport, quiet: bool) -> None:
        self.report, self.failure = report, ""
        self._host.hold_outside(False)
        self.progress.hide()
        if report.pulled or report.handed_on:
            self._host.bus.publish(Changes.everything())
        said = self.tr("Synced: {0}, {1}").format(
            self.tr("sent %n change(s)", "", report.pushed),
            self.tr("received %n change(s)", "", report.pulled),
        )
        if report.conflicts:
            said += " · " + self.tr("%n sync conflict(s) to look at", "", report.conflicts)
        if report.unpushed:
            said += " · " + self.tr(
                "%n change(s) stay here: you may only read the team book", "", report.unpushed
            )
        if report.held_back:
            said += " · " + self.tr(
                "%n record(s) changed outside crmnote are held back (Check database)",
                "",
                len(report.held_back),
            )
        if report.handed_on:
            said += " · " + self.tr(
                "%n customer(s) handed on to someone else left this copy", "", len(report.handed_on)
            )
        if report.handed_kept:
            said += " · " + self.tr(
                "%n customer(s) handed on to someone else stay until your changes are synced",
                "",
                len(report.handed_kept),
            )
        if not quiet or report.pulled or report.conflicts or report.handed_on:
            self._host.status(said, 10000)
        self.refresh()

    def _failed(self, exc: Any, quiet: bool) -> None:
        self._host.hold_outside(False)
        self.progress.hide()
        shown = str(exc) if isinstance(exc, CrmError) else f"{type(exc).__name__}: {exc}"
        self.failure = self.tr("The last sync did not happen: {0}").format(shown)
        self.refresh()
        if quiet:
            return
        if PASSWORD_HINT in shown and self._password is None:
            typed = self.ask_password(shown)
            if typed:
                self._password = typed
                self.sync_now()
                return
        self._host.status("", 0)
        self._host.show_error(self.tr("Nothing was synced: {0}").format(shown))

    def _ask_password(self, why: str) -> str | None:
        text, ok = QInputDialog.getText(
            self._host.widget,
            self.tr("Team book password"),
            self.tr("{0}\n\nPassword (kept until crmnote closes):").format(why),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    # -- screens ---------------------------------------------------------------------------

    def join(self) -> Any:
        from crmnote.ui.dialogs.join_dialog import JoinDialog

        dialog = JoinDialog(self._host.services.field_copy, self._host.widget)
        dialog.joined.connect(self._joined)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _joined(self, password: str) -> None:
        self._password = password or None
        self._host.restart()

    def show_conflicts(self) -> Any:
        from crmnote.ui.dialogs.sync_conflicts import SyncConflictsDialog

        dialog = SyncConflictsDialog(
            self._host.services.conflicts, self._host.bus, self._host.widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def stop(self) -> None:
        self.timer.stop()
