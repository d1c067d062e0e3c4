"""Windows open on screen: on the screen of the window they belong to, no larger than it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a window for the panel and the title bar, which available geometry may not
# count (under some window managers) and a frame adds.
MARGIN = QSize(16, 48)


def available(anchor: QWidget | None) -> QRect:
    """The usable area of the screen `anchor` is on (the primary screen without one)."""
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)


def fitted(wanted: QSize, area: QRect) -> QSize:
    """`wanted`, shrunk to fit `area` with the frame's margin."""
    return QSize(
        max(200, min(wanted.width(), area.width() - MARGIN.width())),
        max(150, min(wanted.height(), area.height() - MARGIN.height())),
    )


def place(window: QWidget, wanted: QSize, anchor: QWidget | None = None) -> None:
    """Size `window` to `wanted` or less, centred over `anchor` and wholly on its screen."""
    area = available(anchor or window.parentWidget() or window)
    window.setProperty("wanted_size", wanted)  # what it asked for, before the screen's limit
    size = fitted(wanted, area)
    window.resize(size)
    centre = anchor.frameGeometry().center() if anchor is not None else area.center()
    top_left = centre - QPoint(size.width() // 2, size.height() // 2)
    x = min(max(top_left.x(), area.left()), area.right() - size.width() - MARGIN.width() // 2)
    y = min(max(top_left.y(), area.top()), area.bottom() - size.height() - MARGIN.height() + 8)
    window.move(max(x, area.left()), max(y, area.top()))


def documents(name: str = "") -> str:
    """Where a save dialog starts: the user's Documents folder (home without one), not the
    folder the program was started from."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return str(Path(folder) / name) if name else folder


def keep_on_screen(window: QWidget) -> None:
    """Move (and if need be shrink) a window whose saved place is partly off its screen."""
    area = available(window)
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    place(window, window.size(), None)
