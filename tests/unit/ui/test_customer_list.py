"""The customer list: search as you type, status and tag filters, selection."""

from __future__ import annotations

from typing import Any

import pytest

from crmnote.domain.types import CustomerStatus
from crmnote.services import customer_list as customer_list_service
from crmnote.services.book_services import Services
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
