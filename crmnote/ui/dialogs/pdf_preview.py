"""A PDF dialog's shared parts: pages laid out off the GUI thread, previewed, saved with Cancel.

QtPdf is not in PySide6-Essentials, so the preview paints the laid-out pages itself
(`PagedReport.page_image`). A laid-out report holds text layouts tied to the font caches of the
thread that made them, so it is never handed across threads: the records are read on a worker,
the preview is laid out on the GUI thread, and saving lays the same data out again on the worker
that writes the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.reports import PagedReport, ReportCancelled, prepare_printer, print_report
from crmnote.ui.background import Background
from crmnote.ui.fit import documents, place

PREVIEW_DPI = 80


class PageView(QWidget):
    """One page at a time in a scroll area, with previous / next and "page N of M"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: PagedReport | None = None
        self.index = 0
        self.page = QLabel()
        self.page.setObjectName("pdf_page")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea()
        self.area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.area.setWidget(self.page)
        self.area.setWidgetResizable(True)
        self.area.setMinimumSize(700, 420)  # an A4 page at the preview's dpi, and a bar
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.number = QLabel()
        self.number.setObjectName("pdf_page_number")
        self.previous.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next.clicked.connect(lambda: self.show_page(self.index + 1))
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.show_page(self.index + s))
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.number)
        nav.addStretch(1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addLayout(nav)
        self.set_report(None, self.tr("Laying out the pages…"))

    def set_report(self, report: PagedReport | None, message: str = "") -> None:
        self.report = report
        if report is None:
            self.page.setPixmap(QPixmap())
            self.page.setText(message)
            self.number.setText("")
            self.previous.setEnabled(False)
            self.next.setEnabled(False)
            return
        self.show_page(min(self.index, report.page_count - 1))

    def show_page(self, index: int) -> None:
        report = self.report
        if report is None or not 0 <= index < report.page_count:
            return
        self.index = index
        self.page.setText("")
        self.page.setPixmap(QPixmap.fromImage(report.page_image(index, PREVIEW_DPI)))
        self.number.setText(self.tr("Page {0} of {1}").format(index + 1, report.page_count))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index + 1 < report.page_count)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """PdfDialog's strings in its own context: self.tr in a subclass (HistoryPdfDialog) looks
    in the subclass's context first, and a plural found nowhere there comes back as the
    English source with the number filled in, taken for a translation ("2 page(s)")."""
    return QCoreApplication.translate("PdfDialog", text, disambiguation, n)


