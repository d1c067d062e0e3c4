"""Every file crmnote writes about customers is owner-only from its first byte."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from crmnote.bootstrap import open_database
from crmnote.importers.export import export_to
from crmnote.services.book_services import Services
from crmnote.services.maintenance import MaintenanceService
from crmnote.storage.engine import database_url
from crmnote.storage.migrate import prepare_database
from tests.reliability.conftest import DATA

# How crmnote creates a book's file is the point here: each new book is migrated as the product
# makes it, not copied from one (tests/new_books.py).
pytestmark = pytest.mark.real_migrations


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_chmod(permissive_umask: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """With umask 0, a private file can only come from creating it private; a chmod is let
    through only when the file is private already, so one first created readable and
    tightened later (after bytes went in) fails here."""
    chmod, fchmod = os.chmod, os.fchmod

    def private_already(mode_now: int, where: object) -> None:
        assert not mode_now & 0o077, f"{where} was readable by others before a chmod"

    def checked_chmod(path: Any, new: int, *args: Any, **kwargs: Any) -> None:
        private_already(os.stat(path).st_mode, path)
        chmod(path, new, *args, **kwargs)

    def checked_fchmod(fd: int, new: int) -> None:
        private_already(os.fstat(fd).st_mode, fd)
        fchmod(fd, new)

    monkeypatch.setattr(os, "chmod", checked_chmod)
    monkeypatch.setattr(os, "fchmod", checked_fchmod)


def fill(services: Services) -> int:
    customer, _ = services.records.add("customer", {"name": "Åse", "notes": "private " * 500})
    services.interactions.log(customer.id, notes="called about the invoice")
    return int(customer.id)


def test_database_and_its_side_files_are_owner_only(tmp_path: Path, no_chmod: None) -> None:
    db = tmp_path / "private.sqlite3"
    opened = open_database(str(db))
    try:
        fill(opened.services)
        for suffix in ("", "-wal", "-shm"):
            assert mode(Path(f"{db}{suffix}")) == 0o600, suffix
    finally:
        opened.close()
    assert mode(db) == 0o600


def test_backups_are_owner_only(tmp_path: Path, no_chmod: None) -> None:
    db = tmp_path / "crm.sqlite3"
    opened = open_database(str(db))
    try:
        fill(opened.services)
        care = MaintenanceService(db, tmp_path / "backups", lambda: datetime(2026, 11, 2, 9))
        daily = care.auto_backup(keep_days=30)
        assert daily.path is not None
        made = [daily.path, care.backup(), care.backup(tmp_path / "elsewhere.sqlite3")]
    finally:
        opened.close()
    kept = care.restore(made[0])
    assert kept is not None and "before-restore" in kept.name
    for path in [*made, kept]:
        assert mode(path) == 0o600, path.name
        assert not Path(f"{path}-journal").exists() and not Path(f"{path}-wal").exists()


def test_pre_migration_backup_is_owner_only(tmp_path: Path, no_chmod: None) -> None:
    db = tmp_path / "old.sqlite3"
    # The user's file as crmnote made it: private.
    fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write((DATA / "schema-0001.sqlite3").read_bytes())
    report = prepare_database(database_url(db), tmp_path / "backups")
    assert report.backup is not None and mode(report.backup) == 0o600
    assert mode(db) == 0o600


@pytest.mark.parametrize("target", ["all.json", "all.vcf", "all.csv", "all.zip", "folder"])
def test_exports_are_owner_only(tmp_path: Path, no_chmod: None, target: str) -> None:
    opened = open_database(str(tmp_path / "crm.sqlite3"))
    try:
        fill(opened.services)
        result = export_to(tmp_path / "out" / target, opened.services.transfer)
    finally:
        opened.close()
    assert result.files
    for path in result.files:
        assert mode(path) == 0o600, path.name
    if target == "folder":
        assert mode(tmp_path / "out" / "folder") == 0o700
    leftovers = [p.name for p in (tmp_path / "out").rglob(".*.tmp")]
    assert leftovers == []


def test_history_pdf_is_owner_only(qapp: Any, tmp_path: Path, no_chmod: None) -> None:
    from crmnote.reports import render_customer_history
    from crmnote.services.history import HistoryService

    opened = open_database(str(tmp_path / "crm.sqlite3"))
    try:
        customer = fill(opened.services)
        history = HistoryService.beside(opened.services.records).customer_history(customer)
    finally:
        opened.close()
    out = tmp_path / "history.pdf"
    render_customer_history(history, out)
    assert mode(out) == 0o600
