"""File → Move to a team server…: this whole book copied into an empty PostgreSQL database,
on a worker thread with a progress bar; the window stays usable and the copy can be stopped
(nothing then reaches the server). This book itself stays as it is."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.services.book_copy import BookCopyService, CopyCancelled, CopyProgress, CopyReport
from crmnote.ui.background import Background
from crmnote.ui.dialogs.record_form import error_label

STEPS = 1000  # the progress bar's range


class MoveDialog(QDialog):
    def __init__(self, copier: BookCopyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_dialog")
        self.setWindowTitle(self.tr("Move to a team server"))
        self._copier = copier
        self._stop = stop = threading.Event()
        # Quitting the app stops a copy under way (nothing then reaches the server).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop.set)
        self.job: Background | None = None
        self.report: CopyReport | None = None
        self._where: CopyProgress | None = None  # the latest, set on the worker thread
        intro = QLabel(
            self.tr(
                "Copies this whole book (customers, every record, the change log and the scores) "
                "into an empty PostgreSQL database on your team's server, then checks the copy "
                "against this book. This book stays as it is on this computer."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("move_url")
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://anna@db.example.lan/crm"))
        self.password = QLineEdit()
        self.password.setObjectName("move_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use ~/.pgpass"))
        form = QFormLayout()
        form.addRow(self.tr("Server database:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        self.error = error_label()
        self.bar = QProgressBar()
        self.bar.setObjectName("move_progress")
        self.bar.setRange(0, STEPS)
        self.bar.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("move_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Copy to the server"))
        self.start_button.setObjectName("move_start")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def start(self) -> Background | None:
        """Begin the copy on a worker thread (nothing when no database is named)."""
        target = self.url.text().strip()
        if not target:
            self.error.setText(self.tr("Name the server database, as in the example."))
            self.error.show()
            return None
        self.error.hide()
        self._stop.clear()
        self._set_busy(True)
        self.status.setText(self.tr("Connecting…"))
        password = self.password.text() or None
        job = Background(lambda: self._copier.copy_to(target, tell, password=password), self)

        def tell(progress: CopyProgress) -> None:  # on the worker thread
            if self._stop.is_set():
                raise CopyCancelled("the copy was stopped")
            self._where = progress  # replaced whole: read at the next poll
            job.report(round(progress.fraction * STEPS), STEPS, (progress.stage, progress.table))

        job.progress.connect(self._show_progress)
        job.done.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job
        job.start()
        return job

    def _set_busy(self, busy: bool) -> None:
        self.url.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.start_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _show_progress(self, done: int, _total: int) -> None:
        self.bar.setValue(done)
        progress = self._where
        if progress is None:
            return
        if progress.stage == "copy":
            text = self.tr("Copying {0}…").format(progress.table)
        elif progress.stage == "index":
            text = self.tr("Building the server's search index ({0})…").format(progress.table)
        elif progress.stage == "log":
            text = self.tr("Writing the records into the change log for sync ({0})…").format(
                progress.table
            )
        else:
            text = self.tr("Checking the copy against this book ({0})…").format(progress.table)
        self.status.setText(text)

    def _finished(self, report: CopyReport) -> None:
        self.report = report
        self._set_busy(False)
        self.start_button.setEnabled(False)
        self.bar.setValue(STEPS)
        self.status.setText(
            self.tr(
                "Copied {0} rows into {1}. Every table's count and content match this book "
                "(checksum {2}…).\n\nTo work on the team book, start crmnote with --db {1} "
                "(see the user guide, “A team book”)."
            ).format(report.rows, report.target, report.checksum[:16])
        )

    def _failed(self, exc: Any) -> None:
        self._set_busy(False)
        self.bar.setValue(0)
        if isinstance(exc, CopyCancelled):
            self.status.setText(self.tr("Stopped: nothing was copied to the server."))
            return
        shown = str(exc) if isinstance(exc, CrmError) else f"{type(exc).__name__}: {exc}"
        self.status.setText("")
        self.error.setText(self.tr("Nothing was copied: {0}").format(shown))
        self.error.show()

    def reject(self) -> None:
        """Close, or while copying stop the copy (the dialog stays to say it stopped)."""
        if self.running():
            self._stop.set()
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()