class PdfDialog(QDialog):
    """Subclasses give `options` (a widget above the preview) and `make_report` (any thread).

    The pages shown are saved as a PDF (Save PDF…) or printed (Print…, Qt's print dialog):
    the same pages either way. `for_print` makes Print… the default button."""

    def __init__(
        self,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        for_print: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        self.report: PagedReport | None = None
        self.data: Any = None
        self.lay_out: Callable[[Any], PagedReport] | None = None
        self.preview = PageView()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            _tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("pdf_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button = self.buttons.addButton(
            _tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("pdf_print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pages)
        self._default = self.print_button if for_print else self.save_button
        # Asks where to print (Qt's print dialog); tests put a PDF printer in its place.
        self.ask_printer: Callable[[QPrinter, int], bool] = self._ask_printer
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("pdf_status")
        self.status.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.preview, 1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.buttons)
        self.layout_job: Background | None = None
        self.save_job: Background | None = None
        self.progress: QProgressDialog | None = None
        self._stale = False
        self._cancel = threading.Event()
        self._done = (0, 0)
        self._ticker: QTimer | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(300)
        self._relayout.timeout.connect(self.refresh)
        place(self, QSize(760, 860))

    def make_report(self) -> tuple[Callable[[], Any], Callable[[Any], PagedReport]]:
        """(read the records — run on a worker, lay them out — run on the thread that paints)
        for the options chosen now; raises CrmError naming a wrong option."""
        raise NotImplementedError

    def options_changed(self) -> None:
        self._relayout.start()

    def refresh(self) -> None:
        """Lay the pages out again; a change made while laying out is laid out after it."""
        if self.layout_job is not None and self.layout_job.running():
            self._stale = True
            return
        try:
            read, lay_out = self.make_report()
        except CrmError as exc:
            self._show_failure(exc)
            return
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.layout_job = Background(read, self)
        self.layout_job.done.connect(lambda data: self._laid_out(data, lay_out))
        self.layout_job.failed.connect(self._show_failure)
        self.layout_job.start()

    def _laid_out(self, data: Any, lay_out: Callable[[Any], PagedReport]) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
            return
        try:
            report = lay_out(data)
        except CrmError as exc:
            self._show_failure(exc)
            return
        self.data, self.lay_out = data, lay_out
        self.report = report
        self.preview.set_report(report)
        self.save_button.setEnabled(report.page_count > 0)
        self.print_button.setEnabled(report.page_count > 0)
        self._default.setDefault(True)  # Enter saves or prints, as the dialog was opened for
        self.status.setText(_tr("%n page(s)", "", report.page_count))

    def _show_failure(self, exc: object) -> None:
        self._stale = False
        self.report = None
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        message = str(exc) if isinstance(exc, CrmError) else _tr("The pages could not be laid out.")
        self.preview.set_report(None, message)
        self.status.setText(message)

    # -- printing ----------------------------------------------------------------------------

    def print_pages(self) -> int:
        """Print the pages shown on a printer chosen in Qt's print dialog; the page count sent."""
        report = self.report
        if report is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, report, self.windowTitle())
        if not self.ask_printer(printer, report.page_count):
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_report(printer, report)
        except CrmError as exc:
            self.status.setText(_tr("Nothing was printed: {0}").format(exc))
            return 0
        finally:
            QGuiApplication.restoreOverrideCursor()
        where = printer.printerName() or printer.outputFileName()
        self.status.setText(_tr("Sent %n page(s) to {0}", "", pages).format(where))
        return pages

    def _ask_printer(self, printer: QPrinter, page_count: int) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print"))
        dialog.setMinMax(1, page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- saving ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save PDF"), documents(self.suggested_name), _tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def save_to(self, path: Path) -> None:
        """Write the pages shown to `path` on a worker thread, with a progress dialog and Cancel."""
        report, data, lay_out = self.report, self.data, self.lay_out
        if report is None or lay_out is None or (self.save_job and self.save_job.running()):
            return
        self._cancel.clear()
        self._done = (0, report.page_count)
        progress = QProgressDialog(
            _tr("Writing {0}…").format(path.name), _tr("Cancel"), 0, report.page_count, self
        )
        progress.setObjectName("pdf_progress")
        progress.setWindowTitle(_tr("Save PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel.set)
        self.progress = progress
        self.save_button.setEnabled(False)

        def write() -> int:
            return lay_out(data).write_pdf(path, self._report_progress)

        self.save_job = job = Background(write, self)
        job.done.connect(lambda pages: self._saved(path, pages))
        job.failed.connect(lambda exc: self._save_failed(path, exc))
        self._ticker = ticker = QTimer(self)
        ticker.setInterval(50)
        ticker.timeout.connect(lambda: progress.setValue(self._done[0]))
        # Started from the event loop: a Cancel pressed before then is honoured on page 0.
        QTimer.singleShot(0, job.start)
        QTimer.singleShot(0, ticker.start)
        progress.show()

    def _report_progress(self, done: int, total: int) -> bool:
        self._done = (done, total)  # read by the GUI thread's ticker
        return not self._cancel.is_set()

    def _finish_saving(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker.deleteLater()
            self._ticker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.save_button.setEnabled(self.report is not None)

    def _saved(self, path: Path, pages: int) -> None:
        self._finish_saving()
        self.status.setText(_tr("Saved %n page(s) to {0}", "", pages).format(path))

    def _save_failed(self, path: Path, exc: object) -> None:
        self._finish_saving()
        if isinstance(exc, ReportCancelled):
            self.status.setText(_tr("Cancelled: nothing was written."))
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.status.setText(_tr("Could not write {0}: {1}").format(path, reason))
