"""Render the app icon (crmnote.svg) to PNGs, a Windows .ico and a macOS .icns.

Run after changing the SVG: `.venv/bin/python resources/icons/render.py`; commit what it writes.
The PNGs are drawn by Qt's own SVG renderer (QtSvg, part of PySide6-Essentials), so they look as
the app's SVG would. The .ico and .icns hold several sizes each; Qt's image writers put one image
in a file, so those two are packed here from the PNGs (both formats hold PNG data as is).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "crmnote.svg"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 32, 48, 64, 128, 256)
# .icns entries (PNG data) by OSType and pixel size; ic11-ic14 and ic10 are the @2x ones.
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)
ICNS_SIZES = tuple(sorted({size for _, size in ICNS_TYPES}))


def png_path(size: int) -> Path:
    return HERE / f"crmnote-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in sorted({*SIZES, *ICNS_SIZES}):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size) if size in SIZES else HERE / f".crmnote-{size}.tmp.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


def _ico(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico of PNG images (Windows Vista and later read PNG entries)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return head + entries + blobs


def _icns(images: list[tuple[bytes, bytes]]) -> bytes:
    """An .icns of PNG images, by OSType; no table of contents (it is optional)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def pack_ico_icns() -> list[Path]:
    def png(size: int) -> bytes:
        return (png_path(size) if size in SIZES else HERE / f".crmnote-{size}.tmp.png").read_bytes()

    ico = HERE / "crmnote.ico"
    ico.write_bytes(_ico([(size, png(size)) for size in ICO_SIZES]))
    icns = HERE / "crmnote.icns"
    icns.write_bytes(_icns([(kind.encode("ascii"), png(size)) for kind, size in ICNS_TYPES]))
    return [ico, icns]


def main() -> None:
    written = render_pngs()
    try:
        written += pack_ico_icns()
    finally:
        for tmp in HERE.glob(".crmnote-*.tmp.png"):
            tmp.unlink()
    for path in written:
        if path.exists():
            print(f"wrote {path.relative_to(HERE.parents[1])} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
