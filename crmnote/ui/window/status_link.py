"""A status-bar message with a link ("Saved: Log call with Fjord Bikes — Open")."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

SHOWN_MS = 15000


class StatusLink(QWidget):
    """Lives in the status bar, hidden until `show_link`; goes after a while or when used."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("status_link")
        self.text = QLabel()
        self.text.setObjectName("status_link_text")
        # A link, not a button: a button would make the status bar taller.
        self.button = QLabel()
        self.button.setObjectName("status_link_button")
        self.button.setTextFormat(Qt.TextFormat.RichText)
        self.button.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.button.linkActivated.connect(lambda _href: self._clicked())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        layout.addStretch(1)  # the link right after the message, not at the far end
        self._action: Callable[[], object] | None = None
        self.link = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        bar.addWidget(self, 1)
        self.hide()

    def show_link(self, text: str, link: str, action: Callable[[], object]) -> None:
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):
            bar.clearMessage()  # a plain message would hide this widget
        self.text.setText(text)
        self.link = link
        self.button.setText(f'<a href="open">{escape(link)}</a>')
        self._action = action
        self.show()
        self._timer.start(SHOWN_MS)

    def click(self) -> None:
        """What clicking the link does (tests, and keyboard users via the action)."""
        self._clicked()

    def _clicked(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
