"""Evidence images decoded safely for a thumbnail, a preview or a PDF page.

`QImageReader` reads the size from the header first, so a picture is decoded at most at the
size asked for (a 50-megapixel photo never fills memory at full size). Whatever the bytes are
(a truncated JPEG, a PDF named .png, random data), the result is an image or None, never an
exception: a damaged file shows as "cannot be shown", and what a truncated image holds shows.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

# Pictures larger than this many pixels are decoded scaled down, whatever size is asked for.
MAX_PIXELS = 40_000_000

# A damaged picture is the user's evidence, shown for what it holds or noted as damaged: the
# image plugins' complaints about it ("Corrupt JPEG data…") are not for the terminal.
# QT_LOGGING_RULES still turns them back on.
QLoggingCategory.setFilterRules("qt.gui.imageio*.warning=false")


def decode_image(data: bytes, fit: QSize | None = None) -> QImage | None:
    """The picture in `data` scaled to fit within `fit` (keeping its shape), or None."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo taken sideways shows upright
    if not reader.canRead():
        return None
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        target = QSize(size)
        if fit is not None and (size.width() > fit.width() or size.height() > fit.height()):
            target = size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)
        pixels = target.width() * target.height()
        if pixels > MAX_PIXELS:
            scale = (MAX_PIXELS / pixels) ** 0.5
            target = QSize(
                max(1, int(target.width() * scale)), max(1, int(target.height() * scale))
            )
        if target != size:
            reader.setScaledSize(target)
    image = reader.read()
    return None if image.isNull() else image
