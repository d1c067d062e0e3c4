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


def test_ctrl_l_to_saved_in_at_most_twelve_keystrokes_plus_the_note(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    """Issue 17's goal: a customer found by three letters, the note, saved."""
    window = open_window(qtbot, services, ui_settings)
    keys = 0

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        target = focused()
        if isinstance(target, QWidget) and target.window() is not target:
            pass
        popup = dialog.completer.popup() if dialog is not None else None
        qtbot.keyClick(popup if popup is not None and popup.isVisible() else target, k, modifier)

    dialog: QuickLogDialog | None = None
    window.find_customer()
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickLogDialog, "quick_log")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer)
    for letter in (Qt.Key.Key_C, Qt.Key.Key_A, Qt.Key.Key_T):  # "cat": three letters
        key(letter)
    qtbot.waitUntil(lambda: dialog.completer.popup().isVisible())
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)  # picked; on to the note
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    qtbot.keyClicks(dialog.note, "Called about the invoice")  # the note, not counted
    with qtbot.waitSignal(window.bus.changed):
        key(Qt.Key.Key_Return)
    assert keys <= 12, keys
    [talk] = services.records.list("interaction", seeded["cat"].id)
    assert talk.notes == "Called about the invoice"


def test_logging_for_another_customer_says_so_with_an_open_link(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.customer_list.select(seeded["ann"].id)
    dialog = window.quick_log()
    dialog.customer.setText("")
    qtbot.keyClicks(dialog.customer, "Bob")
    dialog.note.setText("Rang about bread")
    dialog.accept()
    link = window.status_link
    assert link.isVisible()
    assert "Bob Baker" in link.text.text() and link.link == "Open"
    link.button.linkActivated.emit("open")
    assert window.customer_page.customer_id == seeded["bob"].id


def test_a_valid_pick_clears_the_stale_no_match_message(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    dialog = window.quick_log()
    qtbot.keyClicks(dialog.customer, "Nobody")
    dialog.accept()
    assert not dialog._errors["customer"].isHidden()
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, "Bob")
    dialog.completer.activated.emit("Bob Baker — Bakery")
    assert dialog._errors["customer"].isHidden()
    dialog.reject()


def test_the_due_box_is_reached_by_its_alt_key(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.customer_list.select(seeded["bob"].id)
    dialog = window.quick_log()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.extra_kind.setCurrentIndex(dialog.extra_kind.findData("promise"))
    dialog.extra_text.setText("Send the price list")
    dialog.extra_text.setFocus()
    qtbot.waitUntil(lambda: dialog.extra_text.hasFocus())
    qtbot.keyClick(dialog.extra_text, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert dialog.due_check is not None
    qtbot.waitUntil(dialog.due_check.isChecked)  # Alt+U ticks "Set", as any check box's key
    assert QApplication.focusWidget() is dialog.due_check
    qtbot.keyClick(dialog.due_check, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog._due.edit
    dialog.accept()
    [promise] = services.records.list("promise", seeded["bob"].id)
    assert promise.due is not None


def test_a_cold_call_creates_the_new_customer(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    dialog = window.quick_log()
    qtbot.keyClicks(dialog.customer, "Nordlicht Optik")
    offered = dialog._names.stringList()
    assert offered[-1] == "Create “Nordlicht Optik” as a new customer"
    dialog.completer.activated.emit(offered[-1])
    qtbot.waitUntil(lambda: dialog.customer.text() == "Nordlicht Optik")
    assert not dialog.picked_note.isHidden()
    dialog.note.setText("First call: wants a quote")
    dialog.accept()
    assert not dialog.isVisible()
    [made] = [c for c in services.records.list("customer") if c.name == "Nordlicht Optik"]
    [talk] = services.records.list("interaction", made.id)
    assert talk.notes == "First call: wants a quote"
    window.undo_stack.undo()  # one step takes back the customer and the call
    assert not [c for c in services.records.list("customer") if c.name == "Nordlicht Optik"]
