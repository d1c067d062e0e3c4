"""The customer list: search as you type, status and tag filters, selection."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from crmnote.domain.errors import DatabaseUnreachableError
from crmnote.domain.types import CustomerStatus
from crmnote.services import customer_list as customer_list_service
from crmnote.services.book_services import Services
from crmnote.ui.background import Background
from crmnote.ui.widgets.customer_list import CustomerListPanel


def names(panel: CustomerListPanel) -> list[str]:
    return [r.name for r in panel.model.rows()]


def applied(qtbot: Any, panel: CustomerListPanel, change: Any = None) -> None:
    """Apply the filters (after `change()`, which may apply them itself) and wait until the
    rows are shown (they are read on a worker)."""
    with qtbot.waitSignal(panel.filtered, timeout=5000):
        if change is not None:
            change()
        if not panel.filtering:
            panel.apply_filters()


def test_search_as_you_type(qtbot: Any, services: Services, seeded: dict[str, Any]) -> None:
    panel = CustomerListPanel(services.customer_list)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "bak")
    assert names(panel) == ["Ann Archer", "Bob Baker", "Cat Cole"]  # debounced, not yet applied
    qtbot.waitUntil(lambda: names(panel) == ["Bob Baker"], timeout=10_000)
    assert panel.count_label.text() == "1 customer(s)"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "vip")  # a tag
    qtbot.waitUntil(lambda: names(panel) == ["Ann Archer"], timeout=10_000)


def test_status_and_tag_filters(qtbot: Any, services: Services, seeded: dict[str, Any]) -> None:
    panel = CustomerListPanel(services.customer_list)
    qtbot.addWidget(panel)
    watch = panel.status.findData(CustomerStatus.WATCH)
    applied(qtbot, panel, lambda: panel.status.setCurrentIndex(watch))
    assert names(panel) == ["Cat Cole"]
    applied(qtbot, panel, lambda: panel.status.setCurrentIndex(0))
    assert [panel.tag.itemText(i) for i in range(panel.tag.count())] == ["All tags", "vip"]
    applied(qtbot, panel, lambda: panel.tag.setCurrentIndex(1))
    assert names(panel) == ["Ann Archer"]


def test_selecting_a_row_emits_the_customer(
    qtbot: Any, services: Services, seeded: dict[str, Any]
) -> None:
    panel = CustomerListPanel(services.customer_list)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.selected) as blocker:
        panel.view.selectRow(1)
    assert blocker.args == [seeded["bob"].id]


def test_count_of_matches_beyond_the_first_page(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count comes from the rows when all are loaded, else from the service: both right."""
    with services.records.transaction() as repo:  # one commit, not 230
        for i in range(230):
            values = {"name": f"Customer {i:03}", "company": "Ode" if i % 2 else ""}
            services.records.add_in(repo, "customer", values, None)
    panel = CustomerListPanel(services.customer_list)
    qtbot.addWidget(panel)
    panel.model.page_size = 100
    assert panel.count_label.text() == "230 customer(s)"
    for text, expected in (("ode", 115), ("er 1", 100), ("er 22", 10), ("o", 230), ("zz", 0)):
        applied(qtbot, panel, lambda t=text: panel.search.setText(t))
        assert panel.count_label.text() == f"{expected} customer(s)", text
    # One or two characters are counted only up to a cap; three or more exactly.
    monkeypatch.setattr(customer_list_service, "COUNT_CAP", 150)
    cases = (("o", "More than 150"), ("od", "115"), ("us", "More than 150"), ("ust", "230"))
    for text, label in cases:
        applied(qtbot, panel, lambda t=text: panel.search.setText(t))
        assert panel.count_label.text().startswith(label), (text, panel.count_label.text())


def paged_panel(qtbot: Any, services: Services, customers: int) -> CustomerListPanel:
    """A list of `customers` customers "Customer NN" read in pages of ten, the first shown."""
    with services.records.transaction() as repo:
        for i in range(customers):
            services.records.add_in(repo, "customer", {"name": f"Customer {i:02}"}, None)
    panel = CustomerListPanel(services.customer_list)
    qtbot.addWidget(panel)
    panel.model.page_size = 10
    panel.model.load(panel.model._fetcher())
    return panel


def test_the_next_page_is_read_on_a_worker(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scrolling to the end asks for the next page; the GUI thread does not wait for it, Qt is
    not let ask twice meanwhile, and a page read for rows since replaced is dropped."""
    panel = paged_panel(qtbot, services, 30)
    model = panel.model
    page = services.customer_list.page
    threads: list[str] = []

    def traced(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return page(*args, **kwargs)

    monkeypatch.setattr(services.customer_list, "page", traced)
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()  # asked once, not yet here
    qtbot.waitUntil(lambda: model.rowCount() >= 20, timeout=5000)
    # (The view asks for more while its rows do not fill it.)
    assert set(threads) == {"crmnote-newest"}
    assert names(panel)[10:20] == [f"Customer {i:02}" for i in range(10, 20)]

    model.load(model._fetcher())
    model.fetchMore()
    model.load(lambda offset, limit: [r for r in page(model.query, offset, limit)][:3])
    qtbot.waitUntil(lambda: not Background.busy(), timeout=5000)
    assert names(panel) == ["Customer 00", "Customer 01", "Customer 02"]  # no stale page


def test_a_page_that_cannot_be_read_is_said_and_asked_again(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = paged_panel(qtbot, services, 15)
    model = panel.model
    page = services.customer_list.page

    def lost(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseUnreachableError("the connection was lost; try again")

    monkeypatch.setattr(services.customer_list, "page", lost)
    model.fetchMore()
    qtbot.waitUntil(lambda: "could not be read" in panel.count_label.text(), timeout=5000)
    assert "the connection was lost" in panel.count_label.text()
    assert model.rowCount() == 10 and not model.complete
    monkeypatch.setattr(services.customer_list, "page", page)

    def scrolled() -> bool:  # the next scroll asks again (the view itself may ask first)
        if model.canFetchMore():
            model.fetchMore()
        return model.rowCount() == 15

    qtbot.waitUntil(scrolled, timeout=5000)
    assert not model.canFetchMore() and model.complete
