"""The About box: name, version, what the app is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmnote import __version__


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "<h3>crmnote {0}</h3><p>A customer relationship notebook: what happened, what we "
        "promised, what they claimed and asked — with explainable difficulty and trust scores."
        "</p><p>Works offline; your data stays in one file on this computer.</p>",
    ).format(__version__)


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(QCoreApplication.translate("About", "About crmnote"))
    box.setText(about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.open()
    return box
