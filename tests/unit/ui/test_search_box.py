"""Full-text search in the main window: Ctrl+F, ranked hits with highlights, opening records."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from crmnote.domain.search import SearchHit
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.models.search_hits import SPANS_ROLE, Column, SearchHitsModel, utf16_spans
from crmnote.ui.widgets.highlight import highlight_ranges
from crmnote.ui.window.main_window import MainWindow


def open_window(qtbot: Any, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, "t.sqlite3", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def hit(kind: str = "claim", snippet: str = "box <b>arrived</b>\ndamaged", **kw: Any) -> SearchHit:
    values: dict[str, Any] = {
        "kind": kind,
        "record_id": 1,
        "customer_id": 1,
        "customer_name": "Ann <i>Archer</i>",
        "title": "Box\narrived",
        "snippet": snippet,
        "matches": ((0, 3),),
        "rank": -1.0,
    }
    values.update(kw)
    return SearchHit(**values)


def test_hits_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = SearchHitsModel()
    model.set_hits([hit(), hit("promise", "🙂 late 🙂", matches=((2, 6),)), hit("customer")])
    assert model.data(model.index(0, Column.SNIPPET)) == "box <b>arrived</b> damaged"
    assert model.data(model.index(0, Column.CUSTOMER)) == "Ann <i>Archer</i>"
    assert model.data(model.index(1, Column.SNIPPET), SPANS_ROLE) == ((3, 7),)
    qtmodeltester.check(model)


def test_spans_count_in_utf16_and_bad_spans_are_ignored() -> None:
    assert utf16_spans("a🙂b", ((2, 3), (1, 1), (5, 9))) == ((3, 4), (4, 4))
    palette = QApplication.palette()
    ranges = highlight_ranges(((0, 3), (2, 1), (7, 99), "x"), 10, palette, False)
    assert [(r.start, r.length) for r in ranges] == [(0, 3), (7, 3)]
    bg = ranges[0].format.background().color()
    assert bg == palette.color(QPalette.ColorRole.Highlight)
    assert highlight_ranges(None, 5, palette, True) == []


def test_ctrl_f_focuses_the_search_box_enter_searches_and_enter_on_a_hit_opens_it(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    assert window.registry[ActionId.SEARCH].shortcut().toString() == "Ctrl+F"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.field)
    qtbot.keyClicks(window.search.field, "damaged")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=10_000)
    assert window.search.isVisible()
    found = window.search.model.hit(0)
    assert (found.kind, found.record_id) == ("claim", seeded["claim"].id)
    spans = window.search.model.data(window.search.model.index(0, Column.SNIPPET), SPANS_ROLE)
    assert spans
    window.search.view.grab()  # the highlight delegate paints
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)  # only searches
    assert window.findChild(object, "record_form_claim") is None
    assert QApplication.focusWidget() is window.search.field
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search.view
    qtbot.keyClick(window.search.view, Qt.Key.Key_Return)
    assert window.customer_page.customer_id == seeded["ann"].id
    form = window.findChild(object, "record_form_claim")
    assert form is not None
    form.reject()


def test_a_customer_hit_opens_the_customer_only(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.search.field.setText("Bakery")
    hits = window.search.run()
    assert hits and hits[0].kind == "customer"
    index = window.search.model.index(0, Column.TITLE)
    window.search.view.activated.emit(index)
    assert window.customer_page.customer_id == seeded["bob"].id
    assert window.findChild(object, "record_form_customer") is None


@pytest.mark.parametrize(
    "text",
    ['"', "NOT", "AND OR", "*", '"unclosed phrase', "a\x00b", "(((", "x" * 5000, "col:umn ^-+"],
)
def test_hostile_text_never_errors(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], text: str
) -> None:
    window = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(window)
    window.search.field.setText(text)
    window.search.run()
    window.search.open_current()
    assert "failed" not in window.search.status.text()


def test_escape_clears_and_hides_the_results(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any]
) -> None:
    window = open_window(qtbot, services, ui_settings)
    window.search.field.setText("order")
    assert window.search.run()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.view.currentIndex().row() == 0
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and not window.search.isVisible()


def test_a_very_common_word_offers_to_rank_every_match(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMainWindow

    from crmnote.domain.search import SearchHits
    from crmnote.ui.widgets.search_box import SearchPanel

    newest = [hit(record_id=n, rank=-2.0 + n / 10) for n in range(3)]
    best = [hit(record_id=99, rank=-9.0), *newest]
    asked: list[bool] = []

    def search(text: str, *, whole: bool = False) -> SearchHits:
        asked.append(whole)
        return SearchHits(best, None) if whole else SearchHits(newest, 2000)

    window = QMainWindow()
    qtbot.addWidget(window)
    panel = SearchPanel(search, window)
    panel.field.setText("delivery")
    assert [h.record_id for h in panel.run()] == [0, 1, 2]
    said = panel.status.text()
    assert "3 hit(s), best first among the 2,000 newest matches" in said and "<a " in said
    with qtbot.waitSignal(panel.model.modelReset, timeout=5000):
        panel.status.linkActivated.emit("all")  # the link clicked
        assert panel.status.text() == "Ranking every match…"
    assert asked == [False, True]
    assert [panel.model.hit(r).record_id for r in range(panel.model.rowCount())] == [99, 0, 1, 2]
    assert panel.status.text() == "4 hit(s), best first"
