"""The open-licence fonts shipped in resources/fonts, registered once with Qt's font database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from crmnote.domain.errors import CrmError
from crmnote.domain.reasons import say

# In fallback order: Qt tries each family in turn for a character the previous ones lack.
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "DroidSansFallbackFull.ttf",
    "NotoSansCJKkr-Hangul.otf",
    "NotoEmoji-Regular.ttf",
)

_families: tuple[str, ...] = ()


def fonts_dir() -> Path:
    """Where the fonts are: a source checkout, an installed data dir or a frozen bundle."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[2] / "resources" / "fonts",
        Path(sys.prefix) / "share" / "crmnote" / "fonts",
        Path(getattr(sys, "_MEIPASS", here.parent)) / "resources" / "fonts",
    ]
    for folder in candidates:
        if (folder / FONT_FILES[0]).is_file():
            return folder
    raise CrmError(
        say(
            "pdf.no_fonts",
            "the PDF fonts are missing (looked in {folders})",
            folders=", ".join(map(str, candidates)),
        )
    )


def load_fonts() -> tuple[str, ...]:
    """Register the shipped fonts (once per process); the families in fallback order."""
    global _families
    if _families:
        return _families
    # A plain QCoreApplication passes an `is None` check and crashes Qt's font database.
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("fonts need a QGuiApplication")
    folder = fonts_dir()
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            raise CrmError(say("pdf.font", "cannot load the font {path}", path=str(folder / name)))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _families = tuple(families)
    return _families


def report_font(point_size: float, *, bold: bool = False, unit: float | None = None) -> QFont:
    """A font over every shipped family, so any script prints with an embedded font.

    With `unit` (device pixels per point) the size is set in pixels: text painted in page
    coordinates then keeps its size when the painter is scaled (the preview's page images),
    where a size in points would follow the image's resolution and all but vanish."""
    font = QFont()
    font.setFamilies(list(load_fonts()))
    if unit is None:
        font.setPointSizeF(point_size)
    else:
        font.setPixelSize(max(1, round(point_size * unit)))
    font.setBold(bold)
    # Text, not pictures: a PDF copies text only from outline glyphs.
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return font
