"""Helpers for the reliability tests of the safety net: running the command line as a child
with a small file-size limit (a full disk, as SQLite meets it), damaging a table's pages,
planting files, making a file read-only."""

from __future__ import annotations

import contextlib
import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmnote.bootstrap import open_database
from tests.e2e import cli_runner


def run_cli(
    *args: str, limit_bytes: int | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`crmnote ARGS` (tests/e2e/cli_runner.py: in this process); with `limit_bytes`, in a
    child process no file of which may grow past that many bytes (RLIMIT_FSIZE; Python ignores
    SIGXFSZ, so the write fails with EFBIG instead of killing it): SQLite sees the same failing
    write as on a full disk."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if limit_bytes is None:
        return cli_runner.crmnote(environment, *args)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "crmnote", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        preexec_fn=limit,
        env=environment,
        timeout=120,
    )


def one_line(stderr: str) -> str:
    """The single line a failing command printed; fails on a traceback or more lines."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("crmnote"), stderr
    return lines[0]


def make_book(path: Path, customers: int = 40, note_chars: int = 2000) -> Path:
    """A crmnote book with customers whose notes make it a few hundred kilobytes or more."""
    opened = open_database(str(path))
    records = opened.services.records
    try:
        with records.transaction() as repo:  # one transaction: a commit each costs seconds
            for n in range(customers):
                values = {"name": f"Kunde {n:05d}", "notes": f"note {n} " + "x" * note_chars}
                records.add_in(repo, "customer", values, None)
    finally:
        opened.close()
    return path


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with 0xff bytes: reading it then fails as
    malformed, while the schema (page 1) still reads."""
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """`path` made unwritable: an immutable file for root (chattr +i), mode 0444 otherwise;
    skips the test where neither is possible (root without CAP_LINUX_IMMUTABLE)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("root cannot make a file immutable here (chattr +i refused)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """`folder` (holding a book without -wal/-shm) made read-only, as on a CD or a
    read-only mount: a read-only tmpfs mounted over it for root, mode 0555 otherwise."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    staging = folder.with_name(folder.name + ".content")
    folder.rename(staging)
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        folder.rmdir()
        staging.rename(folder)
        pytest.skip("root cannot mount a read-only file system here")
    try:
        for item in staging.iterdir():
            (folder / item.name).write_bytes(item.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)
        folder.rmdir()
        staging.rename(folder)
