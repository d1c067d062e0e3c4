"""Every screen of the app, opened over one seeded book: the accessibility test and the
pseudo-locale screenshot test walk the same list."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from crmnote.domain.types import DecisionAction
from crmnote.services.book_services import Services
from crmnote.ui.actions import ActionId
from crmnote.ui.background import Background
from crmnote.ui.dialogs.import_wizard import ImportWizard
from crmnote.ui.window.main_window import MainWindow

RECORD_KINDS = (
    "customer",
    "interaction",
    "promise",
    "claim",
    "request",
    "feedback",
    "money",
    "effort",
    "standard",
    "staff",
)


def settle(timeout: float = 10.0) -> None:
    """Let the screens' workers end and their outcomes reach the window."""
    deadline = time.monotonic() + timeout
    QApplication.processEvents()
    while Background.busy() and time.monotonic() < deadline:
        time.sleep(0.005)
        QApplication.processEvents()


def _new_windows(before: set[int]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w.objectName() != "main_window"
    ]


def screens(
    w: MainWindow, seeded: dict[str, Any], services: Services, folder: Path
) -> Iterator[tuple[str, QWidget]]:
    """(name, window) for every screen; each is closed after the caller looked at it. The
    import wizard goes through its pages with a small CSV file written into `folder`."""
    ann = seeded["ann"].id
    csv = folder / "contacts.csv"
    csv.write_text("Name,Email,Phone\nDora Diaz,dora@example.com,+49 30 1234567\n")
    w.open_customer(ann)
    page = w.customer_page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"customer page, tab {page.tabs.tabText(index)}", w
    page.tabs.setCurrentIndex(0)
    w.show_today()
    yield "today", w
    w.open_customer(ann)
    opened: list[tuple[str, Callable[[], object]]] = [
        (a.name.lower(), lambda a=a: w.registry.trigger(a))
        for a in (
            ActionId.QUICK_LOG,
            ActionId.STAFF_REPORT,
            ActionId.CUSTOMER_MAP,
            ActionId.INSIGHTS,
            ActionId.STANDARDS,
            ActionId.COST_RANKING,
            ActionId.SETTINGS,
            ActionId.IMPORT,
            ActionId.EXPORT,
            ActionId.EXPORT_PDF,
            ActionId.PRINT,
            ActionId.ABOUT,
            ActionId.JOIN_TEAM,
            ActionId.SYNC_CONFLICTS,
        )
    ]
    opened += [(f"new {kind}", lambda k=kind: w.editing.new(k, ann)) for kind in RECORD_KINDS]
    opened += [
        ("claim dossier", lambda: w.screens.claim_dossier(seeded["claim"].id)),
        ("claim pdf", lambda: w.files.claim_pdf(seeded["claim"].id)),
        ("promise history", lambda: w.editing.history("promise", seeded["promise"].id)),
        ("verdict", lambda: w.editing.claim_verdict(seeded["claim"].id)),
        ("judgment", lambda: w.editing.judge_request(seeded["request"].id)),
        ("decision", lambda: page.decide(DecisionAction.REFER, "Too costly")),
        ("search", lambda: w.search.focus()),
    ]
    for name, open_it in opened:
        before = {id(x) for x in QApplication.topLevelWidgets() if x.isVisible()}
        open_it()
        settle()
        windows = _new_windows(before) or [w]
        for window in windows:
            yield name, window
            if isinstance(window, QWizard) and isinstance(window, ImportWizard):
                window.file_page.path.setText(str(csv))
                while window.currentId() != window.pageIds()[-1]:
                    before_id = window.currentId()
                    window.next()
                    assert window.currentId() != before_id, f"{name}: stuck on a page"
                    yield f"{name}, page {window.currentId()}", window
        for window in windows:
            if window is not w:
                window.close()
