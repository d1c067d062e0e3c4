"""The main window's secondary screens (Staff report, Customer map, Settings), made on demand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crmnote.services.changes import Changes
from crmnote.services.facade import Services
from crmnote.ui.bus import Bus
from crmnote.ui.dialogs.settings_dialog import SettingsDialog
from crmnote.ui.widgets.customer_map import CustomerMapWindow
from crmnote.ui.widgets.staff_report import StaffReportWindow

# Changes that move scores and so the map.
_MAP_KINDS = ("customer", "interaction", "promise", "claim", "request", "money", "feedback")


class Screens:
    """One window of each kind, created when first asked for and kept for the session."""

    def __init__(
        self, services: Services, bus: Bus, window: QWidget, open_customer: Callable[[int], None]
    ) -> None:
        self._services = services
        self._bus = bus
        self._window = window
        self._open_customer = open_customer
        self.staff: StaffReportWindow | None = None
        self.map: CustomerMapWindow | None = None
        self._staff_stale = True

    def staff_report(self) -> StaffReportWindow:
        """Show the report; it is recomputed only when records changed since (it can be slow)."""
        if self.staff is None:
            self.staff = StaffReportWindow(self._services, self._window)
        self._raise(self.staff)
        if self._staff_stale:
            self._staff_stale = False
            self.staff.refresh()
        return self.staff

    def customer_map(self) -> CustomerMapWindow:
        if self.map is None:
            self.map = CustomerMapWindow(self._services, self._window)
            self.map.open_customer.connect(self._open_customer)
        self._raise(self.map)
        return self.map

    def settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._services, self._bus, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(*_MAP_KINDS, "staff", "scores", "settings"):
            self._staff_stale = True
            if self.map is not None:
                self.map.mark_stale()

    def close(self) -> None:
        for window in (self.staff, self.map):
            if window is not None:
                window.close()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
