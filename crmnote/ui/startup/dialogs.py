"""Start-up questions asked before the main window: a damaged or too-new database."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget


class DamagedChoice(Enum):
    RESTORE = auto()
    OTHER_FILE = auto()
    NEW = auto()
    QUIT = auto()


class ServerChoice(Enum):
    TRY_AGAIN = auto()
    LOCAL_FILE = auto()
    QUIT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


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
    buttons: dict[QAbstractButton, DamagedChoice] = {}
    if backup is not None:
        buttons[
            box.addButton(_tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        ] = DamagedChoice.RESTORE
    buttons[box.addButton(_tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)] = (
        DamagedChoice.OTHER_FILE
    )
    buttons[box.addButton(_tr("Start an empty database"), QMessageBox.ButtonRole.ActionRole)] = (
        DamagedChoice.NEW
    )
    buttons[box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = DamagedChoice.QUIT
    box.exec()
    return buttons.get(box.clickedButton(), DamagedChoice.QUIT)


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
    buttons: dict[QAbstractButton, ServerChoice] = {}
    again = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    buttons[again] = ServerChoice.TRY_AGAIN
    local = box.addButton(_tr("Open a local file…"), QMessageBox.ButtonRole.ActionRole)
    buttons[local] = ServerChoice.LOCAL_FILE
    buttons[box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = ServerChoice.QUIT
    box.setDefaultButton(again)
    box.exec()
    return buttons.get(box.clickedButton(), ServerChoice.QUIT)


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
