"""One generic form for every kind of record, built from its field specs, validated inline."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError, StaleRecordError, ValidationError
from crmnote.domain.kinds import KindSpec
from crmnote.ui.dialogs import conflict
from crmnote.ui.dialogs.field_editors import ChoiceSource, FieldEditor, make_editor
from crmnote.ui.drops import local_files
from crmnote.ui.fit import place
from crmnote.ui.labels import field_label
from crmnote.ui.reasons import reason_text

# Outcome fields a new record starts without; they are set later by the specific actions.
HIDDEN_ON_CREATE = {
    "status:promise",
    "resolved_at",
    "evidence",
    "verdict",
    "verdict_note",
    "resolution",
    "judgment",
    "judgment_note",
    "outcome",
    "insight",
    "message",
    "delivered_quantity",
    "follow_up_done_at",
}

Submit = Callable[[dict[str, Any]], None]


def creatable_fields(kind: KindSpec) -> list[str]:
    return [
        f.name
        for f in kind.fields
        if f.name not in HIDDEN_ON_CREATE and f"{f.name}:{kind.name}" not in HIDDEN_ON_CREATE
    ]


def error_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette's window colour: dark red on light, light red on dark
    (Qt's palette has no error role; its link colour is blue, which does not say "wrong")."""
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor("#ff7b72") if dark else QColor("#b3261e")


def error_label() -> QLabel:
    """A label for a validation message, bold in the error colour of the palette in use."""
    label = QLabel()
    label.setObjectName("field_error")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def tidy_form(form: QFormLayout) -> QFormLayout:
    """Labels right-aligned beside their boxes, at the top of a tall one, in every theme
    (some styles left-align them a column's width away)."""
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


# Kinds whose every version is logged; their saved records' forms offer "History…".
HISTORY_KINDS = frozenset({"interaction", "promise", "claim"})


