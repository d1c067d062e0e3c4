"""The evidence files of a claim dossier: every file listed with its SHA-256, images printed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from crmnote.domain import entities as e
from crmnote.reports.blocks import cell, section, small, strong
from crmnote.reports.flow import MUTED, RULE, Block, Paragraph, Picture, Style
from crmnote.reports.images import decode_image
from crmnote.reports.labels import Words, translate
from crmnote.services.history import ClaimDossier

HASH = Style(size=6.5, colour=MUTED)
CAPTION = Style(size=7.5, colour=MUTED, after=8)
# An image is printed at most this high (points) and this many pixels across (sharp enough
# at print size, small enough to keep the PDF light).
IMAGE_HEIGHT = 260.0
IMAGE_PIXELS = QSize(1600, 1600)


def _owner(f: e.Attachment) -> str:
    kinds = {
        "promise": translate("reports", "Promise #%1"),
        "claim": translate("reports", "Claim #%1"),
        "interaction": translate("reports", "Interaction #%1"),
        "request": translate("reports", "Request #%1"),
    }
    return kinds.get(f.record_kind, f.record_kind).replace("%1", str(f.record_id))


def _size(n: int) -> str:
    if n < 1024:
        return translate("reports", "%1 bytes").replace("%1", str(n))
    if n < 1024 * 1024:
        return translate("reports", "%1 kB").replace("%1", f"{n / 1024:.0f}")
    return translate("reports", "%1 MB").replace("%1", f"{n / 1024 / 1024:.1f}")


def _painter(image: QImage) -> Callable[[QPainter, QRectF], None]:
    def paint(painter: QPainter, rect: QRectF) -> None:
        shown = image.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(rect.left(), rect.top(), shown.width(), shown.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.setPen(QColor(RULE))
        painter.drawRect(target)

    return paint


def _picture(image: QImage) -> Picture:
    """The image over the width, keeping its shape, at most IMAGE_HEIGHT high."""
    ratio = image.height() / max(1, image.width())
    width_pt = min(499.0, IMAGE_HEIGHT / ratio) if ratio else 499.0
    height_pt = min(IMAGE_HEIGHT, width_pt * ratio)
    return Picture(height_pt, _painter(image), width_pt)


def evidence_blocks(d: ClaimDossier, w: Words) -> list[Block]:
    """The files table (name, record, type, size, who and when, SHA-256), then each image."""
    rows = [
        [
            cell(strong(f.name), small(_owner(f))),
            cell(f"{f.media_type} · {_size(f.size)}", small(d.staff(f.added_by))),
            cell(w.moment(f.created_at), (f"SHA-256 {f.sha256}", HASH), small(f.note)),
        ]
        for f in d.files
    ]
    header = [
        translate("reports", "File"),
        translate("reports", "Type and size"),
        translate("reports", "Added, and its fingerprint"),
    ]
    out = section(
        translate("reports", "Evidence files"),
        header,
        rows,
        [30, 24, 46],
        translate("reports", "No files are attached to the claim, the promise or these "
                  "interactions."),
    )  # fmt: skip
    for f in d.files:
        data = d.images.get(int(f.id))
        if data is None:
            continue
        caption = translate("reports", "File #%1: %2").replace("%1", str(f.id))
        caption = caption.replace("%2", f.name)
        image = decode_image(data, IMAGE_PIXELS)
        if image is None:
            note = translate("reports", "(this image cannot be shown: the file is damaged)")
            out += [Paragraph(f"{caption} {note}", CAPTION)]
            continue
        out += [_picture(image), Paragraph(caption, CAPTION)]
    return out
