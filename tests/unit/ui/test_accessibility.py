"""Keyboard and screen readers: every interactive widget of every screen has an accessible
name and can take the focus from the keyboard; every command is in a menu, and no two
entries of a menu share an accelerator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from crmnote.services.book_services import Services
from crmnote.ui import accessibility
from crmnote.ui.resources import install_translations
from crmnote.ui.window.main_window import MainWindow
from tests.unit.ui.screens_tour import screens


def test_every_screen_names_its_widgets_and_lets_the_keyboard_in(
    qtbot: Any, services: Services, ui_settings: QSettings, seeded: dict[str, Any], tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    accessibility.install(app)  # as start-up does (app.py)
    w = MainWindow(services, "t.sqlite3", ui_settings)
    qtbot.addWidget(w)
    w.show()
    problems: list[str] = []
    visited = []
    for name, window in screens(w, seeded, services, tmp_path):
        visited.append(name)
        problems += [f"{name}: unnamed {x}" for x in accessibility.unnamed(window)]
        problems += [f"{name}: no keyboard focus {x}" for x in accessibility.unreachable(window)]
    assert len(visited) > 30
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_the_walk_finds_unnamed_widgets(qtbot: Any) -> None:
    """The check itself can fail: a bare line edit and an icon-only button are reported."""
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("bare")
    QPushButton(root).setObjectName("icon_only")
    named = QLineEdit(root)
    named.setAccessibleName("Filter")
    found = accessibility.unnamed(root)
    assert len(found) == 2 and "bare" in found[0] + found[1] and "icon_only" in "".join(found)
    accessibility.name_fields(root)  # no labels to take names from: still unnamed
    assert len(accessibility.unnamed(root)) == 2


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_command_is_in_a_menu_with_a_unique_accelerator(
    qtbot: Any, qapp: QApplication, services: Services, ui_settings: QSettings, language: str
) -> None:
    translators = install_translations(qapp, QLocale(language))
    try:
        w = MainWindow(services, "t.sqlite3", ui_settings)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    if language == "de":
        assert w.menuBar().actions()[0].text() == "&Datei"
    qtbot.addWidget(w)
    in_menus = set()
    titles = []
    for top in w.menuBar().actions():
        titles.append(top.text())
        menu = top.menu()
        assert menu is not None
        keys: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            in_menus.add(action.objectName())
            text = action.text().replace("&&", "")
            assert "&" in text, f"{text!r} has no accelerator"
            key = text[text.index("&") + 1].lower()
            assert key not in keys, f"{text!r} and {keys[key]!r} share Alt+{key}"
            keys[key] = text
    tops = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(tops)) == len(tops)
    from crmnote.ui.actions import ActionId

    missing = {a.name.lower() for a in ActionId} - in_menus - {"find", "search"}
    assert not missing, f"not in any menu: {missing}"


def test_a_window_is_named_when_shown_and_again_when_shown_with_new_fields(
    qtbot: Any, qapp: QApplication
) -> None:
    accessibility.install(qapp)
    accessibility.install(qapp)  # a second call adds nothing
    assert len(qapp.findChildren(accessibility.AccessibleNames)) == 1
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    email = QLineEdit()
    row.addWidget(QLabel("E&mail:"))
    row.addWidget(email)
    assert accessibility.accessible_name(email) == ""  # the label is no buddy: no name yet
    window.show()
    qtbot.waitUntil(lambda: accessibility.accessible_name(email) == "Email")
    window.hide()
    phone = QLineEdit()
    row.addWidget(QLabel("Phone:"))
    row.addWidget(phone)
    window.show()  # shown again: the new field is named as well
    assert accessibility.accessible_name(phone) == "Phone"
