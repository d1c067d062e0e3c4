"""Start-up on a team book whose server asks for a password crmnote was not given (or refused
the one it was given): the sentence saying so, a password field, and whether to keep it in the
system keyring; or a local file instead, or quit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordChoice(Enum):
    SIGN_IN = auto()
    LOCAL_FILE = auto()
    QUIT = auto()


@dataclass(frozen=True)
class PasswordAnswer:
    choice: PasswordChoice
    password: str = ""
    remember: bool = False


class ServerPasswordDialog(QDialog):
    """Asks for the password of `account` (ROLE@HOST:PORT/DATABASE); `message` says why."""

    def __init__(self, message: str, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_password")
        self.setWindowTitle(self.tr("crmnote — sign in to the team book"))
        self.choice = PasswordChoice.QUIT
        layout = QVBoxLayout(self)
        why = QLabel(message)
        why.setObjectName("server_password_why")
        why.setWordWrap(True)
        layout.addWidget(why)
        form = QFormLayout()
        self.account = QLabel(account)
        form.addRow(self.tr("Signing in as:"), self.account)
        self.password = QLineEdit()
        self.password.setObjectName("server_password_field")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
        self.remember.setObjectName("server_password_remember")
        self.remember.setToolTip(
            self.tr("Kept for this role, server and database; crmnote team sign-out forgets it.")
        )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox()
        self.sign_in = buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in.setObjectName("server_password_sign_in")
        self.sign_in.setDefault(True)
        self.sign_in.setEnabled(False)
        local = buttons.addButton(
            self.tr("&Open a local file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        local.setObjectName("server_password_local")
        quit_ = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_.setObjectName("server_password_quit")
        self.password.textChanged.connect(lambda text: self.sign_in.setEnabled(bool(text)))
        self.sign_in.clicked.connect(self._signed_in)
        local.clicked.connect(self._local)
        quit_.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _signed_in(self) -> None:
        self.choice = PasswordChoice.SIGN_IN
        self.accept()

    def _local(self) -> None:
        self.choice = PasswordChoice.LOCAL_FILE
        self.accept()

    def answer(self) -> PasswordAnswer:
        if self.choice is not PasswordChoice.SIGN_IN:
            return PasswordAnswer(self.choice)
        return PasswordAnswer(self.choice, self.password.text(), self.remember.isChecked())


def ask_server_password(
    message: str, account: str, parent: QWidget | None = None
) -> PasswordAnswer:
    """Ask; QUIT when the dialog is closed."""
    dialog = ServerPasswordDialog(message, account, parent)
    dialog.exec()
    answer = dialog.answer()
    dialog.deleteLater()
    return answer
