"""pyqtgraph, imported on first use (it pulls numpy), styled from the palette for light and dark.

Start-up never imports it: the Scores tab's chart calls `pyqtgraph()` when it is first shown (the
customer map draws with QPainter, `ui/widgets/dot_plot.py`). The series colours are shared.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from PySide6.QtGui import QColor, QPalette

# Mid-tone series colours: readable on a white and on a dark grey background alike.
DIFFICULTY_COLOUR = QColor("#e8743b")  # orange
TRUST_COLOUR = QColor("#3d8fd1")  # blue


@functools.cache
def pyqtgraph() -> ModuleType:
    """The pyqtgraph module, imported and configured once."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, leftButtonPan=False)
    module: ModuleType = pg
    return module


def style_plot(widget: Any, palette: QPalette) -> None:
    """Background, axes, grid and legend of a PlotWidget in the palette's colours."""
    pg = pyqtgraph()
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    widget.setBackground(background)
    item = widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    item.showGrid(x=True, y=True, alpha=0.15)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(text)
        legend.setBrush(pg.mkBrush(background))


def translucent(colour: QColor, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out
