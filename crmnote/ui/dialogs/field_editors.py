"""One editor widget per kind of field, built from the domain's field specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.entities import ContactPoint
from crmnote.domain.kinds import FieldSpec
from crmnote.domain.parsing import parse_contact, parse_value
from crmnote.ui.labels import NONE, enum_label, mood_choices, ordered, show

# (reference kind) → [(label, id)]
ChoiceSource = Callable[[str], Sequence[tuple[str, int]]]
MULTILINE = {
    "notes",
    "text",
    "description",
    "evidence",
    "message",
    "verdict_note",
    "judgment_note",
    "address",
    "reason",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldEditor", text)


class FieldEditor:
    """A widget, and how to read and set its typed value (reading may raise ValidationError)."""

    widget: QWidget

    def buddy(self) -> QWidget:
        """What a label's Alt key focuses: a label only focuses a widget that takes focus
        itself, so not a container that hands focus on to a box inside it."""
        return self.widget.focusProxy() or self.widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class LineEditor(FieldEditor):
    """Text, or a number parsed the way the command line parses it."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.widget = self.edit = QLineEdit()

    def value(self) -> Any:
        if self.spec.type is str:
            return self.edit.text()
        return parse_value(self.spec, self.edit.text())

    def set_value(self, value: Any) -> None:
        # A quantity of 12 reads "12", not "12.0".
        whole = isinstance(value, float) and value.is_integer() and abs(value) < 1e15
        text = str(int(value)) if whole else str(value)
        self.edit.setText("" if value is None else text)


class BlockEditor(FieldEditor):
    def __init__(self) -> None:
        self.widget = self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(3 * lines + 12)
        self.edit.setMaximumHeight(6 * lines + 12)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class ComboEditor(FieldEditor):
    """A choice among values; the values are kept here because Qt's item data would turn a
    StrEnum into a plain str."""

    def __init__(self, choices: Sequence[tuple[str, Any]]) -> None:
        self.widget = self.combo = QComboBox()
        self._values: list[Any] = []
        for label, data in choices:
            self.add(label, data)

    def add(self, label: str, data: Any) -> None:
        self._values.append(data)
        self.combo.addItem(label, data)

    def index_of(self, value: Any) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = self.index_of(value)
        if index < 0 and value is not None:  # a reference not offered (e.g. an old interaction)
            self.add(f"#{value}", value)
            index = len(self._values) - 1
        if index >= 0:
            self.combo.setCurrentIndex(index)


def enum_editor(spec: FieldSpec) -> ComboEditor:
    assert isinstance(spec.type, type) and issubclass(spec.type, Enum)
    choices: list[tuple[str, Any]] = [(NONE, None)] if spec.optional else []
    choices += [(enum_label(m), m) for m in ordered(spec.type)]
    return ComboEditor(choices)


class CheckEditor(FieldEditor):
    def __init__(self) -> None:
        self.widget = self.box = QCheckBox()

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class SpinEditor(FieldEditor):
    def __init__(self) -> None:
        self.widget = self.spin = QSpinBox()
        self.spin.setRange(0, 24 * 60 * 31)
        self.spin.setSuffix(_tr(" min"))

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))


class _TabLeaves:
    """Tab and Shift+Tab leave the field, as in every other box, instead of moving between
    its date parts (which changed a date silently when typing on after a Tab)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateTimeBox(_TabLeaves, QDateTimeEdit):
    """A date and time box that Tab leaves."""


class DateBox(_TabLeaves, QDateEdit):
    """A date box that Tab leaves."""


class WhenEditor(FieldEditor):
    """A date or date-time; an optional one has a check box saying whether it is set.

    Shown to the minute; a time set with seconds is given back unchanged while the minute shown
    is not edited (so saving a form never moves a record's time)."""

    def __init__(self, with_time: bool, optional: bool) -> None:
        self.with_time = with_time
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.check: QCheckBox | None = None
        if optional:
            self.check = QCheckBox(_tr("Set"))
            row.addWidget(self.check)
        self.edit: QDateEdit | QDateTimeEdit
        self._exact: datetime | None = None
        if with_time:
            self.edit = DateTimeBox(QDateTime.currentDateTime())
            self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        else:
            self.edit = DateBox(QDate.currentDate())
            self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        row.addWidget(self.edit, 1)
        self.widget.setFocusProxy(self.edit)
        if self.check is not None:
            self.check.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
            # The label's Alt key reaches an unset date too: it ticks "Set" (a disabled date
            # box cannot take focus, so the key did nothing); Tab goes on to the date.
            self.widget.setFocusProxy(self.check)

    def value(self) -> Any:
        if self.check is not None and not self.check.isChecked():
            return None
        if self.with_time:
            qdt = self.edit.dateTime()
            shown = datetime.fromisoformat(qdt.toString("yyyy-MM-ddTHH:mm:00"))
            exact = self._exact
            if exact is not None and exact.replace(second=0, microsecond=0) == shown:
                return exact
            return shown
        return date.fromisoformat(self.edit.date().toString("yyyy-MM-dd"))

    def set_value(self, value: Any) -> None:
        if self.check is not None:
            self.check.setChecked(value is not None)
        if value is None:
            return
        if isinstance(value, datetime):
            self._exact = value
            d, t = value.date(), value.time()
            qdt = QDateTime(QDate(d.year, d.month, d.day), QTime(t.hour, t.minute))
            self.edit.setDateTime(qdt)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ManyEditor(FieldEditor):
    """Several emails, phones or tags: one per line of an editable list (`work: ann@x.org`)."""

    def __init__(self, contacts: bool) -> None:
        self.contacts = contacts
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(80)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_tr("Add"))
        self.remove_button = QPushButton(_tr("Remove"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add(""))
        self.remove_button.clicked.connect(self._remove)
        self.widget.setFocusProxy(self.list)

    def add(self, text: str, edit: bool = True) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        if edit:
            self.list.setCurrentItem(item)
            self.list.editItem(item)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def texts(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [t for t in (i.text().strip() for i in items if i is not None) if t]

    def value(self) -> Any:
        if self.contacts:
            return tuple(parse_contact(t) for t in self.texts())
        return tuple(self.texts())

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for v in value or ():
            text = f"{v.label}: {v.value}" if isinstance(v, ContactPoint) and v.label else show(v)
            self.add(text, edit=False)


def make_editor(spec: FieldSpec, choices: ChoiceSource) -> FieldEditor:
    """The editor for one field of a kind."""
    if spec.name == "mood":
        return ComboEditor(mood_choices())
    if spec.reference is not None:
        options: list[tuple[str, Any]] = [(NONE, None)] if spec.optional else []
        options += list(choices(spec.reference))
        return ComboEditor(options)
    if spec.many:
        return ManyEditor(contacts=spec.type is ContactPoint)
    if isinstance(spec.type, type) and issubclass(spec.type, Enum):
        return enum_editor(spec)
    if spec.type is bool:
        return CheckEditor()
    if spec.type is int:
        return SpinEditor()
    if spec.type in (datetime, date):
        return WhenEditor(spec.type is datetime, spec.optional)
    if spec.type in (float, Decimal):
        return LineEditor(spec)
    if spec.name in MULTILINE:
        return BlockEditor()
    return LineEditor(spec)
