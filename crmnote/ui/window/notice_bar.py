"""An in-window notice (GNOME has no tray): a message, an optional action and a close button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # Tool-tip colours are the palette's "notice" pair, readable in light and dark themes.
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.button = QPushButton()
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

    def notify(self, text: str, action_text: str = "") -> None:
        self.message.setText(text)
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text))
        self.show()
