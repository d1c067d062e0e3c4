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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def ask_about_damaged(
    message: str, backup: Path | None, parent: QWidget | None = None
) -> DamagedChoice:
    """What to do with a database that cannot be read; it is never deleted or overwritten."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("crmnote — damaged database"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(_tr("The database cannot be opened."))
    box.setInformativeText(
        message
        + "\n\n"
        + _tr("The damaged file will be renamed aside, not deleted, whatever you choose.")
    )
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


def choose_database(parent: QWidget | None = None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open a crmnote database"), "", _tr("crmnote databases (*.sqlite3 *.db)")
    )
    return path or None


def tell_refused(message: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("crmnote"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
