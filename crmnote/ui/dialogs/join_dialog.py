"""File → Join a team book…: this book becomes a field copy of a team book, filled from it on
a worker thread with a progress bar. A book with records of its own is first shown what
offering them to the team would do (customers matched by email, phone and name); only a
second, explicit click offers them. Afterwards crmnote restarts on the field copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from crmnote.services.book_copy import CopyProgress
from crmnote.services.sync.field_copy import FieldCopyService
from crmnote.services.sync.join import JoinReport
from crmnote.services.transfer_report import RowAction
from crmnote.ui.background import Background
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.labels import kind_plural

STEPS = 1000


class JoinDialog(QDialog):
    joined = Signal(str)  # the password typed (for this session's syncs), "" for none

    def __init__(self, field_copy: FieldCopyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.setWindowTitle(self.tr("Join a team book"))
        self._service = field_copy
        self.job: Background | None = None
        self.report: JoinReport | None = None
        self._offer = False  # the dry run was shown: the next click offers the records
        intro = QLabel(
            self.tr(
                "This book becomes a field copy of your team's book: everything works on it "
                "offline, and Sync sends your changes to the team book and fetches everyone "
                "else's. An empty book is filled from the team book; a book with records of "
                "its own is shown first what offering them to the team would do."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("join_url")
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://anna@db.example.lan/crm"))
        self.password = QLineEdit()
        self.password.setObjectName("join_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use ~/.pgpass"))
        form = QFormLayout()
        form.addRow(self.tr("Team book:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        self.mine = QCheckBox(self.tr("Only my customers (the ones I own or served)"))
        self.mine.setObjectName("join_mine")
        self.mine.setToolTip(
            self.tr(
                "The laptop holds only your customers with their records; a customer "
                "handed to you later arrives with the next sync. For a new, empty book."
            )
        )
        form.addRow("", self.mine)
        self.error = error_label()
        self.bar = QProgressBar()
        self.bar.setObjectName("join_progress")
        self.bar.setRange(0, STEPS)
        self.bar.hide()
        self.status = QLabel()
        self.status.setObjectName("join_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Join"))
        self.start_button.setObjectName("join_start")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.url.textEdited.connect(lambda _t: self._forget_offer())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(580, self.sizeHint().height())

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def _forget_offer(self) -> None:
        self._offer = False
        self.start_button.setText(self.tr("Join"))
        self.status.setText("")

    def start(self) -> Background | None:
        team = self.url.text().strip()
        if not team:
            self.error.setText(self.tr("Name the team book, as in the example."))
            self.error.show()
            self.url.setFocus()
            return None
        self.error.hide()
        password, offer = self.password.text() or None, self._offer
        service, mine = self._service, self.mine.isChecked()
        job = Background(
            lambda: service.join(
                team, password=password, offer=offer, only_mine=mine, progress=tell
            ),
            self,
        )

        def tell(progress: CopyProgress) -> None:  # on the worker thread
            job.report(round(progress.fraction * STEPS), STEPS)

        job.progress.connect(self._show_progress)
        job.done.connect(self._finished)
        job.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setText(self.tr("Connecting to the team book…"))
        self.job = job
        job.start()
        return job

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.url, self.password, self.mine, self.start_button, self.close_button):
            widget.setEnabled(not busy)

    def _show_progress(self, done: int, _total: int) -> None:
        self.bar.show()
        self.bar.setValue(done)
        self.status.setText(self.tr("Copying the team book to this computer…"))

    def _finished(self, report: JoinReport) -> None:
        self.report = report
        self._set_busy(False)
        if not report.joined:
            self._offer = True
            self.start_button.setText(self.tr("Offer my records and join"))
            self.status.setText(self.offer_text(report))
            return
        self.bar.setValue(STEPS)
        said = self.tr("This book is a field copy of {0} now.").format(report.team)
        if report.left_out is not None:
            said += " " + self.tr(
                "It holds only your customers: %n customer(s) of others left out.",
                "",
                report.left_out,
            )
        self.status.setText(said)
        self.start_button.setEnabled(False)
        self.joined.emit(self.password.text())

    def offer_text(self, report: JoinReport) -> str:
        """What offering this book's records would do, a line a kind."""
        lines = [self.tr("This book has records of its own. Offered to the team book:")]
        rows = report.offer.rows if report.offer is not None else ()
        for kind in dict.fromkeys(r.kind for r in rows):
            mine = [r for r in rows if r.kind == kind]
            new = sum(1 for r in mine if r.action is RowAction.CREATED)
            known = sum(1 for r in mine if r.action in (RowAction.MATCHED, RowAction.MERGED))
            lines.append(
                self.tr("{0}: {1} new, {2} the team book has already").format(
                    kind_plural(kind), new, known
                )
            )
        for r in rows:
            if r.kind == "customer" and r.action in (RowAction.MATCHED, RowAction.MERGED):
                lines.append(self.tr("  matched with the team's “{0}”").format(r.name))
        rejected = [r for r in rows if r.action is RowAction.REJECTED]
        for r in rejected:
            lines.append(self.tr("  refused: {0} {1}: {2}").format(r.kind, r.name, r.message))
        lines.append(
            self.tr(
                "Nothing has changed yet. Offer them, and this book is then filled from the team "
                "book; the book as it is now is kept as a backup."
            )
        )
        return "\n".join(lines)

    def _failed(self, exc: Any) -> None:
        self._set_busy(False)
        self.bar.hide()
        self.status.setText("")
        shown = str(exc) if isinstance(exc, CrmError) else f"{type(exc).__name__}: {exc}"
        self.error.setText(self.tr("Nothing was changed: {0}").format(shown))
        self.error.show()

    def reject(self) -> None:
        if self.running():  # the copy cannot be left half-way: it finishes or fails whole
            return
        super().reject()
