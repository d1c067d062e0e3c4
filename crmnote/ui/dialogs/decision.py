"""Recording a decision about a customer: referring or declining drafts a courteous letter to
edit, copy, print or save; fixing our side takes a follow-up (what, who, by when)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import ValidationError
from crmnote.domain.types import CustomerStatus, DecisionAction
from crmnote.services.decisions import LETTERS, STATUS_FOR, draft_letter
from crmnote.ui.customer_page.advice_panel import action_label
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.labels import enum_label, field_label
from crmnote.ui.reasons import reason_text

# submit(decision values, new status or None) saves, or raises ValidationError naming a field
Submit = Callable[[dict[str, Any], CustomerStatus | None], None]
_ERRORS = ("reason", "referral_to", "message", "follow_up", "follow_up_due", "")


class DecisionDialog(QDialog):
    def __init__(
        self,
        action: DecisionAction,
        *,
        customer_name: str,
        business_name: str,
        reason: str,
        status: CustomerStatus,
        submit: Submit,
        staff: Sequence[tuple[str, int]] = (),
        current_staff: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("Decision about {0}").format(customer_name))
        self._submit = submit
        self._status = status
        self._customer = customer_name
        self._business = business_name.strip()
        self._drafting = True  # the message follows the fields until the user edits it
        self.action = QComboBox()
        self.action.setObjectName("decision_action")
        for choice in DecisionAction:
            self.action.addItem(action_label(choice.value), choice)
        self.action.setCurrentIndex(self.action.findData(action))
        self.reason = QPlainTextEdit(reason)
        self.reason.setObjectName("decision_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.set_status = QCheckBox()
        self.set_status.setObjectName("decision_set_status")
        self.errors = {name: error_label() for name in _ERRORS}

        self.letter = QGroupBox(self.tr("Letter"))
        self.letter.setObjectName("decision_letter")
        self.referral_to = QLineEdit()
        self.referral_to.setObjectName("decision_referral_to")
        self.referral_to.setPlaceholderText(self.tr("Who is better placed to help them"))
        self.why = QLineEdit()
        self.why.setObjectName("decision_why")
        self.why.setPlaceholderText(self.tr("e.g. your project needs weekend support"))
        self.message = QPlainTextEdit()
        self.message.setObjectName("decision_message")
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 12)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setObjectName("decision_copy")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("decision_print")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("decision_save_letter")
        redraft = QPushButton(self.tr("Draft again"))
        redraft.setObjectName("decision_redraft")
        hint = QLabel(self.tr("Set your business name in Settings to sign the letter."))
        hint.setWordWrap(True)
        hint.setVisible(not self._business)
        letter_form = tidy_form(QFormLayout(self.letter))
        self.to_label = QLabel(self.tr("Refer to"))
        letter_form.addRow(self.to_label, self._with_error(self.referral_to, "referral_to"))
        letter_form.addRow(self.tr("Reason for them"), self.why)
        letter_form.addRow(self.tr("Letter"), self._with_error(self.message, "message"))
        row = QHBoxLayout()
        for button in (redraft, self.copy, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        letter_form.addRow(row)
        letter_form.addRow(hint)

        self.follow = QGroupBox(self.tr("What we will put right"))
        self.follow.setObjectName("decision_follow_up")
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("decision_follow_up_text")
        self.follow_up.setPlaceholderText(self.tr("e.g. check the courier's pick-up times"))
        self.follow_up_by = QComboBox()
        self.follow_up_by.setObjectName("decision_follow_up_by")
        for name, staff_id in staff:
            self.follow_up_by.addItem(name, staff_id)
        if current_staff is not None:
            self.follow_up_by.setCurrentIndex(max(0, self.follow_up_by.findData(current_staff)))
        self.follow_up_due = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_due.setObjectName("decision_follow_up_due")
        self.follow_up_due.setCalendarPopup(True)
        self.follow_up_due.setDisplayFormat("yyyy-MM-dd")
        follow_form = tidy_form(QFormLayout(self.follow))
        follow_form.addRow(self.tr("What"), self._with_error(self.follow_up, "follow_up"))
        follow_form.addRow(self.tr("Who"), self.follow_up_by)
        follow_form.addRow(
            self.tr("By when"), self._with_error(self.follow_up_due, "follow_up_due")
        )

        form = tidy_form(QFormLayout())
        form.addRow(self.tr("Decision"), self.action)
        form.addRow(self.tr("Reason"), self._with_error(self.reason, "reason"))
        form.addRow("", self.set_status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors[""])
        layout.addLayout(form)
        layout.addWidget(self.follow)
        layout.addWidget(self.letter)
        layout.addWidget(buttons)

        self.action.currentIndexChanged.connect(lambda _i: self._action_changed())
        self.referral_to.textChanged.connect(lambda _t: self._follow())
        self.why.textChanged.connect(lambda _t: self._follow())
        self.message.textChanged.connect(self._edited)
        redraft.clicked.connect(self.draft)
        self.copy.clicked.connect(self.copy_message)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.choose_file)
        self._action_changed()

    def _with_error(self, widget: QWidget, name: str) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors[name])
        return cell

    def chosen(self) -> DecisionAction:
        return DecisionAction(self.action.currentData())

    def _action_changed(self) -> None:
        action = self.chosen()
        status = STATUS_FOR[action]
        self.set_status.setVisible(status is not None and status != self._status)
        if status is not None:
            self.set_status.setText(
                self.tr("Also set the status to {0}").format(enum_label(status))
            )
            self.set_status.setChecked(True)
        self.letter.setVisible(action in LETTERS)
        self.follow.setVisible(action is DecisionAction.FIX_OUR_SIDE)
        refer = action is DecisionAction.REFER
        self.to_label.setText(self.tr("Refer to") if refer else self.tr("Suggest instead"))
        self.referral_to.setPlaceholderText(
            self.tr("Who is better placed to help them")
            if refer
            else self.tr("Optional: another provider to name in the letter")
        )
        if action in LETTERS:
            self._drafting = True
            self._follow()
        self.adjustSize()
        self.resize(max(self.width(), 600), self.sizeHint().height())

    def _follow(self) -> None:
        if self._drafting:
            self.draft()
            self._drafting = True

    def _edited(self) -> None:
        if not self.message.signalsBlocked():
            self._drafting = False

    def draft(self) -> None:
        """Fill the letter from the customer, business, alternative and reason fields."""
        action = self.chosen()
        if action not in LETTERS:
            return
        alternative = self.referral_to.text().strip()
        if action is DecisionAction.REFER and not alternative:
            alternative = self.tr("[who you refer them to]")
        business = self._business or self.tr("Your business")
        text = reason_text(
            draft_letter(action, self._customer or "?", business, alternative, self.why.text())
        )
        self.message.blockSignals(True)
        self.message.setPlainText(text)
        self.message.blockSignals(False)
        self._drafting = True

    def copy_message(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.message.toPlainText())

    def print_letter(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QTextDocument(self.message.toPlainText()).print_(printer)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), self.tr("letter.txt"), self.tr("Text (*.txt)")
        )
        if name:
            self.save_letter(name)

    def save_letter(self, path: str) -> bool:
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.message.toPlainText())
        except OSError as exc:
            self.show_error("message", self.tr("Cannot save the letter: {0}").format(exc.strerror))
            return False
        return True

    def values(self) -> dict[str, Any]:
        action = self.chosen()
        values: dict[str, Any] = {"action": action, "reason": self.reason.toPlainText().strip()}
        if action in LETTERS:
            values["referral_to"] = self.referral_to.text().strip()
            values["message"] = self.message.toPlainText().strip()
        if action is DecisionAction.FIX_OUR_SIDE:
            due: date = self.follow_up_due.date().toPython()  # type: ignore[assignment]
            values["follow_up"] = self.follow_up.text().strip()
            values["follow_up_by"] = self.follow_up_by.currentData()
            values["follow_up_due"] = due
        return values

    def new_status(self) -> CustomerStatus | None:
        status = STATUS_FOR[self.chosen()]
        if status is None or status == self._status or not self.set_status.isChecked():
            return None
        return status

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors[""])
        message = reason_text(message)  # a rule's sentence in the user's language
        label.setText(message if field in self.errors else f"{field_label(field)}: {message}")
        label.show()

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        values = self.values()
        try:
            if values["action"] is DecisionAction.REFER and not values["referral_to"]:
                raise ValidationError("referral_to", self.tr("Name who you refer them to."))
            if values["action"] is DecisionAction.FIX_OUR_SIDE and not values["follow_up"]:
                raise ValidationError("follow_up", self.tr("Say what we will put right."))
            self._submit(values, self.new_status())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        super().accept()