class RecordForm(QDialog):
    """Edits some fields of one kind of record; `submit` saves or raises ValidationError.

    `history_requested(kind, id)` asks for the logged versions of the record being edited.
    When someone else saved the record meanwhile (StaleRecordError), the form asks whether to
    reload their version or keep the values typed here over it. `read_only` (the reason
    nothing may be changed) shows the record without a way to save it.
    """

    history_requested = Signal(str, int)

    def __init__(
        self,
        kind: KindSpec,
        choices: ChoiceSource,
        submit: Submit,
        *,
        record: Any = None,
        fields: Sequence[str] | None = None,
        initial: Mapping[str, Any] | None = None,
        required: Sequence[str] = (),
        title: str = "",
        context: str = "",
        parent: QWidget | None = None,
        read_only: str = "",
    ) -> None:
        """`context`: a line above the fields saying which record this is about."""
        super().__init__(parent)
        self.kind = kind
        self.record = record
        self.read_only = bool(read_only)
        self._submit = submit
        self._required = set(required)
        self.setWindowTitle(title or kind.name)
        self.setObjectName(f"record_form_{kind.name}")
        names = list(fields) if fields is not None else [f.name for f in kind.fields]
        self.editors: dict[str, FieldEditor] = {}
        self._errors: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        self.general_error = error_label()
        layout.addWidget(self.general_error)
        if read_only:
            self.setWindowTitle(self.tr("{0} (read only)").format(title or kind.name))
            note = QLabel(read_only)
            note.setObjectName("read_only_note")
            note.setWordWrap(True)
            layout.addWidget(note)
        body = QWidget()
        form = tidy_form(QFormLayout(body))
        if context:
            about = QLabel(context)
            about.setObjectName("form_context")
            about.setWordWrap(True)
            about.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(about)
        for name in names:
            spec = kind.field(name)
            editor = make_editor(spec, choices)
            editor.widget.setObjectName(f"field_{name}")
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor.widget)
            self._errors[name] = error_label()
            column.addWidget(self._errors[name])
            label = QLabel(field_label(name) + ("" if spec.has_default else " *"))
            label.setBuddy(editor.buddy())
            form.addRow(label, cell)
            self.editors[name] = editor
            value = (initial or {}).get(name, getattr(record, name, None))
            if record is not None or (initial and name in initial):
                editor.set_value(value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if read_only
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._buttons_at = layout.count()  # sections go above the buttons
        self.drop_files: Callable[[list[Path]], object] | None = None
        self.evidence: QWidget | None = None  # the evidence files part, for saved records
        if record is not None and kind.name in HISTORY_KINDS:
            self.history_button = buttons.addButton(
                self.tr("&History…"), QDialogButtonBox.ButtonRole.HelpRole
            )
            self.history_button.setObjectName("record_history_button")
            self.history_button.clicked.connect(
                lambda: self.history_requested.emit(kind.name, int(record.id))
            )
        layout.addWidget(buttons)
        place(self, QSize(520, min(120 + 60 * len(names), 700)))
        if read_only:
            for editor in self.editors.values():
                _show_only(editor.widget)
        if names:
            self.editors[names[0]].widget.setFocus()

    def add_section(
        self, title: str, widget: QWidget, *, drops: Callable[[list[Path]], object] | None = None
    ) -> None:
        """A titled part under the fields (evidence files); `drops` takes the files dropped
        anywhere on the form."""
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._buttons_at, box)
        self._buttons_at += 1
        if drops is not None:
            self.drop_files = drops
            self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.drop_files is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.drop_files is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if self.drop_files is not None and paths:
            event.acceptProposedAction()
            self.drop_files(paths)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def error_text(self, name: str) -> str:
        label = self._errors.get(name, self.general_error)
        return label.text() if not label.isHidden() else ""

    def values(self) -> dict[str, Any]:
        """The typed values; raises the first ValidationError of a field that does not parse."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            out[name] = editor.value()
            if name in self._required and out[name] in (None, ""):
                raise ValidationError(name, QCoreApplication.translate("RecordForm", "is required"))
        return out

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        message = reason_text(message)  # a rule's sentence in the user's language
        if label is None:
            label = self.general_error
            message = f"{field_label(field)}: {message}"
        label.setText(message)
        label.show()
        if field in self.editors:
            self.editors[field].widget.setFocus()

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self._errors.values():
            label.hide()

    def load(self, record: Any) -> None:
        """Show `record` (a newer version of the one edited) in every field."""
        self.record = record
        for name, editor in self.editors.items():
            editor.set_value(getattr(record, name, None))

    def accept(self) -> None:
        self.clear_errors()
        if self.read_only:
            super().accept()
            return
        try:
            self._submit(self.values())
        except StaleRecordError as exc:
            self._changed_meanwhile(exc)
            return
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        except CrmError as exc:  # disk full, read-only, locked: the form stays open, nothing lost
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        super().accept()

    def _changed_meanwhile(self, exc: StaleRecordError) -> None:
        """Someone saved the record since this form showed it: reload theirs, or keep mine
        (my changed fields saved over their version), or go on editing."""
        values = self.values()
        original = self.record
        choice = conflict.ask(self, exc, original, values, datetime.now())
        if choice is conflict.Choice.RELOAD:
            self.load(exc.current)
            self.general_error.setText(
                self.tr("Their version is shown now; make your change again if it is needed.")
            )
            self.general_error.show()
            return
        if choice is not conflict.Choice.KEEP_MINE:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        mine = {k: v for k, v in values.items() if v != getattr(original, k, None)}
        self.record = exc.current
        try:
            self._submit(mine)
        except StaleRecordError as again:  # changed once more meanwhile: ask again
            self._changed_meanwhile(again)
            return
        except CrmError as failed:
            self.general_error.setText(str(failed))
            self.general_error.show()
            return
        super().accept()


def _show_only(widget: QWidget) -> None:
    """Make an editor show its value without taking a change (text stays selectable)."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            w.setReadOnly(True)
        elif isinstance(w, QComboBox | QAbstractButton):
            w.setEnabled(False)
