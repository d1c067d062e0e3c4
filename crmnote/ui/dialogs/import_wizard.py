"""File → Import…: choose a file, check how its columns map, see a dry run, then import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmnote.domain.errors import CrmError
from crmnote.importers.csv_columns import USER_FIELDS, target_of
from crmnote.importers.csv_read import read_table
from crmnote.importers.imports import ImportRun, import_file
from crmnote.importers.textfile import decode
from crmnote.services.changes import Changes
from crmnote.services.transfer import TransferService
from crmnote.services.transfer_report import Duplicates, RowResult
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.fit import place
from crmnote.ui.labels import field_label
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.reasons import error_text, reason_text
from crmnote.ui.widgets.tables import table_view

FORMATS = (".csv", ".vcf", ".vcard", ".json")
AUTOMATIC = ""  # the combo's first item: keep what was detected


def tell(label: QLabel, text: str) -> None:
    """An error label shows only while it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("Contacts as CSV (Google, Outlook, a spreadsheet), vCard or JSON.")
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.skip = QRadioButton(self.tr("&Skip them: leave the customer as it is"))
        self.merge = QRadioButton(self.tr("&Merge: add missing emails, phones, tags and notes"))
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.merge)
        self.skip_invalid = QCheckBox(self.tr("Import the good rows and skip &invalid ones"))
        self.skip_invalid.setToolTip(
            self.tr("Unticked, nothing is imported while any row is rejected (all or nothing).")
        )
        self.error = error_label()
        form = tidy_form(QFormLayout(self))
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Customers already here:"), self.skip)
        form.addRow("", self.merge)
        form.addRow("", self.skip_invalid)
        form.addRow(self.error)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def file(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def isComplete(self) -> bool:
        return self.path.text().strip().lower().endswith(FORMATS)

    def validatePage(self) -> bool:
        if not self.file().is_file():
            tell(self.error, self.tr("There is no file at {0}.").format(self.file()))
            return False
        tell(self.error, "")
        return True

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr("Contacts (*.csv *.vcf *.vcard *.json);;All files (*)"),
        )
        if name:
            self.path.setText(name)


# What a CSV column can fill (crmnote.importers.csv_columns: `--map COLUMN=FIELD` keys), in
# the words of the "import columns" context.
_COLUMN_WORDS = {
    "name": QT_TRANSLATE_NOOP("import columns", "Name"),
    "given": QT_TRANSLATE_NOOP("import columns", "Given name"),
    "middle": QT_TRANSLATE_NOOP("import columns", "Middle name"),
    "family": QT_TRANSLATE_NOOP("import columns", "Family name"),
    "company": QT_TRANSLATE_NOOP("import columns", "Company"),
    "email": QT_TRANSLATE_NOOP("import columns", "Email"),
    "email_label": QT_TRANSLATE_NOOP("import columns", "Email label"),
    "phone": QT_TRANSLATE_NOOP("import columns", "Phone"),
    "phone_label": QT_TRANSLATE_NOOP("import columns", "Phone label"),
    "address": QT_TRANSLATE_NOOP("import columns", "Address"),
    "tags": QT_TRANSLATE_NOOP("import columns", "Tags"),
    "notes": QT_TRANSLATE_NOOP("import columns", "Notes"),
    "status": QT_TRANSLATE_NOOP("import columns", "Status"),
    "source": QT_TRANSLATE_NOOP("import columns", "Source"),
    "ignore": QT_TRANSLATE_NOOP("import columns", "Ignore (leave out)"),
}


def column_word(field: str) -> str:
    """A column's target as the user reads it ("E-Mail"); a key without a word as it is."""
    word = _COLUMN_WORDS.get(field)
    return QCoreApplication.translate("import columns", str(word)) if word else field


class MappingPage(QWizardPage):
    """What was detected, and for CSV which field each column fills (a combo per column)."""

    def __init__(self, file_page: FilePage) -> None:
        super().__init__()
        self.setTitle(self.tr("Columns"))
        self._file_page = file_page
        self.detected = QLabel()
        self.detected.setObjectName("import_detected")
        self.detected.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import_mapping")
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Imported as")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[tuple[str, QComboBox]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.combos = []
        self.table.setRowCount(0)
        path = self._file_page.file()
        if path.suffix.lower() != ".csv":
            kind = self.tr("JSON") if path.suffix.lower() == ".json" else self.tr("vCard")
            self.detected.setText(self.tr("{0} file: fields are read by name.").format(kind))
            self.table.hide()
            return
        self.table.show()
        try:
            table = read_table(*decode(path.read_bytes()))
        except (CrmError, OSError) as exc:
            self.detected.setText(self.tr("The file cannot be read: {0}").format(error_text(exc)))
            return
        delimiter = {"\t": self.tr("tab"), " ": self.tr("space")}.get(
            table.delimiter, table.delimiter
        )
        self.detected.setText(
            self.tr(
                "Encoding {0}, delimiter “{1}”, %n column(s). Choose a field or "
                "“ignore” for a column detected wrongly.",
                "",
                len(table.header),
            ).format(table.encoding, delimiter)
        )
        first = table.rows[0][1] if table.rows else ()
        self.table.setRowCount(len(table.header))
        for i, header in enumerate(table.header):
            self.table.setItem(i, 0, QTableWidgetItem(header))
            sample = first[i] if i < len(first) else ""
            self.table.setItem(i, 1, QTableWidgetItem(" ".join(sample.split())))
            combo = QComboBox()
            guess = target_of(header)
            shown = column_word(guess.field) if guess is not None else self.tr("left out")
            combo.addItem(self.tr("detected: {0}").format(shown), AUTOMATIC)
            for field in USER_FIELDS:  # the user's word shown, the key (`--map`) as data
                combo.addItem(column_word(field), field)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append((header, combo))
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().resizeSection(2, 200)

    def mapping(self) -> dict[str, str]:
        """Only the columns the user changed; the others keep what was detected."""
        return {h: c.currentData() for h, c in self.combos if h.strip() and c.currentData()}


