"""User text is shown as typed, never as rich text: markup in a name is letters, not a picture.

A QLabel in its default AutoText format renders anything that looks like HTML; an `<img src>`
typed into a customer's name would then load a local file. The reports set every user string
with QTextLayout (plain text) and never hand it to QTextDocument as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from crmnote.bootstrap import open_database
from crmnote.domain.entities import ContactPoint
from crmnote.services.book_services import Services

NAME = '<b>x</b><img src="/etc/passwd">'
MARKUP = ("<b>", "<img", "<i>", "<u>", "<a ", "&amp;", "<script")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(str(tmp_path / "ui.sqlite3"))
    yield opened.services
    opened.close()


@pytest.fixture
def customer(services: Services, tmp_path: Path) -> int:
    """A customer whose every text field, and whose owner's name, is markup."""
    staff = services.customers.current_staff()
    assert staff is not None
    services.records.update("staff", staff, {"name": "<i>Owner</i>"})
    made, _ = services.records.add(
        "customer",
        {
            "name": NAME,
            "company": "<i>Acme</i> &amp; Sons",
            "address": "<script>alert(1)</script>\nOslo",
            "emails": (ContactPoint(value="<a href='x'>a</a>@example.com", label="<b>w</b>"),),
            "tags": ("<u>vip</u>",),
            "notes": f"note with {NAME}",
        },
    )
    long_ago = datetime.now().replace(microsecond=0) - timedelta(days=3)
    services.interactions.log(made.id, notes=f"<b>said</b> {NAME}", at=long_ago, minutes=5)
    services.records.add(
        "promise",
        {"text": f"<b>promise</b>\n{NAME}", "made_at": long_ago, "due": date.today()},
        made.id,
    )
    return int(made.id)


def as_rendered(tip: str) -> str:
    """The text a tooltip shows: Qt renders it as rich text when it looks like markup."""
    if QtGui.Qt.mightBeRichText(tip):
        return QTextDocumentFragment.fromHtml(tip).toPlainText()
    return tip


def shows_markup(text: str) -> bool:
    return any(m in text for m in MARKUP)


def test_customer_header_shows_markup_as_plain_text(
    qtbot: Any, services: Services, customer: int, tmp_path: Path
) -> None:
    from crmnote.ui.window.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, "ui.sqlite3", settings)
    qtbot.addWidget(window)
    assert window.customer_list.select(customer)
    # The timeline's first page and the scores arrive from workers.
    qtbot.waitUntil(lambda: not window.customer_page.loading(), timeout=10000)
    header = window.customer_page.header
    assert header.name.text() == NAME
    assert header.name.textFormat() == Qt.TextFormat.PlainText
    # Every label anywhere in the window that holds the user's markup shows it as text.
    holding = [label for label in window.findChildren(QLabel) if shows_markup(label.text())]
    assert header.name in holding and len(holding) >= 3
    rich = [
        (label.objectName() or type(label.parent()).__name__, label.text()[:40])
        for label in holding
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    # A tooltip is rich text whenever it looks like markup: user text in one must be escaped.
    tips = [w.toolTip() for w in window.findChildren(QWidget)]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(min(model.rowCount(), 50)):
            for col in range(model.columnCount()):
                tip = model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)
                tips.append(tip if isinstance(tip, str) else "")
    shown = [as_rendered(tip) for tip in tips if "passwd" in tip]
    assert len(shown) >= 2  # the timeline's title and the promise tab's text carry it
    assert all(NAME in text for text in shown), "a tooltip rendered the user's markup"


def test_markup_in_a_note_prints_as_text_in_the_history_pdf(
    qapp: Any, services: Services, customer: int, tmp_path: Path
) -> None:
    from crmnote.reports import render_customer_history
    from crmnote.services.history import HistoryService

    secret = tmp_path / "local-secret.png"
    secret.write_bytes(b"not read")
    services.interactions.log(
        customer, notes=f'<img src="{secret}"> and <img src="file://{secret}">'
    )
    history = HistoryService.beside(services.records).customer_history(customer)
    out = tmp_path / "history.pdf"
    render_customer_history(history, out)
    reader = PdfReader(str(out))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "<img src=" in text  # the markup is printed as letters
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        images = [o for o in objects.values() if o.get_object().get("/Subtype") == "/Image"]
        assert images == [], "an image was embedded: markup in a note was rendered"
