"""Start-up questions asked before the main window: a damaged or too-new database."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget


class DamagedChoice(Enum):
    RESTORE = auto()
    OTHER_FILE = auto()
    NEW = auto()
    QUIT = auto()


class ServerChoice(Enum):
    TRY_AGAIN = auto()
    LOCAL_FILE = auto()
    QUIT = auto()


Choice = TypeVar("Choice", DamagedChoice, ServerChoice)
_CHOICE = "crmnote_choice"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def _offer(box: QMessageBox, text: str, role: QMessageBox.ButtonRole, choice: Enum) -> QPushButton:
    """A button that names its choice in a Qt property: the answer is read from the clicked
    button itself, since PySide may hand back another wrapper for it than the one kept."""
    button = box.addButton(text, role)
    button.setProperty(_CHOICE, choice.name)
    return button


def _answer(box: QMessageBox, choices: type[Choice], default: Choice) -> Choice:
    box.exec()
    clicked = box.clickedButton()
    name = clicked.property(_CHOICE) if clicked is not None else None
    return choices[name] if isinstance(name, str) else default


def ask_about_damaged(
    message: str, backup: Path | None, parent: QWidget | None = None, *, empty: bool = False
) -> DamagedChoice:
    """What to do with a database that cannot be read, or an `empty` one (0 bytes) that has
    backups; it is never deleted or overwritten."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if empty:
        box.setWindowTitle(_tr("crmnote — empty database"))
        box.setText(_tr("The database file is empty, but there are backups of it."))
        aside = _tr("An empty database is only started if you choose it.")
    else:
        box.setWindowTitle(_tr("crmnote — damaged database"))
        box.setText(_tr("The database cannot be opened."))
        aside = _tr("The damaged file will be renamed aside, not deleted, whatever you choose.")
    box.setInformativeText(message + "\n\n" + aside)
    accept, action, reject = (
        QMessageBox.ButtonRole.AcceptRole,
        QMessageBox.ButtonRole.ActionRole,
        QMessageBox.ButtonRole.RejectRole,
    )
    if backup is not None:
        _offer(box, _tr("Restore the newest backup"), accept, DamagedChoice.RESTORE)
    _offer(box, _tr("Open another file…"), action, DamagedChoice.OTHER_FILE)
    _offer(box, _tr("Start an empty database"), action, DamagedChoice.NEW)
    _offer(box, _tr("Quit"), reject, DamagedChoice.QUIT)
    return _answer(box, DamagedChoice, DamagedChoice.QUIT)


def ask_about_server(message: str, parent: QWidget | None = None) -> ServerChoice:
    """What to do when the book's server cannot be used now (not reachable, a wrong password,
    no such database): the sentence saying why, then try again, open a local file, or quit."""
    box = QMessageBox(parent)
    box.setObjectName("server_refused")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(_tr("crmnote — team book"))
    box.setText(_tr("The team book on the server cannot be opened."))
    box.setInformativeText(message)
    roles = QMessageBox.ButtonRole
    again = _offer(box, _tr("Try again"), roles.AcceptRole, ServerChoice.TRY_AGAIN)
    _offer(box, _tr("Open a local file…"), roles.ActionRole, ServerChoice.LOCAL_FILE)
    _offer(box, _tr("Quit"), roles.RejectRole, ServerChoice.QUIT)
    box.setDefaultButton(again)
    return _answer(box, ServerChoice, ServerChoice.QUIT)


def choose_database(parent: QWidget | None = None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open a crmnote database"), "", _tr("crmnote databases (*.sqlite3 *.db)")
    )
    return path or None


def tell_refused(message: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("crmnote"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def read_only_notice() -> str:
    """Told in the window when the book opened read-only."""
    return _tr(
        "This database is read-only (read-only media, or a file that may not be changed): "
        "you can read everything, but changes cannot be saved."
    )
