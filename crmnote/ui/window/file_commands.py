"""The File menu's data commands: import, export, PDF, backups and the database check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QMessageBox, QWidget

from crmnote.domain.errors import CrmError
from crmnote.ui.actions import ActionId, ActionRegistry
from crmnote.ui.background import Background
from crmnote.ui.bus import Bus
from crmnote.ui.reasons import reason_text

if TYPE_CHECKING:
    from crmnote.services.book_services import Services
    from crmnote.services.maintenance import MaintenanceService


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileCommands", text)


def _trn(text: str, n: int) -> str:
    """A plural: `%n` is `n`, in the language's form for it."""
    return QCoreApplication.translate("FileCommands", text, None, n)


def check_report(findings: Any, audit: Any) -> str:
    """What a check found, one problem a line; the change log's findings are only reported."""
    lines = [reason_text(f.message) for f in findings] + [
        reason_text(f.message) for f in audit.findings
    ]
    text = "\n".join(lines) if lines else _tr("Nothing wrong found.")
    unlogged = sum(audit.unlogged.values())
    if unlogged:
        text += "\n" + _trn("%n record(s) were never logged (demo data, imports).", unlogged)
    return text


@dataclass(frozen=True)
class Host:
    """What the file commands need of the window they serve."""

    widget: QWidget  # parent of their dialogs; closed when a restore restarts the app
    services: Services
    bus: Bus
    current_customer: Callable[[], int | None]
    selected_claim: Callable[[], int | None]  # the claim selected on the Claims tab
    status: Callable[[str, int], None]  # a status-bar message for some milliseconds (0: kept)
    show_error: Callable[[str], None]
    # The claim selected on the Claims tab while that tab is shown (what Print… prints).
    claim_in_view: Callable[[], int | None] = lambda: None


