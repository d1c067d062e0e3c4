"""The passphrase of an encrypted database, asked at start-up before the main window exists.

The dialog stays open until the passphrase opens the database or the user cancels: a wrong one
clears the field and says so in the dialog, so the user types again where they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# (passphrase, remember) → True when done asking (it opened, or failed in a way the caller
# handles), False for a wrong passphrase.
Check = Callable[[str, bool], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


class PassphraseDialog(QDialog):
    def __init__(
        self, db_name: str, can_remember: bool, check: Check, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(_tr("crmnote — encrypted database"))
        self._check = check
        intro = QLabel(_tr("{0} is encrypted. Enter its passphrase to open it.").format(db_name))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(_tr("&Remember on this computer"))
        self.remember.setObjectName("remember_passphrase")
        self.remember.setChecked(False)
        self.remember.setEnabled(can_remember)
        self.remember.setToolTip(
            _tr("Keeps the passphrase in the system keyring, so crmnote opens without asking.")
            if can_remember
            else _tr("No system keyring is available: the passphrase is asked at every start.")
        )
        self.message = QLabel()
        self.message.setObjectName("passphrase_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_tr("&Open"))
        self.ok.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Wide enough for the title and for the wrapped sentences to need no more than two lines.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.edit.setFocus()

    def try_passphrase(self) -> None:
        """Open with the typed passphrase; on a wrong one, clear it and say so, and stay."""
        passphrase = self.edit.text()
        if not passphrase:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._check(passphrase, self.remember.isChecked())
        finally:
            QApplication.restoreOverrideCursor()
        if done:
            self.accept()
            return
        self.edit.clear()
        self.message.setText(_tr("That passphrase does not open the database. Try again."))
        self.message.show()
        self.adjustSize()  # make room for the message: a wrapped label's height is not its hint
        self.edit.setFocus()


def ask_passphrase(
    db_name: str, can_remember: bool, check: Check, parent: QWidget | None = None
) -> bool:
    """Ask until `check` accepts a passphrase (True) or the user cancels (False)."""
    dialog = PassphraseDialog(db_name, can_remember, check, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
