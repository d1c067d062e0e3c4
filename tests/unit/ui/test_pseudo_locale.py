"""The pseudo-locale (every string accented and 40 % longer) over every screen: a screenshot
of each, and a failure for any text shown untranslated or cut off.

Screenshots go to a temporary folder, or to $CRMNOTE_PSEUDO_SHOTS when set (to look at them).
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

from crmnote.services.book_services import Services
from crmnote.ui.window.main_window import MainWindow
from tests.unit.ui.screens_tour import screens

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "pseudo", ROOT / "resources" / "translations" / "pseudo.py"
)
assert _spec is not None and _spec.loader is not None
pseudo = importlib.util.module_from_spec(_spec)
sys.path.insert(0, str(ROOT / "resources" / "translations"))
_spec.loader.exec_module(pseudo)
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo.pseudo_qm(tmp_path_factory.mktemp("pseudo") / "crmnote_pseudo.qm")


@pytest.fixture
def in_pseudo_locale(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield _TAGS.sub(" ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox) and widget.isEditable() is False:
        yield widget.currentText()
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _data_words(seeded: dict[str, Any], services: Services) -> list[str]:
    """Text that is the book's data, not the app's: shown as typed in every language."""
    words = ["t.sqlite3", "Dora Diaz", "dora@example.com", "contacts.csv", "A4"]
    for record in seeded.values():
        for value in vars(record).values() if hasattr(record, "__dict__") else ():
            words.append(str(value))
        for name in ("name", "company", "text", "summary"):
            value = getattr(record, name, "")
            if isinstance(value, str) and value:
                words.append(value)
    words += [s.name for s in services.records.list("staff")]
    return sorted({w for w in words if w}, key=len, reverse=True)


def _untranslated(text: str, data: list[str]) -> bool:
    text = text.replace("&", "").strip()
    if not text or pseudo.is_pseudo(text):
        return False
    for word in data:
        text = text.replace(word, " ")
    return re.search(r"[A-Za-z]{2,}", text) is not None


def _qt_translated(widget: QWidget) -> bool:
    """Standard buttons (OK, Cancel, Save, Close, Next, Back): Qt's own translation
    (qtbase_xx.qm) names them in a real language, not ours."""
    parent = widget.parentWidget()
    if isinstance(parent, QDialogButtonBox) and isinstance(widget, QPushButton):
        return parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    window = widget.window()
    if isinstance(window, QWizard) and isinstance(widget, QAbstractButton):
        standard = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
        standard += (QWizard.WizardButton.CancelButton,)
        return any(window.button(b) is widget for b in standard)
    return False


def _cut_off(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
        return False
    if not isinstance(widget, QLabel | QAbstractButton) or widget.parentWidget() is None:
        return False
    return widget.width() + 1 < widget.minimumSizeHint().width()


def test_every_screen_in_the_pseudo_locale(
    qtbot: Any,
    services: Services,
    ui_settings: QSettings,
    seeded: dict[str, Any],
    tmp_path: Path,
    in_pseudo_locale: None,
) -> None:
    shots = Path(os.environ.get("CRMNOTE_PSEUDO_SHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    data = _data_words(seeded, services)
    untranslated: set[str] = set()
    cut: set[str] = set()
    for n, (name, window) in enumerate(screens(w, seeded, services, tmp_path)):
        QApplication.processEvents()  # answers arriving (scores read on a worker) set texts;
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # then lay them out
        slug = re.sub(r"\W+", "-", name).strip("-")
        assert window.grab().save(str(shots / f"{n:02d}-{slug}.png"))
        widgets = [window, *window.findChildren(QWidget)]
        if isinstance(window, QMainWindow):
            widgets += [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
            untranslated |= {
                f"{name}: menu {a.text()!r}"
                for a in window.menuBar().actions()
                if _untranslated(a.text(), data)
            }
        if _untranslated(window.windowTitle(), data):
            untranslated.add(f"{name}: window title {window.windowTitle()!r}")
        for widget in widgets:
            if not widget.isVisibleTo(window):
                continue
            if _qt_translated(widget):
                continue
            for text in _texts(widget):
                if _untranslated(text, data):
                    untranslated.add(f"{name}: {type(widget).__name__} {text!r}")
            if _cut_off(widget):
                cut.add(f"{name}: {type(widget).__name__} {widget.objectName()!r} cut off")
    assert len(list(shots.glob("*.png"))) > 30
    problems = sorted(untranslated) + sorted(cut)
    assert not problems, "\n".join(problems)
