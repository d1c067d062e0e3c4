"""The main window: title, actions by id, About, layout persistence, start page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from crmnote import __version__
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.window.main_window import MainWindow


def make_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    return window


def test_title_names_the_database(qtbot: Any, services: Services, ui_settings: QSettings) -> None:
    window = make_window(qtbot, services, ui_settings)
    assert window.windowTitle() == "crmnote — t.sqlite3"


def test_every_action_is_registered_with_its_shortcut(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, services, ui_settings)
    for action_id in ActionId:
        assert action_id in window.registry
    assert window.registry[ActionId.QUICK_LOG].shortcut() == QKeySequence("Ctrl+L")
    assert window.registry[ActionId.UNDO].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Record", "&View", "&Help"]


def test_about_shows_the_version(qtbot: Any, services: Services, ui_settings: QSettings) -> None:
    window = make_window(qtbot, services, ui_settings)
    window.registry.trigger(ActionId.ABOUT)
    box = window.findChild(QMessageBox, "about_box")
    assert box is not None and __version__ in box.text()
    box.close()


def test_empty_database_shows_the_start_page(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, services, ui_settings)
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.demo_button.isEnabled() is False  # no generator given


def test_demo_button_loads_the_demo_into_an_empty_book(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    from crmnote.demo.service import DemoService

    window = MainWindow(
        services, "t.sqlite3", ui_settings, demo=DemoService.beside(services.records)
    )
    qtbot.addWidget(window)
    assert window.start_page.demo_button.isEnabled()
    window.start_page.demo_button.click()
    assert len(services.customers.summaries(search="")) == 50
    assert window.pages.currentWidget() is window.splitter


def test_adding_the_first_customer_leaves_the_start_page(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, services, ui_settings)
    window.start_page.add_button.click()
    form = window.findChild(object, "record_form_customer")
    assert form is not None
    form.editor("name").edit.setText("Dora Diaz")
    form.accept()
    assert window.pages.currentWidget() is window.splitter
    assert window.customer_page.customer_id is not None
    assert window.customer_page.header.name.text() == "Dora Diaz"


def test_geometry_and_splitter_are_kept(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = make_window(qtbot, services, ui_settings)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.splitter.setSizes([250, 420])
    sizes = window.splitter.sizes()
    size = window.size()
    window.close()
    assert ui_settings.contains("main/geometry")
    again = make_window(qtbot, services, ui_settings)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_demo_data_is_not_offered_on_a_book_with_customers(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    from crmnote.demo.service import DemoService

    services.records.add("customer", {"name": "Real Customer"})
    window = MainWindow(
        services, "t.sqlite3", ui_settings, demo=DemoService.beside(services.records)
    )
    qtbot.addWidget(window)
    demo = window.registry[ActionId.LOAD_DEMO]
    assert not demo.isEnabled()
    assert "empty book" in demo.statusTip()
    window.load_demo()  # even when reached another way, nothing is added
    assert services.customers.count() == 1
    assert "empty book" in window.statusBar().currentMessage()


def test_help_has_the_user_guide_and_the_shortcuts_from_the_registry(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    from PySide6.QtWidgets import QTableWidget, QTextBrowser

    from crmnote.ui.dialogs.help import guide_path

    window = make_window(qtbot, services, ui_settings)
    help_menu = window.menuBar().actions()[-1].menu()
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["user_guide", "shortcuts", "about"]
    window.registry.trigger(ActionId.USER_GUIDE)
    guide = window.findChild(QTextBrowser, "user_guide_text")
    assert guide is not None and guide_path() is not None
    assert "Quick log" in guide.toPlainText()
    window.registry.trigger(ActionId.SHORTCUTS)
    table = window.findChild(QTableWidget, "shortcuts_table")
    assert table is not None
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Quick log"] == "Ctrl+L" and rows["Undo"].startswith("Ctrl+Z")
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    with_keys = [a for _i, a in window.registry.items() if a.shortcut().toString()]
    assert len(rows) == len(with_keys)  # every shortcut of the registry, none made up


def test_the_customer_page_is_made_hidden_once_the_book_is_open(
    qtbot: Any, services: Services, ui_settings: QSettings
) -> None:
    """Its widgets are made while the window waits for the user, so the first customer
    opened waits only for their data; nothing of a customer shows until one is opened."""
    from crmnote.ui.customer_page.page import CustomerPage

    record, _ = services.records.add("customer", {"name": "Fjord Bikes AS"})
    window = make_window(qtbot, services, ui_settings)
    window.show()
    assert window.findChild(CustomerPage) is None
    window.book_opened()
    qtbot.waitUntil(lambda: window.findChild(CustomerPage) is not None, timeout=10000)
    made = window.findChild(CustomerPage)
    assert window.current_customer() is None and made.customer_id is None
    assert window.right.currentWidget() is not made
    window.open_customer(record.id)
    assert window.findChildren(CustomerPage) == [made]
    assert window.right.currentWidget() is made and window.current_customer() == record.id
