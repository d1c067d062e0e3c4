"""Writing export files readable by their owner only, whole or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from crmnote.storage.private_files import fsync_dir, private_dirs


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600 from the first byte; a crash leaves the old file.

    The temporary file is created with O_EXCL and mode 0600, so no other user can open it in
    between, and renamed over the target only once complete.
    """
    write_private_parts(path, (data,))


def write_private_parts(path: Path, parts: Iterable[bytes]) -> None:
    """`write_private` of the parts one after the other, as they come (a big export is never
    held whole in memory)."""
    private_dirs(path.parent)  # folders it creates are 0700, parents included
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            for data in parts:
                f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def private_dir(path: Path) -> None:
    """A directory only its owner can list (mode 0700 for it and every parent we create)."""
    private_dirs(path)
