"""The main window works at 1280×680 (a 1366×768 laptop less its panel and title bar), search
results open without growing it, and other windows open on its screen (issue 17, item 7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSettings, QSize

from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.fit import MARGIN, fitted, place
from crmnote.ui.window.main_window import MainWindow

SMALL = QSize(1280, 680)


def small_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_customer_tab_and_search_fit_in_1280_by_680(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    from crmnote.reports.fonts import load_fonts

    load_fonts()  # once a PDF was made, generic "Sans" may match the taller Noto Sans
    window = small_window(qtbot, services, ui_settings)
    window.notice.notify("2 promise(s) due or overdue.", "Show Today")  # the bar takes room too
    window.customer_list.select(seeded["ann"].id)
    assert window.right.currentWidget() is window.customer_page
    qtbot.waitUntil(lambda: not window.customer_page.scores_pending(), timeout=5000)
    assert window.customer_page.advice.reasons.text()  # the advice, at its full length
    window.search.field.setText("order")
    assert window.search.run()
    tabs = window.customer_page.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL.width(), tabs.tabText(i)
        assert hint.height() <= SMALL.height(), (tabs.tabText(i), hint)
        qtbot.wait(1)
        assert window.size() == SMALL, tabs.tabText(i)  # the window did not grow
    status = window.statusBar().geometry()
    assert window.rect().contains(status)


def test_a_new_window_fits_the_screen_and_sits_on_it() -> None:
    area = QRect(0, 0, 1366, 768 - 32)
    assert fitted(QSize(1040, 860), area) == QSize(1040, 768 - 32 - MARGIN.height())
    assert fitted(QSize(700, 500), area) == QSize(700, 500)


def test_secondary_windows_open_within_the_window_s_screen(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = small_window(qtbot, services, ui_settings)
    area = window.screen().availableGeometry()
    window.registry.trigger(ActionId.STAFF_REPORT)
    window.registry.trigger(ActionId.STANDARDS)
    window.screens.claim_dossier(seeded["claim"].id)
    for shown in (window.screens.staff, window.screens.standards_window, window.screens.dossier):
        assert shown is not None
        assert area.contains(shown.geometry()), (shown.objectName(), shown.geometry(), area)


def test_place_centres_over_the_anchor_and_keeps_on_screen(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    anchor = QWidget()
    qtbot.addWidget(anchor)
    area = anchor.screen().availableGeometry()
    other = QWidget()
    qtbot.addWidget(other)
    place(other, QSize(5000, 5000), anchor)
    assert area.contains(other.geometry())
