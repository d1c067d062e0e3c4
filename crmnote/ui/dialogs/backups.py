"""Backups from the File menu: back up now, restore (then restart), check the database."""

from __future__ import annotations

import atexit
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crmnote.ui.background import Background
from crmnote.ui.fit import place
from crmnote.ui.models.rows import RowsModel
from crmnote.ui.widgets.tables import table_view

if TYPE_CHECKING:
    from crmnote.services.maintenance import MaintenanceService


def restart_app() -> None:
    """Start crmnote again once this process has let go of the database (at exit, after the
    single-instance lock is released), with the same arguments."""
    argv = [sys.executable, *sys.argv]
    atexit.register(lambda: subprocess.Popen(argv, start_new_session=True))


class BackupList(QDialog):
    """Backups newest first; the newest one that passes its check is marked and selected."""

    def __init__(self, care: MaintenanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._care = care
        self.chosen: Path | None = None
        self.good: Path | None = None
        # Checking every backup's integrity can take a while: done on a worker thread.
        self.checking = Background(care.newest_good_backup, self)
        self.rows = list(reversed(care.backups()))
        headers = [self.tr("Made"), self.tr("File"), self.tr("Size"), self.tr("Check")]
        self.model = RowsModel(headers, self._cell, parent=self)
        self.model.set_rows(self.rows)
        self.view = table_view("backup_list", self.model, striped=False, label=self.tr("Backups"))
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        intro = QLabel(
            self.tr(
                "The database now open is kept aside in the backup folder before it is replaced."
                "\nBackups are in {0}"
            ).format(care.backup_dir)
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = self.buttons.addButton(
            self.tr("&Restore selected…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        restore.setObjectName("restore_selected")
        other = self.buttons.addButton(
            self.tr("Choose a &file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        other.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        if self.rows:
            self.view.selectRow(0)
            self.view.resizeColumnsToContents()
        self.checking.done.connect(self._mark_good)
        self.checking.start()
        place(self, QSize(680, 380))

    def _cell(self, row: tuple[datetime, Path], column: int) -> str:
        when, path = row
        if column == 0:
            return f"{when:%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return path.name
        if column == 2:
            try:
                return QLocale().formattedDataSize(path.stat().st_size)
            except OSError:
                return "—"
        if self.good is None:
            return "" if self.checking.running() else self.tr("—")
        return self.tr("newest good") if path == self.good else ""

    def _mark_good(self, good: Path | None) -> None:
        self.good = good
        self.model.set_rows(self.rows)
        for i, (_when, path) in enumerate(self.rows):
            if path == good:
                self.view.selectRow(i)

    def restore_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen = self.rows[index.row()][1]
            self.accept()

    def _choose_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self._care.backup_dir),
            self.tr("crmnote databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
