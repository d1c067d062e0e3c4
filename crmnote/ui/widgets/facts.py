"""Building blocks for fact screens: plain-text labels and a titled box of name/value lines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget


def plain(text: str = "", *, bold: bool = False) -> QLabel:
    """A label that never reads user text as markup, wraps, and can be selected and copied."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class FactBox(QGroupBox):
    """A titled box of `name: value` lines, or one plain message when there is nothing to list."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def _clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.values = {}

    def set_facts(self, facts: Sequence[tuple[str, str]], message: str = "") -> None:
        self._clear()
        if message:
            self.message = plain(message, bold=True)
            self._form.addRow(self.message)
        for name, value in facts:
            label = plain(value)
            self.values[name] = label
            self._form.addRow(plain(name), label)

    def text(self) -> str:
        """Everything the box shows, one line each (for tests and copying)."""
        lines = []
        for row in range(self._form.rowCount()):
            parts = []
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self._form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    parts.append(widget.text())
            if not parts:
                item = self._form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    parts.append(widget.text())
            lines.append(" ".join(parts))
        return "\n".join(lines)
