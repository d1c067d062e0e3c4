"""Where the database file sits: sync folders, network file systems and sync conflict copies.

A SQLite file in a synced or network folder can be copied half-written or opened from two
machines at once; crmnote warns and points to team mode (a shared PostgreSQL database) instead.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from crmnote.domain.reasons import say

# Folder names that sync clients create, matched against every part of the path.
_SYNC_FOLDERS = (
    (re.compile(r"^Dropbox( \(.+\))?$"), "Dropbox"),
    (re.compile(r"^OneDrive( - .+)?$"), "OneDrive"),
    (re.compile(r"^(iCloud Drive|iCloudDrive|Mobile Documents)$"), "iCloud Drive"),
    (re.compile(r"^(Google Drive|GoogleDrive|My Drive)$"), "Google Drive"),
    (re.compile(r"^(Nextcloud|ownCloud)$"), "Nextcloud"),
    (re.compile(r"^(Sync|Syncthing)$"), "Syncthing"),
)
# Marker files or folders a sync client leaves at the top of what it syncs.
_SYNC_MARKERS = ((".stfolder", "Syncthing"), (".dropbox", "Dropbox"), (".sync", "Resilio Sync"))
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "9p", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse", "ncpfs", "glusterfs", "ceph", "lustre",
}  # fmt: skip
# How sync clients name the copy they make when two machines changed the same file.
# OneDrive appends "-MACHINENAME" in capitals; a lower-case suffix is a user's own copy.
_CONFLICT = re.compile(r"(?i:conflict)|\(\d+\)$|-[A-Z0-9][A-Z0-9-]{2,}$")


@dataclass(frozen=True)
class PlacementWarning:
    """Something risky about where the database file is, with a sentence to show."""

    kind: str  # "sync", "network" or "conflict"
    message: str


def sync_service(path: Path) -> str | None:
    """The sync client whose folder holds `path`, from folder names and marker files."""
    for part in path.parts[:-1]:
        for pattern, name in _SYNC_FOLDERS:
            if pattern.match(part):
                return name
    for folder in path.parents:
        for marker, name in _SYNC_MARKERS:
            if (folder / marker).exists():
                return name
    return None


def network_filesystem(path: Path, mounts: str) -> str | None:
    """The network file system type holding `path`, given /proc/self/mounts text."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    if best is not None and best[1] in _NETWORK_FS:
        return best[1]
    return None


def conflicted_copies(path: Path) -> list[Path]:
    """Siblings that look like a sync client's conflict copy of the database file."""
    if not path.parent.is_dir():
        return []
    found = []
    for sibling in path.parent.iterdir():
        if sibling == path or sibling.suffix != path.suffix:
            continue
        rest = sibling.stem[len(path.stem) :] if sibling.stem.startswith(path.stem) else None
        if rest and _CONFLICT.search(rest.strip(" ._")):
            found.append(sibling)
    return sorted(found)


def _mounts() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def placement_warnings(path: Path, mounts: str | None = None) -> list[PlacementWarning]:
    """Every warning about where `path` sits; empty for an ordinary local folder."""
    out: list[PlacementWarning] = []
    service = sync_service(path)
    if service:
        out.append(
            PlacementWarning(
                "sync",
                say(
                    "placement.sync",
                    "The database is in a {service} folder. A sync client can copy it "
                    "half-written or let two computers change it at once; keep it in a local "
                    "folder (crmnote backs it up), or share one PostgreSQL database for a team.",
                    service=service,
                ),
            )
        )
    fs = network_filesystem(path.absolute(), _mounts() if mounts is None else mounts)
    if fs:
        out.append(
            PlacementWarning(
                "network",
                say(
                    "placement.network",
                    "The database is on a network file system ({fs}), where SQLite's locking is "
                    "unreliable; keep it on a local disk, or share one PostgreSQL database.",
                    fs=fs,
                ),
            )
        )
    copies = conflicted_copies(path)
    if copies:
        names = ", ".join(p.name for p in copies[:3])
        out.append(
            PlacementWarning(
                "conflict",
                say(
                    "placement.conflict",
                    "Conflict copies of the database were found beside it ({names}): changes "
                    "made on another computer may be in them, not in the database you opened.",
                    names=names,
                ),
            )
        )
    return out
