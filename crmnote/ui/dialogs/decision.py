"""Recording a decision about a customer; referring elsewhere drafts a courteous message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from crmnote.domain.recommendation import referral_message
from crmnote.domain.types import CustomerStatus, DecisionAction
from crmnote.ui.customer_page.advice_panel import action_label
from crmnote.ui.dialogs.record_form import error_label, tidy_form
from crmnote.ui.labels import enum_label

# The status a decision usually puts the customer in (None: leave it as it is).
STATUS_FOR: dict[DecisionAction, CustomerStatus | None] = {
    DecisionAction.KEEP: CustomerStatus.ACTIVE,
    DecisionAction.WATCH: CustomerStatus.WATCH,
    DecisionAction.REPRICE: None,
    DecisionAction.REFER: CustomerStatus.REFERRED,
    DecisionAction.DECLINE: CustomerStatus.DECLINED,
}

# submit(decision values, new status or None) saves, or raises ValidationError naming a field
Submit = Callable[[dict[str, Any], CustomerStatus | None], None]


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
        self.errors = {name: error_label() for name in ("reason", "referral_to", "message", "")}

        self.referral = QGroupBox(self.tr("Referral"))
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
        self.copy = QPushButton(self.tr("Copy message"))
        self.copy.setObjectName("decision_copy")
        redraft = QPushButton(self.tr("Draft again"))
        redraft.setObjectName("decision_redraft")
        hint = QLabel(self.tr("Set your business name in Settings to sign the message."))
        hint.setWordWrap(True)
        hint.setVisible(not self._business)
        refer_form = tidy_form(QFormLayout(self.referral))
        refer_form.addRow(self.tr("Refer to"), self._with_error(self.referral_to, "referral_to"))
        refer_form.addRow(self.tr("Reason for them"), self.why)
        refer_form.addRow(self.tr("Message"), self._with_error(self.message, "message"))
        row = QHBoxLayout()
        row.addWidget(redraft)
        row.addWidget(self.copy)
        row.addStretch(1)
        refer_form.addRow(row)
        refer_form.addRow(hint)

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
        layout.addWidget(self.referral)
        layout.addWidget(buttons)

        self.action.currentIndexChanged.connect(lambda _i: self._action_changed())
        self.referral_to.textChanged.connect(lambda _t: self._follow())
        self.why.textChanged.connect(lambda _t: self._follow())
        self.message.textChanged.connect(self._edited)
        redraft.clicked.connect(self.draft)
        self.copy.clicked.connect(self.copy_message)
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
        self.referral.setVisible(action is DecisionAction.REFER)
        if action is DecisionAction.REFER:
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
        """Fill the message from the customer, business, alternative and reason fields."""
        business = self._business or self.tr("Your business")
        alternative = self.referral_to.text().strip() or self.tr("[who you refer them to]")
        text = referral_message(self._customer or "?", business, alternative, self.why.text())
        self.message.blockSignals(True)
        self.message.setPlainText(text)
        self.message.blockSignals(False)
        self._drafting = True

    def copy_message(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.message.toPlainText())

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "action": self.chosen(),
            "reason": self.reason.toPlainText().strip(),
        }
        if self.chosen() is DecisionAction.REFER:
            values["referral_to"] = self.referral_to.text().strip()
            values["message"] = self.message.toPlainText().strip()
        return values

    def new_status(self) -> CustomerStatus | None:
        status = STATUS_FOR[self.chosen()]
        if status is None or status == self._status or not self.set_status.isChecked():
            return None
        return status

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors[""])
        label.setText(message if field in self.errors else f"{field}: {message}")
        label.show()

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        values = self.values()
        try:
            if values["action"] is DecisionAction.REFER and not values["referral_to"]:
                raise ValidationError("referral_to", self.tr("Name who you refer them to."))
            self._submit(values, self.new_status())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        super().accept()
