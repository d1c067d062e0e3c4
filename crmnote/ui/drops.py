"""Files dragged onto the app: contact files onto the window start an import; any file onto a
promise, claim, interaction or request is offered to that record as evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

IMPORTABLE = (".csv", ".vcf", ".vcard", ".json")
# The kinds evidence files attach to (PRODUCT.md §5).
ATTACHABLE = ("promise", "claim", "interaction", "request")


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries (folders and remote URLs left out)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def importable(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in IMPORTABLE]


RecordAt = Callable[[QPoint], tuple[str, int] | None]


class RecordDropTarget(QObject):
    """Makes a record list accept files: `dropped(kind, record id, paths)` when files are let
    go over a record of an attachable kind; other drops are refused while dragging."""

    dropped = Signal(str, int, list)

    def __init__(self, view: QAbstractItemView, record_at: RecordAt) -> None:
        super().__init__(view)
        self._view = view
        self._record_at = record_at
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> tuple[str, int] | None:
        record = self._record_at(event.position().toPoint())
        if record is None or record[0] not in ATTACHABLE:
            return None
        return record

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if local_files(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.DragMove and isinstance(event, QDragMoveEvent):
            if local_files(event.mimeData()) and self._target(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths, target = local_files(event.mimeData()), self._target(event)
            if not paths or target is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.dropped.emit(target[0], target[1], [str(p) for p in paths])
            return True
        return super().eventFilter(watched, event)
