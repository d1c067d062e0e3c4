"""The action registry: every command of the app by id, with its text, icon and shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

_CONTEXT = "actions"


class ActionId(Enum):
    NEW_CUSTOMER = auto()
    EDIT_CUSTOMER = auto()
    DELETE_CUSTOMER = auto()
    QUICK_LOG = auto()
    NEW_INTERACTION = auto()
    NEW_PROMISE = auto()
    NEW_CLAIM = auto()
    NEW_REQUEST = auto()
    NEW_MONEY = auto()
    NEW_EFFORT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    SHOW_TODAY = auto()
    STAFF_REPORT = auto()
    CUSTOMER_MAP = auto()
    INSIGHTS = auto()
    STANDARDS = auto()
    COST_RANKING = auto()
    SETTINGS = auto()
    LOAD_DEMO = auto()
    QUIT = auto()
    ABOUT = auto()
    SEARCH = auto()
    IMPORT = auto()
    EXPORT = auto()
    EXPORT_PDF = auto()
    BACKUP_NOW = auto()
    RESTORE_BACKUP = auto()
    CHECK_DATABASE = auto()
    CLAIM_PDF = auto()
    MOVE_TO_SERVER = auto()
    EXPORT_CALENDAR = auto()
    PRINT = auto()
    USER_GUIDE = auto()
    SHORTCUTS = auto()
    JOIN_TEAM = auto()
    SYNC_NOW = auto()
    SYNC_CONFLICTS = auto()


Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    text: object  # source text (QT_TRANSLATE_NOOP), translated in the "actions" context
    shortcut: Shortcut = None
    theme_icon: str = ""
    fallback_icon: QStyle.StandardPixmap | None = None
    tip: object = ""


SP = QStyle.StandardPixmap
SK = QKeySequence.StandardKey

SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_CUSTOMER: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&New customer…"), SK.New, "contact-new", SP.SP_FileIcon
    ),
    ActionId.EDIT_CUSTOMER: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Edit customer…"), "Ctrl+E", "document-edit"
    ),
    ActionId.DELETE_CUSTOMER: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Delete customer"), None, "edit-delete", SP.SP_TrashIcon
    ),
    ActionId.QUICK_LOG: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Quick &log…"),
        "Ctrl+L",
        "list-add",
        SP.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("actions", "Log a contact with any customer"),
    ),
    ActionId.NEW_INTERACTION: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "New &interaction…"), "Ctrl+Shift+I"
    ),
    ActionId.NEW_PROMISE: ActionSpec(QT_TRANSLATE_NOOP("actions", "New &promise…"), "Ctrl+Shift+P"),
    ActionId.NEW_CLAIM: ActionSpec(QT_TRANSLATE_NOOP("actions", "New &claim…"), "Ctrl+Shift+C"),
    ActionId.NEW_REQUEST: ActionSpec(QT_TRANSLATE_NOOP("actions", "New &request…"), "Ctrl+Shift+R"),
    ActionId.NEW_MONEY: ActionSpec(QT_TRANSLATE_NOOP("actions", "New &money entry…")),
    ActionId.NEW_EFFORT: ActionSpec(QT_TRANSLATE_NOOP("actions", "New &effort…")),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Undo"), SK.Undo, "edit-undo", SP.SP_ArrowBack
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Redo"), SK.Redo, "edit-redo", SP.SP_ArrowForward
    ),
    # Ctrl+F is the full-text search (SEARCH); the list filter keeps Ctrl+Shift+F.
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Find customer"), "Ctrl+Shift+F", "edit-find"
    ),
    ActionId.SHOW_TODAY: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Today"), "Ctrl+T", "go-home", SP.SP_DirHomeIcon
    ),
    ActionId.STAFF_REPORT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Staff report"),
        "Ctrl+Shift+S",
        "x-office-spreadsheet",
        SP.SP_FileDialogListView,
        QT_TRANSLATE_NOOP("actions", "Per staff member: interactions, mood, promises, claims"),
    ),
    ActionId.CUSTOMER_MAP: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Customer &map"),
        "Ctrl+M",
        "applications-graphics",
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("actions", "Every customer by difficulty and trust"),
    ),
    ActionId.INSIGHTS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Insights"),
        "Ctrl+I",
        "dialog-information",
        SP.SP_FileDialogInfoView,
        QT_TRANSLATE_NOOP("actions", "Complaints, suggestions and requests across customers"),
    ),
    ActionId.STANDARDS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Standards c&atalogue"),
        "Ctrl+Shift+T",
        "view-list-details",
        SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("actions", "Service standards, their dated versions and the report"),
    ),
    ActionId.COST_RANKING: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "C&ost ranking"),
        "Ctrl+Shift+K",
        "view-sort-descending",
        SP.SP_ArrowDown,
        QT_TRANSLATE_NOOP("actions", "Customers by cost to serve against revenue"),
    ),
    ActionId.SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Search notes…"),
        SK.Find,
        "system-search",
        SP.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("actions", "Search every note, promise, claim and request"),
    ),
    ActionId.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Import…"), "Ctrl+Shift+O", "document-import"
    ),
    ActionId.EXPORT: ActionSpec(QT_TRANSLATE_NOOP("actions", "E&xport…"), None, "document-export"),
    ActionId.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Print…"),
        SK.Print,
        "document-print",
        None,
        QT_TRANSLATE_NOOP(
            "actions", "The customer's history, or the claim selected on the Claims tab"
        ),
    ),
    ActionId.EXPORT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Export PD&F…"),
        "Ctrl+Shift+E",
        "application-pdf",
        None,
        QT_TRANSLATE_NOOP("actions", "The history of the customer shown, as a PDF"),
    ),
    ActionId.CLAIM_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Claim &dossier PDF…"),
        None,
        "document-print",
        None,
        QT_TRANSLATE_NOOP("actions", "The dossier of the claim selected on the Claims tab"),
    ),
    ActionId.EXPORT_CALENDAR: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Export c&alendar…"),
        None,
        "x-office-calendar",
        None,
        QT_TRANSLATE_NOOP("actions", "Due promises and follow-ups as an iCalendar (.ics) file"),
    ),
    ActionId.BACKUP_NOW: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Back up now"), None, "document-save", SP.SP_DriveHDIcon
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Restore from backup…"), None, "document-revert"
    ),
    ActionId.CHECK_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Check database"), None, "tools-check-spelling"
    ),
    ActionId.MOVE_TO_SERVER: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Move to a team server…"),
        None,
        "network-server",
        None,
        QT_TRANSLATE_NOOP("actions", "Copy this whole book into an empty PostgreSQL database"),
    ),
    ActionId.JOIN_TEAM: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Join a team book…"),
        None,
        "network-workgroup",
        None,
        QT_TRANSLATE_NOOP(
            "actions", "Make this book a field copy of a team book that works offline"
        ),
    ),
    ActionId.SYNC_NOW: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "S&ync now"),
        "F5",
        "view-refresh",
        SP.SP_BrowserReload,
        QT_TRANSLATE_NOOP(
            "actions", "Send your changes to the team book and fetch everyone else's"
        ),
    ),
    ActionId.SYNC_CONFLICTS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Sync co&nflicts…"),
        None,
        "dialog-warning",
        None,
        QT_TRANSLATE_NOOP("actions", "Values set aside when two people changed the same thing"),
    ),
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "Se&ttings…"),
        "Ctrl+,",
        "preferences-system",
        SP.SP_FileDialogDetailedView,
    ),
    ActionId.LOAD_DEMO: ActionSpec(QT_TRANSLATE_NOOP("actions", "Load d&emo data")),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Quit"), SK.Quit, "application-exit", SP.SP_DialogCloseButton
    ),
    ActionId.USER_GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&User guide"), SK.HelpContents, "help-contents"
    ),
    ActionId.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"), "Ctrl+/", "input-keyboard"
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("actions", "&About crmnote"),
        None,
        "help-about",
        SP.SP_MessageBoxInformation,
    ),
}


def _icon(spec: ActionSpec) -> QIcon:
    fallback = QIcon()
    if spec.fallback_icon is not None:
        style = QApplication.style()
        if style is not None:
            fallback = style.standardIcon(spec.fallback_icon)
    return QIcon.fromTheme(spec.theme_icon, fallback) if spec.theme_icon else fallback


class ActionRegistry:
    """QActions by id, created once; menus, toolbars and tests look them up here."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self._actions: dict[ActionId, QAction] = {}

    def add(self, action_id: ActionId, handler: Callable[[], object]) -> QAction:
        spec = SPECS[action_id]
        action = QAction(
            _icon(spec), QCoreApplication.translate(_CONTEXT, str(spec.text)), self._parent
        )
        action.setObjectName(action_id.name.lower())
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate(_CONTEXT, str(spec.tip)))
        action.triggered.connect(lambda _checked=False: handler())
        self._actions[action_id] = action
        return action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def items(self) -> list[tuple[ActionId, QAction]]:
        """Every registered action, in the order of `ActionId`."""
        return [(i, self._actions[i]) for i in ActionId if i in self._actions]

    def trigger(self, action_id: ActionId) -> None:
        self._actions[action_id].trigger()
