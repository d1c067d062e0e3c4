"""What an empty notebook shows: add the first customer, import, or try the demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    add_customer = Signal()
    import_file = Signal()
    load_demo = Signal()

    def __init__(self, demo_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        title = QLabel(self.tr("Welcome to crmnote"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your notebook is empty. Keep what happened with each customer, what you promised, "
                "what they claimed and asked — and see how difficult they are to serve and how "
                "much trust you have earned."
            )
        )
        text.setWordWrap(True)
        # A wrapped label needs a fixed width to get its height right inside a centred layout.
        text.setFixedWidth(520)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumHeight(text.heightForWidth(520))
        self.add_button = QPushButton(self.tr("Add your first customer…"))
        self.add_button.setObjectName("start_add_customer")
        self.add_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import contacts…"))
        self.import_button.setObjectName("start_import")
        self.demo_button = QPushButton(self.tr("Load demo data (50 customers)"))
        self.demo_button.setObjectName("start_demo")
        self.demo_button.setEnabled(demo_available)
        if not demo_available:
            self.demo_button.setToolTip(self.tr("Demo data is not available in this build"))
        self.add_button.clicked.connect(self.add_customer)
        self.import_button.clicked.connect(self.import_file)
        self.demo_button.clicked.connect(self.load_demo)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.add_button, self.import_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            if isinstance(widget, QPushButton):
                widget.setMinimumWidth(300)
        layout.addStretch(2)

    def set_editable(self, editable: bool) -> None:
        """Someone who may only read the book is offered nothing that writes to it."""
        for button in (self.add_button, self.import_button, self.demo_button):
            button.setVisible(editable)
