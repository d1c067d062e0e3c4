"""History of one interaction, promise or claim: every logged version, who, when, what changed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmnote.ui.fit import place
from crmnote.ui.labels import NONE, field_label, first_line, kind_label, show
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.widgets.facts import plain
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.audit import AuditService, HistoryEntry

HISTORY_KINDS = frozenset({"interaction", "promise", "claim"})
# Bookkeeping every save touches; shown in the detail, left out of the one-line summary.
_QUIET = frozenset({"created_at", "updated_at", "id", "customer_id"})

_ACTIONS: dict[str, object] = {
    "add": QT_TRANSLATE_NOOP("RecordHistory", "created"),
    "update": QT_TRANSLATE_NOOP("RecordHistory", "changed"),
    "delete": QT_TRANSLATE_NOOP("RecordHistory", "deleted"),
    "restore": QT_TRANSLATE_NOOP("RecordHistory", "restored"),
    "baseline": QT_TRANSLATE_NOOP("RecordHistory", "first logged"),
    "erase": QT_TRANSLATE_NOOP("RecordHistory", "erased"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordHistory", text)


def value_text(value: Any) -> str:
    if value is None or value == "":
        return NONE
    if isinstance(value, str):
        return first_line(value, 60)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)


def action_text(entry: HistoryEntry) -> str:
    return _tr(str(_ACTIONS.get(entry.action, entry.action)))


def summary(entry: HistoryEntry) -> str:
    if entry.redacted:
        return _tr("(redacted when the customer was erased)")
    if entry.changes is None:
        return _tr("(the record as first found)")
    shown = [c for c in entry.changes if c[0] not in _QUIET]
    if entry.action == "add":
        n = len([c for c in shown if c[2] not in (None, "")])
        return QCoreApplication.translate("RecordHistory", "%n field(s) set", None, n)
    return "; ".join(
        f"{field_label(name)}: {value_text(old)} → {value_text(new)}" for name, old, new in shown
    )


def detail(entry: HistoryEntry) -> str:
    head = _tr("{0} by {1} at {2}").format(
        action_text(entry), entry.staff_name or NONE, show(entry.at)
    )
    lines = [head, _tr("Hash: {0}").format(entry.hash)]
    for name, old, new in entry.changes or ():
        lines.append(f"{field_label(name)}: {value_text(old)} → {value_text(new)}")
    return "\n".join(lines)


def _cell(entry: HistoryEntry, column: int) -> str:
    cells = (show(entry.at), entry.staff_name or NONE, action_text(entry), summary(entry))
    return cells[column]


class RecordHistoryDialog(QDialog):
    """Every version of a record, oldest first; the selected one's full change list below."""

    def __init__(
        self, audit: AuditService, kind: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record_history")
        self.setWindowTitle(self.tr("History of {0} {1}").format(kind_label(kind), record_id))
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        self.model = RowsModel(headers, _cell, parent=self)
        self.model.set_rows(audit.history(kind, record_id))
        self.view = table_view(
            "history_table", self.model, wrap=False, label=self.tr("Versions of the record")
        )
        self.view.selectionModel().currentRowChanged.connect(self._show)
        self.detail = plain()
        self.detail.setObjectName("history_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.model.rowCount() == 0:
            layout.addWidget(plain(self.tr("No version of this record has been logged.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        place(self, QSize(820, 520))
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.setText(detail(self.model.row_at(current.row())) if current.isValid() else "")