class DryRunPage(QWizardPage):
    """What the import would do with every row; nothing is written yet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("Nothing has been written yet. Import writes all of it at once."))
        self._wizard = wizard
        headers = [self.tr("Row"), self.tr("Action"), self.tr("Name"), self.tr("Field")]
        headers.append(self.tr("Message"))
        self.model = RowsModel(headers, _result_cell, parent=self)
        self.view = table_view(
            "import_dry_run",
            self.model,
            single=False,
            striped=False,
            label=self.tr("What the import would do"),
        )
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.summary)
        self.box.addWidget(self.view, 1)
        self.run: ImportRun | None = None

    def initializePage(self) -> None:
        self.run = self._wizard.run_import(dry_run=True)
        if self.run is None:
            self.model.set_rows([])
            return
        report = self.run.report
        self.model.set_rows(report.rows)
        self.view.resizeColumnsToContents()
        counts = self._wizard.counts(self.run)
        notes = "; ".join(reason_text(n) for n in self.run.notes)
        self.summary.setText(counts + (f"\n{notes}" if notes else ""))

    def isComplete(self) -> bool:
        return self.run is not None


def _action(action: str) -> str:
    """What became of a row, as `crmnote import` says it (the "import" context)."""
    words = {
        "created": QCoreApplication.translate("import", "created"),
        "matched": QCoreApplication.translate("import", "matched"),
        "merged": QCoreApplication.translate("import", "merged"),
        "rejected": QCoreApplication.translate("import", "rejected"),
    }
    return words.get(action, action)


def _field_word(field: str) -> str:
    """A rejected cell's field in the user's words: a column's target, else a record's field."""
    if not field or field in _COLUMN_WORDS:
        return column_word(field)
    return field_label(field)


def _result_cell(row: RowResult, column: int) -> str:
    values = (
        str(row.line),
        _action(str(row.action)),
        row.name,
        _field_word(row.field),
        reason_text(row.message),
    )
    text = values[column]
    if column == 4 and row.warnings:
        warned = [reason_text(w) for w in row.warnings]
        text = "; ".join([text, *warned]) if text else "; ".join(warned)
    return " ".join(text.split())


class ImportWizard(QWizard):
    """Emits nothing itself: `publish(changes)` tells the rest of the window what was imported."""

    def __init__(
        self,
        transfer: TransferService,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self._transfer = transfer
        self._publish = publish
        self.file_page = FilePage()
        self.mapping_page = MappingPage(self.file_page)
        self.dry_run_page = DryRunPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.error = error_label()
        self.error.setObjectName("import_error")
        self.dry_run_page.box.addWidget(self.error)
        self.imported: ImportRun | None = None
        place(self, QSize(760, 520))

    def run_import(self, dry_run: bool) -> ImportRun | None:
        fp = self.file_page
        duplicates = Duplicates.MERGE if fp.merge.isChecked() else Duplicates.SKIP
        mapping = self.mapping_page.mapping() if fp.file().suffix.lower() == ".csv" else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            run = import_file(
                fp.file(),
                self._transfer,
                duplicates=duplicates,
                dry_run=dry_run,
                skip_invalid=fp.skip_invalid.isChecked(),
                mapping=mapping or None,
            )
        except CrmError as exc:
            tell(self.error, self.tr("Cannot import: {0}").format(error_text(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        tell(self.error, "")
        return run

    def counts(self, run: ImportRun) -> str:
        from crmnote.services.transfer_report import RowAction

        r = run.report
        return self.tr("{0} created, {1} matched, {2} merged, {3} rejected.").format(
            r.count(RowAction.CREATED),
            r.count(RowAction.MATCHED),
            r.count(RowAction.MERGED),
            r.count(RowAction.REJECTED),
        )

    def accept(self) -> None:
        """Import for real; all or nothing unless invalid rows are skipped."""
        run = self.run_import(dry_run=False)
        if run is None:
            return
        if not run.report.committed:
            tell(
                self.error,
                self.tr(
                    "Nothing was imported: some rows are rejected. Fix the file, or go back "
                    "and tick “skip invalid rows”."
                ),
            )
            return
        self.imported = run
        self._publish(run.report.changes)
        super().accept()
