"""Evidence files of one record: thumbnails, attach (button or drop), open, save a copy, remove."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crmnote.domain import entities as e
from crmnote.domain.attachments import is_image
from crmnote.domain.errors import CrmError
from crmnote.reports.images import decode_image
from crmnote.ui.dialogs.record_form import error_label
from crmnote.ui.drops import local_files

if TYPE_CHECKING:  # Editing opens forms holding this panel: no import cycle at run time
    from crmnote.ui.editing import Editing

THUMB = QSize(96, 96)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("kB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


# What the panel lists: the record's own files (None), or other files (a claim dossier's).
Source = Callable[[], list[e.Attachment]] | None


class EvidencePanel(QWidget):
    """The files of one record (or those `source` gives); attaching and drops go to the record.
    Writes go through `Editing` (undoable)."""

    def __init__(
        self,
        editing: Editing,
        kind: str,
        record_id: int,
        parent: QWidget | None = None,
        source: Source = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_panel")
        self.setAcceptDrops(True)
        self._editing = editing
        self.kind = kind
        self.record_id = record_id
        self._source = source
        self._thumbs: dict[str, QIcon] = {}  # by SHA-256: the same bytes look the same
        self.files: list[e.Attachment] = []
        self.list = QListWidget()
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(THUMB.height() + self.fontMetrics().height() * 3 + 16)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.setAcceptDrops(False)  # the panel takes the drop
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setObjectName("evidence_attach")
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("evidence_open")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setObjectName("evidence_save")
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("evidence_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel(self.tr("Drop files here: scans, photos, PDFs, e-mails (.eml)."))
        self.hint.setWordWrap(True)
        self.error = error_label()
        self.error.setObjectName("evidence_error")
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()

    # -- showing -----------------------------------------------------------------------------

    def show_record(self, kind: str, record_id: int, source: Source = None) -> None:
        self.kind, self.record_id, self._source = kind, record_id, source
        self.error.hide()
        self.reload()

    def reload(self) -> None:
        try:
            if self._source is not None:
                self.files = self._source()
            else:
                self.files = self._editing.services.attachments.of_record(self.kind, self.record_id)
        except CrmError as exc:
            self._fail(str(exc))
            self.files = []
        self.list.clear()
        for f in self.files:
            item = QListWidgetItem(self._icon(f), f.name)
            item.setData(ID_ROLE, int(f.id))
            item.setToolTip(
                self.tr("{0}\n{1}, {2}\nSHA-256 {3}").format(
                    f.name, f.media_type, _size(f.size), f.sha256
                )
                + (f"\n{f.note}" if f.note else "")
            )
            self.list.addItem(item)
        has = bool(self.files)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has)

    def _icon(self, f: e.Attachment) -> QIcon:
        found = self._thumbs.get(f.sha256)
        if found is not None:
            return found
        icon = QIcon()
        if is_image(f.media_type):
            image = None
            try:
                image = decode_image(self._editing.services.attachments.data(f.id), THUMB)
            except CrmError:
                image = None
            if image is not None:
                icon = QIcon(QPixmap.fromImage(image))
        if icon.isNull():  # a document, or an image that cannot be shown
            broken = is_image(f.media_type)
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if broken
                else (QStyle.StandardPixmap.SP_FileIcon)
            )
            icon = self.style().standardIcon(pixmap)
        self._thumbs[f.sha256] = icon
        return icon

    def selected(self) -> e.Attachment | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        if item is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((f for f in self.files if f.id == wanted), None)

    # -- acting ------------------------------------------------------------------------------

    def attach(self, paths: Sequence[Path]) -> int:
        """Attach files; each refusal is shown at the panel. Returns how many were kept."""
        self.error.hide()
        kept, refused = 0, []
        for path in paths:
            try:
                self._editing.attach(self.kind, self.record_id, path)
                kept += 1
            except CrmError as exc:
                refused.append(getattr(exc, "message", str(exc)))
        self.reload()
        if refused:
            self._fail("\n".join(refused))
        return kept

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        if names:
            self.attach([Path(n) for n in names])

    def open_selected(self) -> None:
        """Open with the system's viewer, from a private temporary copy."""
        f = self.selected()
        if f is None:
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="crmnote-evidence-"))
            path = self._editing.services.attachments.extract(f.id, folder)
        except CrmError as exc:
            self._fail(str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), f.name)
        if name:
            self.save_to(f, Path(name))

    def save_to(self, f: e.Attachment, path: Path) -> None:
        try:
            if path.exists():  # the dialog asked before overwriting
                path.unlink()
            self._editing.services.attachments.extract(f.id, path)
        except (CrmError, OSError) as exc:
            self._fail(str(exc))

    def remove_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        try:
            self._editing.remove_attachment(f)
        except CrmError as exc:
            self._fail(str(exc))
        self.reload()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- drops ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
