"""The main window: customer list beside the customer page, Today, menus, undo, reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain.errors import CrmError
from crmnote.services.changes import Changes
from crmnote.ui.actions import ActionId, ActionRegistry
from crmnote.ui.background import import_soon
from crmnote.ui.bus import Bus
from crmnote.ui.drops import importable, local_files
from crmnote.ui.editing import Editing
from crmnote.ui.reasons import error_text
from crmnote.ui.widgets.customer_list import CustomerListPanel
from crmnote.ui.widgets.today_view import TodayView
from crmnote.ui.window import access, help_menu
from crmnote.ui.window.colleague_text import colleague_sentence
from crmnote.ui.window.file_commands import FileCommands, Host
from crmnote.ui.window.layout import restore_layout, save_layout
from crmnote.ui.window.menus import build_menus
from crmnote.ui.window.notice_bar import NoticeBar
from crmnote.ui.window.outside_watcher import OutsideWatcher
from crmnote.ui.window.promise_flags import PromiseFlags
from crmnote.ui.window.reminders import DailyCatchUp, DueWatcher
from crmnote.ui.window.screens import Screens
from crmnote.ui.window.start_page import StartPage
from crmnote.ui.window.status_link import StatusLink
from crmnote.ui.window.sync_commands import SyncCommands, SyncHost

if TYPE_CHECKING:
    from crmnote.demo.service import DemoService
    from crmnote.services.book_services import Services
    from crmnote.services.colleagues import ColleagueChange
    from crmnote.services.today import AgendaItem
    from crmnote.ui.customer_page.page import CustomerPage
    from crmnote.ui.dialogs.quick_log import QuickLogDialog
    from crmnote.ui.widgets.search_box import SearchPanel

# Fits a 1366×768 laptop with its panel and title bar; the window works down to 1280×680.


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        db_name: str,
        settings: QSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        demo: DemoService | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        # Every window's fields are named after their labels by `accessibility.install`, which
        # start-up (app.py) calls once the main window has painted.
        self.services = services
        self._today = today
        # Who is signed in decides what the window offers (a viewer only reads).
        self.member = services.team.signed_in()
        self.demo = demo  # the demo-data generator; None where the book offers none
        self.db_name = db_name
        self._settings = settings if settings is not None else QSettings()
        self.setWindowTitle(self.tr("crmnote — {0}").format(db_name))
        self.bus = Bus(self)
        # Before the views load: a write by another process after this point is noticed.
        self.outside = OutsideWatcher(services.outside_writes, self, colleagues=services.colleagues)
        self.undo_stack = QUndoStack(self)
        self.editing = Editing(services, self.bus, self.undo_stack, self)
        self.editing.failed.connect(self.show_error)
        self.editing.read_only_reason = access.read_only_reason(self.member, editable)
        self.registry = ActionRegistry(self)
        self.screens = Screens(services, self.bus, self, self.open_customer, self.editing)
        self._register_actions()

        self.customer_list = CustomerListPanel(services.customer_list, today, bus=self.bus)
        # The customer page is made when a customer is first shown: its module and tabs are
        # a good part of a start-up that shows the list and Today only.
        self._customer_page: CustomerPage | None = None
        self.today_view = TodayView(services.today, services.followups, bus=self.bus)
        self.right = QStackedWidget()
        self.right.addWidget(self.today_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.customer_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 740])  # the customer page's tables need the room more
        self.start_page = StartPage(demo_available=demo is not None)
        self.start_page.set_editable(not self.editing.read_only)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.notice = NoticeBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        build_menus(self, self.registry)
        self._limit_to_access()
        self._search: SearchPanel | None = None  # the search panel, made when first asked for
        self.status_link = StatusLink(self.statusBar())
        self.statusBar().showMessage(self.tr("Ready"), 3000)

        self.customer_list.selected.connect(self.show_customer)
        self.customer_list.opened.connect(lambda cid: self.editing.edit("customer", cid))
        self.start_page.add_customer.connect(lambda: self.registry.trigger(ActionId.NEW_CUSTOMER))
        self.start_page.import_file.connect(self.import_file)
        self.start_page.load_demo.connect(lambda: self.registry.trigger(ActionId.LOAD_DEMO))
        self.today_view.open_item.connect(self.open_agenda_item)
        self.setAcceptDrops(True)  # contact files dropped anywhere start an import
        self.notice.action.connect(self.show_today)
        self.bus.subscribe(self, self._on_changed)
        self.outside.wrote.connect(self._on_outside_writes)
        self.outside.colleagues.connect(self._on_colleagues)

        self.watcher = DueWatcher(services.today, today, self, bus=self.bus)
        self.catch_up = DailyCatchUp(
            lambda: services.scores.catch_up() | services.staff_report.refresh_team(),
            self.bus.publish,
            self,
        )
        self.promise_flags = PromiseFlags(
            services.standards, self.notice.notify, self, bus=self.bus
        )
        self.watcher.fell_due.connect(self.remind)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.show()
        self._restore_layout()
        self._update_empty()
        self.today_view.refresh_now()
        self.watcher.first_count.connect(self._announce_due)

    def _announce_due(self, count: int) -> None:
        if count:
            self.notice.notify(
                self.tr("%n promise(s) due or overdue.", "", count), self.tr("Show Today")
            )

    # -- actions -----------------------------------------------------------------------------

    def _register_actions(self) -> None:
        r, ed = self.registry, self.editing
        r.add(ActionId.NEW_CUSTOMER, lambda: ed.new("customer"))
        r.add(ActionId.EDIT_CUSTOMER, lambda: self._with_customer(lambda c: ed.edit("customer", c)))
        r.add(
            ActionId.DELETE_CUSTOMER,
            lambda: self._with_customer(lambda c: ed.delete("customer", c)),
        )
        r.add(ActionId.QUICK_LOG, self.quick_log)
        for action_id, kind in (
            (ActionId.NEW_INTERACTION, "interaction"),
            (ActionId.NEW_PROMISE, "promise"),
            (ActionId.NEW_CLAIM, "claim"),
            (ActionId.NEW_REQUEST, "request"),
            (ActionId.NEW_MONEY, "money"),
            (ActionId.NEW_EFFORT, "effort"),
        ):
            r.add(action_id, self._new_record_handler(kind))
        undo = r.add(ActionId.UNDO, self.undo_stack.undo)
        redo = r.add(ActionId.REDO, self.undo_stack.redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)

        # The menu items say what they undo: "Undo Log call with Fjord Bikes"; the toolbar
        # keeps the short word.
        def named(action: QAction, plain: str, named_text: str, step: str) -> None:
            action.setText(named_text.format(step.replace("&", "&&")) if step else plain)
            action.setStatusTip(named_text.replace("&", "").format(step) if step else "")

        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        self.undo_stack.undoTextChanged.connect(
            lambda t: named(undo, self.tr("&Undo"), self.tr("&Undo {0}"), t)
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: named(redo, self.tr("&Redo"), self.tr("&Redo {0}"), t)
        )
        r.add(ActionId.FIND, self.find_customer)
        r.add(ActionId.SEARCH, lambda: self.search.focus())
        host = Host(
            widget=self,
            services=self.services,
            bus=self.bus,
            current_customer=self.current_customer,
            selected_claim=self._selected_claim,
            status=self.statusBar().showMessage,
            show_error=lambda message: self.show_error(message),
            claim_in_view=self._claim_in_view,
        )
        self.files = FileCommands(host, r)
        self.sync = SyncCommands(
            SyncHost(
                widget=self,
                services=self.services,
                bus=self.bus,
                bar=self.statusBar(),
                status=self.statusBar().showMessage,
                show_error=lambda message: self.show_error(message),
                restart=self._restart,
                today=self._today,
                hold_outside=self.outside.hold,
            ),
            r,
        )
        r.add(ActionId.SHOW_TODAY, self.show_today)
        r.add(ActionId.STAFF_REPORT, self.screens.staff_report)
        r.add(ActionId.CUSTOMER_MAP, self.screens.customer_map)
        r.add(ActionId.INSIGHTS, self.screens.insights)
        r.add(ActionId.STANDARDS, self.screens.standards)
        r.add(ActionId.COST_RANKING, self.screens.cost_ranking)
        r.add(ActionId.SETTINGS, self.screens.settings)
        r.add(ActionId.LOAD_DEMO, self.load_demo).setEnabled(self.demo is not None)
        r.add(ActionId.QUIT, self.close)
        r.add(ActionId.ABOUT, lambda: help_menu.about(self))
        r.add(ActionId.USER_GUIDE, lambda: help_menu.user_guide(self))
        r.add(ActionId.SHORTCUTS, lambda: help_menu.shortcuts(self.registry, self))

    @property
    def search(self) -> SearchPanel:
        """The full-text search panel (Ctrl+F), made when first asked for."""
        if self._search is None:
            from crmnote.ui.widgets.search_box import SearchPanel

            self._search = SearchPanel(self.services.search.search, self)
            self._search.open_hit.connect(self.open_search_hit)
        return self._search

    def _limit_to_access(self) -> None:
        """Turn off the commands the signed-in person may not use, and say who that is."""
        for action_id in access.not_allowed(self.member, self.editing.read_only):
            self.registry[action_id].setEnabled(False)
        if self.editing.read_only and self.member.role:  # a read-only file says so itself
            self.notice.notify(self.editing.read_only_reason)
        label = access.signed_in_label(self.member)
        if label is not None:
            self.statusBar().addPermanentWidget(label)

    def _new_record_handler(self, kind: str) -> Callable[[], None]:
        return lambda: self._with_customer(lambda c: self.editing.new(kind, c))

    @property
    def customer_page(self) -> CustomerPage:
        """The customer page, made when first needed."""
        if self._customer_page is None:
            from crmnote.ui.customer_page.page import CustomerPage

            page = CustomerPage(self.services, self.editing)
            self.right.addWidget(page)
            self.files.attach_claims(page.record_tabs["claim"].view)
            page.open_dossier.connect(self.screens.claim_dossier)
            page.customer_gone.connect(self.show_today)
            page.files_dropped.connect(self.attach_dropped)
            self._customer_page = page
        return self._customer_page

    def _selected_claim(self) -> int | None:
        page = self._customer_page
        return None if page is None else page.record_tabs["claim"].selected_id()

    def _claim_in_view(self) -> int | None:
        page = self._customer_page
        if page is None or self.current_customer() is None:
            return None
        claims = page.record_tabs["claim"]
        return claims.selected_id() if page.tabs.currentWidget() is claims else None

    def current_customer(self) -> int | None:
        page = self._customer_page
        if page is not None and self.right.currentWidget() is page:
            return page.customer_id
        return None

    def _with_customer(self, then: Callable[[int], object]) -> None:
        cid = self.current_customer()
        if cid is None:
            self.statusBar().showMessage(self.tr("Select a customer first"), 4000)
            return
        then(cid)

    def quick_log(self) -> QuickLogDialog:
        from crmnote.ui.dialogs.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.services, self.editing, self.current_customer(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self._logged)
        dialog.open()
        return dialog

    def _logged(self, customer_id: int, text: str) -> None:
        """Say what was logged; for a customer other than the one shown, with a link to them."""
        if customer_id == self.current_customer():
            self.statusBar().showMessage(self.tr("Saved: {0}").format(text), 5000)
            return
        self.status_link.show_link(
            self.tr("Saved: {0}").format(text),
            self.tr("Open"),
            lambda: self.open_customer(customer_id),
        )

    def find_customer(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.customer_list.focus_search()

    def show_today(self) -> None:
        self.today_view.refresh()
        self.right.setCurrentWidget(self.today_view)

    def show_customer(self, customer_id: int) -> None:
        if self.customer_page.show_customer(customer_id):
            self.right.setCurrentWidget(self.customer_page)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer from elsewhere (the map): selected in the list when it is loaded."""
        self.pages.setCurrentWidget(self.splitter)
        self.customer_list.select(customer_id, notify=False)
        self.show_customer(customer_id)
        self.raise_()
        self.activateWindow()

    def open_agenda_item(self, kind: str, record_id: int, customer_id: int) -> None:
        self.customer_list.select(customer_id, notify=False)
        self.show_customer(customer_id)
        if kind == "claim":
            self.screens.claim_dossier(record_id)
        elif kind == "request":
            self.editing.judge_request(record_id)
        else:
            self.editing.edit(kind, record_id)

    def load_demo(self) -> None:
        """Fifty made-up customers, offered only on an empty book: mixed into real customers
        they could not be told apart or taken out again."""
        if self.demo is None:
            return
        if self.services.customers.count():
            self.statusBar().showMessage(
                self.tr("Demo data can only be loaded into an empty book"), 6000
            )
            return
        try:
            report = self.demo.generate(customers=50)
        except CrmError as exc:
            self.show_error(str(exc))
            return
        changes = getattr(report, "changes", None)
        self.bus.publish(changes() if callable(changes) else Changes.everything())

    def import_file(self) -> None:
        self.registry.trigger(ActionId.IMPORT)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importable(local_files(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A .csv, .vcf or .json file let go over the window: the import wizard, at its dry run."""
        files = importable(local_files(event.mimeData()))
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.import_dropped(files)

    def open_search_hit(self, kind: str, record_id: int, customer_id: int) -> None:
        """A search hit: its customer shown, and the record's own editor opened over it."""
        self.open_customer(customer_id)
        if kind != "customer" and self.current_customer() == customer_id:
            self.customer_page.open_record(kind, record_id)

    def attach_dropped(self, kind: str, record_id: int, paths: list[str]) -> int:
        """Files dropped on a record's row: each kept as evidence (undoable); the status bar
        says how many, and the first refusal in full. Returns how many were attached."""
        attached, refused = 0, []
        for name in paths:
            try:
                self.editing.attach(kind, record_id, Path(name))
                attached += 1
            except CrmError as exc:
                refused.append(error_text(exc))
        text = self.tr("%n file(s) attached as evidence.", "", attached)
        if refused:
            text += " " + self.tr("Not attached: {0}").format(refused[0])
        self.statusBar().showMessage(text, 10000)
        return attached

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, self.tr("crmnote"), message)

    def remind(self, items: list[AgendaItem]) -> None:
        first = items[0]
        text = self.tr("Promise due: {0} — {1}").format(first.customer_name, first.text)
        if len(items) > 1:
            text = self.tr("%n promise(s) fell due.", "", len(items))
        if self.tray is not None:
            self.tray.showMessage(self.tr("crmnote"), text)
        self.notice.notify(text, self.tr("Show Today"))

    # -- reacting to changes -----------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        """What the window itself does after a change; each view reloads itself (it subscribed
        to the bus before this, so the list already shows a new customer)."""
        if changes.touches("customer"):
            self._update_empty()
        for kind, record_id in changes.created:
            if kind == "customer" and self.customer_list.select(record_id):
                self.show_customer(record_id)

    def _on_outside_writes(self) -> None:
        """Another process wrote: every view reloads what it shows, keeping what is selected."""
        self.bus.publish(Changes.everything())
        self.statusBar().showMessage(self.tr("Updated with changes made outside this window"), 5000)

    def _on_colleagues(self, found: list[ColleagueChange]) -> None:
        """Colleagues committed changes to the team book: the views reload what they touch,
        and the status bar says who did what (the last of them)."""
        changes = Changes()
        for change in found:
            changes |= change.changes
        self.bus.publish(changes)
        self.statusBar().showMessage(colleague_sentence(found[-1]), 8000)

    def _update_empty(self) -> None:
        empty = self.services.customers.count() == 0
        self.pages.setCurrentWidget(self.start_page if empty else self.splitter)
        demo = self.registry[ActionId.LOAD_DEMO]
        allowed = ActionId.LOAD_DEMO not in access.not_allowed(self.member, self.editing.read_only)
        demo.setEnabled(empty and self.demo is not None and allowed)
        demo.setStatusTip(
            self.tr("Fifty made-up customers to try crmnote with")
            if empty
            else self.tr("Only for an empty book: demo customers would mix with real ones")
        )

    # -- layout ------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        restore_layout(self, self._settings, self.splitter, self.customer_list.view)

    def save_layout(self) -> None:
        save_layout(self, self._settings, self.splitter, self.customer_list.view)

    def book_opened(self) -> None:
        """The book is open and its services are in: what waited for them starts."""
        self.sync.start()
        if self._customer_page is None:
            # Its module imported on a worker, then the page made, still hidden, while the
            # window waits for the user: the first customer opened waits only for their data
            # (~25 ms of widgets less).
            import_soon("crmnote.ui.customer_page.page", self, then=lambda: self.customer_page)

    def _restart(self) -> None:
        """Open the book again in a new process (it was replaced: joined to a team book)."""
        from crmnote.ui.dialogs.backups import restart_app

        restart_app()
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.sync.stop()
        self.screens.close()
        self.watcher.stop()
        self.catch_up.stop()
        self.outside.stop()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