class FileCommands(QObject):
    """Registers the commands; each opens its dialog over the window's services and bus."""

    def __init__(self, host: Host, registry: ActionRegistry) -> None:
        super().__init__(host.widget)
        self._host = host
        self.jobs: list[Background] = []
        self.ask: Callable[[str], bool] = self._ask
        self.tell: Callable[[str], None] = self._tell
        self.restart: Callable[[], None] = _restart_app
        # Where to save a file: (title, suggested name, filter) -> path or "" (tests replace it).
        self.save_as: Callable[[str, str, str], str] = self._save_as
        registry.add(ActionId.IMPORT, self.import_wizard)
        registry.add(ActionId.EXPORT, self.export)
        registry.add(ActionId.PRINT, self.print_shown)
        registry.add(ActionId.EXPORT_PDF, self.export_pdf)
        self._claim_pdf = registry.add(ActionId.CLAIM_PDF, self.selected_claim_pdf)
        registry.add(ActionId.EXPORT_CALENDAR, self.export_calendar)
        registry.add(ActionId.BACKUP_NOW, self.backup_now)
        registry.add(ActionId.RESTORE_BACKUP, self.restore)
        registry.add(ActionId.CHECK_DATABASE, self.check)
        registry.add(ActionId.MOVE_TO_SERVER, self.move_to_server)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_wizard(self) -> QDialog:
        from crmnote.ui.dialogs.import_wizard import ImportWizard

        h = self._host
        return self._open(ImportWizard(h.services.transfer, h.bus.publish, h.widget))

    def import_dropped(self, files: list[Path]) -> QDialog:
        """The wizard for the first file dropped, taken straight to its dry run (the mapping
        detected for a CSV; Back changes it). Several files: one import at a time."""
        from crmnote.ui.dialogs.import_wizard import ImportWizard

        wizard = self.import_wizard()
        assert isinstance(wizard, ImportWizard)
        wizard.file_page.path.setText(str(files[0]))
        while wizard.currentPage() is not wizard.dry_run_page:
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:  # the page refused (the message is on it)
                break
        if len(files) > 1:
            self._host.status(
                _tr("One file at a time: importing {0}; drop the others after it.").format(
                    files[0].name
                ),
                10000,
            )
        return wizard

    def export(self) -> QDialog:
        from crmnote.ui.dialogs.export_dialog import ExportDialog

        h = self._host
        cid = h.current_customer()
        shown = None
        if cid is not None:
            shown = (cid, h.services.records.get("customer", cid).name)
        return self._open(ExportDialog(h.services.transfer, shown, h.widget))

    def export_pdf(self) -> QDialog | None:
        from crmnote.ui.dialogs.pdf_export import HistoryPdfDialog

        customer = self._host.current_customer()
        if customer is None:
            self._host.status(_tr("Select a customer first"), 4000)
            return None
        return self._open(HistoryPdfDialog(self._host.services, customer, self._host.widget))

    def print_shown(self) -> QDialog | None:
        """File → Print…: the claim's dossier when a claim is selected on the Claims tab shown,
        else the customer's history; the preview opens with Print… as its default button."""
        from crmnote.ui.dialogs.pdf_export import ClaimPdfDialog, HistoryPdfDialog

        h = self._host
        customer = h.current_customer()
        if customer is None:
            h.status(_tr("Select a customer first"), 4000)
            return None
        claim = h.claim_in_view()
        if claim is not None:
            return self._open(ClaimPdfDialog(h.services, claim, h.widget, for_print=True))
        return self._open(HistoryPdfDialog(h.services, customer, h.widget, for_print=True))

    def attach_claims(self, view: QAbstractItemView) -> None:
        """The claim dossier PDF from the Claims tab's context menu too."""
        view.addAction(self._claim_pdf)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def selected_claim_pdf(self) -> QDialog | None:
        claim = self._host.selected_claim()
        if self._host.current_customer() is None or claim is None:
            self._host.status(_tr("Select a claim on the Claims tab first"), 4000)
            return None
        return self.claim_pdf(claim)

    def claim_pdf(self, claim_id: int) -> QDialog:
        from crmnote.ui.dialogs.pdf_export import ClaimPdfDialog

        return self._open(ClaimPdfDialog(self._host.services, claim_id, self._host.widget))

    def move_to_server(self) -> QDialog:
        from crmnote.ui.dialogs.move_dialog import MoveDialog

        h = self._host
        return self._open(MoveDialog(h.services.book_copy, h.widget))

    def export_calendar(self) -> Path | None:
        """Ask where, write the .ics file, say how many entries it holds."""
        from crmnote.ui.window.calendar_export import export_calendar

        name = self.save_as(
            _tr("Export calendar"), "crmnote-due.ics", _tr("iCalendar files (*.ics)")
        )
        if not name:
            return None
        target = Path(name)
        try:
            self._host.status(export_calendar(self._host.services.calendar, target), 10000)
        except OSError as exc:
            self._host.show_error(_tr("Cannot write {0}: {1}").format(target, exc.strerror or exc))
            return None
        except CrmError as exc:
            self._host.show_error(str(exc))
            return None
        return target if target.suffix else target.with_suffix(".ics")

    # -- backups ---------------------------------------------------------------------------

    def _care(self) -> MaintenanceService | None:
        care = self._host.services.database.maintenance()
        if care is None:
            self.tell(_tr("This database is not a file on this computer: nothing to back up."))
        return care

    def _in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> Background:
        job = Background(work, self)
        job.done.connect(done)
        job.failed.connect(lambda exc: self._host.show_error(str(exc)))
        self.jobs.append(job)
        job.start()
        return job

    def backup_now(self) -> Background | None:
        """A verified copy in the backup folder, made on a worker thread; says where it went.
        A server book is dumped with pg_dump into its backups folder."""
        server = self._host.services.database.server_care()
        work: Callable[[], Path]
        if server is not None:
            work = server.backup
        else:
            care = self._care()
            if care is None:
                return None
            work = care.backup
        self._host.status(_tr("Backing up…"), 0)

        def done(path: Path) -> None:
            # The status bar, not a message box: a box popping up seconds later would take
            # the user's next click.
            self._host.status(_tr("Backed up to {0}").format(path), 15000)

        return self._in_background(work, done)

    def restore(self) -> QDialog | None:
        from crmnote.ui.dialogs.backups import BackupList

        if self._host.services.database.server_care() is not None:
            self.tell(
                _tr(
                    "A book on a server is restored from its pg_dump file into a new, empty "
                    "database, with the command crmnote restore (see the user guide)."
                )
            )
            return None
        care = self._care()
        if care is None:
            return None
        dialog = BackupList(care, self._host.widget)
        dialog.accepted.connect(lambda: self.restore_from(care, dialog.chosen))
        return self._open(dialog)

    def restore_from(self, care: MaintenanceService, source: Path | None) -> bool:
        """Confirm, keep the current database aside, put the backup in place, restart."""
        if source is None:
            return False
        question = _tr(
            "Replace the database with {0}?\n\nThe database now open is kept aside first. "
            "crmnote then restarts to open the restored one."
        ).format(source.name)
        if not self.ask(question):
            return False
        self._host.services.database.close_connections()
        try:
            kept = care.restore(source)
        except CrmError as exc:
            self._host.show_error(_tr("Nothing was restored: {0}").format(exc))
            return False
        where = str(kept) if kept is not None else _tr("(there was none)")
        self.tell(
            _tr(
                "Restored. The previous database was kept as:\n{0}\n\ncrmnote restarts now."
            ).format(where)
        )
        self.restart()
        self._host.widget.close()
        QCoreApplication.quit()
        return True

    def check(self) -> Background:
        """The file's soundness, logical problems and the change log, on a worker thread;
        logical problems are offered for repair (after a backup)."""
        services = self._host.services
        care = services.database.maintenance()
        backups = services.database.backup_dir()

        def work() -> tuple[list[str], Any, Any]:
            damage = care.damage() if care is not None else []  # a server keeps its own pages
            if damage:
                return damage, (), None
            return [], services.consistency.find(), services.audit.verify()

        def done(outcome: tuple[list[str], Any, Any]) -> None:
            damage, findings, audit = outcome
            self._host.status(_tr("Database checked"), 5000)
            if damage:
                self.tell(
                    "\n".join(damage)
                    + "\n\n"
                    + _tr(
                        "The file itself is damaged. A repair cannot mend that: restore a "
                        "backup (File → Restore from backup…)."
                    )
                )
                return
            text = check_report(findings, audit)
            if findings and backups is not None:
                question = _tr(
                    "{0}\n\nRepair these problems? A backup of the database is taken first, "
                    "into {1}."
                ).format(text, backups)
                if self.ask(question):
                    self.repair()
                return
            self.tell(text)

        self._host.status(_tr("Checking the database…"), 0)
        return self._in_background(work, done)

    def repair(self) -> Background:
        """Back up, then mend the logical problems in one transaction; says what was done."""
        services = self._host.services

        def done(report: Any) -> None:
            self._host.bus.publish(report.changes)
            lines = [reason_text(f.message) for f in report.repaired]
            self._host.status(_tr("Database repaired"), 5000)
            self.tell(
                _tr("Repaired:\n{0}\n\nThe database as it was is kept in:\n{1}").format(
                    "\n".join(lines), report.backup
                )
            )

        self._host.status(_tr("Repairing the database…"), 0)
        return self._in_background(services.consistency.repair, done)

    # -- asking and telling (tests replace these) -------------------------------------------

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self._host.widget, _tr("crmnote"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _save_as(self, title: str, suggested: str, filter_: str) -> str:
        name, _f = QFileDialog.getSaveFileName(
            self._host.widget, title, str(Path.home() / suggested), filter_
        )
        return str(name)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._host.widget, _tr("crmnote"), text)


def _restart_app() -> None:
    from crmnote.ui.dialogs.backups import restart_app

    restart_app()
