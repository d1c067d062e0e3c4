"""Today: overdue and due-soon promises, claims pending (long), requests awaiting a judgment.

With the follow-ups service, each line says how many days late, until due, or pending.
Showing Today again, or a change to what it lists, reads it on a worker thread ("Loading…"
meanwhile, the lines shown stay until the new ones replace them at once); the first screen's
Today is read as the window is made, and shows its first screenful of lines (every group
with its full count) at once, the rest as soon as it has painted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmnote.services.agenda import CLAIM_PENDING_DAYS, Agenda, AgendaItem, FollowUp, FollowUps
from crmnote.services.changes import Changes
from crmnote.ui.bus import Bus
from crmnote.ui.labels import first_line
from crmnote.ui.loading import Loader
from crmnote.ui.startup.first_paint import AfterFirstPaint
from crmnote.ui.widgets.tables import ColumnFitter

if TYPE_CHECKING:
    from crmnote.services.followups import FollowUpService
    from crmnote.services.today import TodayService

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
# Lines made before the window's first paint (a screenful is ~30); the rest (up to 3,000 on a
# big book: ~45 ms of items) are added once Today has painted, or after this long at most.
FIRST_LINES = 60
_REST_AT_MOST_MS = 500


def _day(when: object) -> str:
    """A date or a moment as its day, YYYY-MM-DD."""
    if isinstance(when, datetime):
        return when.date().isoformat()
    return when.isoformat() if isinstance(when, date) else ""


class TodayView(QWidget):
    """Emits `open_item(kind, id, customer_id)` when a line is activated."""

    open_item = Signal(str, int, int)

    def __init__(
        self,
        service: TodayService,
        followups: FollowUpService | None = None,
        parent: QWidget | None = None,
        claim_days: int = CLAIM_PENDING_DAYS,
        *,
        bus: Bus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("today_view")
        if bus is not None:
            bus.subscribe(self, self.on_changed)
        self._service = service
        self._followups = followups
        self.claim_days = claim_days
        title = QLabel(self.tr("Today"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Today's agenda"))
        self.tree.setObjectName("today_tree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Customer"), self.tr("When"), self.tr("Days")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        ColumnFitter(self.tree)  # the Days column is never cut; "What" takes what is left
        self.tree.header().setResizeContentsPrecision(100)  # sized by 100 lines, not 2,000
        self.tree.itemActivated.connect(self._activated)
        # A double-click activates too (itemActivated): connecting both opened it twice.
        self.loader = Loader(self)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.loader.note)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}
        # Lines still to add after the first paint: (group key, group, items not yet shown).
        self._rest: list[tuple[str, QTreeWidgetItem, Any]] = []

    def refresh(self, today: date | None = None) -> None:
        """Read the agenda on a worker; its lines replace those shown when it arrives."""
        self.loader.load(lambda: self._read(today), self._show)

    def refresh_now(self, today: date | None = None) -> None:
        """Read and show the agenda at once (the first screen, as the window is made): its
        first FIRST_LINES lines now, the rest once Today has painted (`filling` meanwhile)."""
        self.loader.cancel()
        self._show(self._read(today), first=FIRST_LINES)
        if self._rest:
            AfterFirstPaint(self.tree.viewport(), self._fill_rest, _REST_AT_MOST_MS)

    @property
    def filling(self) -> bool:
        """True while lines read are still to be added (right after the first screen)."""
        return bool(self._rest)

    def _read(self, today: date | None) -> tuple[Agenda, FollowUps | None]:
        """What Today lists (on a worker thread: no widget is touched here)."""
        agenda = self._service.agenda(today)
        if self._followups is None:
            return agenda, None
        return agenda, self._followups.list(today, claims_older_than=self.claim_days)

    def _show(self, read: tuple[Agenda, FollowUps | None], first: int | None = None) -> None:
        """Every group with its count; its lines, or (`first`) only so many lines in all, the
        rest kept for `_fill_rest`."""
        self.tree.clear()
        self._rest = []
        sections = self._sections(*read)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        room = first
        for key, title, items in sections:
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            self.groups[key] = group
            now = items if room is None else items[:room]
            self._add_lines(key, group, now, bold)
            group.setExpanded(True)
            if room is not None:
                room -= len(now)
                if len(now) < len(items):
                    self._rest.append((key, group, items[len(now) :]))

    def _add_lines(self, key: str, group: QTreeWidgetItem, items: Any, bold: QFont) -> None:
        lines = []
        for item in items:
            days = self._days(key, item)
            line = QTreeWidgetItem(
                [first_line(item.text, 100), item.customer_name, _day(item.when), days]
            )
            line.setData(0, _ITEM_ROLE, item)
            if key in ("overdue", "stale_claims"):
                line.setFont(3, bold)
            lines.append(line)
        group.addChildren(lines)  # at once: the view lays out once, not per line

    def _fill_rest(self) -> None:
        """Add the lines the first screen left for after its paint (none if Today was shown
        anew meanwhile)."""
        rest, self._rest = self._rest, []
        if not rest:
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key, group, items in rest:
            self._add_lines(key, group, items, bold)

    def _sections(self, agenda: Agenda, f: FollowUps | None) -> list[tuple[str, str, Any]]:
        if f is None:
            return [
                ("overdue", self.tr("Overdue promises"), agenda.overdue),
                ("due_soon", self.tr("Promises due soon"), agenda.due_soon),
                ("claims", self.tr("Claims awaiting a verdict"), agenda.claims),
                ("requests", self.tr("Requests awaiting a judgment"), agenda.requests),
            ]
        stale = {c.id for c in f.stale_claims}
        recent = tuple(c for c in agenda.claims if c.id not in stale)
        long_title = self.tr("Claims pending longer than %n day(s)", "", self.claim_days)
        return [
            ("overdue", self.tr("Overdue promises"), f.overdue),
            ("due_soon", self.tr("Promises due soon"), f.due_soon),
            ("stale_claims", long_title, f.stale_claims),
            ("claims", self.tr("Claims awaiting a verdict"), recent),
            ("requests", self.tr("Requests awaiting a judgment"), f.awaiting_judgment),
            ("our_side", self.tr("Our side to fix"), f.our_side),
        ]

    def _days(self, key: str, item: Any) -> str:
        if not isinstance(item, FollowUp):
            return ""
        if key == "overdue" or (key == "our_side" and item.days > 0):
            return self.tr("%n day(s) late", "", item.days)
        if key == "our_side":  # a follow-up by a day still to come (days counts since it)
            return self.tr("today") if item.days == 0 else self.tr("in %n day(s)", "", -item.days)
        if key == "due_soon":
            return self.tr("today") if item.days == 0 else self.tr("in %n day(s)", "", item.days)
        return self.tr("%n day(s) waiting", "", item.days)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("promise", "claim", "request", "customer", "decision"):
            self.refresh()

    def _activated(self, line: QTreeWidgetItem, _column: int = 0) -> None:
        item = line.data(0, _ITEM_ROLE)
        if isinstance(item, AgendaItem | FollowUp):
            self.open_item.emit(item.kind, item.id, item.customer_id)
