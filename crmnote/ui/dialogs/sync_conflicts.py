"""Sync conflicts: each value that lost a merge (two people changed the same field of a record,
a promise was closed while someone reworded it, a record deleted while someone edited it),
with the value kept and the value set aside, who wrote each and when. Confirm keeps the
current value; Restore writes the set-aside one back. Both reach every copy with the next sync.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote import formats
from crmnote.domain.errors import CrmError
from crmnote.domain.kinds import KINDS
from crmnote.services.sync.conflicts import ConflictService, ConflictView
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.labels import enum_label, field_label, kind_label
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.widgets.tables import table_view

_REASONS = {
    "same_field": QT_TRANSLATE_NOOP("SyncConflictsDialog", "changed on two sides"),
    "promise_closed": QT_TRANSLATE_NOOP(
        "SyncConflictsDialog", "reworded while it was closed elsewhere"
    ),
    "delete_undone": QT_TRANSLATE_NOOP(
        "SyncConflictsDialog", "deleted on one side, edited on the other: it stays"
    ),
    "kept_for_records": QT_TRANSLATE_NOOP(
        "SyncConflictsDialog", "deleted on one side while their records changed on the other: kept"
    ),
}


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("SyncConflictsDialog", str(_REASONS.get(reason, reason)))


def value_text(kind: str, field: str | None, text: str) -> str:
    """A value as shown: a choice (status, category…) in the user's language."""
    spec = KINDS.get(kind)
    if spec is None or field is None or not text:
        return text
    try:
        typ = spec.field(field).type
    except KeyError:
        return text
    if isinstance(typ, type) and issubclass(typ, Enum):
        return enum_label(text)
    return text


class SyncConflictsDialog(QDialog):
    def __init__(self, conflicts: ConflictService, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflicts")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._service = conflicts
        self._bus = bus
        self.rows: list[ConflictView] = []
        intro = QLabel(
            self.tr(
                "When two people changed the same thing while apart, the later change was kept "
                "and the other set aside here. Confirm keeps the value the record has; Restore "
                "puts the set-aside value back. Either way it reaches every copy with the next "
                "sync."
            )
        )
        intro.setWordWrap(True)
        headers = [
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Kept"),
            self.tr("Set aside"),
            self.tr("Why"),
        ]
        self.model = RowsModel(headers, self._cell, parent=self)
        self.view = table_view("sync_conflict_list", self.model, label=self.tr("Sync conflicts"))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.empty = QLabel(self.tr("No sync conflicts: nothing was set aside."))
        self.empty.setObjectName("sync_conflicts_empty")
        self.detail = QLabel()
        self.detail.setObjectName("sync_conflict_detail")
        self.detail.setWordWrap(True)
        self.error = error_label()
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("sync_conflict_confirm")
        self.restore_button = QPushButton(self.tr("&Restore set-aside value"))
        self.restore_button.setObjectName("sync_conflict_restore")
        self.confirm_button.clicked.connect(lambda: self.answer(restore=False))
        self.restore_button.clicked.connect(lambda: self.answer(restore=True))
        answers = QHBoxLayout()
        answers.addWidget(self.confirm_button)
        answers.addWidget(self.restore_button)
        answers.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addLayout(answers)
        layout.addWidget(close)
        self.resize(820, 420)
        self.reload()

    def _cell(self, row: ConflictView, column: int) -> str:
        if column == 0:
            shown = kind_label(row.kind)
            return f"{shown}: {row.title}" if row.title else shown
        if column == 1:
            return field_label(row.field) if row.field else self.tr("the whole record")
        if column == 2:
            if row.field is None:
                return self.tr("kept, with the edit")
            return value_text(row.kind, row.field, row.kept_text)
        if column == 3:
            if row.field is None:
                return self.tr("the delete")
            return value_text(row.kind, row.field, row.set_aside_text)
        return reason_text(row.reason)

    def reload(self) -> None:
        try:
            self.rows = self._service.list()
        except CrmError as exc:
            self._show_error(str(exc))
            self.rows = []
        self.model.set_rows(self.rows)
        self.empty.setVisible(not self.rows)
        self.view.setVisible(bool(self.rows))
        if self.rows:
            self.view.selectRow(0)
        self._selected()

    def selected(self) -> ConflictView | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        row = self.selected()
        for button in (self.confirm_button, self.restore_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail.setText("")
            return
        self.detail.setText(
            self.tr("Kept: written by {0} on {1}. Set aside: written by {2} on {3}.").format(
                row.kept_by or self.tr("someone"),
                formats.moment(row.kept_at) or "?",
                row.set_aside_by or self.tr("someone"),
                formats.moment(row.set_aside_at) or "?",
            )
        )

    def answer(self, *, restore: bool) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            answer = self._service.restore if restore else self._service.confirm
            changes = answer(row.id)
        except CrmError as exc:
            self._show_error(str(exc))
            return False
        self.error.hide()
        self._bus.publish(changes)
        self.reload()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
