"""Quick log (Ctrl+L): pick a customer by typing, say what happened, Enter saves. Keyboard only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
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
from crmnote.domain.kinds import kind_of
from crmnote.domain.types import Channel, Direction
from crmnote.services.quick_log import EXTRA_KINDS
from crmnote.ui.dialogs.field_editors import SpinEditor, WhenEditor
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.editing import Editing
from crmnote.ui.labels import enum_label, kind_label, mood_choices
from crmnote.ui.reasons import error_text, reason_text

if TYPE_CHECKING:
    from crmnote.services.book_services import Services

SUGGESTIONS = 15


class QuickLogDialog(QDialog):
    """Emits `logged(customer_id, text)` once saved, `text` saying what was logged for whom."""

    logged = Signal(int, str)

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
        self.new_name: str | None = None  # picked "Create … as a new customer"
        self._create_label = ""

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
        self.picked_note = QLabel()
        self.picked_note.setObjectName("ql_new_customer")
        self.picked_note.hide()
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
        form = tidy_form(QFormLayout())
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
            if name == "customer":
                column.addWidget(self.picked_note)
            self._errors[name] = error_label()
            column.addWidget(self._errors[name])
            buddy = QLabel(text)
            buddy.setBuddy(self._due.buddy() if name == "due" else widget)
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
        self.new_name = None
        self.picked_note.hide()
        self._errors["customer"].hide()  # a new attempt: the last complaint no longer applies
        rows = self._services.customers.summaries(search=text, limit=SUGGESTIONS) if text else []
        labels: dict[str, int] = {}
        for r in rows:
            label = f"{r.name} — {r.company}" if r.company else r.name
            if label in labels:
                label = f"{label} #{r.id}"
            labels[label] = r.id
        self._ids = labels
        names = list(labels)
        typed = text.strip()
        self._create_label = ""
        if typed and not any(r.name.casefold() == typed.casefold() for r in rows):
            # A cold call to a new prospect: offered last, after every match.
            self._create_label = self.tr("Create “{0}” as a new customer").format(typed)
            names.append(self._create_label)
        self._names.setStringList(names)

    def _picked(self, text: str) -> None:
        self._errors["customer"].hide()
        if text and text == self._create_label:
            name = self._create_label_name()
            self.customer_id = None
            self.new_name = name
            # The completer wrote its label into the box; the box shows the name again.
            QTimer.singleShot(0, lambda: self.customer.setText(name))
            self.picked_note.setText(self.tr("A new customer, created when you save"))
            self.picked_note.show()
        else:
            self.customer_id = self._ids.get(text)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _create_label_name(self) -> str:
        start, end = self._create_label.find("“"), self._create_label.rfind("”")
        return self._create_label[start + 1 : end] if 0 <= start < end else self.customer.text()

    def _resolve_customer(self) -> int | None:
        """The customer picked or typed; None when a new one is to be created."""
        text = self.customer.text().strip()
        if self.new_name is not None and text == self.new_name:
            return None
        if self.customer_id is not None:
            return self.customer_id
        if text in self._ids:
            return self._ids[text]
        if len(self._ids) == 1 and text:
            return next(iter(self._ids.values()))
        try:
            return int(self._services.customers.find(text))
        except (NotFoundError, AmbiguousError) as exc:
            raise ValidationError("customer", exc.args[0] if exc.args else str(exc)) from None

    # -- saving ------------------------------------------------------------------------------

    def _extra_shown(self) -> None:
        kind = self.extra_kind.currentData()
        for name, widget in (("text", self.extra_text), ("due", self.due)):
            visible = kind is not None and (name == "text" or kind == "promise")
            widget.setVisible(visible)
            self._labels[name].setVisible(visible)

    def values(self) -> tuple[int | None, dict[str, Any], str | None, dict[str, Any]]:
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
            new = self.new_name if customer_id is None else None
            records, changes = self._services.quick_log.log(
                customer_id, interaction, kind, extra, new_customer=new
            )
        except ValidationError as exc:
            label = self._errors.get(exc.field, self.general_error)
            label.setText(
                reason_text(exc.message) if label is not self.general_error else error_text(exc)
            )
            label.show()
            return
        except CrmError as exc:  # disk full, read-only, locked: keep what was typed
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        interaction_record = next(r for r in records if kind_of(r).name == "interaction")
        if customer_id is None:
            who = records[0].name
        else:
            who = self._services.records.get("customer", customer_id).name
        what = enum_label(interaction_record.channel).lower()
        text = self.tr("Log {0} with {1}").format(what, who)
        self._editing.add_many(text, records, changes)
        super().accept()
        self.logged.emit(interaction_record.customer_id, text)
