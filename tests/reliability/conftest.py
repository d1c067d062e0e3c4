"""Helpers for the reliability tests: reading SQLite files back, child writers, digests."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crmnote.storage.sqlite_files import sqlite_uri

HERE = Path(__file__).parent
WRITER = HERE / "crash_writer.py"
DATA = HERE.parent / "data"
# FTS5 keeps its index in shadow tables whose bytes are an implementation detail of SQLite;
# the virtual table itself is compared instead.
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


def connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)


def checks(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    """`PRAGMA integrity_check` rows and `PRAGMA foreign_key_check` rows of a file."""
    con = connect_ro(path)
    try:
        integrity = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        broken = [tuple(r) for r in con.execute("PRAGMA foreign_key_check")]
        return integrity, broken
    finally:
        con.close()


def assert_sound(path: Path) -> None:
    integrity, broken = checks(path)
    assert integrity == ["ok"], integrity[:5]
    assert broken == [], broken[:5]


def tables(con: sqlite3.Connection) -> list[str]:
    """User tables of a database, the FTS shadow tables left out."""
    names = [
        str(r[0])
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    virtual = {
        str(r[0])
        for r in con.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
    }
    shadows = {v + s for v in virtual for s in SHADOW_SUFFIXES}
    return [n for n in names if not n.startswith("sqlite_") and n not in shadows]


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in con.execute(f'PRAGMA table_info("{table}")')]


def order_by(con: sqlite3.Connection, table: str) -> str:
    """The primary key columns (rowid for tables without one, e.g. the FTS table)."""
    info = list(con.execute(f'PRAGMA table_info("{table}")'))
    keys = sorted((r[5], r[1]) for r in info if r[5])
    return ", ".join(f'"{name}"' for _, name in keys) or "rowid"


def table_digest(
    con: sqlite3.Connection, table: str, keep: list[str] | None = None
) -> tuple[int, str]:
    """Row count and SHA-256 of every row (ordered by primary key) over the `keep` columns."""
    names = keep if keep is not None else columns(con, table)
    select = ", ".join(f'"{c}"' for c in names) or "1"
    digest = hashlib.sha256()
    count = 0
    for row in con.execute(f'SELECT {select} FROM "{table}" ORDER BY {order_by(con, table)}'):
        digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
        count += 1
    return count, digest.hexdigest()


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_bytes(path: Path) -> bytes:
    """The file's bytes, or nothing when it does not exist (a WAL after a clean close)."""
    return path.read_bytes() if path.exists() else b""


class Writer:
    """A child process writing through the services (`crash_writer.py`), acknowledging each
    commit with one line in a log file; the file survives the child being killed."""

    def __init__(self, db: Path, log: Path, seed: int, stop: Path | None = None) -> None:
        self.log = log
        args = [sys.executable, str(WRITER), str(db), str(log), str(seed)]
        if stop is not None:
            args.append(str(stop))
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.stderr = ""

    def acknowledged(self) -> list[tuple[str, int]]:
        """(kind, id) of every complete line: a line cut by the kill was never acknowledged."""
        text = self.log.read_text(encoding="utf-8") if self.log.exists() else ""
        lines = text.split("\n")[:-1]
        out = []
        for line in lines:
            kind, ident = line.split()
            if kind != "ready":
                out.append((kind, int(ident)))
        return out

    def wait_writes(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.acknowledged()) < count:
            if self.proc.poll() is not None:
                raise AssertionError(self.finish())
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError("the writer wrote too slowly")
            time.sleep(0.01)

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no handler, no atexit, no flush
        self.finish()

    def finish(self, timeout: float = 30.0) -> str:
        """Wait for the child to end; its error output (kept in `stderr`)."""
        _, err = self.proc.communicate(timeout=timeout)
        self.stderr = err.decode("utf-8", "replace")
        return self.stderr


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """umask 0: a file created without an explicit mode would be world-readable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)
