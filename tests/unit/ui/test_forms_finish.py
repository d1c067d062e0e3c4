"""Forms that read right (issue 17, item 10): errors in the error colour, labels beside their
boxes, one order of categories, the judged request named, buttons that wait for a selection,
undo items that say what they undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel

from crmnote.domain.types import Category, ClaimCategory
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.dialogs.record_form import error_colour, error_label
from crmnote.ui.labels import enum_label
from crmnote.ui.window.main_window import MainWindow


def window_of(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    return window


def test_errors_show_in_red_in_light_and_dark_palettes(qtbot: Any) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    for palette in (light, dark):
        colour = error_colour(palette)
        assert colour.red() > 2 * colour.blue() and colour.red() > colour.green()
    assert error_colour(light).lightness() < error_colour(dark).lightness()
    label = error_label()
    qtbot.addWidget(label)
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert shown == error_colour(label.palette())
    assert shown != label.palette().color(QPalette.ColorRole.Link)


def test_promise_and_claim_categories_are_offered_in_one_order(
    qtbot: Any, services: Services, seeded: dict[str, Any], ui_settings: QSettings
) -> None:
    window = window_of(qtbot, services, ui_settings)
    ann = seeded["ann"].id
    promise_form = window.editing.new("promise", ann)
    claim_form = window.editing.new("claim", ann)

    def offered(form: Any) -> list[str]:
        combo = form.editor("category").combo
        return [combo.itemText(i) for i in range(combo.count())]

    promises, claims = offered(promise_form), offered(claim_form)
    shared = [label for label in promises if label in claims]
    assert shared == [label for label in claims if label in promises]
    assert shared[:3] == [enum_label(Category.SPEED), enum_label(Category.QUALITY), "Quantity"]
    assert claims[-1] == enum_label(ClaimCategory.OTHER) and promises[-1] == "Other"
    for form in (promise_form, claim_form):
        layout = form.findChild(QFormLayout)
        assert layout is not None and layout.labelAlignment() & Qt.AlignmentFlag.AlignRight
        form.reject()


def test_the_judge_form_names_the_request(
    qtbot: Any, services: Services, seeded: dict[str, Any], ui_settings: QSettings
) -> None:
    window = window_of(qtbot, services, ui_settings)
    form = window.editing.judge_request(seeded["request"].id)
    about = form.findChild(QLabel, "form_context")
    assert about is not None and about.text() == "Request: Gift wrapping for free"
    form.reject()


def test_row_buttons_wait_for_a_selection(
    qtbot: Any, services: Services, seeded: dict[str, Any], ui_settings: QSettings
) -> None:
    window = window_of(qtbot, services, ui_settings)
    window.customer_list.select(seeded["ann"].id)
    tab = window.customer_page.record_tabs["claim"]
    assert tab.model.rowCount() == 1  # loaded
    assert tab.row_buttons and not any(b.isEnabled() for b in tab.row_buttons)
    tab.select_row(0)
    assert all(b.isEnabled() for b in tab.row_buttons)
    tab.view.clearSelection()
    assert not any(b.isEnabled() for b in tab.row_buttons)


def test_undo_and_redo_say_what_they_take_back(
    qtbot: Any, services: Services, seeded: dict[str, Any], ui_settings: QSettings
) -> None:
    window = window_of(qtbot, services, ui_settings)
    undo, redo = window.registry[ActionId.UNDO], window.registry[ActionId.REDO]
    assert undo.text() == "&Undo"
    window.editing.add("promise", {"text": "Call back on Monday"}, seeded["bob"].id)
    assert undo.text() == "&Undo Add promise “Call back on Monday”"
    assert undo.iconText() == "Undo"  # the toolbar keeps the short word
    window.undo_stack.undo()
    assert redo.text() == "&Redo Add promise “Call back on Monday”"
    assert undo.text() == "&Undo"
