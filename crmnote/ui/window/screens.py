"""The main window's secondary screens (Staff report, Customer map, Insights, Standards, Cost
ranking, claim dossier, Settings), made on demand: their modules too are imported only then,
so the main window starts without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from crmnote.ui.bus import Bus

if TYPE_CHECKING:  # each screen's module is imported when it is first shown
    from crmnote.services.book_services import Services
    from crmnote.ui.dialogs.settings_dialog import SettingsDialog
    from crmnote.ui.editing import Editing
    from crmnote.ui.widgets.claim_dossier import ClaimDossierWindow
    from crmnote.ui.widgets.cost_ranking import CostRankingWindow
    from crmnote.ui.widgets.customer_map import CustomerMapWindow
    from crmnote.ui.widgets.insights_board import InsightsBoardWindow
    from crmnote.ui.widgets.staff_report import StaffReportWindow
    from crmnote.ui.widgets.standards_window import StandardsWindow


class Screens:
    """One window of each kind, created when first asked for and kept for the session."""

    def __init__(
        self,
        services: Services,
        bus: Bus,
        window: QWidget,
        open_customer: Callable[[int], None],
        editing: Editing | None = None,
    ) -> None:
        self._services = services
        self._bus = bus
        self._window = window
        self._open_customer = open_customer
        self.staff: StaffReportWindow | None = None
        self.map: CustomerMapWindow | None = None
        self._editing = editing
        self.dossier: ClaimDossierWindow | None = None
        self.insights_board: InsightsBoardWindow | None = None
        self.standards_window: StandardsWindow | None = None
        self.ranking: CostRankingWindow | None = None

    def staff_report(self) -> StaffReportWindow:
        """Show the report; it is recomputed only when records changed since (it can be slow)."""
        from crmnote.ui.widgets.staff_report import StaffReportWindow

        if self.staff is None:
            self.staff = StaffReportWindow(self._services, self._window, bus=self._bus)
        self._raise(self.staff)
        self.staff.refresh_if_stale()
        return self.staff

    def customer_map(self) -> CustomerMapWindow:
        from crmnote.ui.widgets.customer_map import CustomerMapWindow

        if self.map is None:
            self.map = CustomerMapWindow(self._services, self._window, bus=self._bus)
            self.map.open_customer.connect(self._open_customer)
        self._raise(self.map)
        return self.map

    def claim_dossier(self, claim_id: int) -> ClaimDossierWindow | None:
        """The facts of one claim side by side; one dossier window, showing the latest asked."""
        if self._editing is None:
            return None
        from crmnote.ui.widgets.claim_dossier import ClaimDossierWindow

        if self.dossier is None:
            self.dossier = ClaimDossierWindow(self._editing, self._window)
        if self.dossier.show_claim(claim_id):
            self._raise(self.dossier)
        return self.dossier

    def insights(self) -> InsightsBoardWindow:
        from crmnote.ui.widgets.insights_board import InsightsBoardWindow

        if self.insights_board is None:
            self.insights_board = InsightsBoardWindow(self._services, self._bus, self._window)
            self.insights_board.open_customer.connect(self._open_customer)
            if self._editing is not None and self._editing.read_only:
                self.insights_board.promote.hide()
                self.insights_board.acted.hide()
        self._raise(self.insights_board)
        self.insights_board.refresh_if_stale()
        return self.insights_board

    def standards(self) -> StandardsWindow | None:
        if self._editing is None:
            return None
        from crmnote.ui.widgets.standards_window import StandardsWindow

        if self.standards_window is None:
            self.standards_window = StandardsWindow(self._editing, self._window)
        else:
            self.standards_window.refresh()
        self._raise(self.standards_window)
        return self.standards_window

    def cost_ranking(self) -> CostRankingWindow:
        from crmnote.ui.widgets.cost_ranking import CostRankingWindow

        if self.ranking is None:
            self.ranking = CostRankingWindow(
                self._services.cost, parent=self._window, bus=self._bus
            )
            self.ranking.open_customer.connect(self._open_customer)
        self._raise(self.ranking)
        self.ranking.refresh_if_stale()
        return self.ranking

    def settings(self) -> SettingsDialog:
        from crmnote.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._services, self._bus, self._window)
        member = self._services.team.signed_in()
        if not member.access.is_owner:
            dialog.set_read_only(
                QCoreApplication.translate(
                    "Screens", "The book's settings are its owner's to change."
                )
                if member.access.can_write
                else QCoreApplication.translate(
                    "Screens", "You can read this book but not change it."
                )
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close(self) -> None:
        shown = (self.dossier, self.insights_board, self.standards_window, self.ranking)
        for window in (self.staff, self.map, *shown):
            if window is not None:
                window.close()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
