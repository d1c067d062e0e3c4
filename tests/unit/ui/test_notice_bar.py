"""The notice bar reads in a dark theme too (issue 17, item 12)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crmnote.ui.window.notice_bar import NoticeBar, notice_colours


def dark_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb6"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))  # as many dark themes keep
    return p


def test_dark_theme_gives_a_dark_bar_with_light_text(qtbot: Any) -> None:
    background, text = notice_colours(dark_palette())
    assert background.lightnessF() < 0.35 and text.lightnessF() > 0.8
    old = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        bar = NoticeBar()
        qtbot.addWidget(bar)
        bar.notify("3 promise(s) due", "Show Today")
        shown = bar.palette().color(QPalette.ColorRole.Window)
        assert shown.lightnessF() < 0.35  # not the tool-tip yellow
    finally:
        QApplication.setPalette(old)


def test_light_theme_keeps_a_light_bar(qtbot: Any) -> None:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    background, text = notice_colours(p)
    assert background.lightnessF() > 0.7 and text.lightnessF() < 0.2
    assert background != p.color(QPalette.ColorRole.Window)  # it stands out
