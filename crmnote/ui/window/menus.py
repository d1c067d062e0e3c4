"""Menus and the toolbar, laid out from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from crmnote.ui.actions import ActionId, ActionRegistry

_MENUS: tuple[tuple[object, tuple[ActionId | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("menus", "&File"),
        (
            ActionId.NEW_CUSTOMER,
            ActionId.QUICK_LOG,
            None,
            ActionId.IMPORT,
            ActionId.EXPORT,
            ActionId.PRINT,
            ActionId.EXPORT_PDF,
            ActionId.CLAIM_PDF,
            ActionId.EXPORT_CALENDAR,
            None,
            ActionId.BACKUP_NOW,
            ActionId.RESTORE_BACKUP,
            ActionId.CHECK_DATABASE,
            ActionId.MOVE_TO_SERVER,
            ActionId.JOIN_TEAM,
            ActionId.SYNC_NOW,
            None,
            ActionId.LOAD_DEMO,
            None,
            ActionId.QUIT,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Edit"),
        (
            ActionId.UNDO,
            ActionId.REDO,
            None,
            ActionId.SEARCH,
            ActionId.FIND,
            ActionId.EDIT_CUSTOMER,
            ActionId.DELETE_CUSTOMER,
            None,
            ActionId.SETTINGS,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Record"),
        (
            ActionId.NEW_INTERACTION,
            ActionId.NEW_PROMISE,
            ActionId.NEW_CLAIM,
            ActionId.NEW_REQUEST,
            ActionId.NEW_MONEY,
            ActionId.NEW_EFFORT,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&View"),
        (
            ActionId.SHOW_TODAY,
            None,
            ActionId.STAFF_REPORT,
            ActionId.CUSTOMER_MAP,
            ActionId.INSIGHTS,
            ActionId.STANDARDS,
            ActionId.COST_RANKING,
            None,
            ActionId.SYNC_CONFLICTS,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("menus", "&Help"),
        (ActionId.USER_GUIDE, ActionId.SHORTCUTS, None, ActionId.ABOUT),
    ),
)
_TOOLBAR = (
    ActionId.NEW_CUSTOMER,
    ActionId.QUICK_LOG,
    ActionId.SHOW_TODAY,
    ActionId.CUSTOMER_MAP,
    None,
    ActionId.UNDO,
    ActionId.REDO,
)


def build_menus(window: QMainWindow, registry: ActionRegistry) -> None:
    bar = window.menuBar()
    for title, ids in _MENUS:
        menu = bar.addMenu(QCoreApplication.translate("menus", str(title)))
        menu.setObjectName("menu_" + str(title).strip("&").lower())
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(registry[action_id])
    toolbar = window.addToolBar(QCoreApplication.translate("menus", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action_id in _TOOLBAR:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(registry[action_id])
