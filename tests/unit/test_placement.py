"""Warnings about sync folders, network file systems and conflict copies beside the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmnote.storage.placement import (
    conflicted_copies,
    network_filesystem,
    placement_warnings,
    sync_service,
)

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//nas/share /mnt/office\\040share cifs rw 0 0
/dev/sdb1 /mnt/nfs/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ann/Dropbox/crm/crmnote.sqlite3", "Dropbox"),
        ("/home/ann/Dropbox (Personal)/crmnote.sqlite3", "Dropbox"),
        ("/Users/ann/OneDrive - Fjord AS/crmnote.sqlite3", "OneDrive"),
        ("/Users/ann/Library/Mobile Documents/crmnote.sqlite3", "iCloud Drive"),
        ("/home/ann/Nextcloud/crmnote.sqlite3", "Nextcloud"),
        ("/home/ann/.local/share/crmnote/crmnote.sqlite3", None),
        ("/home/ann/Documents/dropbox-notes/crmnote.sqlite3", None),
    ],
)
def test_sync_folders_by_name(path: str, service: str | None) -> None:
    assert sync_service(Path(path)) == service


def test_syncthing_marker(tmp_path: Path) -> None:
    (tmp_path / "shared" / ".stfolder").mkdir(parents=True)
    assert sync_service(tmp_path / "shared" / "sub" / "crmnote.sqlite3") == "Syncthing"
    assert sync_service(tmp_path / "crmnote.sqlite3") is None


@pytest.mark.parametrize(
    ("path", "fs"),
    [
        ("/mnt/nfs/crmnote.sqlite3", "nfs4"),
        ("/mnt/office share/crmnote.sqlite3", "cifs"),
        ("/mnt/nfs/local/crmnote.sqlite3", None),  # a local disk mounted inside the share
        ("/home/ann/crmnote.sqlite3", None),
        ("/mnt/nfsx/crmnote.sqlite3", None),
    ],
)
def test_network_filesystems(path: str, fs: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == fs


def test_conflict_copies(tmp_path: Path) -> None:
    db = tmp_path / "crmnote.sqlite3"
    names = [
        "crmnote.sqlite3",
        "crmnote (Ann's conflicted copy 2026-11-20).sqlite3",
        "crmnote.sync-conflict-20261120-101010-ABCDEF.sqlite3",
        "crmnote (1).sqlite3",
        "crmnote-LAPTOP-7QX.sqlite3",
        "crmnote-old.sqlite3.txt",
        "crmnote-backup.sqlite3",
        "other.sqlite3",
        "crmnote.sqlite3-wal",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in conflicted_copies(db)] == sorted(names[1:5])


def test_an_ordinary_folder_gets_no_warning(tmp_path: Path) -> None:
    assert placement_warnings(tmp_path / "crmnote.sqlite3", mounts="") == []


def test_warnings_name_the_risk(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    (folder / "crmnote (conflicted copy).sqlite3").write_bytes(b"")
    warnings = placement_warnings(folder / "crmnote.sqlite3", mounts="")
    assert [w.kind for w in warnings] == ["sync", "conflict"]
    assert "PostgreSQL" in warnings[0].message
