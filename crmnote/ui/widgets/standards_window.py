"""The Standards catalogue: every dated version, adding and revising (never rewriting), report.

Both tables are read on a worker thread ("Loading…" meanwhile) and shown together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain import entities as e
from crmnote.domain.errors import ValidationError
from crmnote.domain.standards import describe_target
from crmnote.services.changes import Changes
from crmnote.services.records import only_changed
from crmnote.services.standards import StandardReportRow
from crmnote.ui.dialogs.record_form import RecordForm
from crmnote.ui.editing import Editing
from crmnote.ui.fit import place
from crmnote.ui.labels import NONE, enum_label, first_line, show
from crmnote.ui.loading import Loader
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.reasons import reason_text
from crmnote.ui.widgets.facts import plain
from crmnote.ui.widgets.tables import table_view

REVISED_FIELDS = ("name", "category", "description", "target_value", "target_unit", "valid_from")
_WATCHED = ("standard", "promise", "claim")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StandardsWindow", text)


def _version_cell(s: e.Standard, column: int, today: date) -> str:
    in_force = s.valid_from <= today and (s.valid_until is None or today <= s.valid_until)
    cells = (
        s.name,
        enum_label(s.category),
        reason_text(describe_target(s)) or NONE,
        show(s.valid_from),
        show(s.valid_until) if s.valid_until else _tr("(open)"),
        _tr("in force") if in_force else "",
        first_line(s.description, 80),
    )
    return cells[column]


def _report_cell(r: StandardReportRow, column: int) -> Any:
    cells: tuple[Any, ...] = (r.name, enum_label(r.category), r.target or NONE, r.versions)
    cells += (r.promises, r.kept, r.broken, r.open, r.claims, r.substantiated)
    return cells[column]


def _table(name: str, model: RowsModel, label: str) -> QTableView:
    view = table_view(name, model, label=label)
    return view


class StandardsWindow(QWidget):
    """Versions by standard then date; a revision adds a version through the undo stack."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        editing.bus.subscribe(self, self.on_changed)
        self.setObjectName("standards_window")
        self.setWindowTitle(self.tr("Standards catalogue"))
        self._editing = editing
        self._services = editing.services
        self.today = date.today
        headers = [self.tr("Standard"), self.tr("Category"), self.tr("Target")]
        headers += [self.tr("From"), self.tr("Until"), self.tr("Now"), self.tr("Description")]
        self.versions = RowsModel(
            headers, lambda s, c: _version_cell(s, c, self.today()), parent=self
        )
        self.view = _table("standards_versions", self.versions, self.tr("Standards and versions"))
        self.view.doubleClicked.connect(lambda _i: self.revise_selected())
        report_headers = [self.tr("Standard"), self.tr("Category"), self.tr("Target")]
        report_headers += [self.tr("Versions"), self.tr("Promises"), self.tr("Kept")]
        report_headers += [self.tr("Broken"), self.tr("Open"), self.tr("Claims")]
        report_headers.append(self.tr("Upheld"))
        self.report = RowsModel(
            report_headers, lambda r, c: str(_report_cell(r, c)), _report_cell, self
        )
        self.report_view = _table("standards_report", self.report, self.tr("Standards report"))
        self.new_button = QPushButton(self.tr("&New standard…"))
        self.new_button.clicked.connect(lambda: self._editing.new("standard"))
        self.revise_button = QPushButton(self.tr("&Revise…"))
        self.revise_button.setObjectName("standards_revise")
        self.revise_button.clicked.connect(self.revise_selected)
        for button in (self.new_button, self.revise_button):
            button.setVisible(not editing.read_only)  # a viewer reads the catalogue
        self.loader = Loader(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.loader.note)
        buttons.addStretch(1)
        top = QGroupBox(self.tr("Versions (a revision starts a new dated version)"))
        column = QVBoxLayout(top)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        bottom = QGroupBox(self.tr("Standards report: promises made against each, and claims"))
        column = QVBoxLayout(bottom)
        column.addWidget(
            plain(self.tr("Upheld: claims judged substantiated or partly substantiated."))
        )
        column.addWidget(self.report_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        place(self, QSize(1000, 680))
        self.refresh()

    def refresh(self) -> None:
        """Read the catalogue and the report on a worker; both are shown when they arrive."""
        standards = self._services.standards
        self.loader.load(lambda: (standards.catalogue(), standards.report()), self._show)

    def _show(self, read: tuple[Sequence[e.Standard], Sequence[StandardReportRow]]) -> None:
        catalogue, report = read
        self.versions.set_rows(catalogue)
        self.report.set_rows(report)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(*_WATCHED):
            self.refresh()

    def selected(self) -> e.Standard | None:
        index = self.view.currentIndex()
        return self.versions.row_at(index.row()) if index.isValid() else None

    def revise_selected(self) -> RecordForm | None:
        current = self.selected()
        if current is None:
            return None
        spec = self._services.records.kind("standard")
        start = max(self.today(), current.valid_from + timedelta(days=1))

        def submit(values: dict[str, Any]) -> None:
            self.revise(current, values)

        form = RecordForm(
            spec,
            self._editing.choices(None),
            submit,
            record=current,
            fields=REVISED_FIELDS,
            initial={"valid_from": start},
            required=("valid_from",),
            title=self.tr("Revise standard: new version from"),
            parent=self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def revise(self, current: e.Standard, values: dict[str, Any]) -> e.Standard:
        """Add the new version (undo deletes it and reopens the old one)."""
        effective = values.pop("valid_from")
        changed = only_changed(current, values)
        if not changed:
            raise ValidationError("name", _tr("change something to make a new version"))
        standards = self._services.standards
        fresh, changes = standards.revise(current.id, changed, effective)
        records = self._services.records
        until = current.valid_until

        def do() -> Changes:
            nonlocal fresh
            fresh, again = standards.revise(current.id, changed, effective)
            return again

        def undo() -> Changes:
            gone = records.delete("standard", fresh.id)
            return gone | records.update("standard", current.id, {"valid_until": until})[1]

        self._editing.push(_tr("Revise standard"), changes, do, undo)
        return fresh
