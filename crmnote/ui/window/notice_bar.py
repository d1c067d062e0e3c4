"""An in-window notice (GNOME has no tray): a message, an optional action and a close button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def notice_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The bar's background and text: the window's colours tinted with the highlight, so it
    stands out in a light theme and a dark one alike (a dark theme may keep a light yellow
    tool-tip colour, which glared)."""
    window = palette.color(QPalette.ColorRole.Window)
    accent = palette.color(QPalette.ColorRole.Highlight)
    share = 0.22
    tint = QColor.fromRgbF(
        window.redF() * (1 - share) + accent.redF() * share,
        window.greenF() * (1 - share) + accent.greenF() * share,
        window.blueF() * (1 - share) + accent.blueF() * share,
    )
    return tint, palette.color(QPalette.ColorRole.WindowText)


class NoticeBar(QFrame):
    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._recolour()
        self.button = QPushButton()
        # Without an action it is hidden; named all the same (a screen reader lists it).
        self._unnamed_action = self.tr("Act on this notice")
        self.button.setAccessibleName(self._unnamed_action)
        self.button.hide()
        self.button.clicked.connect(self.action)
        self.button.clicked.connect(self.hide)
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        from PySide6.QtWidgets import QApplication

        palette = QPalette(QApplication.palette())
        background, text = notice_colours(palette)
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)

    def notify(self, text: str, action_text: str = "") -> None:
        self.message.setText(text)
        self.button.setText(action_text)
        self.button.setAccessibleName("" if action_text else self._unnamed_action)  # "": its text
        self.button.setVisible(bool(action_text))
        self.show()
