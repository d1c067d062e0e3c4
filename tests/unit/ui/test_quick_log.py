"""Quick log, keyboard only: Ctrl+L, type part of a name, Tab through, Enter saves."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from crmnote.domain.types import Channel, PromiseStatus
from crmnote.services.book_services import Services
from crmnote.ui.dialogs.quick_log import QuickLogDialog
from crmnote.ui.window.main_window import MainWindow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def open_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_quick_log_keyboard_only_into_the_database(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.find_customer()  # focus in the search box, no customer open: Today is shown
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickLogDialog, "quick_log")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # a window manager does this; the offscreen platform does not
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer)
    type_text(qtbot, "bob")
    press(qtbot, Qt.Key.Key_Tab)  # channel
    press(qtbot, Qt.Key.Key_Down)  # call → email
    press(qtbot, Qt.Key.Key_Tab, 2)  # direction, minutes
    type_text(qtbot, "15")
    press(qtbot, Qt.Key.Key_Tab)  # mood
    press(qtbot, Qt.Key.Key_Down, 2)  # — → −2 → −1
    press(qtbot, Qt.Key.Key_Tab)  # note
    type_text(qtbot, "Asked when the cake arrives")
    press(qtbot, Qt.Key.Key_Tab)  # also record
    press(qtbot, Qt.Key.Key_Down)  # promise
    press(qtbot, Qt.Key.Key_Tab)  # text
    type_text(qtbot, "Deliver the cake by Friday")
    press(qtbot, Qt.Key.Key_Tab)  # due: set
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.bus.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    bob = seeded["bob"].id
    [talk] = services.records.list("interaction", bob)
    assert talk.channel is Channel.EMAIL and talk.minutes == 15 and talk.mood == -1
    assert talk.notes == "Asked when the cake arrives"
    [promise] = services.records.list("promise", bob)
    assert promise.text == "Deliver the cake by Friday"
    assert promise.interaction_id == talk.id and promise.status is PromiseStatus.OPEN
    assert promise.due == date.today()
    # The list updated through the bus, and the whole log is one undo step.
    row = window.customer_list.model.row_of(bob)
    assert window.customer_list.model.row_at(row).open_promises == 1
    window.undo_stack.undo()
    assert services.records.list("interaction", bob) == []
    assert services.records.list("promise", bob) == []


def test_quick_log_names_an_unknown_customer_inline(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    dialog = window.quick_log()
    qtbot.keyClicks(dialog.customer, "Nobody")
    dialog.accept()
    assert dialog.isVisible()
    assert "no customer matches" in dialog._errors["customer"].text()
    assert dialog.customer.text() == "Nobody"
    dialog.reject()


def test_quick_log_from_a_customer_page_preselects_them(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.customer_list.select(seeded["cat"].id)
    dialog = window.quick_log()
    assert dialog.customer.text() == "Cat Cole"
    dialog.note.setText("Quick hello")
    dialog.accept()
    [talk] = services.records.list("interaction", seeded["cat"].id)
    assert talk.summary == "Quick hello"
