"""Help: the user guide (docs/user-guide.md, shipped with the app) and the keyboard shortcuts,
listed from the action registry so the list is never out of date."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crmnote.ui.actions import ActionRegistry
from crmnote.ui.fit import place

GUIDE = "user-guide.md"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def guide_path() -> Path | None:
    """The user guide: beside the sources (a checkout), installed under share/, or bundled."""
    here = Path(__file__).resolve()
    for folder in (
        here.parents[3] / "docs",
        Path(sys.prefix) / "share" / "crmnote" / "docs",
        Path(getattr(sys, "_MEIPASS", here.parent)) / "docs",
    ):
        if (folder / GUIDE).is_file():
            return folder / GUIDE
    return None


def fit_pictures(document: QTextDocument, folder: Path, width: int) -> None:
    """Show the guide's screenshots no wider than `width` pixels (they are 1280 wide)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                size = QImageReader(str(folder / image_format.name())).size()
                if size.isValid() and size.width() > width:
                    image_format.setWidth(width)
                    image_format.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image_format)
            it += 1
        block = block.next()


def _dialog(title: str, name: str, parent: QWidget | None) -> tuple[QDialog, QVBoxLayout]:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    return dialog, layout


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def show_user_guide(parent: QWidget | None = None) -> QDialog:
    """The guide rendered from its Markdown, pictures included; a note if it is missing."""
    dialog, layout = _dialog(_tr("crmnote user guide"), "user_guide", parent)
    browser = QTextBrowser()
    browser.setObjectName("user_guide_text")
    browser.setOpenExternalLinks(True)
    path = guide_path()
    if path is None:
        browser.setPlainText(
            _tr("This copy of crmnote came without its user guide (docs/user-guide.md).")
        )
    else:
        browser.setSearchPaths([str(path.parent)])
        browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        browser.setMarkdown(path.read_text(encoding="utf-8"))
        fit_pictures(browser.document(), path.parent, 820)
    layout.addWidget(browser, 1)
    _close_button(dialog, layout)
    place(dialog, QSize(900, 760))
    dialog.open()
    return dialog


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, str]]:
    """(command, keys) for every action that has a shortcut, as the menus name them."""
    rows = []
    for _id, action in registry.items():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            name = action.iconText() if action.iconText() else action.text()
            rows.append(
                (name.replace("&&", "\0").replace("&", "").replace("\0", "&"), ", ".join(keys))
            )
    return rows


def show_shortcuts(registry: ActionRegistry, parent: QWidget | None = None) -> QDialog:
    """Every keyboard shortcut, read from the action registry."""
    dialog, layout = _dialog(_tr("Keyboard shortcuts"), "shortcuts", parent)
    rows = shortcut_rows(registry)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcuts_table")
    table.setHorizontalHeaderLabels([_tr("Command"), _tr("Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, (name, keys) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(
        QLabel(_tr("In forms, Alt and the underlined letter of a label goes to its field."))
    )
    layout.addWidget(table, 1)
    _close_button(dialog, layout)
    place(dialog, QSize(520, 620))
    dialog.open()
    return dialog
