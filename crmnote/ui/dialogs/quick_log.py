"""Quick log (Ctrl+L): pick a customer by typing, say what happened, Enter saves. Keyboard only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import AmbiguousError, CrmError, NotFoundError, ValidationError
from crmnote.domain.types import Channel, Direction
from crmnote.services.book_services import Services
from crmnote.services.quick_log import EXTRA_KINDS
from crmnote.ui.dialogs.field_editors import SpinEditor, WhenEditor
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.editing import Editing
from crmnote.ui.labels import enum_label, kind_label, mood_choices

SUGGESTIONS = 15


class QuickLogDialog(QDialog):
    def __init__(
        self,
        services: Services,
        editing: Editing,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quick_log")
        self.setWindowTitle(self.tr("Quick log"))
        self._services = services
        self._editing = editing
        self._ids: dict[str, int] = {}
        self.customer_id: int | None = None

        self.customer = QLineEdit()
        self.customer.setObjectName("ql_customer")
        self.customer.setPlaceholderText(self.tr("Type part of a name"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(self.completer)
        self.customer.textEdited.connect(self._suggest)
        self.completer.activated.connect(self._picked)
        self.channel = QComboBox()
        self.channel.setObjectName("ql_channel")
        for channel in Channel:
            self.channel.addItem(enum_label(channel), channel)
        self.direction = QComboBox()
        self.direction.setObjectName("ql_direction")
        self.direction.addItem(self.tr("They contacted us"), Direction.IN)
        self.direction.addItem(self.tr("We contacted them"), Direction.OUT)
        self._minutes = SpinEditor()
        self.minutes = self._minutes.spin
        self.minutes.setObjectName("ql_minutes")
        self.mood = QComboBox()
        self.mood.setObjectName("ql_mood")
        for label, value in mood_choices():
            self.mood.addItem(label, value)
        self.note = QLineEdit()
        self.note.setObjectName("ql_note")
        self.extra_kind = QComboBox()
        self.extra_kind.setObjectName("ql_extra_kind")
        self.extra_kind.addItem(self.tr("Nothing else"), None)
        for kind in EXTRA_KINDS:
            self.extra_kind.addItem(kind_label(kind), kind)
        self.extra_text = QLineEdit()
        self.extra_text.setObjectName("ql_extra_text")
        self.extra_text.setPlaceholderText(self.tr("What was promised, claimed or asked"))
        self._due = WhenEditor(with_time=False, optional=True)
        self.due = self._due.widget
        self.due_check = self._due.check
        self.extra_kind.currentIndexChanged.connect(lambda _i: self._extra_shown())

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("customer", self.tr("&Customer"), self.customer),
            ("channel", self.tr("C&hannel"), self.channel),
            ("direction", self.tr("&Direction"), self.direction),
            ("minutes", self.tr("&Minutes"), self.minutes),
            ("mood", self.tr("M&ood"), self.mood),
            ("notes", self.tr("&Note"), self.note),
            ("extra_kind", self.tr("&Also record"), self.extra_kind),
            ("text", self.tr("&Text"), self.extra_text),
            ("due", self.tr("D&ue"), self.due),
        ]
        self._labels: dict[str, QLabel] = {}
        for name, text, widget in rows:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            self._errors[name] = error_label()
            column.addWidget(self._errors[name])
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            self._labels[name] = buddy
            form.addRow(buddy, cell)
        self.general_error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._extra_shown()
        if customer_id is not None:
            self._preselect(customer_id)
            self.note.setFocus()
        else:
            self.customer.setFocus()
        self.resize(480, self.sizeHint().height())

    # -- customer ----------------------------------------------------------------------------

    def _preselect(self, customer_id: int) -> None:
        customer = self._services.records.get("customer", customer_id)
        self.customer.setText(customer.name)
        self._ids = {customer.name: customer_id}
        self.customer_id = customer_id

    def _suggest(self, text: str) -> None:
        self.customer_id = None
        rows = self._services.customers.summaries(search=text, limit=SUGGESTIONS) if text else []
        labels: dict[str, int] = {}
        for r in rows:
            label = f"{r.name} — {r.company}" if r.company else r.name
            if label in labels:
                label = f"{label} #{r.id}"
            labels[label] = r.id
        self._ids = labels
        self._names.setStringList(list(labels))

    def _picked(self, text: str) -> None:
        self.customer_id = self._ids.get(text)

    def _resolve_customer(self) -> int:
        text = self.customer.text().strip()
        if self.customer_id is not None:
            return self.customer_id
        if text in self._ids:
            return self._ids[text]
        if len(self._ids) == 1 and text:
            return next(iter(self._ids.values()))
        try:
            return int(self._services.customers.find(text))
        except (NotFoundError, AmbiguousError) as exc:
            raise ValidationError("customer", str(exc)) from None

    # -- saving ------------------------------------------------------------------------------

    def _extra_shown(self) -> None:
        kind = self.extra_kind.currentData()
        for name, widget in (("text", self.extra_text), ("due", self.due)):
            visible = kind is not None and (name == "text" or kind == "promise")
            widget.setVisible(visible)
            self._labels[name].setVisible(visible)

    def values(self) -> tuple[int, dict[str, Any], str | None, dict[str, Any]]:
        customer_id = self._resolve_customer()
        interaction = {
            "channel": Channel(self.channel.currentData()),
            "direction": Direction(self.direction.currentData()),
            "minutes": self.minutes.value(),
            "mood": self.mood.currentData(),
            "notes": self.note.text(),
        }
        kind = self.extra_kind.currentData()
        extra: dict[str, Any] = {}
        if kind is not None:
            extra["text"] = self.extra_text.text()
            if kind == "promise":
                extra["due"] = self._due.value()
        return customer_id, interaction, kind, extra

    def accept(self) -> None:
        self.general_error.hide()
        for label in self._errors.values():
            label.hide()
        try:
            customer_id, interaction, kind, extra = self.values()
            records, changes = self._services.quick_log.log(customer_id, interaction, kind, extra)
        except ValidationError as exc:
            label = self._errors.get(exc.field, self.general_error)
            label.setText(exc.message if label is not self.general_error else str(exc))
            label.show()
            return
        except CrmError as exc:  # disk full, read-only, locked: keep what was typed
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self._editing.add_many(self.tr("Quick log"), records, changes)
        super().accept()
