"""Files and folders readable by their owner only, and writes that land whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.storage.file_sentences import exists


def private_dirs(folder: Path) -> None:
    """Create `folder` and every missing parent with mode 0700.

    `Path.mkdir(mode, parents=True)` gives only the last folder that mode; the parents it
    makes get the umask's (often 0755).
    """
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            path.mkdir(mode=0o700)


def create_owner_only(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite writes a byte to it; an
    existing empty file (nothing in it yet) is made owner-only the same way.

    SQLite gives the -wal and -shm files the mode of the database file, so they are private too.
    """
    private_dirs(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    tighten_empty(path)


def tighten_empty(path: Path) -> None:
    """Make an existing empty file owner-only (0600) before anything is written into it;
    refuse when that cannot be done (another user's file)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode) or info.st_size or not stat.S_IMODE(info.st_mode) & 0o077:
        return
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        raise DatabaseError(
            say(
                "file.not_private",
                "{path} can be read by other users and cannot be made private ({why}); nothing "
                "was written to it",
                path=str(path),
                why=str(exc.strerror or exc),
            )
        ) from None


def temporary_beside(dest: Path, what: str = "partial") -> Path:
    """A name in `dest`'s folder for writing it first: hidden, ending in `.partial`, so that no
    listing of backups or exports ever takes it for a finished file."""
    return dest.with_name(f".{dest.name}.{os.getpid()}.{what}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename itself is atomic
    finally:
        os.close(fd)


def publish(tmp: Path, dest: Path) -> None:
    """Give the finished, synced file `tmp` the name `dest` atomically; never over an existing
    file (a hard link fails if `dest` exists; where links are not supported, a rename after
    checking)."""
    fsync_file(tmp)
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise DatabaseError(exists(dest)) from None
    except OSError:
        if dest.exists():
            raise DatabaseError(exists(dest)) from None
        os.replace(tmp, dest)
    else:
        tmp.unlink()
    fsync_dir(dest.parent)


def stale_partials(folder: Path) -> list[Path]:
    """Temporary files left in `folder` by processes that no longer run (killed mid-write)."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(".*.partial*"):  # with the -journal SQLite may leave beside it
        pid = path.name.rsplit(".", 2)[-2]
        if pid.isdecimal() and not _running(int(pid)):
            found.append(path)
    return found


def _running(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # os.kill(pid, 0) is no probe on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True
