"""File → Export…: the notebook (or one customer) as JSON, vCard, CSV, or CSVs in a zip/folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.ui.background import Background
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.fit import documents
from crmnote.ui.labels import kind_label

if TYPE_CHECKING:  # the writers (vobject among them) are imported on the export's worker
    from crmnote.importers.export import ExportResult
    from crmnote.services.transfer import TransferService

# (suffix, label, per-customer allowed); "" is a folder of CSV files, one per kind.
_FORMATS: tuple[tuple[str, object, bool], ...] = (
    (".json", QT_TRANSLATE_NOOP("ExportDialog", "JSON — everything, to import again"), True),
    (".vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard — contacts for an address book"), True),
    (".csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV — the customer list"), False),
    (".zip", QT_TRANSLATE_NOOP("ExportDialog", "Zip of CSV files — one per kind"), False),
    ("", QT_TRANSLATE_NOOP("ExportDialog", "Folder of CSV files — one per kind"), False),
)


class ExportDialog(QDialog):
    """Files are written readable by their owner only (the export code sees to it). The export
    runs on a worker (a whole large book takes seconds); the window stays responsive."""

    exported = Signal(object)  # the ExportResult, once written

    def __init__(
        self,
        transfer: TransferService,
        customer: tuple[int, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self._transfer = transfer
        self._customer = customer
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        for suffix, label, _one in _FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportDialog", str(label)), suffix)
        name = customer[1] if customer else ""
        self.only = QCheckBox(self.tr("Only the customer shown ({0})").format(name))
        self.only.setObjectName("export_only")
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = error_label()
        self.done_label = QLabel()
        self.done_label.setObjectName("export_done")
        self.done_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = tidy_form(QFormLayout(self))
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.only)
        form.addRow(self.tr("Save to:"), row)
        form.addRow(self.error)
        form.addRow(self.done_label)
        form.addRow(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.job: Background | None = None
        self.written: ExportResult | None = None
        self.resize(560, 0)

    def suffix(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        one = _FORMATS[self.format.currentIndex()][2]
        self.only.setEnabled(one and self._customer is not None)
        if not self.only.isEnabled():
            self.only.setChecked(False)
        text = self.path.text().strip()
        if text:
            stem = Path(text)
            self.path.setText(str(stem.with_suffix(self.suffix()) if stem.suffix else stem))

    def _browse(self) -> None:
        if self.suffix():
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export"), documents(f"crmnote{self.suffix()}"), f"*{self.suffix()}"
            )
        else:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Export to a folder"), documents()
            )
        if name:
            self.path.setText(name)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if self.suffix() and path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def export(self) -> Background | None:
        """Start writing the export; None (with the reason at the field) when it cannot."""
        target = self.target()
        self.error.hide()
        if self.job is not None:
            return None
        if target is None:
            self._fail(self.tr("Choose where to save the export."))
            return None
        ids = [self._customer[0]] if self._customer and self.only.isChecked() else None
        transfer = self._transfer

        def write() -> ExportResult:
            from crmnote.importers.export import export_to  # 0.15 s of imports, off the window

            return export_to(target, transfer, ids)

        job = Background(write, self)
        job.done.connect(lambda result: self._written(target, result))
        job.failed.connect(lambda exc: self._failed(target, exc))
        self.job = job
        self.written = None
        self._busy(True)
        self.done_label.setText(self.tr("Exporting to {0}…").format(target))
        job.start()
        return job

    def _busy(self, busy: bool) -> None:
        for widget in (self.format, self.path, self.export_button, self.only):
            widget.setEnabled(not busy)
        if not busy:
            self._format_changed()  # `only` as the format allows

    def _written(self, target: Path, result: ExportResult) -> None:
        self.job = None
        self._busy(False)
        self.written = result
        counts = ", ".join(f"{n} × {kind_label(k).lower()}" for k, n in result.counts.items() if n)
        self.done_label.setText(
            self.tr("Written to {0}: {1}.").format(target, counts or self.tr("nothing to export"))
        )
        self.exported.emit(result)

    def _failed(self, target: Path, exc: Exception) -> None:
        self.job = None
        self._busy(False)
        if isinstance(exc, CrmError):
            self._fail(str(exc))
        elif isinstance(exc, OSError):
            self._fail(self.tr("Cannot write {0}: {1}").format(target, exc.strerror or exc))
        else:
            raise exc  # a bug: to the crash report path

    def reject(self) -> None:
        if self.job is None:  # an export under way writes to its end
            super().reject()

    def _fail(self, message: str) -> None:
        self.done_label.setText("")
        self.error.setText(message)
        self.error.show()
