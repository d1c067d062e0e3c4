"""The File menu's data commands: import, export, PDF, backups and the database check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QWidget

from crmnote.domain.errors import CrmError
from crmnote.services.maintenance import MaintenanceService
from crmnote.ui.actions import ActionId, ActionRegistry
from crmnote.ui.background import Background
from crmnote.ui.dialogs.backups import restart_app

if TYPE_CHECKING:
    from crmnote.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileCommands", text)


def check_report(findings: Any, audit: Any) -> str:
    """What a check found, one problem a line; the change log's findings are only reported."""
    lines = [f.message for f in findings] + [f.message for f in audit.findings]
    text = "\n".join(lines) if lines else _tr("Nothing wrong found.")
    unlogged = sum(audit.unlogged.values())
    if unlogged:
        text += "\n" + _tr("{0} record(s) were never logged (demo data, imports).").format(unlogged)
    return text


class FileCommands(QObject):
    """Registers the commands; each opens its dialog over the window's services and bus."""

    def __init__(self, window: MainWindow, registry: ActionRegistry) -> None:
        super().__init__(window)
        self._window = window
        self.jobs: list[Background] = []
        self.ask: Callable[[str], bool] = self._ask
        self.tell: Callable[[str], None] = self._tell
        self.restart: Callable[[], None] = restart_app
        registry.add(ActionId.IMPORT, self.import_wizard)
        registry.add(ActionId.EXPORT, self.export)
        registry.add(ActionId.EXPORT_PDF, self.export_pdf)
        self._claim_pdf = registry.add(ActionId.CLAIM_PDF, self.selected_claim_pdf)
        registry.add(ActionId.BACKUP_NOW, self.backup_now)
        registry.add(ActionId.RESTORE_BACKUP, self.restore)
        registry.add(ActionId.CHECK_DATABASE, self.check)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _parent(self) -> QWidget:
        return self._window

    def import_wizard(self) -> QDialog:
        from crmnote.ui.dialogs.import_wizard import ImportWizard

        w = self._window
        return self._open(ImportWizard(w.services.transfer, w.bus.publish, w))

    def export(self) -> QDialog:
        from crmnote.ui.dialogs.export_dialog import ExportDialog

        w = self._window
        cid = w.current_customer()
        shown = None
        if cid is not None:
            shown = (cid, w.services.records.get("customer", cid).name)
        return self._open(ExportDialog(w.services.transfer, shown, w))

    def export_pdf(self) -> QDialog | None:
        from crmnote.ui.dialogs.pdf_export import HistoryPdfDialog

        customer = self._window.current_customer()
        if customer is None:
            self._window.statusBar().showMessage(_tr("Select a customer first"), 4000)
            return None
        return self._open(HistoryPdfDialog(self._window.services, customer, self._window))

    def attach_claims(self, view: QAbstractItemView) -> None:
        """The claim dossier PDF from the Claims tab's context menu too."""
        view.addAction(self._claim_pdf)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def selected_claim_pdf(self) -> QDialog | None:
        claim = self._window.customer_page.record_tabs["claim"].selected_id()
        if self._window.current_customer() is None or claim is None:
            self._window.statusBar().showMessage(
                _tr("Select a claim on the Claims tab first"), 4000
            )
            return None
        return self.claim_pdf(claim)

    def claim_pdf(self, claim_id: int) -> QDialog:
        from crmnote.ui.dialogs.pdf_export import ClaimPdfDialog

        return self._open(ClaimPdfDialog(self._window.services, claim_id, self._window))

    # -- backups ---------------------------------------------------------------------------

    def _care(self) -> MaintenanceService | None:
        care = self._window.services.database.maintenance()
        if care is None:
            self.tell(_tr("This database is not a file on this computer: nothing to back up."))
        return care

    def _in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> Background:
        job = Background(work, self)
        job.done.connect(done)
        job.failed.connect(lambda exc: self._window.show_error(str(exc)))
        self.jobs.append(job)
        job.start()
        return job

    def backup_now(self) -> Background | None:
        """A verified copy in the backup folder, made on a worker thread; says where it went."""
        care = self._care()
        if care is None:
            return None
        self._window.statusBar().showMessage(_tr("Backing up…"))

        def done(path: Path) -> None:
            self._window.statusBar().showMessage(_tr("Backed up to {0}").format(path), 8000)
            self.tell(_tr("Backed up to:\n{0}").format(path))

        return self._in_background(care.backup, done)

    def restore(self) -> QDialog | None:
        from crmnote.ui.dialogs.backups import BackupList

        care = self._care()
        if care is None:
            return None
        dialog = BackupList(care, self._window)
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
        self._window.services.database.close_connections()
        try:
            kept = care.restore(source)
        except CrmError as exc:
            self._window.show_error(_tr("Nothing was restored: {0}").format(exc))
            return False
        where = str(kept) if kept is not None else _tr("(there was none)")
        self.tell(
            _tr(
                "Restored. The previous database was kept as:\n{0}\n\ncrmnote restarts now."
            ).format(where)
        )
        self.restart()
        self._window.close()
        QCoreApplication.quit()
        return True

    def check(self) -> Background:
        """The file's soundness, logical problems and the change log, on a worker thread;
        logical problems are offered for repair (after a backup)."""
        services = self._window.services
        care = services.database.maintenance()

        def work() -> tuple[list[str], Any, Any]:
            damage = care.damage() if care is not None else []
            if damage:
                return damage, (), None
            # The logical checks need a SQLite file, as the backup before a repair does.
            findings = services.consistency.find() if care is not None else ()
            return [], findings, services.audit.verify()

        def done(outcome: tuple[list[str], Any, Any]) -> None:
            damage, findings, audit = outcome
            self._window.statusBar().showMessage(_tr("Database checked"), 5000)
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
            if findings and care is not None:
                question = _tr(
                    "{0}\n\nRepair these problems? A backup of the database is taken first, "
                    "into {1}."
                ).format(text, care.backup_dir)
                if self.ask(question):
                    self.repair()
                return
            self.tell(text)

        self._window.statusBar().showMessage(_tr("Checking the database…"))
        return self._in_background(work, done)

    def repair(self) -> Background:
        """Back up, then mend the logical problems in one transaction; says what was done."""
        services = self._window.services

        def done(report: Any) -> None:
            self._window.bus.publish(report.changes)
            lines = [f.message for f in report.repaired]
            self._window.statusBar().showMessage(_tr("Database repaired"), 5000)
            self.tell(
                _tr("Repaired:\n{0}\n\nThe database as it was is kept in:\n{1}").format(
                    "\n".join(lines), report.backup
                )
            )

        self._window.statusBar().showMessage(_tr("Repairing the database…"))
        return self._in_background(services.consistency.repair, done)

    # -- asking and telling (tests replace these) -------------------------------------------

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self._window, _tr("crmnote"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._window, _tr("crmnote"), text)
