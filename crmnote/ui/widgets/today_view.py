"""Today: overdue and due-soon promises, claims and requests awaiting a judgment."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmnote.services.changes import Changes
from crmnote.services.today import AgendaItem, TodayService
from crmnote.ui.labels import first_line

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayView(QWidget):
    """Emits `open_item(kind, id, customer_id)` when a line is activated."""

    open_item = Signal(str, int, int)

    def __init__(self, service: TodayService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_view")
        self._service = service
        title = QLabel(self.tr("Today"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("today_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Customer"), self.tr("When")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 180)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}

    def refresh(self, today: date | None = None) -> None:
        agenda = self._service.agenda(today)
        self.tree.clear()
        sections = (
            ("overdue", self.tr("Overdue promises"), agenda.overdue),
            ("due_soon", self.tr("Promises due soon"), agenda.due_soon),
            ("claims", self.tr("Claims awaiting a verdict"), agenda.claims),
            ("requests", self.tr("Requests awaiting a judgment"), agenda.requests),
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key, title, items in sections:
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            self.groups[key] = group
            for item in items:
                when = item.when
                text = when.strftime("%Y-%m-%d") if isinstance(when, date | datetime) else ""
                line = QTreeWidgetItem([first_line(item.text, 100), item.customer_name, text])
                line.setData(0, _ITEM_ROLE, item)
                group.addChild(line)
            group.setExpanded(True)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("promise", "claim", "request", "customer"):
            self.refresh()

    def _activated(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        item = line.data(0, _ITEM_ROLE)
        if isinstance(item, AgendaItem):
            self.open_item.emit(item.kind, item.id, item.customer_id)
