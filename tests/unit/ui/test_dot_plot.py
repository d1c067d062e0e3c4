"""The customer map's plot: dots drawn with QPainter, found under the mouse, clicked, tipped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QToolTip

from crmnote.ui.widgets.dot_plot import DOT, DotPlot


def plot_of(qtbot: Any) -> DotPlot:
    plot = DotPlot(lambda i: f"dot {i}")
    qtbot.addWidget(plot)
    plot.resize(500, 400)
    plot.titles = ("Difficulty", "Trust")
    plot.set_dots([10.0, 10.2, 90.0], [80.0, 80.0, 5.0])
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def test_the_dot_under_the_mouse_is_the_nearest_within_reach(qtbot: Any) -> None:
    plot = plot_of(qtbot)
    far = plot.to_widget(90, 5).toPoint()
    assert plot.dot_at(far) == 2
    assert plot.dot_at(far + QPoint(3, 0)) == 2  # a few pixels off still hits it
    assert plot.dot_at(far + QPoint(20, 0)) is None
    assert plot.dot_at(plot.to_widget(10.2, 80).toPoint()) == 1  # the nearer of two close dots
    assert plot.to_widget(0, 0).x() < plot.to_widget(100, 0).x()
    assert plot.to_widget(0, 0).y() > plot.to_widget(0, 100).y()  # trust grows upwards


def test_a_click_on_a_dot_emits_its_index_and_a_drag_off_it_does_not(qtbot: Any) -> None:
    plot = plot_of(qtbot)
    at = plot.to_widget(90, 5).toPoint()
    with qtbot.waitSignal(plot.clicked) as blocker:
        qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [2]
    with qtbot.assertNotEmitted(plot.clicked):
        qtbot.mousePress(plot, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseRelease(plot, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 0))
        qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 0))


def test_hovering_a_dot_outlines_it_and_gives_its_tip(qtbot: Any) -> None:
    plot = plot_of(qtbot)
    at = plot.to_widget(90, 5).toPoint()
    before = plot.grab().toImage()
    qtbot.mouseMove(plot, at)
    qtbot.waitUntil(lambda: plot.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    outlined = plot.grab().toImage()
    assert outlined != before  # the hovered dot is drawn with an outline
    plot.event(QHelpEvent(QEvent.Type.ToolTip, at, plot.mapToGlobal(at)))
    assert QToolTip.text() == "dot 2"
    off = at + QPoint(60, -60)
    plot.event(QHelpEvent(QEvent.Type.ToolTip, off, plot.mapToGlobal(off)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # hidden beside every dot
    qtbot.mouseMove(plot, off)
    qtbot.waitUntil(lambda: plot.cursor().shape() == Qt.CursorShape.ArrowCursor)
    QToolTip.hideText()


def test_the_plot_is_drawn_anew_in_a_new_palette(qtbot: Any) -> None:
    plot = plot_of(qtbot)
    light = plot.grab().toImage()
    palette = plot.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    plot.setPalette(palette)
    dark = plot.grab().toImage()
    assert dark.pixelColor(2, 2) == QColor("#202020") != light.pixelColor(2, 2)
    corner = plot.to_widget(90, 5).toPoint()
    assert dark.pixelColor(corner) != dark.pixelColor(2, 2)  # a dot is drawn there


def test_every_dot_is_painted_where_the_mouse_finds_it(qtbot: Any) -> None:
    """The paint places the dots itself (the area measured once, not once a dot): each one's
    centre is where `to_widget` and `dot_at` put it, in a plot of many dots."""
    plot = plot_of(qtbot)
    xs = [float(5 + (i * 37) % 90) for i in range(60)]
    ys = [float(5 + (i * 53) % 90) for i in range(60)]
    plot.set_dots(xs, ys)
    image = plot.grab().toImage()
    base = plot.palette().color(QPalette.ColorRole.Base)
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        at = plot.to_widget(x, y).toPoint()
        assert image.pixelColor(at) != base, (i, x, y)
        assert plot.dot_at(at) == i
    empty = plot.to_widget(97.5, 97.5).toPoint()  # no dot within reach, between grid lines
    assert plot.dot_at(empty) is None and image.pixelColor(empty) == base


def test_each_dot_is_drawn_round_where_it_belongs(qtbot: Any) -> None:
    """Dots are copies of one drawn dot: centred on their place, DOT across, the ground
    showing past their edge; two dots on one place are darker than one."""
    plot = plot_of(qtbot)
    plot.set_dots([32.5, 62.5, 62.5], [42.5, 72.5, 72.5])  # between the grid's lines
    image = plot.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour(x: float, y: float, dx: float = 0) -> QColor:
        at = plot.to_widget(x, y)
        return image.pixelColor(round((at.x() + dx) * ratio), round(at.y() * ratio))

    ground = plot.palette().color(QPalette.ColorRole.Base)
    lone, pair = colour(32.5, 42.5), colour(62.5, 72.5)
    assert lone != ground and lone.blue() > lone.red()  # the trust colour, blended
    assert pair.lightness() < lone.lightness()  # overlapping dots darken
    assert colour(32.5, 42.5, dx=DOT / 2 + 2) == ground  # just past the edge
    assert colour(32.5, 42.5, dx=DOT / 2 - 1.5) != ground  # just inside it
