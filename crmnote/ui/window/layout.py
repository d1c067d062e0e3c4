"""The main window's layout kept between sessions: geometry, docks, splitter, list columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

from crmnote.ui.fit import keep_on_screen, place

DEFAULT_SIZE = QSize(1280, 720)
_LAYOUT = ("main/geometry", "main/state", "main/splitter", "main/list_header")


def restore_layout(
    window: QMainWindow, settings: QSettings, splitter: QSplitter, table: QTableView
) -> None:
    """The last session's layout; a window that would be off every screen, or none kept,
    is placed at the default size on the current screen."""
    geometry, state, split, header = (settings.value(key) for key in _LAYOUT)
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        keep_on_screen(window)
    else:
        place(window, DEFAULT_SIZE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    if isinstance(split, QByteArray):
        splitter.restoreState(split)
    if isinstance(header, QByteArray):
        table.horizontalHeader().restoreState(header)


def save_layout(
    window: QMainWindow, settings: QSettings, splitter: QSplitter, table: QTableView
) -> None:
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    settings.setValue("main/splitter", splitter.saveState())
    settings.setValue("main/list_header", table.horizontalHeader().saveState())
    settings.sync()
