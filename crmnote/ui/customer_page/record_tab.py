"""A tab listing one kind of record for the customer, with its buttons (new, edit, verdict…).

The records are read when the tab is first shown (or its model first asked for), not when the
customer is opened: a customer with thousands of promises opens without reading them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.ui.drops import ATTACHABLE, RecordDropTarget
from crmnote.ui.labels import kind_plural
from crmnote.ui.models.records import RecordTableModel
from crmnote.ui.widgets.tables import table_view

# (button text, handler taking the selected record id)
RowAction = tuple[str, Callable[[int], object]]


class RecordTab(QWidget):
    """Emits `open_record(kind, id)` on double-click; `new_record(kind)` from its New button."""

    open_record = Signal(str, int)
    new_record = Signal(str)
    delete_record = Signal(str, int)
    files_dropped = Signal(str, int, list)  # (kind, record id, file paths) let go over a row

    def __init__(
        self,
        kind: str,
        new_text: str,
        actions: Sequence[RowAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"tab_{kind}")
        self._model = RecordTableModel(kind, parent=self)
        self._pending: Callable[[], Sequence[Any]] | None = None
        self.view = table_view(
            f"table_{kind}", self._model, wrap=False, compact=True, label=kind_plural(kind)
        )
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        if kind in ATTACHABLE:
            drops = RecordDropTarget(self.view, self._record_at)
            drops.dropped.connect(self.files_dropped)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.new_button = new = QPushButton(new_text)
        new.clicked.connect(lambda: self.new_record.emit(self.kind))
        buttons.addWidget(new)
        self.edit_button = edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(
            lambda: self._with_selected(lambda rid: self.open_record.emit(kind, rid))
        )
        buttons.addWidget(edit)
        for text, handler in actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, h=handler: self._with_selected(h))
            buttons.addWidget(button)
            self.buttons[text] = button
        self.delete_button = delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(
            lambda: self._with_selected(lambda rid: self.delete_record.emit(kind, rid))
        )
        buttons.addWidget(delete)
        buttons.addStretch(1)
        # Buttons that act on the selected record wait for one to be selected.
        self.row_buttons = [edit, *self.buttons.values(), delete]
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    @property
    def model(self) -> RecordTableModel:
        """The tab's records, read now if they were waiting to be."""
        self._load_pending()
        return self._model

    def set_source(self, read: Callable[[], Sequence[Any]]) -> None:
        """What to list: read at once when the tab is visible, else when it is first shown."""
        self._pending = read
        if self.isVisible():
            self._load_pending()

    def loaded(self) -> bool:
        return self._pending is None

    def showEvent(self, event: QShowEvent) -> None:
        self._load_pending()
        super().showEvent(event)

    def _load_pending(self) -> None:
        read, self._pending = self._pending, None
        if read is not None:
            self._model.set_records(read())

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return int(self.model.row_at(rows[0].row()).id) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.view.selectionModel().hasSelection()
        for button in self.row_buttons:
            button.setEnabled(chosen)

    def select_row(self, row: int) -> None:
        self._load_pending()
        self.view.selectRow(row)

    def _with_selected(self, handler: Callable[[int], object]) -> None:
        rid = self.selected_id()
        if rid is not None:
            handler(rid)

    def _record_at(self, pos: QPoint) -> tuple[str, int] | None:
        index = self.view.indexAt(pos)
        return (self.kind, int(self.model.row_at(index.row()).id)) if index.isValid() else None

    def _open(self, row: int) -> None:
        self.open_record.emit(self.kind, int(self.model.row_at(row).id))

    def set_read_only(self, reading: Sequence[str] = ()) -> None:
        """Offer only what reads: records open read only; the buttons named in `reading`
        (History…, Dossier…) stay, those that change a record go."""
        self.new_button.hide()
        self.delete_button.hide()
        self.edit_button.setText(self.tr("Open…"))
        for text, button in self.buttons.items():
            button.setVisible(text in reading)
