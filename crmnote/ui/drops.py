"""Files dragged onto a widget from a file manager or a mail program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]
